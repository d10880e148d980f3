// Runs the migrations check over the held-out corpus (__tests__/fixtures/migrations-heldout/), one project
// per temp git repository with scope all, and scores the findings against its expectations.json, which
// names hazard categories (from PostgreSQL's and MySQL's behaviour), not our rule ids: RULE_CATEGORY maps
// our rules onto them. Shared by the held-out test and heldout-report.ts; prints nothing itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { check } from '../../src/checks/migrations/index.js';

export const HELDOUT = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../__tests__/fixtures/migrations-heldout',
);

export interface Expected {
  category: string;
  line?: number;
  alt?: number[];
  optional?: boolean;
}
export interface HeldoutExpectations {
  categories: Record<string, string>;
  projects: Record<string, { dialect?: 'mysql'; files: Record<string, Expected[]> }>;
}
export const loadHeldout = (): HeldoutExpectations =>
  JSON.parse(readFileSync(join(HELDOUT, 'expectations.json'), 'utf8'));

/** Our rule id -> the hazard categories a finding of it may stand for. */
export const RULE_CATEGORY: Record<string, string[]> = {
  'add-column-rewrite': ['table-rewrite'],
  'set-logged-unlogged': ['table-rewrite'],
  'table-rewrite-observed': ['table-rewrite', 'column-type-change'],
  'change-column-type': ['column-type-change'],
  'add-column-required': ['add-required-column'],
  'set-not-null': ['set-not-null'],
  'constraint-missing-not-valid': ['constraint-scan'],
  'alter-domain-add-constraint': ['constraint-scan'],
  'add-unique-constraint': ['add-unique-constraint'],
  'create-index-non-concurrently': ['create-index-blocking'],
  'index-in-do-block': ['create-index-blocking'],
  'drop-index-non-concurrently': ['drop-index-blocking'],
  'reindex-non-concurrently': ['reindex-blocking'],
  'concurrently-in-transaction': ['fails-in-transaction'],
  'migration-fails': ['fails-in-transaction', 'add-required-column', 'enum-value-same-transaction'],
  'validate-same-transaction': ['validate-same-transaction'],
  'enum-value-in-transaction': ['enum-value-same-transaction'],
  'rename-enum-value': ['rename-enum-value'],
  'drop-column': ['drop-column'],
  'drop-table': ['drop-table'],
  'drop-database': ['drop-table'],
  'rename-column': ['rename-column'],
  'rename-table': ['rename-table'],
  'drop-default-on-not-null': ['drop-default-not-null'],
  'drop-not-null': ['drop-not-null'],
  'vacuum-full': ['vacuum-full'],
  cluster: ['cluster'],
  'lock-table': ['lock-table'],
  'truncate-table': ['truncate'],
  'refresh-matview-non-concurrently': ['refresh-matview-blocking'],
  'backfill-with-schema-change': ['backfill-with-ddl', 'data-only-update'],
  'prefer-jsonb': ['json-type'],
  'int-primary-key': ['int-primary-key'],
  'prefer-timestamptz': ['timestamp-without-tz'],
  'uncommitted-transaction': ['uncommitted-transaction'],
  'transaction-nesting': ['transaction-nesting'],
  'trigger-on-existing-table': ['trigger-on-existing-table'],
  'missing-lock-timeout': ['lock-timeout'],
  'mysql-add-foreign-key': ['mysql-blocking-alter'],
  'mysql-blocking-algorithm': ['mysql-blocking-alter'],
  'mysql-column-type-copy': ['mysql-blocking-alter'],
  'mysql-index-without-online-hint': ['mysql-blocking-alter'],
  'mysql-table-rebuild': ['mysql-blocking-alter'],
  'sql-parse-error': ['parse-error'],
};

/** squawk 2.66 rule -> hazard categories (its style-only rules map to nothing and are left out). */
export const SQUAWK_CATEGORY: Record<string, string[]> = {
  'adding-field-with-default': ['table-rewrite'],
  'adding-serial-primary-key-field': ['add-unique-constraint', 'table-rewrite'],
  'adding-required-field': ['add-required-column'],
  'adding-not-nullable-field': ['add-required-column', 'set-not-null'],
  'changing-column-type': ['column-type-change'],
  'constraint-missing-not-valid': ['constraint-scan', 'validate-same-transaction'],
  'adding-foreign-key-constraint': ['constraint-scan'],
  'disallowed-unique-constraint': ['add-unique-constraint'],
  'require-concurrent-index-creation': ['create-index-blocking'],
  'require-concurrent-index-deletion': ['drop-index-blocking'],
  'require-concurrent-reindex': ['reindex-blocking'],
  'ban-concurrent-index-creation-in-transaction': ['fails-in-transaction'],
  'ban-drop-column': ['drop-column'],
  'ban-drop-table': ['drop-table'],
  'ban-drop-database': ['drop-table'],
  'renaming-column': ['rename-column'],
  'renaming-table': ['rename-table'],
  'ban-drop-not-null': ['drop-not-null'],
  'ban-truncate-cascade': ['truncate'],
  'ban-alter-domain-with-add-constraint': ['constraint-scan'],
  'transaction-nesting': ['transaction-nesting'],
  'ban-uncommitted-transaction': ['uncommitted-transaction'],
  'require-lock-timeout': ['lock-timeout'],
  'require-timeout-settings': ['lock-timeout'],
  'prefer-bigint-over-int': ['int-primary-key'],
  'prefer-big-int': ['int-primary-key'],
  'prefer-identity': ['int-primary-key'],
  'prefer-timestamptz': ['timestamp-without-tz'],
  'prefer-timestamp-tz': ['timestamp-without-tz'],
  'syntax-error': ['parse-error'],
};

export interface Hit {
  project: string;
  file: string;
  line: number;
  categories: string[];
  rule: string;
}

export interface CategoryScore {
  expected: number;
  found: number;
  falseAlarms: number;
}
export interface HeldoutScore {
  expected: number;
  truePositives: number;
  falsePositives: number;
  recall: number;
  precision: number;
  missed: string[];
  unexpected: string[];
  byCategory: Record<string, CategoryScore>;
}

/**
 * Scores hits: an expectation is met by a hit in the same file whose categories include it, at its line or
 * one of its alternative lines (or anywhere in the file when `byLine` is off, and always for lock-timeout,
 * which is judged per file). Optional expectations count neither way. Every hit that meets no expectation
 * (required or optional) is a false alarm; several hits on one expectation count once.
 */
export function scoreHeldout(hits: Hit[], exp: HeldoutExpectations, o: { byLine: boolean; projects?: string[] }) {
  const byCategory: Record<string, CategoryScore> = {};
  const cat = (c: string) => (byCategory[c] ??= { expected: 0, found: 0, falseAlarms: 0 });
  const missed: string[] = [];
  const unexpected = new Set<string>();
  let expected = 0;
  let tp = 0;
  const projects = o.projects ?? Object.keys(exp.projects);
  const met = new Set<Hit>();
  for (const p of projects) {
    for (const [file, es] of Object.entries(exp.projects[p].files)) {
      const fileHits = hits.filter((h) => h.project === p && h.file === file);
      for (const e of es) {
        const lines = e.line === undefined ? undefined : [e.line, ...(e.alt ?? [])];
        const matching = fileHits.filter(
          (h) => h.categories.includes(e.category) && (!o.byLine || !lines || lines.includes(h.line)),
        );
        matching.forEach((h) => met.add(h));
        if (e.optional) continue;
        expected++;
        cat(e.category).expected++;
        if (matching.length) {
          tp++;
          cat(e.category).found++;
        } else missed.push(`${p}/${file}:${e.line ?? '*'} ${e.category}`);
      }
    }
  }
  for (const h of hits) {
    if (!projects.includes(h.project) || met.has(h)) continue;
    const key = `${h.project}/${h.file}:${h.line} ${h.categories[0] ?? h.rule}`;
    if (unexpected.has(key)) continue;
    unexpected.add(key);
    cat(h.categories[0] ?? h.rule).falseAlarms++;
  }
  const fp = unexpected.size;
  return {
    expected,
    truePositives: tp,
    falsePositives: fp,
    recall: expected ? tp / expected : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    missed,
    unexpected: [...unexpected],
    byCategory,
  } satisfies HeldoutScore;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

/** Copies one project into a fresh git repository, commits it, runs the check with scope all. */
export async function runProject(project: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lg-mig-heldout-'));
  try {
    cpSync(join(HELDOUT, project), dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'x');
    const config = await loadConfig(dir, undefined, { scope: 'all' });
    // The corpus labels style hazards too: measure them (they are opt-in for users).
    config.migrations.style = true;
    const out = await check.run(createContext({ cwd: dir, config }));
    const hits: Hit[] = out.findings.map((f) => ({
      project,
      file: f.file ?? '',
      line: f.line ?? 0,
      rule: f.rule,
      categories: RULE_CATEGORY[f.rule] ?? [],
    }));
    return { outcome: out, hits };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runOurs(exp = loadHeldout()) {
  const hits: Hit[] = [];
  const statuses: Record<string, string> = {};
  for (const p of Object.keys(exp.projects)) {
    const r = await runProject(p);
    hits.push(...r.hits);
    statuses[p] = `${r.outcome.status ?? 'ok'}: ${r.outcome.summary}`;
  }
  return { hits, statuses };
}

/** squawk on every listed file of the PostgreSQL projects (it has no MySQL support); lines made 1-based. */
export function runSquawk(exp = loadHeldout()): Hit[] {
  const bin = join(HELDOUT, '../../../node_modules/.bin/squawk');
  const hits: Hit[] = [];
  for (const [p, proj] of Object.entries(exp.projects)) {
    if (proj.dialect === 'mysql') continue;
    const files = Object.keys(proj.files);
    const r = spawnSync(bin, ['--reporter', 'json', '--pg-version', '15', ...files], {
      cwd: join(HELDOUT, p),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (!r.stdout) throw new Error(`squawk produced no output: ${r.stderr}`);
    for (const x of JSON.parse(r.stdout) as { file: string; line: number; rule_name: string }[]) {
      const categories = SQUAWK_CATEGORY[x.rule_name];
      if (categories)
        hits.push({ project: p, file: x.file.replace(/^\.\//, ''), line: x.line + 1, categories, rule: x.rule_name });
    }
  }
  return hits;
}

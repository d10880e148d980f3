// Compares launch-gate's migrations check with squawk (squawk-cli, a devDependency) on the authored corpus.
//   npx tsx bench/migrations/compare.ts
// squawk reports node positions rather than statement lines, so both tools are also scored per hazard
// category and file (ignoring the line); squawk's style-only rules are left out of its score.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { CORPUS, loadExpectations, runCorpus, score, type Expectations } from './corpus.js';

/** squawk rule -> the launch-gate rule ids (hazard categories) it stands for. */
export const SQUAWK_TO_CATEGORY: Record<string, string[]> = {
  'adding-field-with-default': ['add-column-rewrite'],
  'adding-serial-primary-key-field': ['add-unique-constraint'],
  'adding-required-field': ['add-column-required'],
  'adding-not-nullable-field': ['add-column-required', 'set-not-null'],
  'changing-column-type': ['change-column-type'],
  'constraint-missing-not-valid': ['constraint-missing-not-valid', 'validate-same-transaction'],
  'adding-foreign-key-constraint': ['constraint-missing-not-valid'],
  'disallowed-unique-constraint': ['add-unique-constraint'],
  'require-concurrent-index-creation': ['create-index-non-concurrently'],
  'require-concurrent-index-deletion': ['drop-index-non-concurrently'],
  'require-concurrent-reindex': ['reindex-non-concurrently'],
  'ban-concurrent-index-creation-in-transaction': ['concurrently-in-transaction'],
  'ban-drop-column': ['drop-column'],
  'ban-drop-table': ['drop-table'],
  'ban-drop-database': ['drop-database'],
  'renaming-column': ['rename-column'],
  'renaming-table': ['rename-table'],
  'ban-drop-not-null': ['drop-not-null'],
  'ban-truncate-cascade': ['truncate-table'],
  'ban-alter-domain-with-add-constraint': ['alter-domain-add-constraint'],
  'transaction-nesting': ['transaction-nesting'],
  'ban-uncommitted-transaction': ['uncommitted-transaction'],
  'require-lock-timeout': ['missing-lock-timeout'],
  'require-timeout-settings': ['missing-lock-timeout'],
  'prefer-bigint-over-int': ['int-primary-key'],
  'prefer-big-int': ['int-primary-key'],
  'prefer-identity': ['int-primary-key'],
  'prefer-timestamptz': ['prefer-timestamptz'],
  'prefer-timestamp-tz': ['prefer-timestamptz'],
  'syntax-error': ['sql-parse-error'],
};

/** One finding and the categories it may stand for (a squawk rule can cover several). */
interface Hit {
  file: string;
  rules: string[];
}

function scoreByCategory(hits: Hit[], exp: Expectations, files: Set<string>) {
  const want = new Set(
    Object.entries(exp.unsafe)
      .filter(([f]) => files.has(f))
      .flatMap(([f, es]) => es.map((e) => `${f} ${e.rule}`)),
  );
  // Each finding counts for the first of its categories expected in that file, else once as a false alarm.
  const got = new Set<string>();
  const fpSet = new Set<string>();
  for (const h of hits.filter((x) => files.has(x.file))) {
    const match = h.rules.find((r) => want.has(`${h.file} ${r}`));
    if (match) got.add(`${h.file} ${match}`);
    else fpSet.add(`${h.file} ${h.rules[0]}`);
  }
  const tp = [...want].filter((w) => got.has(w)).length;
  const fp = [...fpSet];
  return {
    recall: want.size ? tp / want.size : 1,
    precision: tp + fp.length ? tp / (tp + fp.length) : 1,
    tp,
    expected: want.size,
    fp,
    missed: [...want].filter((w) => !got.has(w)),
  };
}

function runSquawk(files: string[]): Hit[] {
  const bin = join(CORPUS, '../../../node_modules/.bin/squawk');
  const r = spawnSync(bin, ['--reporter', 'json', '--pg-version', '15', ...files], {
    cwd: CORPUS,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (!r.stdout) throw new Error(`squawk produced no output: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { file: string; rule_name: string }[];
  return out
    .filter((x) => SQUAWK_TO_CATEGORY[x.rule_name])
    .map((x) => ({ file: x.file.replace(/^\.\//, ''), rules: SQUAWK_TO_CATEGORY[x.rule_name] }));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main() {
  const exp = loadExpectations();
  const all = [...Object.keys(exp.unsafe), ...exp.safe];
  const pgOnly = new Set(all.filter((f) => !f.startsWith('mysql/')));
  const dir = mkdtempSync(join(tmpdir(), 'lg-mig-compare-'));
  try {
    const ours = await runCorpus(dir);
    const exact = score(
      ours.findings.map((f) => ({ file: f.file!, line: f.line!, rule: f.rule })),
      exp,
    );
    const ourHits = ours.findings.map((f) => ({ file: f.file!, rules: [f.rule] }));
    const sq = runSquawk(all);
    console.log(
      `corpus: ${Object.keys(exp.unsafe).length} unsafe files, ${exp.safe.length} safe files, ${exact.expected} expected findings`,
    );
    console.log(`launch-gate (rule + exact line): recall ${pct(exact.recall)}, precision ${pct(exact.precision)}`);
    for (const [label, files] of [
      ['all files', new Set(all)],
      ['PostgreSQL files only', pgOnly],
    ] as const) {
      const a = scoreByCategory(ourHits, exp, files);
      const b = scoreByCategory(sq, exp, files);
      console.log(`\n${label} (category + file):`);
      console.log(`  launch-gate  recall ${pct(a.recall)} (${a.tp}/${a.expected})  precision ${pct(a.precision)}`);
      console.log(`  squawk 2.66  recall ${pct(b.recall)} (${b.tp}/${b.expected})  precision ${pct(b.precision)}`);
      if (label === 'PostgreSQL files only') {
        console.log(
          `  squawk missed: ${b.missed
            .map((m) => m.split(' ')[1])
            .sort()
            .join(', ')}`,
        );
        console.log(`  squawk false alarms: ${b.fp.join('; ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

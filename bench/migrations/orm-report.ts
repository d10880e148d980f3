// Held-out ORM migrations (Django, Alembic, Rails) and SQLite / ClickHouse SQL: recall / precision of the migrations check at
// blocker/high, per case file, through the built CLI in a real git repository per case.
//   npm run -s bundle && npx tsx bench/migrations/orm-report.ts [--verbose] [--tool sqlite] [--batch b2]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const CORPUS = join(HERE, '../../__tests__/fixtures/migrations-orm');
const CLI = join(HERE, '../../dist/cli.js');
const verbose = process.argv.includes('--verbose');

interface Case {
  name: string;
  expect: string[];
  text: string;
}

/** `=== name | rule,rule` headers split a tool's file into a base migration and labelled cases. */
export function loadCases(tool: string): { base: Case; cases: Case[] } {
  // Later held-out batches live in `<tool>.<batch>.txt` (cases only) and reuse the tool's base migration.
  const batches = readdirSync(CORPUS).filter((f) => f.startsWith(`${tool}.`) && f !== `${tool}.txt`);
  const only = process.argv.includes('--batch') ? process.argv[process.argv.indexOf('--batch') + 1] : undefined;
  const main = readFileSync(join(CORPUS, `${tool}.txt`), 'utf8');
  const extra = batches
    .filter((f) => !only || f === `${tool}.${only}.txt`)
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const src = only ? [main.split(/^=== (?!base )/m)[0], ...extra].join('\n') : [main, ...extra].join('\n');
  const parts = src.split(/^=== /m).slice(1);
  const all = parts.map((p) => {
    const nl = p.indexOf('\n');
    const [head, labels = ''] = p
      .slice(0, nl)
      .split('|')
      .map((s) => s.trim());
    const expect = labels && labels !== '-' ? labels.split(',').map((s) => s.trim()) : [];
    return { name: head.replace(/^base /, ''), expect, text: p.slice(nl + 1), isBase: head.startsWith('base ') };
  });
  const base = all.find((c) => c.isBase)!;
  return { base, cases: all.filter((c) => !c.isBase) };
}

export const LAYOUT: Record<
  string,
  { extra: Record<string, string>; base: (n: string) => string; at: (n: string) => string }
> = {
  django: {
    extra: { 'shop/__init__.py': '', 'shop/migrations/__init__.py': '' },
    base: (n) => `shop/migrations/${n}.py`,
    at: (n) => `shop/migrations/0002_${n}.py`,
  },
  alembic: {
    extra: {
      'alembic.ini': '[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://app@localhost/app\n',
    },
    base: (n) => `migrations/versions/${n}.py`,
    at: (n) => `migrations/versions/r2_${n}.py`,
  },
  rails: {
    extra: { 'config/database.yml': 'production:\n  adapter: postgresql\n  database: app\n' },
    base: (n) => `db/migrate/${n}.rb`,
    at: (n) => `db/migrate/20240201000000_${n}.rb`,
  },
  // SQL engines other than PostgreSQL, in the same case format: the engine comes from the project.
  sqlite: {
    extra: {
      'drizzle.config.ts':
        "import { defineConfig } from 'drizzle-kit';\nexport default defineConfig({ dialect: 'sqlite', schema: './src/schema.ts', out: './drizzle' });\n",
    },
    base: () => 'drizzle/0000_base.sql',
    at: (n) => `drizzle/0001_${n}.sql`,
  },
  clickhouse: {
    extra: {},
    base: () => 'clickhouse/migrations/0001_base.sql',
    at: (n) => `clickhouse/migrations/0002_${n}.sql`,
  },
};

export const TOOLS = ['django', 'alembic', 'rails', 'sqlite', 'clickhouse'] as const;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=b@example.test', '-c', 'user.name=bench', ...args], { cwd, stdio: 'pipe' })
    .toString()
    .trim();

function put(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function runCase(tool: string, base: Case, c: Case): { found: string[]; status: string } {
  const layout = LAYOUT[tool];
  const dir = mkdtempSync(join(tmpdir(), 'lg-orm-'));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    for (const [p, t] of Object.entries(layout.extra)) put(dir, p, t);
    put(dir, layout.base(base.name), base.text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const baseSha = git(dir, 'rev-parse', 'HEAD');
    const file = layout.at(c.name);
    put(dir, file, c.text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', c.name);
    const out = join(dir, 'report.json');
    spawnSync('node', [CLI, 'check', '--checks', 'migrations', '--scope', 'diff', '--base', baseSha, '--json', out], {
      cwd: dir,
      stdio: 'pipe',
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const check = report.checks.find((k: { id: string }) => k.id === 'migrations');
    const found = ((check?.findings ?? []) as { rule: string; severity: string; file: string }[])
      .filter((f) => f.file === file && (f.severity === 'blocker' || f.severity === 'high'))
      .map((f) => f.rule);
    return { found: [...new Set(found)], status: check?.status ?? 'missing' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const only = process.argv.includes('--tool') ? process.argv[process.argv.indexOf('--tool') + 1] : undefined;
  for (const tool of TOOLS.filter((t) => !only || t === only)) {
    const { base, cases } = loadCases(tool);
    let t = { tp: 0, fp: 0, fn: 0, errors: 0 };
    const wrong: string[] = [];
    for (const c of cases) {
      const r = runCase(tool, base, c);
      const hit = c.expect.filter((e) => r.found.includes(e)).length;
      const extra = r.found.filter((f) => !c.expect.includes(f));
      t = {
        tp: t.tp + hit,
        fp: t.fp + extra.length,
        fn: t.fn + c.expect.length - hit,
        errors: t.errors + (r.status === 'error' ? 1 : 0),
      };
      if (hit < c.expect.length || extra.length || r.status === 'error')
        wrong.push(`${c.name}: expected [${c.expect.join(', ')}] got [${r.found.join(', ')}] (${r.status})`);
    }
    const recall = t.tp / (t.tp + t.fn);
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const safe = cases.filter((c) => !c.expect.length).length;
    console.log(
      `${tool.padEnd(8)} ${cases.length} cases (${safe} safe): recall ${recall.toFixed(2)} (${t.tp}/${t.tp + t.fn}), precision ${precision.toFixed(2)} (${t.fp} false alarms), ${t.errors} check errors`,
    );
    if (verbose) for (const w of wrong) console.log(`  ${w}`);
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  console.log(`all      recall ${(tp / (tp + fn)).toFixed(2)}, precision ${(tp + fp ? tp / (tp + fp) : 1).toFixed(2)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

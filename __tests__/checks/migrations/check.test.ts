import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { classify, dialectFromConfigs, discover } from '../../../src/checks/migrations/discover.js';
import { renderIndex, renderRuleDoc } from '../../../src/checks/migrations/docs.js';
import { RULES } from '../../../src/checks/migrations/rules/index.js';
import { upSection } from '../../../src/checks/migrations/sections.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));
const repo = () => {
  const r = Repo.init();
  repos.push(r);
  return r;
};

const prCtx = (r: Repo, base: string, migrations: Record<string, unknown> = {}) =>
  createContext({
    cwd: r.dir,
    config: buildConfig({ migrations }),
    event: { name: 'pull_request', base, head: r.head() },
  });

describe('discovery', () => {
  test('layouts and down migrations', () => {
    expect(classify('prisma/migrations/20240101_init/migration.sql')).toBe('prisma');
    expect(classify('drizzle/0001_users.sql')).toBe('drizzle');
    expect(classify('supabase/migrations/20240101000000_x.sql')).toBe('supabase');
    expect(classify('src/main/resources/db/migration/V3_1__add.sql')).toBe('flyway');
    expect(classify('db/migrations/000001_init.up.sql')).toBe('golang-migrate');
    expect(classify('db/migrations/000001_init.down.sql')).toBeUndefined();
    expect(classify('db/migration/U3__undo.sql')).toBeUndefined();
    expect(classify('migrations/0001_init.sql')).toBe('plain');
    expect(classify('db/seeds/users.sql')).toBeUndefined();
    expect(classify('drizzle/meta/_journal.json')).toBeUndefined();
    expect(classify('src/queries/report.sql')).toBeUndefined();
    expect(discover(['sql/a.sql', 'sql/b.sql', 'x.sql'], ['sql/**/*.sql']).map((d) => d.path)).toEqual([
      'sql/a.sql',
      'sql/b.sql',
    ]);
    expect(discover(['migrations/10_b.sql', 'migrations/9_a.sql']).map((d) => d.path)).toEqual([
      'migrations/9_a.sql',
      'migrations/10_b.sql',
    ]);
  });

  test('no-transaction markers and down sections', () => {
    const goose =
      '-- +goose Up\n-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY a ON t (x);\n-- +goose Down\nDROP TABLE t;\n';
    const g = upSection('goose', goose);
    expect(g.txMode).toBe('none');
    expect(g.text).not.toContain('DROP TABLE');
    expect(g.text.split('\n')).toHaveLength(goose.split('\n').length);
    expect(upSection('dbmate', '-- migrate:up transaction:false\nSELECT 1;\n').txMode).toBe('none');
    expect(upSection('dbmate', '-- migrate:up\nSELECT 1;\n').txMode).toBe('transaction');
    expect(upSection('flyway', 'SELECT 1;', { flywayNoTx: true }).txMode).toBe('none');
  });

  test('dialect from config files', () => {
    expect(
      dialectFromConfigs({
        'prisma/schema.prisma': 'datasource db {\n  provider = "mysql"\n  url = env("DATABASE_URL")\n}',
      }),
    ).toBe('mysql');
    expect(dialectFromConfigs({ 'drizzle.config.ts': "export default { dialect: 'postgresql' }" })).toBe('postgresql');
  });
});

describe('the check on a pull request', () => {
  test('judges only new migrations, using old ones for schema knowledge', async () => {
    const r = repo();
    r.write(
      'prisma/migrations/20240101_init/migration.sql',
      "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL DEFAULT '', bio text);\nDROP TABLE legacy;\n",
    );
    r.write(
      'prisma/migrations/20240102_check/migration.sql',
      "SET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT bio_nn CHECK (bio IS NOT NULL) NOT VALID;\n",
    );
    const base = r.commit('base');
    expect(await check.applies(prCtx(r, base))).toBe(false);
    r.write(
      'prisma/migrations/20240201_more/migration.sql',
      "SET lock_timeout = '5s';\nALTER TABLE users VALIDATE CONSTRAINT bio_nn;\nALTER TABLE users ALTER COLUMN bio SET NOT NULL;\n\nALTER TABLE users ALTER COLUMN email DROP DEFAULT;\n",
    );
    r.write('README.md', 'hello');
    r.commit('pr');
    const ctx = prCtx(r, base);
    expect(await check.applies(ctx)).toBe(true);
    const out = await check.run(ctx);
    expect(out.status).toBeUndefined();
    expect(out.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'prisma/migrations/20240201_more/migration.sql:5 drop-default-on-not-null',
    ]);
    expect(out.summary).toMatch(/^1 migration file, 4 statements, 1 finding/);
    expect(out.markdown).toContain('<code>prisma/migrations/20240201_more/migration.sql</code>');
  });

  test('MySQL project detected from schema.prisma; a parse error where no engine is named is medium', async () => {
    const r = repo();
    r.write('prisma/schema.prisma', 'datasource db {\n  provider = "mysql"\n  url = env("DATABASE_URL")\n}\n');
    const base = r.commit('base');
    r.write(
      'prisma/migrations/20240301_idx/migration.sql',
      '-- CreateIndex\nCREATE INDEX orders_user_idx ON orders(user_id);\n',
    );
    r.commit('pr');
    const out = await check.run(prCtx(r, base));
    expect(out.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['2 mysql-index-without-online-hint']);

    const p = repo();
    p.write('README.md', 'x');
    const b2 = p.commit('base');
    p.write('migrations/0001_bad.sql', 'SELECT 1;\nALTER TABLE;\n');
    p.commit('pr');
    const bad = await check.run(prCtx(p, b2));
    expect(bad.status).toBeUndefined();
    expect(bad.findings.map((f) => `${f.line} ${f.rule} ${f.severity}`)).toEqual(['2 sql-parse-error medium']);
    expect(bad.notes?.join('\n')).toMatch(/nothing names its engine/);

    // A named engine makes the same parse error an error of the check (fail closed).
    p.write('supabase/migrations/0002_bad.sql', 'ALTER TABLE;\n');
    p.commit('pr2');
    const named = await check.run(prCtx(p, b2));
    expect(named.status).toBe('error');
  });

  test('configured paths, no migrations → skipped', async () => {
    const r = repo();
    r.write('sql/schema_changes/a.sql', "SET lock_timeout = '5s';\nALTER TABLE t DROP COLUMN c;\n");
    r.commit('one');
    const all = createContext({
      cwd: r.dir,
      config: buildConfig({ scope: 'all', migrations: { paths: ['sql/schema_changes/*.sql'] } }),
    });
    expect((await check.run(all)).findings.map((f) => f.rule)).toEqual(['drop-column']);
    const none = createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }) });
    expect(await check.applies(none)).toBe(false);
    expect((await check.run(none)).status).toBe('skipped');
  });
});

describe('packaging and docs', () => {
  test('the parser works from a single esbuild ESM bundle run outside the repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-mig-bundle-'));
    try {
      const entry = join(process.cwd(), 'src/checks/migrations/pg/parser.ts');
      writeFileSync(
        join(dir, 'entry.ts'),
        `import { loadParser, parseSql } from ${JSON.stringify(entry)};\nawait loadParser();\nconsole.log(parseSql('ALTER TABLE t ADD COLUMN c int; SELECT 1').length);\n`,
      );
      execFileSync(
        join(process.cwd(), 'node_modules/.bin/esbuild'),
        [
          join(dir, 'entry.ts'),
          '--bundle',
          '--platform=node',
          '--format=esm',
          '--target=node20',
          `--outfile=${join(dir, 'out.mjs')}`,
          "--banner:js=import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
        ],
        { stdio: 'pipe' },
      );
      expect(execFileSync(process.execPath, [join(dir, 'out.mjs')], { cwd: dir, encoding: 'utf8' }).trim()).toBe('2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every rule has an up-to-date doc page', () => {
    const docs = join(process.cwd(), 'docs/migrations');
    const sorted = [...RULES].sort((a, b) => a.id.localeCompare(b.id));
    for (const r of sorted) expect(readFileSync(join(docs, `${r.id}.md`), 'utf8')).toBe(renderRuleDoc(r));
    expect(readFileSync(join(docs, 'README.md'), 'utf8')).toBe(renderIndex(sorted));
    // The rule pages, the index and the page on migrations written as code (orm.md).
    expect(readdirSync(docs).sort()).toEqual([...RULES.map((r) => `${r.id}.md`), 'README.md', 'orm.md'].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

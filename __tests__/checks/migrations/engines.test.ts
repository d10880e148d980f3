// One repository, several engines (issue 13): each migration folder is judged by its own engine's rules,
// never by another's; migrations written as code are named, not silently skipped. The files were written
// as a held-out batch before running them against the rules.
import { afterEach, describe, expect, test } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

const PG_OR_MYSQL_ONLY = /^(?:mysql-|missing-lock-timeout|create-index-non-concurrently|int-primary-key|prefer-)/;

describe('engines per migration folder', () => {
  test('ClickHouse, Turso (Drizzle), D1 and Supabase side by side', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('README.md', 'monorepo');
    const base = r.commit('base');
    r.write(
      'db/clickhouse/migrations/001_events.sql',
      [
        'CREATE TABLE IF NOT EXISTS events (',
        '  ts DateTime64(3), tenant_id UInt64, name LowCardinality(String)',
        ') ENGINE = MergeTree ORDER BY (tenant_id, ts);',
        "ALTER TABLE page_views UPDATE country = 'DE' WHERE country = 'Germany';",
        'ALTER TABLE page_views DROP COLUMN legacy;',
      ].join('\n'),
    );
    r.write(
      'services/analytics/migrations/002_cluster.sql',
      'ALTER TABLE sessions ON CLUSTER main DELETE WHERE ts < now() - INTERVAL 90 DAY;\n',
    );
    r.write('apps/api/drizzle.config.ts', "export default defineConfig({ dialect: 'turso', out: './drizzle' });\n");
    r.write(
      'apps/api/drizzle/0003_plan.sql',
      [
        'CREATE TABLE `__new_users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL);',
        '--> statement-breakpoint',
        'INSERT INTO `__new_users`("id", "email") SELECT "id", "email" FROM `users`;',
        '--> statement-breakpoint',
        'DROP TABLE `users`;',
        '--> statement-breakpoint',
        'ALTER TABLE `__new_users` RENAME TO `users`;',
        '--> statement-breakpoint',
        'CREATE INDEX `users_email_idx` ON `users` (`email`);',
      ].join('\n'),
    );
    r.write('workers/edge/wrangler.toml', '[[d1_databases]]\nbinding = "DB"\ndatabase_name = "prod"\n');
    r.write('workers/edge/migrations/0002_plan.sql', 'ALTER TABLE accounts ADD COLUMN plan TEXT NOT NULL;\n');
    r.write('supabase/migrations/20240101000000_idx.sql', 'CREATE INDEX orders_user_idx ON orders (user_id);\n');
    // A helper module in a Django migrations folder is not a migration; a real one is read as Django.
    r.write('backend/billing/migrations/0001_helpers.py', 'from django.db import migrations\n');
    r.write(
      'backend/billing/migrations/0002_invoice.py',
      [
        'from django.db import migrations',
        'class Migration(migrations.Migration):',
        '    operations = [migrations.RemoveField(model_name="invoice", name="legacy")]',
      ].join('\n'),
    );
    r.commit('pr');
    const out = await check.run(
      createContext({ cwd: r.dir, config: buildConfig({}), event: { name: 'pull_request', base, head: r.head() } }),
    );
    expect(out.status).toBeUndefined();
    const by = (prefix: string) =>
      out.findings
        .filter((f) => f.file!.startsWith(prefix))
        .map((f) => f.rule)
        .sort();
    expect(by('db/clickhouse/')).toEqual(['clickhouse-mutation', 'drop-column']);
    expect(by('services/analytics/')).toEqual(['clickhouse-mutation']);
    expect(by('apps/api/')).toEqual(['sqlite-table-recreate']);
    expect(by('workers/edge/')).toEqual(['sqlite-add-column-not-null']);
    expect(by('supabase/')).toContain('create-index-non-concurrently');
    for (const f of out.findings.filter((x) => !x.file!.startsWith('supabase/')))
      expect(`${f.file} ${f.rule}`).not.toMatch(new RegExp(` ${PG_OR_MYSQL_ONLY.source}`));
    expect(out.metrics?.dialects).toEqual(expect.arrayContaining(['clickhouse', 'sqlite', 'postgresql']));
    expect(by('backend/')).toEqual(['drop-column', 'missing-lock-timeout']);
    expect(out.findings.find((f) => f.file?.startsWith('backend/') && f.rule === 'drop-column')).toMatchObject({
      file: 'backend/billing/migrations/0002_invoice.py',
      line: 3,
      message: expect.stringContaining('billing_invoice'),
    });
  });

  test('ClickHouse: qualified names, view rebuilds and table swaps are not drops or renames', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('README.md', 'x');
    const base = r.commit('base');
    r.write(
      'clickhouse/migrations/05_stats.sql',
      [
        'CREATE TABLE app.stats_new (site UInt64, hits UInt64) ENGINE = SummingMergeTree ORDER BY site;',
        'INSERT INTO app.stats_new SELECT site, hits FROM app.stats;',
        'RENAME TABLE app.stats TO app.stats_old;',
        'RENAME TABLE app.stats_new TO app.stats;',
        'DROP TABLE app.stats_old;',
        'DROP TABLE app.stats_mv;',
        'CREATE MATERIALIZED VIEW app.stats_mv TO app.stats AS SELECT site, count() AS hits FROM app.events GROUP BY site;',
        'ALTER TABLE app.events DROP PROJECTION by_path;',
        'ALTER TABLE app.events DROP COLUMN "legacy";',
      ].join('\n'),
    );
    r.commit('pr');
    const out = await check.run(
      createContext({ cwd: r.dir, config: buildConfig({}), event: { name: 'pull_request', base, head: r.head() } }),
    );
    expect(out.findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '9 drop-column DROP COLUMN legacy on events breaks code that still reads or writes it',
    ]);
  });

  test('Flyway applies V9 before V10: a CHECK in a later file never excuses an earlier SET NOT NULL', async () => {
    const M = 'src/main/resources/db/migration';
    const run = async (nn: string, chk: string) => {
      const r = Repo.init();
      repos.push(r);
      r.write(`${M}/V1__init.sql`, 'CREATE TABLE t (id int, x int);\n');
      const base = r.commit('base');
      r.write(`${M}/${nn}`, "SET lock_timeout = '5s';\nALTER TABLE t ALTER COLUMN x SET NOT NULL;\n");
      r.write(
        `${M}/${chk}`,
        "SET lock_timeout = '5s';\nALTER TABLE t ADD CONSTRAINT x_nn CHECK (x IS NOT NULL) NOT VALID;\nCOMMIT;\nBEGIN;\nALTER TABLE t VALIDATE CONSTRAINT x_nn;\n",
      );
      r.commit('pr');
      const out = await check.run(
        createContext({ cwd: r.dir, config: buildConfig({}), event: { name: 'pull_request', base, head: r.head() } }),
      );
      return out.findings.filter((f) => f.rule === 'set-not-null').map((f) => f.file);
    };
    // By name bytes V10 sorts before V9; Flyway's version order runs V9 first, before the check exists.
    expect(await run('V9__nn.sql', 'V10__check.sql')).toEqual([`${M}/V9__nn.sql`]);
    expect(await run('V11__nn.sql', 'V10__check.sql')).toEqual([]);
  });
});

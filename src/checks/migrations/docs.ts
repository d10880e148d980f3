// Renders the documentation page of each rule (docs/migrations/<id>.md) from the rule's own metadata,
// so the pages and the findings never disagree. Regenerate with: npx tsx bench/migrations/gen-docs.ts
import type { RuleMeta } from './model.js';

const DIALECT: Record<RuleMeta['dialect'], string> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  sqlite: 'SQLite, libSQL, Turso and D1',
  clickhouse: 'ClickHouse',
  any: 'PostgreSQL, MySQL, SQLite and ClickHouse',
};
const fence = (sql: string) => '```sql\n' + sql.trim() + '\n```';

export function renderRuleDoc(r: RuleMeta): string {
  return [
    `# ${r.id}`,
    '',
    `**${r.title}** · severity \`${r.severity}\` · ${DIALECT[r.dialect]}`,
    '',
    '## Why it is dangerous',
    '',
    r.why,
    '',
    '## Safe alternative',
    '',
    r.fix,
    '',
    '## Example',
    '',
    'Reported:',
    '',
    fence(r.bad),
    '',
    'Safe:',
    '',
    fence(r.good),
    '',
    '## Suppressing',
    '',
    'When you have checked that the statement is safe here (a small table, a maintenance window), say why on the ' +
      'line above the statement:',
    '',
    fence(`-- launch-gate-ignore: ${r.id} <reason>`),
    '',
    'or accept it in the baseline with `launch-gate baseline`.',
    '',
  ].join('\n');
}

export function renderIndex(rules: RuleMeta[]): string {
  const row = (r: RuleMeta) => `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${DIALECT[r.dialect]} | ${r.title} |`;
  return [
    '# Migration rules',
    '',
    "The `migrations` check parses each new or changed migration with PostgreSQL's own parser (libpg-query) " +
      'or, for MySQL, a light statement splitter, and reports statements that lock, rewrite or break a ' +
      'production database. Findings sit on the first line of the statement, so a ' +
      '`-- launch-gate-ignore: RULE reason` comment on the line above suppresses one.',
    '',
    '| rule | severity | dialect | what |',
    '| --- | --- | --- | --- |',
    ...rules.map(row),
    '',
    '## Configuration',
    '',
    '```yaml',
    'migrations:',
    '  paths: ["db/migrations/**/*.sql"]  # default: discovered (Prisma, Drizzle, Supabase, Flyway, golang-migrate,',
    '                                    # dbmate, goose, sql-migrate, node-pg-migrate, plain migrations/**/*.sql;',
    '                                    # goose / dbmate / node-pg-migrate / Drizzle files anywhere by their markers)',
    '  dialect: auto                      # auto (per folder, see below), postgresql, mysql, sqlite, clickhouse',
    '  postgres-version: 15               # rules depending on the version (e.g. constant defaults from 11)',
    '  trace: false                       # apply the migrations to a real PostgreSQL and report locks and rewrites',
    '  style: false                       # also report style rules (prefer-timestamptz, int-primary-key, prefer-jsonb), low',
    '```',
    '',
    '## Which engine judges a migration',
    '',
    'Each file is judged by one engine, decided per file in this order: `migrations.dialect` when set; ' +
      'ClickHouse-only syntax (`ENGINE = MergeTree`, `ON CLUSTER`, `LowCardinality(`) ; the folder name ' +
      '(`clickhouse/`, `d1/`, `turso/`, `sqlite/`, `supabase/`); SQLite-only syntax (`AUTOINCREMENT`, `PRAGMA`, ' +
      "`WITHOUT ROWID`, Drizzle's `__new_` copies); the nearest migration-tool config up the tree " +
      '(`drizzle.config.*` `dialect`, Prisma `provider`, `knexfile` `client`, Flyway URLs, `wrangler.toml` ' +
      '`d1_databases`, `alembic.ini` `sqlalchemy.url`, Rails `config/database.yml` `adapter`); MySQL-only syntax; ' +
      "the project's drivers and compose images; else PostgreSQL as a guess. A file is never judged by another " +
      "engine's rules. When the engine is a guess and the file does not parse as PostgreSQL (and no other " +
      'migration of its folder does), the `sql-parse-error` is `medium` with a note instead of an error of the check. ' +
      'SQLite, libSQL, Turso and D1 files get `sqlite-*` rules and the engine-neutral ones (drops, renames); ' +
      'ClickHouse files get `clickhouse-*` rules and the same neutral ones. Migrations written as code ' +
      '(Django `migrations/NNNN_*.py`, Alembic `versions/*.py`, Rails `db/migrate/*.rb`) take their engine from ' +
      'the folder, the nearest config or their own tool config (Django settings `ENGINE`, `alembic.ini`, ' +
      '`database.yml`), else PostgreSQL; see [orm.md](orm.md).',
    '',
    '## Transactions by framework',
    '',
    '| framework | how a migration runs | no-transaction marker |',
    '| --- | --- | --- |',
    '| Prisma Migrate | the file is sent as one string: one implicit transaction when it has several statements | none: put a concurrent index build alone in its file |',
    '| golang-migrate | same as Prisma | none: alone in its file |',
    '| Drizzle Kit (`drizzle/`, or any folder with `meta/_journal.json` or `--> statement-breakpoint`) | all pending migrations in one transaction | none |',
    '| Flyway | each migration in a transaction (9.x+ runs a file holding only CONCURRENTLY / VACUUM outside one, and refuses one that mixes them) | `V<n>__name.sql.conf` with `executeInTransaction=false` |',
    '| goose | a transaction per file | `-- +goose NO TRANSACTION` |',
    '| dbmate | a transaction per file | `-- migrate:up transaction:false` |',
    '| sql-migrate | a transaction per file | `-- +migrate Up notransaction` |',
    '| node-pg-migrate (`-- Up Migration` / `-- Down Migration`) | a transaction per file | none in SQL files |',
    '| Supabase CLI | a transaction per file; CONCURRENTLY / VACUUM are sent outside it | none needed |',
    '| plain folders, `migrations.paths` | not assumed | only an explicit `BEGIN` counts |',
    '| Django | a transaction per migration (`atomic`) | `atomic = False` on the Migration class |',
    '| Alembic | one transaction (PostgreSQL has transactional DDL) | `with op.get_context().autocommit_block():` |',
    '| Rails | a transaction per migration | `disable_ddl_transaction!` |',
    '',
    '## Trace mode',
    '',
    "With `migrations.trace: true` the check applies the base branch's migrations, then the new ones statement " +
      'by statement (each in its own transaction), to a real PostgreSQL: the database in `DATABASE_URL` (use a ' +
      'throwaway one), or a temporary server started from the PostgreSQL binaries on the runner (`initdb`, ' +
      '`pg_ctl`, `psql`; on GitHub runners `sudo apt-get install -y postgresql`). The job summary then lists, ' +
      'per statement, the relation locks it held (from `pg_locks`), the tables it rewrote (a new relfilenode) ' +
      'and its duration. A statement that fails is reported as `migration-fails`; a rewrite no static rule ' +
      'explained as `table-rewrite-observed`.',
    '',
  ].join('\n');
}

import { afterEach, describe, expect, test } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { looksLikeMysql } from '../../../src/checks/migrations/discover.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));
const repo = () => {
  const r = Repo.init();
  repos.push(r);
  return r;
};
const pr = (r: Repo, base: string) =>
  createContext({ cwd: r.dir, config: buildConfig({}), event: { name: 'pull_request', base, head: r.head() } });
const all = (r: Repo) => createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }) });
const rules = (out: { findings: { rule: string; file?: string; line?: number }[] }) =>
  out.findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();

describe('discovery beyond the usual folders', () => {
  test('goose files in sqlc’s sql/schema/ are found by their markers, in a pull request', async () => {
    const r = repo();
    r.write(
      'sql/schema/001_users.sql',
      '-- +goose Up\nCREATE TABLE users (id uuid PRIMARY KEY, name text);\n-- +goose Down\nDROP TABLE users;\n',
    );
    r.write('sql/queries/users.sql', '-- name: DeleteUsers :exec\nDELETE FROM users;\n');
    const base = r.commit('base');
    r.write(
      'sql/schema/002_users_name_idx.sql',
      '-- +goose Up\nCREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n-- +goose Down\nDROP INDEX users_name_idx;\n',
    );
    r.commit('pr');
    const ctx = pr(r, base);
    expect(await check.applies(ctx)).toBe(true);
    const out = await check.run(ctx);
    expect(rules(out)).toEqual(['sql/schema/002_users_name_idx.sql:2 concurrently-in-transaction']);
  });

  test('node-pg-migrate SQL: only the Up Migration part is judged, in a transaction', async () => {
    const r = repo();
    r.write(
      'migrations/1700000000000_init.sql',
      '-- Up Migration\nCREATE TABLE t (id bigint PRIMARY KEY, c text);\n-- Down Migration\nDROP TABLE t;\n',
    );
    r.write(
      'migrations/1700000000001_chk.sql',
      "-- Up Migration\nSET lock_timeout = '1s';\nALTER TABLE t ADD CONSTRAINT c_len CHECK (length(c) < 9) NOT VALID;\n" +
        'ALTER TABLE t VALIDATE CONSTRAINT c_len;\n-- Down Migration\nALTER TABLE t DROP COLUMN c;\n',
    );
    r.commit();
    expect(rules(await check.run(all(r)))).toEqual(['migrations/1700000000001_chk.sql:4 validate-same-transaction']);
  });

  test('a Drizzle folder is known by its meta/_journal.json, wherever drizzle.config points it', async () => {
    const r = repo();
    r.write('src/db/migrations/meta/_journal.json', '{"version":"7","dialect":"postgresql","entries":[]}');
    r.write('src/db/migrations/0000_init.sql', 'CREATE TABLE t (id bigint PRIMARY KEY, c text);\n');
    r.write('src/db/migrations/0001_idx.sql', 'CREATE INDEX CONCURRENTLY t_c_idx ON t (c);\n');
    r.commit();
    const out = await check.run(all(r));
    expect(rules(out)).toEqual(['src/db/migrations/0001_idx.sql:1 concurrently-in-transaction']);
    expect(out.metrics?.frameworks).toEqual(['drizzle']);
  });
});

describe('dialect from the project', () => {
  test('a MySQL-only driver makes plain SQL MySQL (no PostgreSQL rules on it)', async () => {
    const r = repo();
    r.write('package.json', JSON.stringify({ dependencies: { mysql2: '^3.0.0', knex: '^3.0.0' } }));
    r.write('migrations/001_users.sql', 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));\n');
    r.write('migrations/002_users_name.sql', 'CREATE INDEX users_name ON users (name);\n');
    r.commit();
    const out = await check.run(all(r));
    expect(out.metrics?.dialects).toEqual(['mysql']);
    expect(rules(out).some((x) => x.includes('create-index-non-concurrently'))).toBe(false);
  });

  test('Supabase stays PostgreSQL even when a MySQL driver is around', async () => {
    const r = repo();
    r.write('package.json', JSON.stringify({ dependencies: { mysql2: '^3.0.0' } }));
    r.write('supabase/migrations/20240101000000_t.sql', 'create table t (id bigint primary key, c text);\n');
    r.write('supabase/migrations/20240102000000_i.sql', 'create index t_c on t (c);\n');
    r.commit();
    const out = await check.run(all(r));
    expect(out.metrics?.dialects).toEqual(['postgresql']);
    expect(rules(out)).toContain('supabase/migrations/20240102000000_i.sql:1 create-index-non-concurrently');
  });

  test('MySQL-only syntax, not words in strings or comments', () => {
    expect(looksLikeMysql('ALTER TABLE users ADD COLUMN x INT, ALGORITHM=INPLACE, LOCK=NONE;')).toBe(true);
    expect(looksLikeMysql('ALTER TABLE users CHANGE COLUMN a b BIGINT;')).toBe(true);
    expect(looksLikeMysql("COMMENT ON TABLE t IS 'we change the user name `x` here';")).toBe(false);
    expect(looksLikeMysql('-- ENGINE=InnoDB was MySQL\nCREATE TABLE t (id int);')).toBe(false);
  });
});

describe('type knowledge and inline constraints (scope all, one repository)', () => {
  test('widenings stay quiet, rewrites and inline CHECK / REFERENCES on existing tables do not', async () => {
    const r = repo();
    r.write(
      'migrations/001_init.sql',
      'CREATE TABLE items (id bigint PRIMARY KEY, sku character varying(64), price numeric(8,2), at timestamptz(3));\n' +
        'CREATE TABLE orgs (id bigint PRIMARY KEY);\n',
    );
    r.write(
      'migrations/002_types.sql',
      "SET lock_timeout = '1s';\n" +
        'ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);\n' + // more digits, same scale: catalog only
        'ALTER TABLE items ALTER COLUMN sku TYPE varchar(128) USING (sku::varchar(128));\n' + // Knex-style cast
        'ALTER TABLE items ALTER COLUMN at TYPE timestamptz(6);\n' +
        'ALTER TABLE items ALTER COLUMN price TYPE numeric(12,4);\n' + // new scale: rewrite
        'ALTER TABLE items ADD COLUMN qty int NOT NULL DEFAULT 0 CHECK (qty >= 0);\n' +
        'ALTER TABLE items ADD COLUMN org_id bigint REFERENCES orgs (id);\n',
    );
    r.commit();
    expect(rules(await check.run(all(r)))).toEqual([
      'migrations/002_types.sql:5 change-column-type',
      'migrations/002_types.sql:6 constraint-missing-not-valid',
      'migrations/002_types.sql:7 constraint-missing-not-valid',
    ]);
  });
});

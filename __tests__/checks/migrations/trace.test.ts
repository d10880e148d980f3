// Trace mode against a real PostgreSQL started from the machine's binaries (no mocks of the database).
import { afterAll, describe, expect, test } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { findBinDir } from '../../../src/checks/migrations/trace/server.js';
import { Repo } from '../../helpers/repo.js';

const binDir = findBinDir(process.env);
if (!binDir)
  console.warn(
    '\n\n*** SKIPPING migrations trace tests: no PostgreSQL binaries (initdb, pg_ctl) found; install postgresql ***\n',
  );
const maybe = binDir ? describe : describe.skip;

maybe('trace mode', () => {
  const repos: Repo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  test('reports the locks and rewrites each new statement caused, after applying the base migrations', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write(
      'migrations/0001_init.sql',
      "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nINSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 1000) g;\n",
    );
    const base = r.commit('base');
    r.write(
      'migrations/0002_change.sql',
      "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ALTER COLUMN id TYPE numeric;\nCREATE INDEX users_email_idx ON users (email);\n",
    );
    r.write('migrations/0003_concurrent.sql', 'CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);\n');
    r.write('migrations/0004_fails.sql', "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email text;\n");
    r.commit('pr');
    const ctx = createContext({
      cwd: r.dir,
      config: buildConfig({ migrations: { trace: true } }),
      event: { name: 'pull_request', base, head: r.head() },
      env: { ...process.env, DATABASE_URL: '' },
    });
    const out = await check.run(ctx);
    const trace = (
      out.metrics?.trace as {
        statements: {
          file: string;
          line: number;
          locks: { rel: string; mode: string }[] | null;
          rewritten: string[];
          ms: number;
        }[];
      }
    ).statements;
    const at = (file: string, line: number) => trace.find((t) => t.file === file && t.line === line)!;

    const add = at('migrations/0002_change.sql', 2);
    expect(add.locks).toContainEqual({ rel: 'users', mode: 'AccessExclusiveLock' });
    expect(add.rewritten).toEqual([]);
    const retype = at('migrations/0002_change.sql', 3);
    expect(retype.rewritten).toEqual(['users']);
    expect(typeof retype.ms).toBe('number');
    const idx = at('migrations/0002_change.sql', 4);
    expect(idx.locks).toContainEqual({ rel: 'users', mode: 'ShareLock' });
    expect(idx.locks).not.toContainEqual({ rel: 'users', mode: 'AccessExclusiveLock' });
    expect(at('migrations/0003_concurrent.sql', 1).locks).toBeNull();

    // The duplicate column fails on the real database; base migrations are not traced.
    expect(out.findings).toContainEqual(
      expect.objectContaining({
        rule: 'migration-fails',
        file: 'migrations/0004_fails.sql',
        line: 2,
        message: expect.stringContaining('already exists'),
      }),
    );
    expect(trace.some((t) => t.file === 'migrations/0001_init.sql')).toBe(false);
    // The rewrite on line 3 is already explained by a static rule: no duplicate trace finding.
    expect(out.findings.filter((f) => f.rule === 'table-rewrite-observed')).toEqual([]);
    expect(out.markdown).toContain('AccessExclusiveLock');
  });
});

import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyzeLite, analyzeMysql, analyzePg, newSchemaState } from '../../../src/checks/migrations/analyze.js';
import { frameworkFromText } from '../../../src/checks/migrations/discover.js';
import type { MigrationFile } from '../../../src/checks/migrations/model.js';
import { loadParser } from '../../../src/checks/migrations/pg/parser.js';
import { RULES } from '../../../src/checks/migrations/rules/index.js';
import { upSection } from '../../../src/checks/migrations/sections.js';

beforeAll(() => loadParser());

/** Old migrations the examples build on: a NOT NULL column with a default, a varchar with a size. */
const SEED = "CREATE TABLE orders (id bigint PRIMARY KEY, currency text NOT NULL DEFAULT 'EUR', note varchar(100));";

function lint(
  sql: string,
  opts: {
    framework?: MigrationFile['framework'];
    version?: number;
    mysql?: boolean;
    lite?: 'sqlite' | 'clickhouse';
    schema?: ReturnType<typeof newSchemaState>;
  } = {},
) {
  const file: MigrationFile = {
    path: 'm.sql',
    framework: frameworkFromText(opts.framework ?? 'prisma', sql),
    judged: true,
  };
  if (opts.mysql) return analyzeMysql(file, sql);
  if (opts.lite) return analyzeLite(file, sql, opts.lite);
  const schema = opts.schema ?? newSchemaState();
  if (!schema.notNull.size)
    analyzePg({ ...file, path: 'seed.sql', judged: false }, SEED, 'implicit', schema, {
      postgresVersion: 15,
      judge: false,
      trackNewTables: false,
    });
  const sec = upSection(file.framework, sql);
  return analyzePg(file, sec.text, sec.txMode, schema, {
    postgresVersion: opts.version ?? 15,
    judge: true,
    trackNewTables: false,
  });
}

/** Lines carrying an ignore comment for `rule` on the line above (the runner suppresses those). */
const ignoredLines = (sql: string, rule: string) =>
  sql.split('\n').flatMap((l, i) => (l.includes(`launch-gate-ignore: ${rule}`) ? [i + 2, i + 1] : []));

const TRACE_ONLY = new Set(['migration-fails', 'table-rewrite-observed']);

describe('each rule flags its documented bad example and not its safe one', () => {
  for (const rule of RULES.filter((r) => !TRACE_ONLY.has(r.id))) {
    test(rule.id, () => {
      const mysql = rule.dialect === 'mysql';
      const lite = rule.dialect === 'sqlite' || rule.dialect === 'clickhouse' ? rule.dialect : undefined;
      const bad = lint(rule.bad, { mysql, lite });
      if (rule.id === 'sql-parse-error') expect(bad.parseError).toBeDefined();
      expect(bad.findings.map((f) => f.rule)).toContain(rule.id);
      // A safe example may span several migrations ("-- migration 1", "-- migration 2"): each is its own file.
      const parts = rule.good.split(/^-- migration \d+.*$/m).filter((p) => p.trim());
      const schema = newSchemaState();
      for (const part of parts) {
        const good = lint(part, { mysql, lite, schema });
        const ignored = ignoredLines(part, rule.id);
        expect(good.findings.filter((f) => f.rule === rule.id && !ignored.includes(f.line!))).toEqual([]);
      }
      for (const f of bad.findings)
        expect(f).toMatchObject({
          file: 'm.sql',
          why: expect.any(String),
          fix: expect.any(String),
          docs: expect.stringContaining(f.rule),
        });
    });
  }
});

describe('statement lines, DO blocks, versions, transactions', () => {
  test('findings sit on the first line of their statement, after comments and blank lines', () => {
    const r = lint("SET lock_timeout = '1s';\n\n/* a\n   b */\n-- x\nALTER TABLE orders\n  DROP COLUMN note;\n");
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['drop-column', 6]]);
  });

  test('lines stay exact after multi-byte characters', () => {
    const r = lint(
      "SET lock_timeout = '1s';\n-- commentaire: élève, 日本\nCOMMENT ON TABLE orders IS 'ünïcödé';\nDROP TABLE orders;\n",
    );
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['drop-table', 4]]);
  });

  test('statements inside DO blocks are checked on their own line', () => {
    const sql =
      "SET lock_timeout = '1s';\nDO $$\nBEGIN\n  PERFORM 1;\n  ALTER TABLE orders ALTER COLUMN id TYPE numeric;\nEND $$;\n";
    expect(lint(sql).findings.map((f) => [f.rule, f.line])).toEqual([['change-column-type', 5]]);
  });

  test('a constant default rewrites before PostgreSQL 11 only', () => {
    const sql = "SET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN flag boolean NOT NULL DEFAULT false;";
    expect(lint(sql, { version: 10 }).findings.map((f) => f.rule)).toEqual(['add-column-rewrite']);
    expect(lint(sql, { version: 15 }).findings).toEqual([]);
  });

  test('a concurrent index build alone in a Prisma file is fine; with another statement it fails', () => {
    expect(lint('CREATE INDEX CONCURRENTLY a ON orders (id);').findings).toEqual([]);
    const two = lint('CREATE INDEX CONCURRENTLY a ON orders (id);\nCOMMENT ON TABLE orders IS $$x$$;');
    expect(two.findings.map((f) => f.rule)).toEqual(['concurrently-in-transaction']);
    expect(lint('CREATE INDEX CONCURRENTLY a ON orders (id);\nSELECT 1;', { framework: 'plain' }).findings).toEqual([]);
  });

  test('lock_timeout = 0 does not count; missing-lock-timeout reports once per file', () => {
    const r = lint(
      'SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN a text;\nALTER TABLE orders ADD COLUMN b text;',
    );
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['missing-lock-timeout', 2]]);
  });

  test('SET NOT NULL is quiet only after a validated IS NOT NULL check', () => {
    const notValidOnly =
      "SET lock_timeout = '1s';\nALTER TABLE orders ADD CONSTRAINT c CHECK (note IS NOT NULL) NOT VALID;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;";
    expect(lint(notValidOnly, { framework: 'plain' }).findings.map((f) => f.rule)).toEqual(['set-not-null']);
  });

  test('unparsable SQL gives the parser message and line', () => {
    const r = lint('SELECT 1;\nALTER TABLE orders ADD COLUMN;\n');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'sql-parse-error',
        line: 2,
        severity: 'blocker',
        message: expect.stringContaining('syntax error'),
      }),
    ]);
  });

  test('fingerprints survive line moves and reformatting', () => {
    const a = lint("SET lock_timeout = '1s';\nDROP TABLE orders;").findings[0];
    const b = lint("SET lock_timeout = '1s';\n\n\n  DROP   TABLE\n orders;").findings[0];
    expect(a.line).not.toBe(b.line);
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});

describe("built-in functions, from PostgreSQL's catalog", () => {
  const rulesOf = (sql: string, version?: number) =>
    lint(sql, { framework: 'plain', version })
      .findings.map((f) => f.rule)
      .filter((r) => r !== 'missing-lock-timeout');

  test('a call with an argument count no overload has fails the migration', () => {
    expect(rulesOf('ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT now(123);')).toEqual([
      'function-does-not-exist',
    ]);
    expect(rulesOf('CREATE TABLE t (d date DEFAULT make_date(2024, 1));')).toEqual(['function-does-not-exist']);
    expect(rulesOf('SELECT pg_catalog.lower(note, 1) FROM orders;')).toEqual(['function-does-not-exist']);
  });

  test('SQL-standard syntax, defaults, variadics, ordered-set aggregates, casts by type name and user overloads pass', () => {
    const valid = [
      "SELECT substring(note from 1 for 2), trim(both 'x' from note), position('a' in note), extract(year from now()) FROM orders;",
      "SELECT overlay(note placing 'x' from 2), now() at time zone 'utc', note is normalized, collation for (note) FROM orders;",
      "SELECT count(*), percentile_cont(0.5) within group (order by id), rank(1) within group (order by id), string_agg(note, ',' order by note) FROM orders;",
      "SELECT make_interval(days => 1), json_build_object(), concat(variadic array['a']), uuid('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), date('2020-01-01');",
      'CREATE FUNCTION now(int) RETURNS timestamptz LANGUAGE sql AS $$ SELECT now() $$;\nSELECT now(1);',
      'DO $$ BEGIN IF false THEN PERFORM now(1); END IF; END $$;',
    ];
    for (const sql of valid) expect([sql, rulesOf(sql)]).toEqual([sql, []]);
    // random(min, max) arrived in PostgreSQL 17.
    expect(rulesOf('SELECT random(1, 10);', 15)).toEqual(['function-does-not-exist']);
    expect(rulesOf('SELECT random(1, 10);', 17)).toEqual([]);
  });

  test("a default is volatile by the catalog's volatility, not a hand-written list", () => {
    expect(rulesOf('ALTER TABLE orders ADD COLUMN due date DEFAULT make_date(2024, 1, 1);')).toEqual([]);
    expect(rulesOf('ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();')).toEqual([
      'add-column-rewrite',
    ]);
    expect(rulesOf('ALTER TABLE orders ADD COLUMN at timestamptz DEFAULT clock_timestamp();')).toEqual([
      'add-column-rewrite',
    ]);
  });
});

test('renaming a value of an enum the same migration creates is not an alarm; of an existing enum it is', () => {
  const rules = (sql: string) => lint(sql, { framework: 'plain' }).findings.map((f) => f.rule);
  expect(rules("CREATE TYPE mood AS ENUM ('ok', 'sad');\nALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';")).toEqual(
    [],
  );
  expect(rules("ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';")).toContain('rename-enum-value');
});

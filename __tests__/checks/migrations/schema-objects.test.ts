// Issue 13 items 4-5: schema-wide statements, domains, partitions, collations and binary-coercible type
// changes (the misses and false alarms the issue lists), by PostgreSQL's documented locking.
import { afterEach, describe, expect, test } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

async function rulesOf(base: string, sql: string): Promise<string[]> {
  const r = Repo.init();
  repos.push(r);
  r.write('db/migrations/000001_base.up.sql', base);
  const b = r.commit('base');
  r.write('db/migrations/000002_change.up.sql', sql);
  r.commit('pr');
  const out = await check.run(
    createContext({ cwd: r.dir, config: buildConfig({}), event: { name: 'pull_request', base: b, head: r.head() } }),
  );
  return out.findings.filter((f) => f.rule !== 'missing-lock-timeout').map((f) => `${f.rule}:${f.line}`);
}

const BASE = [
  'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200), name text, net cidr);',
  'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
  'CREATE DOMAIN email AS text;',
].join('\n');

describe('schema-wide statements and type changes', () => {
  test('hazards', async () => {
    const sql = [
      'DROP SCHEMA analytics CASCADE;',
      'ALTER SCHEMA billing RENAME TO payments;',
      'ALTER TABLE events DETACH PARTITION events_2023;',
      'ALTER DOMAIN email SET NOT NULL;',
      'ALTER DOMAIN email VALIDATE CONSTRAINT email_check;',
      'ALTER TABLE users ALTER COLUMN name TYPE text COLLATE "C";',
    ].join('\n');
    expect(await rulesOf(BASE, sql)).toEqual([
      'drop-table:1',
      'rename-table:2',
      'detach-partition-blocking:3',
      'alter-domain-add-constraint:4',
      'alter-domain-add-constraint:5',
      'change-column-type:6',
    ]);
  });

  test('safe look-alikes', async () => {
    const sql = ['ALTER TABLE users ALTER COLUMN email TYPE citext;', 'ALTER TABLE users ALTER COLUMN net TYPE inet;'];
    expect(await rulesOf(BASE, sql.join('\n'))).toEqual([]);
    // VACUUM cannot run in a transaction: each alone in its file (golang-migrate then sends it on its own).
    expect(await rulesOf(BASE, 'VACUUM (FULL FALSE) users;\n')).toEqual([]);
    expect(await rulesOf(BASE, 'VACUUM (FULL OFF, ANALYZE) users;\n')).toEqual([]);
    // Alone in its file, golang-migrate sends it outside any transaction: nothing to raise.
    expect(await rulesOf(BASE, 'ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;\n')).toEqual([]);
  });
});

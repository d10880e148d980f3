// Builds the psql script that runs each statement in its own transaction and reports, from inside that
// transaction, the relation locks it holds (pg_locks) and the tables whose relfilenode changed (a rewrite).
import type { PgStatement } from '../model.js';

export const MARK = '@@launch-gate-trace ';

const USER_RELS =
  "c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace) AND c.relname NOT LIKE 'pg_toast%'";

/** Statements PostgreSQL refuses inside a transaction block: run bare, their locks are not observable. */
export function outsideTransaction(s: PgStatement): boolean {
  const b = s.body;
  return (
    (s.kind === 'IndexStmt' && !!b.concurrent) ||
    (s.kind === 'DropStmt' && !!b.concurrent) ||
    (s.kind === 'ReindexStmt' && JSON.stringify(b.params ?? []).includes('concurrently')) ||
    (s.kind === 'VacuumStmt' && !!b.is_vacuumcmd) ||
    (s.kind === 'AlterEnumStmt' && !!b.newVal && !b.oldVal) ||
    s.kind === 'CreatedbStmt' ||
    s.kind === 'DropdbStmt'
  );
}

export function traceScript(stmts: PgStatement[]): string {
  const lines = ['\\set ON_ERROR_STOP 1', '\\pset pager off', "SET client_min_messages = 'warning';"];
  stmts.forEach((s, i) => {
    const snap =
      `SELECT coalesce(json_object_agg(c.oid::text, c.relfilenode::text), '{}') AS lg_snap FROM pg_class c ` +
      `WHERE c.relkind IN ('r', 'm', 'p') AND ${USER_RELS} \\gset`;
    const report = (locks: boolean) =>
      `SELECT '${MARK}' || json_build_object('i', ${i}, ` +
      `'ms', round((extract(epoch FROM clock_timestamp() - :'lg_t0'::timestamptz) * 1000)::numeric, 1), ` +
      `'locks', ${
        locks
          ? `(SELECT coalesce(json_agg(json_build_object('rel', coalesce(c.relname, l.relation::text), 'mode', l.mode) ORDER BY 1), '[]') ` +
            `FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' ` +
            `AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) ` +
            `AND (c.oid IS NULL OR (c.relkind IN ('r', 'm', 'p') AND ${USER_RELS})))`
          : 'null'
      }, ` +
      `'rewritten', (SELECT coalesce(json_agg(c.relname), '[]') FROM pg_class c JOIN json_each_text(:'lg_snap'::json) s ` +
      `ON s.key::oid = c.oid WHERE c.relfilenode::text <> s.value));`;
    lines.push(snap);
    if (outsideTransaction(s)) {
      lines.push('SELECT clock_timestamp() AS lg_t0 \\gset', `${s.text};`, report(false));
    } else {
      lines.push('BEGIN;', 'SELECT clock_timestamp() AS lg_t0 \\gset', `${s.text};`, report(true), 'COMMIT;');
    }
  });
  return lines.join('\n') + '\n';
}

export interface TraceRow {
  i: number;
  ms: number;
  locks: { rel: string; mode: string }[] | null;
  rewritten: string[];
}

export function parseTraceOutput(stdout: string): TraceRow[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(MARK))
    .map((l) => JSON.parse(l.slice(MARK.length)) as TraceRow);
}

import { isConcurrentReindex } from '../pg/ast.js';
import { defineRule } from '../rule.js';

/** Statements PostgreSQL refuses inside a transaction block. */
function nonTransactional(kind: string, b: Record<string, unknown>): string | undefined {
  if (kind === 'IndexStmt' && b.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if (kind === 'DropStmt' && b.concurrent) return 'DROP INDEX CONCURRENTLY';
  if (kind === 'ReindexStmt' && isConcurrentReindex(b)) return 'REINDEX CONCURRENTLY';
  if (kind === 'VacuumStmt' && b.is_vacuumcmd) return 'VACUUM';
  if (
    kind === 'AlterTableStmt' &&
    JSON.stringify(b.cmds ?? []).includes('"AT_DetachPartition"') &&
    JSON.stringify(b.cmds).includes('"concurrent":true')
  )
    return 'DETACH PARTITION CONCURRENTLY';
  if (kind === 'CreatedbStmt') return 'CREATE DATABASE';
  return undefined;
}

export const rule = defineRule({
  id: 'concurrently-in-transaction',
  severity: 'blocker',
  dialect: 'postgresql',
  title: 'CONCURRENTLY (or VACUUM) inside a transaction',
  why:
    'PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and VACUUM inside a transaction block: ' +
    'the deploy fails. Prisma and golang-migrate send a multi-statement file as one string (one implicit ' +
    'transaction), and Drizzle, Flyway, goose and dbmate wrap each migration in a transaction unless told not to.',
  fix:
    'Put the statement alone in its own migration and run it outside a transaction: Prisma and golang-migrate: a ' +
    'file with only that statement; goose: `-- +goose NO TRANSACTION`; dbmate: `-- migrate:up transaction:false`; ' +
    'Flyway: `V<n>__name.sql.conf` with `executeInTransaction=false`; Drizzle: run it outside drizzle-kit migrate.',
  bad: 'CREATE TABLE audit (id bigint);\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
  good: '-- its own migration file, with nothing else in it:\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);',
  check(s, c) {
    const what = nonTransactional(s.kind, s.body);
    if (!what || s.inDo) return undefined;
    if (c.explicitTx) return { message: `${what} inside BEGIN ... COMMIT fails: it cannot run in a transaction block` };
    if (c.txMode === 'transaction' && !c.nonTxOutside)
      return {
        message:
          c.file.framework === 'flyway'
            ? `${what} fails: Flyway runs this migration in a transaction unless its .conf says executeInTransaction=false (Flyway 9.x+ detects it alone in a file, but refuses it next to other statements)`
            : `${what} fails: ${c.file.framework} runs this migration in a transaction`,
      };
    if (c.txMode === 'implicit' && c.topLevelCount > 1)
      return {
        message: `${what} fails: ${c.file.framework} sends this ${c.topLevelCount}-statement file as one implicit transaction`,
      };
    return undefined;
  },
});

import { isPartitionShellIndex, relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'create-index-non-concurrently',
  severity: 'high',
  dialect: 'postgresql',
  title: 'CREATE INDEX without CONCURRENTLY',
  why:
    'A plain CREATE INDEX holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table ' +
    'waits, for minutes on a large table.',
  fix:
    'Build it concurrently, alone in a migration that runs outside a transaction: ' +
    '`CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c_idx ON t (c);` Indexes on a table created in the same migration ' +
    'need no CONCURRENTLY.',
  bad: 'CREATE INDEX orders_user_id_idx ON orders (user_id);',
  good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);',
  check(s, c) {
    if (s.kind !== 'IndexStmt' || s.body.concurrent || s.inDo) return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || isPartitionShellIndex(s.body, c.schema.partitioned)) return undefined;
    return { message: `CREATE INDEX ${s.body.idxname ?? ''} on ${table} blocks writes for the whole build` };
  },
});

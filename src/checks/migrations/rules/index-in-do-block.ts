import { isPartitionShellIndex, relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'index-in-do-block',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Index built inside a DO block',
  why:
    'A DO block always runs in a transaction, so the index cannot be built CONCURRENTLY: it blocks writes to the ' +
    'table for the whole build, and linters that skip DO bodies never see it.',
  fix:
    'Build the index outside the block: `CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c_idx ON t (c);` (IF NOT EXISTS ' +
    'replaces the usual existence check done in the block).',
  bad: "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_user_idx') THEN\n    CREATE INDEX orders_user_idx ON orders (user_id);\n  END IF;\nEND $$;",
  good: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);',
  check(s, c) {
    if (!s.inDo || s.kind !== 'IndexStmt') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || isPartitionShellIndex(s.body, c.schema.partitioned)) return undefined;
    return {
      message: `CREATE INDEX on ${table} inside a DO block cannot be concurrent and blocks writes during the build`,
    };
  },
});

import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'cluster',
  severity: 'high',
  dialect: 'postgresql',
  title: 'CLUSTER in a migration',
  why: 'CLUSTER rewrites the table in index order while holding ACCESS EXCLUSIVE: no reads or writes until it ends.',
  fix: 'Reorder online with pg_repack (`pg_repack --table=t --order-by=c`) outside migrations, or skip it.',
  bad: 'CLUSTER events USING events_created_at_idx;',
  good: '-- run outside the migration, online:\n-- pg_repack --table=events --order-by=created_at mydb',
  check(s, c) {
    if (s.kind !== 'ClusterStmt') return undefined;
    const table = relName(s.body.relation);
    if (table && c.isNewTable(table)) return undefined;
    return { message: `CLUSTER ${table || '(every clustered table)'} rewrites the table under ACCESS EXCLUSIVE` };
  },
});

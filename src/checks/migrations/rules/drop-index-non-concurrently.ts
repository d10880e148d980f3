import { lastName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'drop-index-non-concurrently',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'DROP INDEX without CONCURRENTLY',
  why:
    "DROP INDEX takes ACCESS EXCLUSIVE on the index's table; it queues behind any long query and blocks every " +
    'query that arrives after it.',
  fix: 'Drop it concurrently, alone in a migration run outside a transaction: `DROP INDEX CONCURRENTLY IF EXISTS t_c_idx;`',
  bad: 'DROP INDEX orders_created_at_idx;',
  good: 'DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;',
  check(s, c) {
    if (s.kind !== 'DropStmt' || s.body.removeType !== 'OBJECT_INDEX' || s.body.concurrent) return undefined;
    const names: string[] = (s.body.objects ?? []).map((o: { List?: { items?: unknown[] } }) =>
      lastName(o.List?.items as never),
    );
    const old = names.filter((n) => !c.newIndexes.has(n));
    return old.length ? { message: `DROP INDEX ${old.join(', ')} takes ACCESS EXCLUSIVE on the table` } : undefined;
  },
});

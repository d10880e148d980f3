import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'reindex-non-concurrently',
  severity: 'high',
  dialect: 'postgresql',
  title: 'REINDEX without CONCURRENTLY',
  why:
    'A plain REINDEX blocks writes to the table and takes ACCESS EXCLUSIVE on the index, so queries using it wait ' +
    'for the whole rebuild.',
  fix:
    'On PostgreSQL 12+: `REINDEX INDEX CONCURRENTLY t_c_idx;` alone in a migration run outside a transaction. ' +
    'Before 12: `CREATE INDEX CONCURRENTLY t_c_idx_new ...;` then `DROP INDEX CONCURRENTLY t_c_idx;` and rename.',
  bad: 'REINDEX TABLE orders;',
  good: 'REINDEX TABLE CONCURRENTLY orders;',
  check(s) {
    if (s.kind !== 'ReindexStmt') return undefined;
    if ((s.body.params ?? []).some((p: { DefElem?: { defname?: string } }) => p.DefElem?.defname === 'concurrently'))
      return undefined;
    return { message: `REINDEX without CONCURRENTLY blocks writes (and reads through the index) during the rebuild` };
  },
});

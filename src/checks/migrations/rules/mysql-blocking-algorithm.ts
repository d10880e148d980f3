import { mysqlAlter } from '../mysql/alter.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mysql-blocking-algorithm',
  severity: 'high',
  dialect: 'mysql',
  title: 'MySQL ALTER with ALGORITHM=COPY or a blocking LOCK',
  why: '`ALGORITHM=COPY` rebuilds the table, and `LOCK=SHARED`/`LOCK=EXCLUSIVE` block writes (or reads) for the whole ALTER.',
  fix: 'Use `ALGORITHM=INPLACE, LOCK=NONE` (or INSTANT) where MySQL supports it, else an online schema change tool (gh-ost).',
  bad: 'ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=COPY, LOCK=SHARED;',
  good: 'ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INSTANT;',
  checkMysql(s, c) {
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table)) return undefined;
    if (a.algorithm === 'COPY' || a.lock === 'SHARED' || a.lock === 'EXCLUSIVE')
      return {
        message: `ALTER on ${a.table} with ${a.algorithm === 'COPY' ? 'ALGORITHM=COPY' : `LOCK=${a.lock}`} blocks writes for the whole operation`,
      };
    return undefined;
  },
});

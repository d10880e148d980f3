import { mysqlAlter, onlineHint } from '../mysql/alter.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mysql-column-type-copy',
  severity: 'high',
  dialect: 'mysql',
  title: 'MySQL column type change (table copy)',
  why:
    'MODIFY/CHANGE COLUMN with a new type (int to bigint, a shorter varchar, another charset, NULL to NOT NULL) ' +
    'runs ALGORITHM=COPY: the table is rebuilt and writes are blocked for the whole copy.',
  fix:
    'Add `ALGORITHM=INPLACE, LOCK=NONE` (or INSTANT) so MySQL refuses a copying change, and do copying changes with ' +
    'an online schema change tool (gh-ost, pt-online-schema-change) or a new column plus backfill.',
  bad: 'ALTER TABLE events MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;',
  good: '-- gh-ost --alter "MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT" --table=events --execute',
  checkMysql(s, c) {
    if (!/^ALTER\s/.test(s.upper) || !/\b(MODIFY|CHANGE)\s+(COLUMN\s+)?[`"]?\w/.test(s.upper)) return undefined;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || onlineHint(a)) return undefined;
    return { message: `MODIFY/CHANGE COLUMN on ${a.table} may rebuild the table with ALGORITHM=COPY, blocking writes` };
  },
});

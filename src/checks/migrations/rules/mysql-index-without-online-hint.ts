import { mysqlAlter, onlineHint } from '../mysql/alter.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mysql-index-without-online-hint',
  severity: 'medium',
  dialect: 'mysql',
  title: 'MySQL index added without ALGORITHM/LOCK',
  why:
    'Without `ALGORITHM=INPLACE, LOCK=NONE`, MySQL silently falls back to a table copy or a write lock when online ' +
    'DDL is not possible (FULLTEXT, some older versions, some column types) instead of failing.',
  fix:
    'State what you expect so MySQL errors instead of blocking: ' +
    '`ALTER TABLE t ADD INDEX t_c_idx (c), ALGORITHM=INPLACE, LOCK=NONE;`',
  bad: 'ALTER TABLE orders ADD INDEX orders_user_idx (user_id);',
  good: 'ALTER TABLE orders ADD INDEX orders_user_idx (user_id), ALGORITHM=INPLACE, LOCK=NONE;',
  checkMysql(s, c) {
    const isIndex =
      /^CREATE\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\b/.test(s.upper) ||
      (/^ALTER\s+/.test(s.upper) &&
        /\bADD\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?(INDEX|KEY)\b|\bADD\s+(CONSTRAINT\s+[`"]?\w+[`"]?\s+)?UNIQUE\b/.test(
          s.upper,
        ));
    if (!isIndex) return undefined;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || onlineHint(a)) return undefined;
    return {
      message: `index on ${a.table} without ALGORITHM=INPLACE, LOCK=NONE may copy the table or block writes without warning`,
    };
  },
});

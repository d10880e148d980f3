import { mysqlAlter } from '../mysql/alter.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mysql-table-rebuild',
  severity: 'high',
  dialect: 'mysql',
  title: 'MySQL statement that rebuilds the whole table',
  why:
    '`CONVERT TO CHARACTER SET`, `OPTIMIZE TABLE`, `ENGINE=...` on an existing table, `FORCE`, and adding or dropping ' +
    'the PRIMARY KEY rebuild every row; the charset conversion blocks writes for the whole copy.',
  fix:
    'Run rebuilds with an online schema change tool (gh-ost, pt-online-schema-change) outside migrations, or ' +
    'convert column by column with `ALGORITHM=INPLACE, LOCK=NONE` where MySQL allows it.',
  bad: 'ALTER TABLE comments CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;',
  good: '-- gh-ost --alter "CONVERT TO CHARACTER SET utf8mb4" --table=comments --execute',
  checkMysql(s, c) {
    const opt = /^OPTIMIZE\s+(?:NO_WRITE_TO_BINLOG\s+|LOCAL\s+)?TABLE\s+[`"]?(\w+)/.exec(s.upper);
    if (opt) return { message: `OPTIMIZE TABLE ${opt[1].toLowerCase()} rebuilds the table` };
    const a = mysqlAlter(s);
    if (!a || !/^ALTER\s/.test(s.upper) || c.newTables.has(a.table)) return undefined;
    const what = /\bCONVERT\s+TO\s+(CHARACTER\s+SET|CHARSET)\b/.test(s.upper)
      ? 'CONVERT TO CHARACTER SET'
      : /\bENGINE\s*=/.test(s.upper)
        ? 'ENGINE='
        : /\bFORCE\b/.test(s.upper)
          ? 'FORCE'
          : /\b(ADD|DROP)\s+PRIMARY\s+KEY\b/.test(s.upper)
            ? 'a PRIMARY KEY change'
            : undefined;
    return what ? { message: `${what} on ${a.table} rebuilds every row of the table` } : undefined;
  },
});

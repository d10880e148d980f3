import { mysqlAlter } from '../mysql/alter.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'mysql-add-foreign-key',
  severity: 'medium',
  dialect: 'mysql',
  title: 'MySQL foreign key added to an existing table',
  why:
    'With foreign_key_checks on (the default), MySQL can add a foreign key only with ALGORITHM=COPY: the table is ' +
    'copied and writes are blocked; the parent table is locked too.',
  fix:
    'Add it online with checks off, after verifying the data yourself: `SET foreign_key_checks = 0;` ' +
    '`ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (u_id) REFERENCES u (id), ALGORITHM=INPLACE, LOCK=NONE;` ' +
    '`SET foreign_key_checks = 1;`',
  bad: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
  good: 'SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE, LOCK=NONE;\nSET foreign_key_checks = 1;',
  checkMysql(s, c) {
    if (!/^ALTER\s/.test(s.upper) || !/\bADD\s+(CONSTRAINT\s+[`"]?\w+[`"]?\s+)?FOREIGN\s+KEY\b/.test(s.upper))
      return undefined;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || c.foreignKeyChecksOff) return undefined;
    return { message: `ADD FOREIGN KEY on ${a.table} with foreign_key_checks on copies the table and blocks writes` };
  },
});

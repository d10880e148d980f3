import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'set-not-null',
  severity: 'high',
  dialect: 'postgresql',
  title: 'SET NOT NULL without a validated CHECK',
  why:
    '`ALTER COLUMN ... SET NOT NULL` scans the whole table while holding an ACCESS EXCLUSIVE lock, blocking reads ' +
    'and writes for the length of the scan.',
  fix:
    'Prove the column has no nulls first, under a weaker lock (PostgreSQL 12+ then skips the scan): ' +
    '`ALTER TABLE t ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT VALID;` then, in a later migration, ' +
    '`ALTER TABLE t VALIDATE CONSTRAINT t_c_not_null;` `ALTER TABLE t ALTER COLUMN c SET NOT NULL;` ' +
    '`ALTER TABLE t DROP CONSTRAINT t_c_not_null;`',
  bad: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
  good:
    "-- migration 1\nSET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n" +
    "-- migration 2\nSET lock_timeout = '5s';\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n" +
    'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;',
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_SetNotNull');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (c.postgresVersion >= 12 && c.schema.notNullChecked.has(`${table}.${String(a.name).toLowerCase()}`)) continue;
      out.push({ message: `SET NOT NULL on ${table}.${a.name} scans the table under ACCESS EXCLUSIVE` });
    }
    return out;
  },
});

import { constraintsOf } from '../pg/ast.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

const KINDS: Record<string, string> = {
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_EXCLUSION: 'EXCLUDE',
};

export const rule = defineRule({
  id: 'add-unique-constraint',
  severity: 'high',
  dialect: 'postgresql',
  title: 'UNIQUE, PRIMARY KEY or EXCLUDE constraint built in place',
  why:
    'Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index while holding ACCESS EXCLUSIVE on the ' +
    'table: nothing can read or write it until the index is built.',
  fix:
    'Build the index concurrently, then attach it: `CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON t (c);` then ' +
    '`ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;` (PRIMARY KEY USING INDEX likewise).',
  bad: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
  good:
    '-- migration 1 (outside a transaction)\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n' +
    "-- migration 2\nSET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_AddConstraint', 'AT_AddColumn');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const ks = a.subtype === 'AT_AddConstraint' ? [a.def?.Constraint] : constraintsOf(a.def?.ColumnDef);
      for (const k of ks) {
        if (!k || !KINDS[k.contype] || k.indexname) continue;
        out.push({ message: `ADD ${KINDS[k.contype]} on ${table} builds an index under ACCESS EXCLUSIVE` });
      }
    }
    return out;
  },
});

import { constraintsOf, SERIALS, typeName, volatileCalls } from '../pg/ast.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'add-column-rewrite',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Adding a column that rewrites the table',
  why:
    'A column whose default is volatile (gen_random_uuid(), clock_timestamp(), a sequence), a serial or identity ' +
    'column, or a STORED generated column makes PostgreSQL rewrite every row while it holds an ACCESS EXCLUSIVE ' +
    'lock: no reads or writes until the rewrite ends. Before PostgreSQL 11 any default did this.',
  fix:
    'Add the column without a default, set the default for new rows, then backfill in batches: ' +
    '`ALTER TABLE t ADD COLUMN c uuid;` `ALTER TABLE t ALTER COLUMN c SET DEFAULT gen_random_uuid();` then ' +
    '`UPDATE t SET c = gen_random_uuid() WHERE id IN (SELECT id FROM t WHERE c IS NULL LIMIT 1000);` repeated.',
  bad: 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();',
  good:
    "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN token uuid;\nALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();\n" +
    '-- later, in batches outside this migration:\n-- UPDATE users SET token = gen_random_uuid() WHERE id IN (SELECT id FROM users WHERE token IS NULL LIMIT 1000);',
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_AddColumn');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const col = a.def?.ColumnDef;
      const name = col?.colname;
      const type = typeName(col?.typeName);
      if (SERIALS.has(type)) {
        out.push({
          message: `ADD COLUMN ${name} ${type} on ${table} fills every row from a sequence: a full table rewrite`,
        });
        continue;
      }
      for (const k of constraintsOf(col)) {
        if (k.contype === 'CONSTR_IDENTITY')
          out.push({ message: `ADD COLUMN ${name} GENERATED AS IDENTITY on ${table} rewrites the table` });
        if (k.contype === 'CONSTR_GENERATED')
          out.push({ message: `ADD COLUMN ${name} GENERATED ... STORED on ${table} rewrites the table` });
        if (k.contype === 'CONSTR_DEFAULT') {
          if (c.postgresVersion < 11)
            out.push({ message: `ADD COLUMN ${name} with a DEFAULT rewrites ${table} before PostgreSQL 11` });
          else {
            const vol = volatileCalls(k.raw_expr);
            if (vol.length)
              out.push({
                message: `ADD COLUMN ${name} DEFAULT ${vol[0]}() on ${table}: a volatile default rewrites every row under ACCESS EXCLUSIVE`,
              });
          }
        }
      }
    }
    return out;
  },
});

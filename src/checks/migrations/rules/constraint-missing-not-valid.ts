import { constraintsOf } from '../pg/ast.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'constraint-missing-not-valid',
  severity: 'high',
  dialect: 'postgresql',
  title: 'CHECK or FOREIGN KEY constraint added without NOT VALID',
  why:
    'Adding a CHECK constraint scans the whole table under ACCESS EXCLUSIVE; adding a FOREIGN KEY scans it while ' +
    'holding SHARE ROW EXCLUSIVE on both tables, blocking writes to each.',
  fix:
    'Add it NOT VALID (instant), then validate in a later migration under SHARE UPDATE EXCLUSIVE, which lets reads ' +
    'and writes continue: `ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;` then ' +
    '`ALTER TABLE t VALIDATE CONSTRAINT t_fk;`',
  bad: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
  good:
    "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n" +
    '-- in the next migration:\n-- ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_AddConstraint', 'AT_AddColumn');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (a.subtype === 'AT_AddConstraint') {
        const k = a.def?.Constraint;
        if ((k?.contype === 'CONSTR_CHECK' || k?.contype === 'CONSTR_FOREIGN') && !k.skip_validation) {
          const what = k.contype === 'CONSTR_CHECK' ? 'CHECK' : 'FOREIGN KEY';
          out.push({
            message: `ADD CONSTRAINT ${k.conname ?? ''} ${what} on ${table} validates every row while blocking writes; add it NOT VALID`,
          });
        }
      } else {
        // A CHECK or REFERENCES written on the new column is validated against every existing row too (and
        // cannot be NOT VALID there): add the column, then the constraint NOT VALID, then validate.
        const col = a.def?.ColumnDef;
        for (const ck of constraintsOf(col)) {
          if (ck.contype !== 'CONSTR_CHECK' && ck.contype !== 'CONSTR_FOREIGN') continue;
          const what = ck.contype === 'CONSTR_CHECK' ? 'CHECK' : 'REFERENCES';
          out.push({
            message: `ADD COLUMN ${col?.colname ?? ''} with ${what} on ${table} validates every existing row under ACCESS EXCLUSIVE; add the constraint separately, NOT VALID`,
          });
        }
      }
    }
    return out;
  },
});

import { lastName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'enum-value-in-transaction',
  severity: 'blocker',
  dialect: 'postgresql',
  title: 'New enum value used in the transaction that adds it',
  why:
    'A value added by `ALTER TYPE ... ADD VALUE` cannot be used until the transaction commits ("unsafe use of new ' +
    'value"); before PostgreSQL 12, ADD VALUE cannot run in a transaction block at all. The deploy fails.',
  fix:
    "Add the value in its own migration (`ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived';`) and use it in a " +
    'later one.',
  bad: "ALTER TYPE order_status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE id = 1;",
  good: "-- migration 1\nALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived';\n-- migration 2\nUPDATE orders SET status = 'archived' WHERE id = 1;",
  check(s, c) {
    if (s.kind === 'AlterEnumStmt' && s.body.newVal && !s.body.oldVal && c.postgresVersion < 12 && c.inTransaction)
      return {
        message: `ALTER TYPE ${lastName(s.body.typeName)} ADD VALUE cannot run inside a transaction before PostgreSQL 12`,
      };
    if (!c.inTransaction || !c.enumValuesAdded.size || s.kind === 'AlterEnumStmt') return undefined;
    for (const [value] of c.enumValuesAdded) {
      if (JSON.stringify(s.body).includes(`"sval":${JSON.stringify(value)}`))
        return {
          message: `'${value}' is used in the same transaction that adds it to the enum: "unsafe use of new value"`,
        };
    }
    return undefined;
  },
});

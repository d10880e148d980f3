import { lastName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rename-enum-value',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Renaming an enum value',
  why:
    'Running application instances still read and write the old label; the moment the rename commits, their ' +
    'inserts fail ("invalid input value for enum") and their comparisons stop matching.',
  fix:
    "Add the new value (`ALTER TYPE t ADD VALUE 'new';`), make the code accept both, migrate rows in batches, and " +
    'stop writing the old value; enum values cannot be dropped, so keep the old one unused.',
  bad: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
  good: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'dispatched';\n-- deploy code that understands both, then backfill in batches",
  check(s, c) {
    if (s.kind !== 'AlterEnumStmt' || !s.body.oldVal) return undefined;
    // No code uses the values of an enum this migration creates.
    if (c.isNewTable(lastName(s.body.typeName))) return undefined;
    return {
      message: `RENAME VALUE '${s.body.oldVal}' TO '${s.body.newVal}' on ${lastName(s.body.typeName)} breaks code that still uses '${s.body.oldVal}'`,
    };
  },
});

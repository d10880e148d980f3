import { constraintsOf, relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'add-column-required',
  severity: 'blocker',
  dialect: 'postgresql',
  title: 'Adding a NOT NULL column without a default',
  why:
    'On a table with rows, `ADD COLUMN ... NOT NULL` without a DEFAULT fails ("column contains null values"): ' +
    'the deploy breaks. Running code that inserts without the column would fail too.',
  fix:
    "Give it a constant default (no rewrite on PostgreSQL 11+): `ALTER TABLE t ADD COLUMN c text NOT NULL DEFAULT '';` " +
    'or add it nullable, backfill, then add `CHECK (c IS NOT NULL) NOT VALID`, validate it, and `SET NOT NULL`.',
  bad: 'ALTER TABLE orders ADD COLUMN currency text NOT NULL;',
  good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN currency text NOT NULL DEFAULT 'EUR';",
  check(s, c) {
    if (s.kind !== 'AlterTableStmt') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    const out = [];
    for (const cmd of s.body.cmds ?? []) {
      const a = cmd.AlterTableCmd;
      if (a?.subtype !== 'AT_AddColumn') continue;
      const ks = constraintsOf(a.def?.ColumnDef);
      const notNull = ks.some((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY');
      const filled = ks.some((k) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(k.contype));
      if (notNull && !filled)
        out.push({
          message: `ADD COLUMN ${a.def.ColumnDef.colname} NOT NULL without a DEFAULT fails on ${table} when it has rows`,
        });
    }
    return out;
  },
});

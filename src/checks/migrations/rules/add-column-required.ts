import { constraintsOf } from '../pg/ast.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

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
    const alter = alterCmdsOnExistingTable(s, c, 'AT_AddColumn');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
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

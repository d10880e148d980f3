import { constraintsOf, INT32, typeName } from '../pg/ast.js';
import { defineRule } from '../rule.js';
import { columnDefs } from './prefer-jsonb.js';

export const rule = defineRule({
  id: 'int-primary-key',
  severity: 'medium',
  dialect: 'postgresql',
  title: '32-bit primary key (serial / integer)',
  why:
    'serial and integer keys stop at 2,147,483,647: inserts then fail, and the fix (int to bigint) is a full table ' +
    'rewrite under ACCESS EXCLUSIVE, plus every referencing column.',
  fix: 'Use a 64-bit identity: `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY` (or `bigserial`, or uuid).',
  bad: 'CREATE TABLE orders (id serial PRIMARY KEY, total numeric);',
  good: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);',
  check(s) {
    const out = [];
    const pkCols = new Set<string>();
    if (s.kind === 'CreateStmt')
      for (const e of s.body.tableElts ?? [])
        if (e.Constraint?.contype === 'CONSTR_PRIMARY')
          for (const k of e.Constraint.keys ?? []) pkCols.add(String(k.String?.sval).toLowerCase());
    for (const { table, col } of columnDefs(s)) {
      const t = typeName(col.typeName);
      const pk =
        pkCols.has(String(col.colname).toLowerCase()) || constraintsOf(col).some((k) => k.contype === 'CONSTR_PRIMARY');
      if (pk && INT32.has(t)) out.push({ message: `${table}.${col.colname} is a 32-bit ${t} primary key; use bigint` });
    }
    return out;
  },
});

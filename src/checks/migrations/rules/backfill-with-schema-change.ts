import { relName, str } from '../pg/ast.js';
import type { Ast } from '../pg/parser.js';
import { defineRule } from '../rule.js';

/** Columns that name one row (or a handful): an equality on one of them bounds a statement. */
const KEY_LIKE = /^(id|uuid|pk|key|slug|email|code)$|_(id|uuid|key|pk)$|[a-z0-9]Id$/;

function keyColumn(n: Ast): boolean {
  const f = n?.ColumnRef?.fields;
  return Array.isArray(f) && f.length > 0 && KEY_LIKE.test(str(f[f.length - 1]));
}
const constant = (n: Ast): boolean => !!(n?.A_Const || n?.ParamRef || n?.TypeCast?.arg?.A_Const);

/**
 * A WHERE that targets a few rows: `key = constant`, `key IN (constants)`, `key BETWEEN a AND b`, or a
 * subquery with LIMIT (a batch). An equality on any other column (`status = 'done'`) may match millions.
 */
function bounded(where: Ast): boolean {
  if (!where) return false;
  const e = where.A_Expr;
  if (e?.kind === 'AEXPR_OP' && str(e.name?.[0]) === '=')
    return (keyColumn(e.lexpr) && constant(e.rexpr)) || (keyColumn(e.rexpr) && constant(e.lexpr));
  if (e?.kind === 'AEXPR_IN' && e.rexpr?.List) return keyColumn(e.lexpr);
  if (e?.kind === 'AEXPR_BETWEEN') return keyColumn(e.lexpr);
  if (where.BoolExpr?.boolop === 'AND_EXPR') return where.BoolExpr.args.some(bounded);
  const json = JSON.stringify(where);
  return json.includes('"SubLink"') && json.includes('"limitCount"');
}

export const rule = defineRule({
  id: 'backfill-with-schema-change',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Unbounded UPDATE/DELETE in the same migration as a schema change',
  why:
    "In one transaction, the schema change's ACCESS EXCLUSIVE lock is held until the backfill has touched every " +
    'row, so the table is blocked for the whole backfill; a large UPDATE also bloats the table and the WAL.',
  fix:
    'Ship the schema change alone, then backfill outside the migration (or in a later one) in small batches: ' +
    '`UPDATE t SET c = ... WHERE id IN (SELECT id FROM t WHERE c IS NULL LIMIT 1000);` repeated until no rows change.',
  bad: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';",
  good:
    "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN plan text;\n" +
    "-- then, outside the migration, in batches:\n-- UPDATE users SET plan = 'free' WHERE id IN (SELECT id FROM users WHERE plan IS NULL LIMIT 1000);",
  check(s, c) {
    if ((s.kind !== 'UpdateStmt' && s.kind !== 'DeleteStmt') || c.schemaChangeLine === undefined) return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || bounded(s.body.whereClause)) return undefined;
    const verb = s.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE';
    return {
      message: `${verb} of every matching row of ${table} in the same migration as the schema change on line ${c.schemaChangeLine}: the table stays locked for the whole backfill`,
    };
  },
});

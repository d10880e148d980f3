// Small readers over libpg-query's JSON AST.
import { catalog } from './catalog.js';
import type { Ast } from './parser.js';

export const str = (n: Ast): string => n?.String?.sval ?? '';
export const relName = (rv: Ast): string => String(rv?.relname ?? rv?.RangeVar?.relname ?? '').toLowerCase();
export const qualified = (names: Ast[] | undefined): string => (names ?? []).map(str).join('.').toLowerCase();
export const lastName = (names: Ast[] | undefined): string =>
  (names?.length ? str(names[names.length - 1]) : '').toLowerCase();

/** Type name without the pg_catalog prefix, e.g. `int4`, `varchar`, `serial`. */
export const typeName = (tn: Ast): string => lastName(tn?.names);
export const typeMods = (tn: Ast): number[] =>
  (tn?.typmods ?? []).map((m: Ast) => m?.A_Const?.ival?.ival ?? 0).filter((x: unknown) => typeof x === 'number');
export const isArrayType = (tn: Ast): boolean => Array.isArray(tn?.arrayBounds) && tn.arrayBounds.length > 0;

export const constraintsOf = (col: Ast): Ast[] =>
  (col?.constraints ?? []).map((c: Ast) => c.Constraint).filter(Boolean);

export const INT32 = new Set([
  'int4',
  'int2',
  'integer',
  'int',
  'smallint',
  'serial',
  'serial4',
  'smallserial',
  'serial2',
]);
export const SERIALS = new Set(['serial', 'serial4', 'serial8', 'bigserial', 'smallserial', 'serial2']);

/**
 * Functions whose value is fixed for the statement, from PostgreSQL's catalog (no volatile overload): a default
 * using only these needs no rewrite (PG 11+). Others, and unknown (extension, user) functions, count as volatile.
 */

/** The FuncCall nodes anywhere under a node. */
export function funcCallNodes(node: Ast, out: Ast[] = []): Ast[] {
  if (Array.isArray(node)) node.forEach((n) => funcCallNodes(n, out));
  else if (node && typeof node === 'object') {
    if (node.FuncCall) out.push(node.FuncCall);
    for (const v of Object.values(node)) funcCallNodes(v, out);
  }
  return out;
}

/** Function names called anywhere under a node. */
export const funcCalls = (node: Ast): string[] => funcCallNodes(node).map((f) => lastName(f.funcname));

/** Volatile (or unknown) functions in a default expression: each one forces a table rewrite. */
export const volatileCalls = (expr: Ast): string[] => funcCalls(expr).filter((f) => !catalog().nonVolatile.has(f));

export const hasSubLink = (node: Ast): boolean => JSON.stringify(node ?? null).includes('"SubLink"');

/** Column names a NullTest `col IS NOT NULL` names (the CHECK used before SET NOT NULL). */
export function notNullTestColumn(expr: Ast): string | undefined {
  const t = expr?.NullTest;
  if (!t || t.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const f = t.arg?.ColumnRef?.fields;
  return f?.length ? str(f[f.length - 1]).toLowerCase() : undefined;
}

export const LOCK_MODES = [
  '',
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];

/** `(FULL)`, `(FULL TRUE)`, `(FULL 1)` are on; `(FULL FALSE)`, `(FULL OFF)`, `(FULL 0)` are off. */
export const hasOption = (params: Ast[] | undefined, name: string): boolean =>
  (params ?? []).some((p: Ast) => {
    const arg = p?.DefElem?.arg;
    if (p?.DefElem?.defname !== name) return false;
    if (arg?.Boolean) return arg.Boolean.boolval !== false;
    const v = String(arg?.String?.sval ?? arg?.Integer?.ival ?? (arg?.Integer ? 0 : 'true')).toLowerCase();
    return !['false', 'off', '0', 'no'].includes(v);
  });

/** `REINDEX (CONCURRENTLY) ...`: the option is named (its value is not read). */
export const isConcurrentReindex = (b: Ast): boolean =>
  (b?.params ?? []).some((p: Ast) => p?.DefElem?.defname === 'concurrently');

/**
 * `CREATE INDEX ... ON ONLY parent` on a partitioned table: an empty, invalid index shell, built in no time
 * (the partitions' indexes are built concurrently and attached). On a plain table ONLY changes nothing.
 */
export const isPartitionShellIndex = (b: Ast, partitioned: Set<string>): boolean =>
  !!b?.relation && !b.relation.inh && partitioned.has(relName(b.relation)); // the JSON omits inh when false

import { constraintsOf, INT32, typeName } from '../pg/ast.js';
import type { MysqlStatement } from '../mysql/split.js';
import { defineRule } from '../rule.js';
import { columnDefs } from './prefer-jsonb.js';

/** Splits the part between a statement's first parenthesis and its match at top-level commas. */
function tableElements(upper: string): string[] {
  const open = upper.indexOf('(');
  if (open < 0) return [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of upper.slice(open + 1)) {
    if (ch === '(') depth++;
    if (ch === ')' && depth-- === 0) break;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts;
}

const unquote = (name: string) => name.replace(/[`"]/g, '').toLowerCase();

/** 32-bit (or smaller) integer primary key columns of a MySQL CREATE TABLE. */
export function mysqlIntPrimaryKeys(s: MysqlStatement): { table: string; column: string; type: string }[] {
  const m = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[`"]?\w+[`"]?\.)?([`"]?\w+[`"]?)\s*\(/.exec(s.upper);
  if (!m) return [];
  const types = new Map<string, string>();
  const pk = new Set<string>();
  for (const e of tableElements(s.upper)) {
    const key = /^(?:CONSTRAINT\s+\S+\s+)?PRIMARY\s+KEY\s*(?:USING\s+\w+\s*)?\(([^)]*)\)/.exec(e);
    if (key) {
      const cols = key[1].split(',').map((c) => unquote(c.trim().split(/\s|\(/)[0]));
      if (cols.length === 1) pk.add(cols[0]);
      continue;
    }
    const col = /^([`"]?\w+[`"]?)\s+(TINYINT|SMALLINT|MEDIUMINT|INTEGER|INT)\b/.exec(e);
    if (!col) continue;
    types.set(unquote(col[1]), col[2]);
    if (/\bPRIMARY\s+KEY\b/.test(e)) pk.add(unquote(col[1]));
  }
  return [...pk]
    .filter((c) => types.has(c))
    .map((c) => ({ table: unquote(m[1]), column: c, type: types.get(c)!.toLowerCase() }));
}

export const rule = defineRule({
  id: 'int-primary-key',
  severity: 'low',
  dialect: 'any',
  title: '32-bit primary key (serial / integer)',
  why:
    'serial and integer keys (MySQL: INT AUTO_INCREMENT) stop at 2,147,483,647 (4,294,967,295 unsigned): inserts ' +
    'then fail, and the fix (int to bigint) rewrites the table under a blocking lock, plus every referencing column.',
  fix:
    'Use a 64-bit identity: `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY` (or `bigserial`, or uuid); ' +
    'MySQL: `id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY`.',
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
  checkMysql(s) {
    return mysqlIntPrimaryKeys(s).map((k) => ({
      message: `${k.table}.${k.column} is a 32-bit ${k.type} primary key; use bigint`,
    }));
  },
});

import { str, typeMods, typeName } from '../pg/ast.js';
import type { Ast } from '../pg/parser.js';
import type { ColumnType } from '../rule.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

/** Type changes PostgreSQL does without a rewrite when the old type is unknown: widening to text or no limit. */
function noRewrite(type: string, mods: number[]): boolean {
  if (type === 'text') return true; // varchar -> text is binary compatible
  return type === 'varchar' && mods.length === 0;
}

/** Types whose modifier is a precision or length that may grow without touching stored values. */
const GROWABLE = new Set(['varchar', 'varbit', 'timestamp', 'timestamptz', 'time', 'timetz', 'interval']);

/**
 * Changes PostgreSQL makes in the catalog only, given the column's known type: a longer varchar/varbit, a
 * larger time precision, more numeric digits with the same scale (or no limit), or no change at all.
 */
function widening(old: ColumnType, type: string, mods: number[]): boolean {
  if (old.type === type && old.mods.join(',') === mods.join(',')) return true;
  if (old.type === 'varchar' && type === 'text') return true;
  // Binary-coercible pairs in pg_cast (castmethod 'b'): no rewrite, no index rebuild.
  if ((old.type === 'varchar' || old.type === 'text') && type === 'citext' && !mods.length) return true;
  if (old.type === 'cidr' && type === 'inet') return true;
  if (old.type !== type) return false;
  if (!mods.length) return GROWABLE.has(type) || type === 'numeric';
  if (!old.mods.length) return false;
  if (GROWABLE.has(type)) return mods[0] >= old.mods[0];
  if (type === 'numeric') return mods[0] >= old.mods[0] && (mods[1] ?? 0) === (old.mods[1] ?? 0);
  return false;
}

/** A USING that only casts the column to the new type (Knex, TypeORM) changes nothing over no USING. */
function trivialUsing(expr: Ast, column: string, type: string, mods: number[]): boolean {
  if (!expr) return true;
  const cast = expr.TypeCast;
  const f = cast?.arg?.ColumnRef?.fields;
  if (!cast || !Array.isArray(f) || str(f[f.length - 1]).toLowerCase() !== column.toLowerCase()) return false;
  return typeName(cast.typeName) === type && typeMods(cast.typeName).join(',') === mods.join(',');
}

export const rule = defineRule({
  id: 'change-column-type',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Changing a column type',
  why:
    'Most type changes (int to bigint, text to jsonb, a shorter varchar, a new collation) rewrite the table and its ' +
    'indexes under an ACCESS EXCLUSIVE lock, and running code may break on the new type.',
  fix:
    'Add a new column of the new type, write both from the application, backfill in batches, switch reads, then ' +
    'drop the old column: `ALTER TABLE t ADD COLUMN c_new bigint;` ... Widening a varchar (`varchar(100)` to ' +
    '`varchar(200)` or to `text`) is safe and is not reported when both sizes are known.',
  bad: 'ALTER TABLE events ALTER COLUMN id TYPE bigint;',
  good: "SET lock_timeout = '5s';\nALTER TABLE events ADD COLUMN id_new bigint;\n-- backfill id_new in batches, switch the code, then swap in a later migration",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_AlterColumnType');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const def = a.def?.ColumnDef;
      const type = typeName(def?.typeName);
      const mods = typeMods(def?.typeName);
      if (!trivialUsing(def?.raw_default, String(a.name), type, mods)) {
        out.push({
          message: `ALTER COLUMN ${a.name} TYPE ... USING on ${table} rewrites the table under ACCESS EXCLUSIVE`,
        });
        continue;
      }
      // A new collation keeps the bytes but not the order: every index on the column is rebuilt under the lock.
      if (def?.collClause) {
        const coll = (def.collClause.collname ?? []).map((n: Ast) => str(n)).join('.');
        out.push({
          message: `ALTER COLUMN ${a.name} TYPE ${type} COLLATE "${coll}" on ${table} rebuilds its indexes (and may rewrite) under ACCESS EXCLUSIVE`,
        });
        continue;
      }
      if (noRewrite(type, mods)) continue;
      // Widening: the old type comes from the migrations we have seen, if any.
      const old = c.schema.columnTypes.get(`${table}.${String(a.name).toLowerCase()}`);
      if (old && widening(old, type, mods)) continue;
      out.push({
        message: `ALTER COLUMN ${a.name} TYPE ${type}${mods.length ? `(${mods.join(',')})` : ''} on ${table} may rewrite the table under ACCESS EXCLUSIVE`,
      });
    }
    return out;
  },
});

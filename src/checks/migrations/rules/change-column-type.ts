import { relName, typeMods, typeName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

/** Type changes PostgreSQL does without a rewrite when the old type is unknown: widening to text or no limit. */
function noRewrite(type: string, mods: number[], usingExpr: unknown): boolean {
  if (usingExpr) return false;
  if (type === 'text') return true; // varchar -> text is binary compatible
  if ((type === 'varchar' || type === 'bpchar') && mods.length === 0) return type === 'varchar';
  return false;
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
    if (s.kind !== 'AlterTableStmt') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    const out = [];
    for (const cmd of s.body.cmds ?? []) {
      const a = cmd.AlterTableCmd;
      if (a?.subtype !== 'AT_AlterColumnType') continue;
      const def = a.def?.ColumnDef;
      const type = typeName(def?.typeName);
      const mods = typeMods(def?.typeName);
      if (noRewrite(type, mods, def?.raw_default)) continue;
      // varchar(n) widening: the old size comes from the schema we have seen, if any.
      const old = c.schema.varcharSize.get(`${table}.${a.name}`);
      if (type === 'varchar' && mods.length && old !== undefined && mods[0] >= old) continue;
      out.push({
        message: `ALTER COLUMN ${a.name} TYPE ${type}${mods.length ? `(${mods.join(',')})` : ''} on ${table} may rewrite the table under ACCESS EXCLUSIVE`,
      });
    }
    return out;
  },
});

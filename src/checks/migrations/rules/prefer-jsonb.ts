import { relName, typeName } from '../pg/ast.js';
import type { PgStatement } from '../model.js';
import { defineRule } from '../rule.js';

/** Column definitions a statement creates: CREATE TABLE elements and ALTER TABLE ADD COLUMN. */
export function columnDefs(
  s: PgStatement,
): { table: string; col: Record<string, unknown> & { colname?: string; typeName?: unknown } }[] {
  if (s.kind === 'CreateStmt')
    return (s.body.tableElts ?? [])
      .filter((e: { ColumnDef?: unknown }) => e.ColumnDef)
      .map((e: { ColumnDef: never }) => ({ table: relName(s.body.relation), col: e.ColumnDef }));
  if (s.kind === 'AlterTableStmt')
    return (s.body.cmds ?? [])
      .map((x: { AlterTableCmd?: { subtype?: string; def?: { ColumnDef?: unknown } } }) => x.AlterTableCmd)
      .filter((a: { subtype?: string } | undefined) => a?.subtype === 'AT_AddColumn')
      .map((a: { def: { ColumnDef: never } }) => ({ table: relName(s.body.relation), col: a.def.ColumnDef }));
  return [];
}

export const rule = defineRule({
  id: 'prefer-jsonb',
  severity: 'low',
  dialect: 'postgresql',
  title: 'json column instead of jsonb',
  why:
    '`json` stores the raw text: every read re-parses it, it has no equality operator (DISTINCT, GROUP BY and ' +
    'UNIQUE fail) and it cannot be indexed with GIN. Converting later is a table rewrite.',
  fix: 'Use `jsonb`: `ALTER TABLE t ADD COLUMN payload jsonb;`',
  bad: 'ALTER TABLE events ADD COLUMN payload json;',
  good: "SET lock_timeout = '5s';\nALTER TABLE events ADD COLUMN payload jsonb;",
  check(s) {
    return columnDefs(s)
      .filter((d) => typeName(d.col.typeName) === 'json')
      .map((d) => ({
        message: `${d.table}.${d.col.colname} is json; jsonb is indexable, comparable and faster to read`,
      }));
  },
});

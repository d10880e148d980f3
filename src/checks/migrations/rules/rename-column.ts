import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rename-column',
  severity: 'high',
  dialect: 'any',
  title: 'Renaming a column',
  why:
    'The running release (and the old one during a rolling deploy) still uses the old name: its queries fail from ' +
    'the moment the rename commits until every instance runs the new code.',
  fix:
    'Add the new column, write both, backfill, switch reads, then drop the old one in a later release. Or keep ' +
    'the column name and map it in the ORM (Prisma `@map("old_name")`, TypeORM `@Column({ name: "old_name" })`).',
  bad: 'ALTER TABLE users RENAME COLUMN name TO full_name;',
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN full_name text;\n-- write both from the code, backfill in batches, switch reads, drop name later",
  check(s, c) {
    if (s.kind !== 'RenameStmt' || s.body.renameType !== 'OBJECT_COLUMN') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    return {
      message: `RENAME COLUMN ${s.body.subname} TO ${s.body.newname} on ${table} breaks code using the old name`,
    };
  },
  checkMysql(s, c) {
    const m =
      /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bRENAME\s+COLUMN\s+[`"]?(\w+)[`"]?\s+TO\s+[`"]?(\w+)/.exec(s.upper) ??
      /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bCHANGE\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?\s+[`"]?(\w+)/.exec(s.upper);
    if (!m || m[2] === m[3] || c.newTables.has(m[1].toLowerCase())) return undefined;
    return {
      message: `renaming ${m[1].toLowerCase()}.${m[2].toLowerCase()} to ${m[3].toLowerCase()} breaks code using the old name`,
    };
  },
});

import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'rename-table',
  severity: 'high',
  dialect: 'any',
  title: 'Renaming a table',
  why: 'Running code still queries the old name and fails from the moment the rename commits until it is replaced.',
  fix:
    'Create the new table (or rename and leave a view with the old name: `ALTER TABLE a RENAME TO b; CREATE VIEW a AS ' +
    'SELECT * FROM b;`), move the code over, then drop the view in a later release.',
  bad: 'ALTER TABLE customers RENAME TO accounts;',
  good: "SET lock_timeout = '5s';\nALTER TABLE customers RENAME TO accounts;\nCREATE VIEW customers AS SELECT * FROM accounts;",
  check(s, c) {
    if (s.kind === 'RenameStmt' && s.body.renameType === 'OBJECT_SCHEMA')
      return {
        message: `ALTER SCHEMA ${s.body.subname} RENAME TO ${s.body.newname} breaks code that qualifies names with ${s.body.subname}`,
      };
    if (s.kind !== 'RenameStmt' || s.body.renameType !== 'OBJECT_TABLE') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    // Renaming and leaving a view under the old name keeps old code working.
    const viewed = c.statements.some((x) => x.kind === 'ViewStmt' && relName(x.body.view) === table);
    if (viewed) return undefined;
    return { message: `RENAME ${table} TO ${s.body.newname} breaks code that uses ${table}` };
  },
  checkMysql(s, c) {
    const m =
      /^RENAME\s+TABLE\s+[`"]?(\w+)[`"]?\s+TO\s+[`"]?(\w+)/.exec(s.upper) ??
      /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+RENAME\s+(?:TO\s+|AS\s+)?(?!COLUMN\b|INDEX\b|KEY\b)[`"]?(\w+)/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    return {
      message: `RENAME ${m[1].toLowerCase()} TO ${m[2].toLowerCase()} breaks code that uses ${m[1].toLowerCase()}`,
    };
  },
});

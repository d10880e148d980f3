import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'truncate-table',
  severity: 'high',
  dialect: 'any',
  title: 'TRUNCATE in a migration',
  why:
    'TRUNCATE deletes every row (CASCADE also empties every table that references it) and takes ACCESS EXCLUSIVE: ' +
    'data loss that a rollback of the code cannot undo.',
  fix: 'Delete what you mean to delete, in bounded batches: `DELETE FROM t WHERE id IN (SELECT id FROM t WHERE ... LIMIT 1000);`',
  bad: 'TRUNCATE sessions CASCADE;',
  good: "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() - interval '30 days' LIMIT 1000);",
  check(s, c) {
    if (s.kind !== 'TruncateStmt') return undefined;
    const rels = (s.body.relations ?? []).map(relName).filter((t: string) => !c.isNewTable(t));
    if (!rels.length) return undefined;
    const cascade = s.body.behavior === 'DROP_CASCADE' ? ' CASCADE (and every table referencing it)' : '';
    return { message: `TRUNCATE ${rels.join(', ')}${cascade} deletes every row under ACCESS EXCLUSIVE` };
  },
  checkMysql(s, c) {
    const m = /^TRUNCATE\s+(?:TABLE\s+)?[`"]?(\w+)/.exec(s.upper);
    return m && !c.newTables.has(m[1].toLowerCase())
      ? { message: `TRUNCATE ${m[1].toLowerCase()} deletes every row` }
      : undefined;
  },
});

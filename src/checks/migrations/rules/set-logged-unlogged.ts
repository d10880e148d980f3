import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'set-logged-unlogged',
  severity: 'high',
  dialect: 'postgresql',
  title: 'SET LOGGED / SET UNLOGGED on a table',
  why:
    'Switching a table between logged and unlogged rewrites it (and its indexes) under ACCESS EXCLUSIVE. An unlogged ' +
    'table is also emptied after a crash and is not replicated.',
  fix:
    'Create a new table with the wanted persistence, copy in batches, and swap in a short transaction; or accept ' +
    'the rewrite in a maintenance window.',
  bad: 'ALTER TABLE sessions SET UNLOGGED;',
  good: '-- CREATE UNLOGGED TABLE sessions_new (LIKE sessions INCLUDING ALL); copy in batches, then swap names',
  check(s, c) {
    if (s.kind !== 'AlterTableStmt') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    const cmd = (s.body.cmds ?? [])
      .map((x: { AlterTableCmd?: { subtype?: string } }) => x.AlterTableCmd?.subtype)
      .find((t: string) => t === 'AT_SetLogged' || t === 'AT_SetUnLogged');
    return cmd
      ? {
          message: `${cmd === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED'} rewrites ${table} under ACCESS EXCLUSIVE`,
        }
      : undefined;
  },
});

import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

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
    const alter = alterCmdsOnExistingTable(s, c, 'AT_SetLogged', 'AT_SetUnLogged');
    if (!alter?.cmds.length) return undefined;
    const what = alter.cmds[0].subtype === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED';
    return { message: `${what} rewrites ${alter.table} under ACCESS EXCLUSIVE` };
  },
});

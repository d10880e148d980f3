import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'drop-not-null',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'Dropping NOT NULL',
  why:
    'Running code (and reports, and typed ORM models) assume the column is never null; once new writes may leave ' +
    'it null, that code can crash on read. A rollback of the code cannot restore the constraint.',
  fix:
    'Make the code handle null first (ORM model optional), deploy, then drop the constraint: ' +
    '`ALTER TABLE t ALTER COLUMN c DROP NOT NULL;` with an ignore comment saying so.',
  bad: 'ALTER TABLE invoices ALTER COLUMN due_date DROP NOT NULL;',
  good: "-- the code handles a null due_date since release N\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-not-null code handles null since v4.2\nALTER TABLE invoices ALTER COLUMN due_date DROP NOT NULL;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_DropNotNull');
    if (!alter?.cmds.length) return undefined;
    const cols = alter.cmds.map((a) => a.name);
    return { message: `DROP NOT NULL on ${alter.table}.${cols.join(', ')}: code that assumes a value may break` };
  },
});

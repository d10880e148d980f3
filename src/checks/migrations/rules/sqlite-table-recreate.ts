import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'sqlite-table-recreate',
  severity: 'high',
  dialect: 'sqlite',
  title: 'SQLite table recreated by copying every row',
  why:
    'SQLite cannot alter most column properties, so tools (Drizzle, Prisma) create a new table, copy every row and ' +
    'swap names. The copy holds the database write lock for its whole length: on a big table, writes wait or fail ' +
    '(SQLITE_BUSY; D1 and Turso time out), and foreign keys must be off during the swap.',
  fix:
    'Prefer a change SQLite can do in place (`ADD COLUMN` with a default, a new table for new data); when a copy is ' +
    'needed, run it in a maintenance window or in batches, and check `PRAGMA foreign_key_check` afterwards.',
  bad: 'CREATE TABLE __new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\nINSERT INTO __new_users SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE __new_users RENAME TO users;',
  good: "ALTER TABLE users ADD COLUMN plan TEXT NOT NULL DEFAULT 'free';",
  checkSqlite(s, c) {
    const m = /^INSERT\s+INTO\s+[`"]?(\w+)[`"]?\s*(?:\([^)]*\)\s*)?SELECT\b.*?\bFROM\s+[`"]?(\w+)[`"]?/.exec(s.upper);
    if (!m || !c.newTables.has(m[1].toLowerCase()) || c.newTables.has(m[2].toLowerCase())) return undefined;
    c.copiedFrom?.add(m[2].toLowerCase());
    return {
      message: `${m[2].toLowerCase()} is recreated: every row is copied into ${m[1].toLowerCase()} under the write lock`,
    };
  },
});

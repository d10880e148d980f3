import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'sqlite-add-column-not-null',
  severity: 'high',
  dialect: 'sqlite',
  title: 'SQLite column added NOT NULL without a default',
  why:
    'SQLite refuses `ADD COLUMN ... NOT NULL` without a non-NULL default ("Cannot add a NOT NULL column with default ' +
    'value NULL"): the migration fails at deploy, on D1 and Turso too.',
  fix: "Give the column a default (`ALTER TABLE t ADD COLUMN c TEXT NOT NULL DEFAULT '';`), or add it nullable and backfill.",
  bad: 'ALTER TABLE users ADD COLUMN plan TEXT NOT NULL;',
  good: "ALTER TABLE users ADD COLUMN plan TEXT NOT NULL DEFAULT 'free';",
  checkSqlite(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+ADD\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    if (!/\bNOT\s+NULL\b/.test(m[3]) || /\bDEFAULT\s+(?!NULL\b)/.test(m[3])) return undefined;
    return {
      message: `ADD COLUMN ${m[2].toLowerCase()} NOT NULL without a default on ${m[1].toLowerCase()} fails in SQLite`,
    };
  },
});

import { defineRule } from '../rule.js';

/** A parenthesised default SQLite accepts on ADD COLUMN: one literal (`(0)`, `('')`, `(-1.5)`, `(NULL)`). */
const CONSTANT = /^\s*(?:[-+]?\d+(?:\.\d+)?(?:E[-+]?\d+)?|''|NULL|TRUE|FALSE|X'')\s*$/;

/** The text inside the parentheses that start at `open`, or undefined when they do not close. */
function parenthesised(s: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return s.slice(open + 1, i);
  }
  return undefined;
}

/** Why SQLite refuses this column definition on ALTER TABLE ... ADD COLUMN (its documented limits). */
function refusal(def: string): string | undefined {
  if (/\bPRIMARY\s+KEY\b/.test(def)) return 'a PRIMARY KEY column';
  if (/\bUNIQUE\b/.test(def)) return 'a UNIQUE column';
  if (/\bGENERATED\s+ALWAYS\b[\s\S]*\bSTORED\b|\bAS\s*\([\s\S]*\)\s*STORED\b/.test(def))
    return 'a STORED generated column';
  const d = /\bDEFAULT\s*(\(|CURRENT_(?:TIMESTAMP|TIME|DATE)\b)/.exec(def);
  if (d) {
    const inner = d[1] === '(' ? parenthesised(def, d.index + d[0].length - 1) : undefined;
    if (d[1] !== '(' || (inner !== undefined && !CONSTANT.test(inner))) return 'a column with a non-constant default';
  }
  const nonNullDefault = /\bDEFAULT\s+(?!NULL\b)/.test(def);
  if (/\bREFERENCES\b/.test(def) && nonNullDefault) return 'a REFERENCES column with a non-NULL default';
  return undefined;
}

export const rule = defineRule({
  id: 'sqlite-add-column-fails',
  severity: 'high',
  dialect: 'sqlite',
  title: 'SQLite refuses this ADD COLUMN on a table with rows',
  why:
    'SQLite adds a column without touching the rows, so it refuses what would need them rewritten or checked: a ' +
    'PRIMARY KEY or UNIQUE column, a STORED generated column, a default that is not a constant (`CURRENT_TIMESTAMP`, ' +
    '`(unixepoch())`, any expression in parentheses) and, with foreign keys on (D1 always), a REFERENCES column ' +
    'with a non-NULL default. On an empty development database it passes; in production the migration fails.',
  fix:
    'Add the column plain (nullable, or with a constant default), then fill it with `UPDATE` and enforce uniqueness ' +
    'with `CREATE UNIQUE INDEX`; for a STORED generated column use VIRTUAL, or recreate the table in a maintenance window.',
  bad: 'ALTER TABLE posts ADD COLUMN updated_at TEXT DEFAULT CURRENT_TIMESTAMP;',
  good: 'ALTER TABLE posts ADD COLUMN updated_at TEXT;\nUPDATE posts SET updated_at = CURRENT_TIMESTAMP;',
  checkSqlite(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+ADD\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    const why = refusal(m[3]);
    if (!why) return undefined;
    return {
      message: `ADD COLUMN ${m[2].toLowerCase()} on ${m[1].toLowerCase()} fails in SQLite once the table has rows: ${why} cannot be added`,
    };
  },
});

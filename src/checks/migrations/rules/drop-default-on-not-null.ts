import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'drop-default-on-not-null',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Dropping the default of a NOT NULL column',
  why:
    'Code that inserts without naming the column relied on the default; once it is gone on a NOT NULL column those ' +
    'inserts fail with "null value violates not-null constraint".',
  fix:
    'Make every writer set the column explicitly, deploy, then drop the default in a later migration (or drop NOT ' +
    'NULL first if the column is being retired).',
  bad: 'ALTER TABLE orders ALTER COLUMN currency DROP DEFAULT;',
  good: "-- all writers set currency explicitly since release N\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-default-on-not-null writers set currency since v3.1\nALTER TABLE orders ALTER COLUMN currency DROP DEFAULT;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_ColumnDefault');
    if (!alter) return undefined;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (a.def) continue; // SET DEFAULT
      const col = String(a.name).toLowerCase();
      if (c.schema.notNull.has(`${table}.${col}`))
        out.push({ message: `DROP DEFAULT on NOT NULL column ${table}.${col}: inserts that omit it will fail` });
    }
    return out;
  },
});

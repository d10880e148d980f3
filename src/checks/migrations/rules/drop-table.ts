import { defineRule } from '../rule.js';

const names = (objects: { List?: { items?: { String?: { sval?: string } }[] } }[] | undefined): string[] =>
  (objects ?? []).map((o) => String(o.List?.items?.at(-1)?.String?.sval ?? '').toLowerCase());

export const rule = defineRule({
  id: 'drop-table',
  severity: 'high',
  dialect: 'any',
  title: 'Dropping a table',
  why:
    'Code still using the table fails the moment the drop commits, and its data is gone for any rollback; DROP ' +
    'TABLE also waits for ACCESS EXCLUSIVE on the table and the tables that reference it.',
  fix:
    'Stop using the table in one release, keep a backup (`CREATE TABLE t_archive AS TABLE t;` or pg_dump), then ' +
    'drop it in a later migration: `DROP TABLE IF EXISTS t;`',
  bad: 'DROP TABLE legacy_sessions;',
  good: "-- the code stopped using legacy_sessions in the previous release\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-table unused since v2.3, dumped to S3\nDROP TABLE IF EXISTS legacy_sessions;",
  check(s, c) {
    if (s.kind === 'DropStmt' && s.body.removeType === 'OBJECT_SCHEMA') {
      // A schema holds tables: dropping it (CASCADE, or once emptied elsewhere) loses them all.
      const schemas = (s.body.objects ?? []).map((o: { String?: { sval?: string } }) => o.String?.sval ?? '?');
      const cascade = s.body.behavior === 'DROP_CASCADE' ? ' CASCADE' : '';
      return {
        message: `DROP SCHEMA ${schemas.join(', ')}${cascade} drops every table, view and function in it, with their data`,
      };
    }
    if (s.kind !== 'DropStmt' || s.body.removeType !== 'OBJECT_TABLE') return undefined;
    const old = names(s.body.objects).filter((t) => !c.isNewTable(t));
    return old.length
      ? { message: `DROP TABLE ${old.join(', ')} breaks code that still uses it and deletes its data` }
      : undefined;
  },
  checkMysql(s, c) {
    const m = /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/.exec(s.upper);
    return m && !c.newTables.has(m[1].toLowerCase())
      ? { message: `DROP TABLE ${m[1].toLowerCase()} breaks code that still uses it` }
      : undefined;
  },
});

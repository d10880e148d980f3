import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'drop-column',
  severity: 'high',
  dialect: 'any',
  title: 'Dropping a column',
  why:
    'Running code (and the previous release during a rolling deploy) still selects or inserts the column: its ' +
    'queries fail as soon as the drop commits, and the data is gone for a rollback. ORMs that select every column fail too.',
  fix:
    'Expand and contract: stop reading and writing the column in one release (with Prisma/TypeORM, remove it from ' +
    'the model first), deploy, then drop it in a later migration: `ALTER TABLE t DROP COLUMN IF EXISTS c;`',
  bad: 'ALTER TABLE users DROP COLUMN legacy_id;',
  good: "-- release N: the code no longer uses legacy_id\n-- release N+1:\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-column unused since release N\nALTER TABLE users DROP COLUMN legacy_id;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_DropColumn');
    if (!alter?.cmds.length) return undefined;
    const cols = alter.cmds.map((a) => a.name);
    return { message: `DROP COLUMN ${cols.join(', ')} on ${alter.table} breaks code that still reads or writes it` };
  },
  checkMysql(s, c) {
    const m =
      /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bDROP\s+(?:COLUMN\s+)?(?!INDEX\b|KEY\b|PRIMARY\b|FOREIGN\b|CONSTRAINT\b|CHECK\b|PROJECTION\b|PARTITION\b|STATISTICS\b)[`"]?(\w+)/.exec(
        s.upper,
      );
    return m && !c.newTables.has(m[1].toLowerCase())
      ? {
          message: `DROP COLUMN ${m[2].toLowerCase()} on ${m[1].toLowerCase()} breaks code that still reads or writes it`,
        }
      : undefined;
  },
});

import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'drop-database',
  severity: 'blocker',
  dialect: 'any',
  title: 'Dropping a database',
  why: 'DROP DATABASE deletes every table in it. It has no place in a migration that runs against production.',
  fix: 'Remove it from the migration; drop databases by hand, after a backup, if ever.',
  bad: 'DROP DATABASE analytics;',
  good: '-- (nothing: drop databases by hand, after a backup)',
  check(s) {
    return s.kind === 'DropdbStmt'
      ? { message: `DROP DATABASE ${s.body.dbname} deletes every table in it` }
      : undefined;
  },
  checkMysql(s) {
    const m = /^DROP\s+(?:DATABASE|SCHEMA)\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/.exec(s.upper);
    return m ? { message: `DROP DATABASE ${m[1].toLowerCase()} deletes every table in it` } : undefined;
  },
});

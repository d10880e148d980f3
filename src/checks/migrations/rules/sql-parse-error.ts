import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'sql-parse-error',
  severity: 'blocker',
  dialect: 'postgresql',
  title: 'Migration that PostgreSQL cannot parse',
  why:
    "PostgreSQL's own parser rejects the file, so it would fail at deploy, and none of the other rules could " +
    'check it. A MySQL migration in a PostgreSQL project also lands here.',
  fix:
    'Fix the syntax at the reported line (run the file against a local database). If the project uses MySQL, set ' +
    '`migrations.dialect: mysql` in .github/launch-gate.yml.',
  bad: 'ALTER TABLE users ADD COLUMN;',
  good: 'ALTER TABLE users ADD COLUMN nickname text;',
});

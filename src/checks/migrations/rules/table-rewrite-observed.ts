import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'table-rewrite-observed',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Table rewrite observed (trace mode)',
  why:
    'In trace mode the statement ran on a real PostgreSQL and the table got a new relfilenode: every row was ' +
    'rewritten under ACCESS EXCLUSIVE. On a large production table that is minutes of blocked reads and writes.',
  fix:
    'Use the non-rewriting pattern for the change (a new column plus batched backfill, a NOT VALID constraint, ' +
    'a concurrent index); see the other rule pages for the exact SQL.',
  bad: 'ALTER TABLE users ALTER COLUMN settings TYPE jsonb USING settings::jsonb;',
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN settings_jsonb jsonb;\n-- backfill in batches, switch reads, drop the old column later",
});

import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'migration-fails',
  severity: 'blocker',
  dialect: 'postgresql',
  title: 'Statement failed when traced on a real PostgreSQL (trace mode)',
  why:
    "In trace mode the base branch's migrations and then this change's were applied to a throwaway PostgreSQL; " +
    'this statement failed there, so it would very likely fail the deploy too.',
  fix: 'Read the error in the message, fix the statement, and run the migrations against a local database.',
  bad: 'ALTER TABLE users ADD COLUMN email text;\n-- fails: column "email" of relation "users" already exists',
  good: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;',
});

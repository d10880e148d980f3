import { typeName } from '../pg/ast.js';
import { defineRule } from '../rule.js';
import { columnDefs } from './prefer-jsonb.js';

export const rule = defineRule({
  id: 'prefer-timestamptz',
  severity: 'low',
  dialect: 'postgresql',
  title: 'timestamp without time zone',
  why:
    '`timestamp` stores a wall-clock time with no zone: values written from servers or sessions in different time ' +
    'zones cannot be compared, and daylight-saving changes create duplicates. Changing the type later rewrites the table.',
  fix: 'Use `timestamptz`: `created_at timestamptz NOT NULL DEFAULT now()`.',
  bad: 'CREATE TABLE visits (id bigint PRIMARY KEY, seen_at timestamp);',
  good: 'CREATE TABLE visits (id bigint PRIMARY KEY, seen_at timestamptz);',
  check(s) {
    return columnDefs(s)
      .filter((d) => typeName(d.col.typeName) === 'timestamp')
      .map((d) => ({ message: `${d.table}.${d.col.colname} is timestamp without time zone; use timestamptz` }));
  },
});

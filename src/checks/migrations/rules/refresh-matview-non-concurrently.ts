import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'refresh-matview-non-concurrently',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY',
  why: 'A plain refresh rebuilds the view under ACCESS EXCLUSIVE: every query reading it waits until the refresh ends.',
  fix:
    'Give the view a unique index, then `REFRESH MATERIALIZED VIEW CONCURRENTLY v;` (readers keep the old contents ' +
    'meanwhile).',
  bad: 'REFRESH MATERIALIZED VIEW daily_totals;',
  good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;',
  check(s, c) {
    if (s.kind !== 'RefreshMatViewStmt' || s.body.concurrent || s.body.skipData) return undefined;
    const v = relName(s.body.relation);
    // A view created earlier in this file (or in this diff) has no readers yet.
    if (c.schema.newViews.has(v) || c.isNewTable(v)) return undefined;
    return { message: `REFRESH MATERIALIZED VIEW ${v} blocks every reader of the view until it ends` };
  },
});

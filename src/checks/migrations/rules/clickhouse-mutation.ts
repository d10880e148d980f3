import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'clickhouse-mutation',
  severity: 'high',
  dialect: 'clickhouse',
  title: 'ClickHouse mutation rewrites data parts',
  why:
    '`ALTER TABLE ... UPDATE/DELETE` is a mutation: ClickHouse rewrites every data part that holds matching rows, in ' +
    'the background, for as long as it takes on a big table; merges queue behind it and the migration tool returns ' +
    'before it is done.',
  fix:
    'Use lightweight `DELETE FROM t WHERE ...` for deletes, a ReplacingMergeTree/CollapsingMergeTree version for ' +
    'updates, or run the mutation outside the migration with `mutations_sync` and watch `system.mutations`.',
  bad: "ALTER TABLE events UPDATE country = 'DE' WHERE country = 'Germany';",
  good: "-- a new version row per change (ReplacingMergeTree(version))\nINSERT INTO events SELECT * REPLACE ('DE' AS country, version + 1 AS version) FROM events WHERE country = 'Germany';",
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?([\w.]+)[`"]?\s+(?:ON\s+CLUSTER\s+\S+\s+)?(UPDATE|DELETE)\b/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    return { message: `ALTER TABLE ${m[1].toLowerCase()} ${m[2]} is a mutation that rewrites the table's data parts` };
  },
});

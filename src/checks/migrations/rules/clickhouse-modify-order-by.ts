import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'clickhouse-modify-order-by',
  severity: 'high',
  dialect: 'clickhouse',
  title: 'ClickHouse sorting key changed to existing columns',
  why:
    '`MODIFY ORDER BY` only accepts appending columns added in the same ALTER (a metadata change); a sorting key ' +
    'made of existing columns would need every part re-sorted, so ClickHouse refuses it and the migration fails at deploy.',
  fix: 'Create a new table with the new `ORDER BY`, `INSERT INTO new SELECT * FROM old`, then swap with `EXCHANGE TABLES`.',
  bad: 'ALTER TABLE events MODIFY ORDER BY (tenant_id, created_at);',
  good: 'CREATE TABLE events_v2 AS events ENGINE = MergeTree ORDER BY (tenant_id, created_at);\nINSERT INTO events_v2 SELECT * FROM events;\nEXCHANGE TABLES events AND events_v2;',
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?([\w.]+)[`"]?\s+.*\bMODIFY\s+ORDER\s+BY\b/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    // Appending the columns this ALTER adds is the supported, metadata-only form.
    if (/\bADD\s+COLUMN\b/.test(s.upper)) return undefined;
    return {
      message: `MODIFY ORDER BY on ${m[1].toLowerCase()} without adding the new key columns in the same ALTER fails`,
    };
  },
});

import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'clickhouse-modify-order-by',
  severity: 'medium',
  dialect: 'clickhouse',
  title: 'ClickHouse sorting key changed',
  why:
    '`MODIFY ORDER BY` only accepts appending columns added in the same ALTER; anything else fails at deploy, and a ' +
    'new sorting key applies to new parts only, so queries keep reading the old order until everything is merged.',
  fix: 'Create a new table with the new `ORDER BY`, `INSERT INTO new SELECT * FROM old`, then swap with `EXCHANGE TABLES`.',
  bad: 'ALTER TABLE events MODIFY ORDER BY (tenant_id, created_at);',
  good: 'CREATE TABLE events_v2 AS events ENGINE = MergeTree ORDER BY (tenant_id, created_at);\nINSERT INTO events_v2 SELECT * FROM events;\nEXCHANGE TABLES events AND events_v2;',
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?([\w.]+)[`"]?\s+.*\bMODIFY\s+ORDER\s+BY\b/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    const addsColumn = /\bADD\s+COLUMN\b/.test(s.upper);
    return {
      message: `MODIFY ORDER BY on ${m[1].toLowerCase()}${addsColumn ? '' : ' without adding the new key columns in the same ALTER fails'}`,
    };
  },
});

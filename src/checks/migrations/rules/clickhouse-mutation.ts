import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'clickhouse-mutation',
  severity: 'high',
  dialect: 'clickhouse',
  title: 'ClickHouse mutation rewrites data parts',
  why:
    '`ALTER TABLE ... UPDATE/DELETE`, a column type change (`MODIFY COLUMN c UInt64`), `MATERIALIZE COLUMN/INDEX/TTL`, ' +
    '`CLEAR COLUMN/INDEX` and `MODIFY TTL` are mutations: ClickHouse rewrites every data part they touch, in ' +
    'the background, for as long as it takes on a big table; merges queue behind it and the migration tool returns ' +
    'before it is done.',
  fix:
    'Use lightweight `DELETE FROM t WHERE ...` for deletes, a ReplacingMergeTree/CollapsingMergeTree version for ' +
    'updates, a new column of the new type (`DEFAULT old_column`) instead of a type change, or run the mutation ' +
    'outside the migration with `mutations_sync` and watch `system.mutations`.',
  bad: "ALTER TABLE events UPDATE country = 'DE' WHERE country = 'Germany';",
  good: "-- a new version row per change (ReplacingMergeTree(version))\nINSERT INTO events SELECT * REPLACE ('DE' AS country, version + 1 AS version) FROM events WHERE country = 'Germany';",
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?([\w.]+)[`"]?\s+(?:ON\s+CLUSTER\s+\S+\s+)?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return undefined;
    const ttlOff = /\bMATERIALIZE_TTL_AFTER_MODIFY\s*=\s*(?:0|FALSE)\b/.test(m[2]);
    const action = actions(m[2])
      .map((a) => mutation(a, ttlOff))
      .find(Boolean);
    if (!action) return undefined;
    return {
      message: `ALTER TABLE ${m[1].toLowerCase()} ${action} is a mutation that rewrites the table's data parts`,
    };
  },
});

/** The comma-separated actions of one ALTER TABLE (commas inside parentheses belong to their action). */
function actions(rest: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '(') depth++;
    else if (rest[i] === ')') depth--;
    else if (rest[i] === ',' && depth === 0) {
      out.push(rest.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(rest.slice(start).trim());
  return out;
}

/** Words that may follow `MODIFY COLUMN name` without a type: the change is metadata only. */
const NO_TYPE =
  /^(?:DEFAULT|MATERIALIZED|ALIAS|EPHEMERAL|CODEC|COMMENT|TTL|REMOVE|MODIFY|RESET|FIRST|AFTER|SETTINGS)\b/;

/** The mutating part of one ALTER action (ClickHouse's list of mutations), or undefined. */
function mutation(a: string, ttlOff: boolean): string | undefined {
  const head =
    /^(UPDATE|DELETE|MATERIALIZE\s+(?:COLUMN|INDEX|PROJECTION|TTL|STATISTICS)|CLEAR\s+(?:COLUMN|INDEX|PROJECTION)|APPLY\s+DELETED\s+MASK)\b/.exec(
      a,
    );
  if (head) return head[1].replace(/\s+/g, ' ');
  // MODIFY TTL materializes the new TTL on every part unless materialize_ttl_after_modify is off.
  if (/^MODIFY\s+TTL\b/.test(a) && !ttlOff) return 'MODIFY TTL';
  const col = /^MODIFY\s+COLUMN\s+(?:IF\s+EXISTS\s+)?[`"]?\w+[`"]?\s*(.*)$/.exec(a);
  if (col && col[1] && !NO_TYPE.test(col[1])) return 'MODIFY COLUMN (type change)';
  return undefined;
}

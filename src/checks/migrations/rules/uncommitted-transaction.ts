import { defineRule } from '../rule.js';

const ENDS = new Set([
  'TRANS_STMT_COMMIT',
  'TRANS_STMT_ROLLBACK',
  'TRANS_STMT_COMMIT_PREPARED',
  'TRANS_STMT_ROLLBACK_PREPARED',
  'TRANS_STMT_PREPARE',
]);

export const rule = defineRule({
  id: 'uncommitted-transaction',
  severity: 'high',
  dialect: 'postgresql',
  title: 'BEGIN without COMMIT',
  why:
    'A transaction left open keeps every lock the migration took until the connection closes, and whether the ' +
    'work is committed depends on the tool: tables stay blocked or changes are silently rolled back.',
  fix: 'End the transaction in the same file: `COMMIT;` (or drop BEGIN and let the framework manage it).',
  bad: 'BEGIN;\nALTER TABLE users ADD COLUMN nickname text;',
  good: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;",
  check(s, c) {
    if (s.kind !== 'TransactionStmt' || !['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(s.body.kind))
      return undefined;
    const after = c.statements.filter((x) => x.index > s.index && !x.inDo && x.kind === 'TransactionStmt');
    const next = after[0];
    if (next && ENDS.has(next.body.kind)) return undefined;
    if (next) return undefined; // a nested BEGIN is transaction-nesting's finding
    return { message: 'BEGIN is never committed in this file' };
  },
});

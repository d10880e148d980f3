import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'transaction-nesting',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'BEGIN inside a migration the framework already wraps in a transaction',
  why:
    'The framework already opened a transaction: PostgreSQL ignores the inner BEGIN (with a warning) and the inner ' +
    "COMMIT commits the framework's transaction early, so a later failure leaves the migration half applied and " +
    "the framework's bookkeeping out of step.",
  fix: 'Remove BEGIN/COMMIT from the file and let the framework manage the transaction.',
  bad: '-- +goose Up\nBEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;',
  good: "-- +goose Up\nSET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
  check(s, c) {
    if (s.kind !== 'TransactionStmt' || !['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(s.body.kind))
      return undefined;
    if (c.explicitTx) return { message: 'BEGIN inside an open transaction: the inner COMMIT ends the outer one' };
    if (c.txMode === 'transaction')
      return { message: `BEGIN inside a migration ${c.file.framework} already runs in a transaction` };
    return undefined;
  },
});

import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'validate-same-transaction',
  severity: 'high',
  dialect: 'postgresql',
  title: 'VALIDATE CONSTRAINT in the transaction that added it NOT VALID',
  why:
    'NOT VALID only helps when validation runs in a later transaction. In the same transaction the ACCESS ' +
    'EXCLUSIVE lock taken by ADD CONSTRAINT is still held during the validation scan, so reads and writes wait.',
  fix:
    'Move `ALTER TABLE t VALIDATE CONSTRAINT name;` to the next migration (or after a COMMIT when the file runs ' +
    'without a transaction).',
  bad:
    'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n' +
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;',
  good:
    "-- migration 1\nSET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n" +
    '-- migration 2\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;',
  check(s, c) {
    if (!c.inTransaction) return undefined;
    const alter = alterCmdsOnExistingTable(s, c, 'AT_ValidateConstraint');
    if (!alter) return undefined;
    const out = [];
    for (const a of alter.cmds) {
      if (c.notValidInTx.has(String(a.name).toLowerCase()))
        out.push({
          message: `VALIDATE CONSTRAINT ${a.name} runs in the same transaction as its NOT VALID ADD, under ACCESS EXCLUSIVE`,
        });
    }
    return out;
  },
});

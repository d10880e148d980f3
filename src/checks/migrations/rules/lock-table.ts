import { LOCK_MODES, relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'lock-table',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Explicit LOCK TABLE',
  why:
    'LOCK TABLE (ACCESS EXCLUSIVE unless a mode is given) holds the lock until the transaction ends, so everything ' +
    'else the migration does runs with the table blocked; SHARE and stronger modes block all writes.',
  fix:
    "Drop the explicit lock and let each statement take the lock it needs, with a `SET lock_timeout = '5s';` first. " +
    'If a lock is truly needed, keep the transaction tiny.',
  bad: "LOCK TABLE accounts;\nUPDATE accounts SET plan = 'free' WHERE plan IS NULL;",
  good: "SET lock_timeout = '5s';\nUPDATE accounts SET plan = 'free' WHERE id = 42;",
  check(s, c) {
    if (s.kind !== 'LockStmt') return undefined;
    const mode = s.body.mode ?? 8;
    if (mode < 5) return undefined; // ACCESS SHARE .. SHARE UPDATE EXCLUSIVE do not block reads or writes
    const rels = (s.body.relations ?? []).map(relName).filter((t: string) => !c.isNewTable(t));
    return rels.length
      ? {
          message: `LOCK TABLE ${rels.join(', ')} IN ${LOCK_MODES[mode]} MODE blocks writes until the transaction ends`,
        }
      : undefined;
  },
});

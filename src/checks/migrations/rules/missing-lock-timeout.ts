import { isConcurrentReindex, isPartitionShellIndex, relName } from '../pg/ast.js';
import type { PgStatement } from '../model.js';
import type { PgContext } from '../rule.js';
import { defineRule } from '../rule.js';

/** The last part of each name a DROP lists (`public.users` -> `users`), lowercase. */
const droppedNames = (b: { objects?: { List?: { items?: { String?: { sval?: string } }[] } }[] }): string[] =>
  (b.objects ?? []).map((o) => String(o.List?.items?.at(-1)?.String?.sval ?? '').toLowerCase());

/** The existing table a statement locks in a mode that blocks reads or writes, if any. */
export function blockingLockTarget(s: PgStatement, c: PgContext): string | undefined {
  const b = s.body;
  const existing = (t: string) => (t && !c.isNewTable(t) ? t : undefined);
  switch (s.kind) {
    case 'AlterTableStmt': {
      if (b.objtype && b.objtype !== 'OBJECT_TABLE' && b.objtype !== 'OBJECT_MATVIEW') return undefined;
      // VALIDATE CONSTRAINT, SET STATISTICS and DETACH PARTITION CONCURRENTLY take SHARE UPDATE EXCLUSIVE:
      // reads and writes go on.
      const light = (x: { AlterTableCmd?: { subtype?: string; def?: { PartitionCmd?: { concurrent?: boolean } } } }) =>
        ['AT_ValidateConstraint', 'AT_SetStatistics', 'AT_DetachPartitionFinalize'].includes(
          String(x.AlterTableCmd?.subtype),
        ) ||
        (x.AlterTableCmd?.subtype === 'AT_DetachPartition' && !!x.AlterTableCmd.def?.PartitionCmd?.concurrent);
      if ((b.cmds ?? []).every(light)) return undefined;
      return existing(relName(b.relation));
    }
    case 'IndexStmt':
      return b.concurrent || isPartitionShellIndex(b, c.schema.partitioned) ? undefined : existing(relName(b.relation));
    case 'CreateTrigStmt':
    case 'RuleStmt':
      return existing(relName(b.relation));
    case 'RenameStmt':
      return b.relation ? existing(relName(b.relation)) : undefined;
    case 'DropStmt':
      if (b.concurrent) return undefined;
      if (b.removeType === 'OBJECT_TABLE') return droppedNames(b).find((x) => !c.isNewTable(x));
      if (b.removeType === 'OBJECT_INDEX') return droppedNames(b).find((x) => !c.newIndexes.has(x));
      return undefined;
    case 'TruncateStmt':
    case 'LockStmt':
      return (b.relations ?? []).map(relName).find((t: string) => !c.isNewTable(t));
    case 'ClusterStmt':
    case 'RefreshMatViewStmt':
      return b.concurrent ? undefined : existing(relName(b.relation));
    case 'ReindexStmt':
      return isConcurrentReindex(b)
        ? undefined
        : (existing(relName(b.relation)) ?? (b.name ? String(b.name) : undefined));
    default:
      return undefined;
  }
}

export const rule = defineRule({
  id: 'missing-lock-timeout',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'Lock taken on an existing table without lock_timeout',
  why:
    'Even an instant ALTER needs its lock first. If a long query holds the table, the ALTER waits in the lock ' +
    'queue, and every query that arrives after it waits behind it: a few seconds of full outage. A lock_timeout ' +
    'makes the migration fail fast (and retry) instead.',
  fix: "Start the migration with `SET lock_timeout = '5s';` (and retry on failure). Only reported once per file.",
  bad: 'ALTER TABLE users ADD COLUMN nickname text;',
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
  check(s, c) {
    if (c.lockTimeout || c.once.has('missing-lock-timeout')) return undefined;
    const t = blockingLockTarget(s, c);
    if (!t) return undefined;
    c.once.add('missing-lock-timeout');
    return {
      message: `this statement locks ${t} with no lock_timeout set: if the lock waits, every query behind it waits too`,
    };
  },
});

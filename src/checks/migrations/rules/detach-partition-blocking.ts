import { relName } from '../pg/ast.js';
import { alterCmdsOnExistingTable, defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'detach-partition-blocking',
  severity: 'high',
  dialect: 'postgresql',
  title: 'DETACH PARTITION without CONCURRENTLY',
  why:
    'A plain `ALTER TABLE … DETACH PARTITION` takes ACCESS EXCLUSIVE on the partitioned table: every read and ' +
    'write of every partition waits behind it (and behind any long query it waits for).',
  fix:
    'On PostgreSQL 14+, `ALTER TABLE parent DETACH PARTITION child CONCURRENTLY;` (SHARE UPDATE EXCLUSIVE; it ' +
    'cannot run in a transaction block, so give it its own no-transaction migration).',
  bad: 'ALTER TABLE events DETACH PARTITION events_2023;',
  good: '-- its own migration, outside a transaction (PostgreSQL 14+):\nALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;',
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, 'AT_DetachPartition');
    if (!alter) return undefined;
    return alter.cmds
      .filter((a) => !a.def?.PartitionCmd?.concurrent)
      .map((a) => ({
        message: `DETACH PARTITION ${relName(a.def?.PartitionCmd?.name)} locks ${alter.table} and all its partitions (ACCESS EXCLUSIVE)`,
      }));
  },
});

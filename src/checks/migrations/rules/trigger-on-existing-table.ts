import { relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'trigger-on-existing-table',
  severity: 'medium',
  dialect: 'postgresql',
  title: 'Trigger created on an existing table',
  why:
    'CREATE TRIGGER takes SHARE ROW EXCLUSIVE, blocking writes while it waits for running transactions, and the ' +
    "trigger then runs on every write of a busy table: slower writes, and errors in it fail the application's writes.",
  fix:
    "Set `SET lock_timeout = '5s';` first, keep the trigger function small and tested, and prefer doing the work " +
    'in the application or an async job. Mark it with `-- launch-gate-ignore: trigger-on-existing-table reason` once reviewed.',
  bad: 'CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();',
  good:
    "SET lock_timeout = '5s';\n-- launch-gate-ignore: trigger-on-existing-table audit trigger reviewed, function is O(1)\n" +
    'CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();',
  check(s, c) {
    if (s.kind !== 'CreateTrigStmt') return undefined;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return undefined;
    return {
      message: `CREATE TRIGGER ${s.body.trigname} on existing table ${table} blocks writes while it is created and runs on every write`,
    };
  },
});

import { hasOption, relName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'vacuum-full',
  severity: 'high',
  dialect: 'postgresql',
  title: 'VACUUM FULL in a migration',
  why: 'VACUUM FULL rewrites the whole table and its indexes under ACCESS EXCLUSIVE: the table is unusable until it ends.',
  fix:
    'Leave space reclamation to autovacuum, or rebuild online with the pg_repack extension ' +
    '(`pg_repack --table=t`), outside migrations. A plain `VACUUM (ANALYZE) t;` takes no blocking lock.',
  bad: 'VACUUM FULL events;',
  good: '-- run outside the migration, online:\n-- pg_repack --table=events mydb',
  check(s) {
    if (s.kind !== 'VacuumStmt' || !s.body.is_vacuumcmd || !hasOption(s.body.options, 'full')) return undefined;
    const rels = (s.body.rels ?? []).map((r: { VacuumRelation?: { relation?: unknown } }) =>
      relName(r.VacuumRelation?.relation),
    );
    return { message: `VACUUM FULL ${rels.join(', ') || '(every table)'} rewrites under ACCESS EXCLUSIVE` };
  },
});

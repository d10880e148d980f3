import { acceptsArgs, catalog } from '../pg/catalog.js';
import { funcCallNodes, lastName, qualified } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'function-does-not-exist',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Built-in function called with arguments PostgreSQL does not accept',
  why:
    'PostgreSQL resolves a function by its name and argument count when the statement runs: `DEFAULT now(123)` or ' +
    '`make_date(2024, 1)` fails the migration with "function … does not exist". Linters that only parse SQL accept ' +
    "it; the counts here come from PostgreSQL's own catalog (pg_proc).",
  fix: 'Call the function with an argument list it has (see the PostgreSQL manual), and run the migration locally or with `migrations.trace: true`.',
  bad: 'ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now(123);',
  good: 'ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now();',
  check(s, c) {
    // PL/pgSQL resolves calls only on the branch that runs; CALL names procedures.
    if (s.inDo || s.kind === 'CallStmt') return undefined;
    const out = [];
    for (const f of funcCallNodes(s.body)) {
      const full = qualified(f.funcname);
      const name = lastName(f.funcname);
      if ((full !== name && full !== `pg_catalog.${name}`) || c.schema.functions.has(name)) continue;
      if (f.func_variadic) continue;
      const n = (f.args?.length ?? 0) + (f.agg_within_group ? (f.agg_order?.length ?? 0) : 0);
      if (n === 1 && catalog().types.has(name)) continue; // `uuid('…')`, `date(x)`: a cast
      if (acceptsArgs(name, n, c.postgresVersion) !== false) continue;
      out.push({
        message: `${name}() with ${n} argument${n === 1 ? '' : 's'} does not exist in PostgreSQL (built-ins of ${catalog().version}): the migration fails`,
      });
    }
    return out.length ? out : undefined;
  },
});

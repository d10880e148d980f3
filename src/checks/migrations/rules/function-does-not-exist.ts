import { lastName, qualified } from '../pg/ast.js';
import { PG_FUNCTION_ARITIES, PG_FUNCTIONS_VERSION, PG_TYPE_NAMES } from '../pg/functions.generated.js';
import type { Ast } from '../pg/parser.js';
import { defineRule } from '../rule.js';

const TYPES = new Set(PG_TYPE_NAMES);
/** Overloads added after the catalog's version, by the version that added them (`random(min, max)`: 17). */
const LATER: Record<string, [number, number][]> = { random: [[17, 2]] };

/** Whether the built-in `name` accepts `n` arguments ("0,2-3,1+" from the catalog). */
export function acceptsArgs(name: string, n: number, version: number): boolean | undefined {
  const spec = PG_FUNCTION_ARITIES[name];
  if (spec === undefined) return undefined;
  if ((LATER[name] ?? []).some(([v, k]) => version >= v && k === n)) return true;
  return spec.split(',').some((r) => {
    if (r.endsWith('+')) return n >= Number(r.slice(0, -1));
    const [lo, hi = lo] = r.split('-').map(Number);
    return n >= lo && n <= hi;
  });
}

/** FuncCall nodes under a node. */
function calls(node: Ast, out: Ast[] = []): Ast[] {
  if (Array.isArray(node)) node.forEach((n) => calls(n, out));
  else if (node && typeof node === 'object') {
    if (node.FuncCall) out.push(node.FuncCall);
    for (const v of Object.values(node)) calls(v, out);
  }
  return out;
}

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
    for (const f of calls(s.body)) {
      const full = qualified(f.funcname);
      const name = lastName(f.funcname);
      if ((full !== name && full !== `pg_catalog.${name}`) || c.schema.functions.has(name)) continue;
      if (f.func_variadic) continue;
      const n = (f.args?.length ?? 0) + (f.agg_within_group ? (f.agg_order?.length ?? 0) : 0);
      if (n === 1 && TYPES.has(name)) continue; // `uuid('…')`, `date(x)`: a cast
      if (acceptsArgs(name, n, c.postgresVersion) !== false) continue;
      out.push({
        message: `${name}() with ${n} argument${n === 1 ? '' : 's'} does not exist in PostgreSQL (built-ins of ${PG_FUNCTIONS_VERSION}): the migration fails`,
      });
    }
    return out.length ? out : undefined;
  },
});

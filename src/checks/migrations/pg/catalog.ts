// PostgreSQL's built-in functions and types (from pg_proc and pg_type), loaded with the parser: the rule
// catalog that reports read at start-up imports the rules, and must not pay for these tables.
interface Catalog {
  /** Built-in function name -> accepted argument counts ("0,2-3,1+"). */
  arities: Record<string, string>;
  types: Set<string>;
  /** Built-in functions with no volatile overload. */
  nonVolatile: Set<string>;
  version: string;
}

let tables: Catalog | undefined;

export async function loadCatalog(): Promise<void> {
  if (tables) return;
  const g = await import('./functions.generated.js');
  tables = {
    arities: g.PG_FUNCTION_ARITIES,
    types: new Set(g.PG_TYPE_NAMES),
    nonVolatile: new Set(g.PG_NON_VOLATILE),
    version: g.PG_FUNCTIONS_VERSION,
  };
}

export function catalog(): Catalog {
  if (!tables) throw new Error('the PostgreSQL function catalog is not loaded (call loadParser first)');
  return tables;
}

/** Overloads added after the catalog's version, by the version that added them (`random(min, max)`: 17). */
const LATER: Record<string, [number, number][]> = { random: [[17, 2]] };

/** Whether the built-in `name` accepts `n` arguments on `version`; undefined for a name that is not built in. */
export function acceptsArgs(name: string, n: number, version: number): boolean | undefined {
  const spec = catalog().arities[name];
  if (spec === undefined) return undefined;
  if ((LATER[name] ?? []).some(([v, k]) => version >= v && k === n)) return true;
  return spec.split(',').some((r) => {
    if (r.endsWith('+')) return n >= Number(r.slice(0, -1));
    const [lo, hi = lo] = r.split('-').map(Number);
    return n >= lo && n <= hi;
  });
}

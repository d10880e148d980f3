// Database visibility for perf (perf.database-url): PostgreSQL's own counters read before and after a
// route is requested in isolation, per side: queries and rows per request, sequential scans of large
// tables, and with pg_stat_statements the queries themselves. Read through psql (as the migrations
// trace does): no driver in the action.
import { createHash } from 'node:crypto';
import type { Finding } from '../../types.js';
import { findPsql, run } from '../migrations/trace/server.js';
import { DOCS } from './findings.js';
import type { Route } from './routes.js';

export interface TableStat {
  seq: number;
  seqTup: number;
  live: number;
}

export interface DbSnapshot {
  /** Committed + rolled back transactions of the database. */
  xact: number;
  /** Rows returned by scans and fetched by index lookups. */
  tup: number;
  tables: Record<string, TableStat>;
  /** pg_stat_statements: normalised query → calls (our own queries left out). */
  statements?: Record<string, number>;
}

export interface RouteDbUsage {
  requests: number;
  queriesPerRequest: number;
  rowsPerRequest: number;
  /** Tables at or over the size threshold that the route scanned sequentially. */
  seqScans: { table: string; scans: number; live: number }[];
  /** Most called statements during the requests (pg_stat_statements only). */
  top: { query: string; perRequest: number }[];
  /** Per seq-scanned table: the plan of the query that reads it, in one line (pg_stat_statements only). */
  plans?: Record<string, string>;
}

/** The most called query of `top` that names `table` (schema-qualified or not). */
export function queryOf(top: RouteDbUsage['top'], table: string): string | undefined {
  const name = table.split('.').pop()!.toLowerCase();
  return top.find((t) => t.query.toLowerCase().includes(name))?.query;
}

/**
 * The plan lines that say how `table` is read (`Seq Scan on big`, its `Filter:`), from EXPLAIN's text
 * output, in one line; undefined when the plan does not scan it.
 */
export function planSummary(plan: string, table: string): string | undefined {
  const name = table.split('.').pop()!;
  const lines = plan.split('\n').map((l) => l.replace(/^\s*(?:->\s*)?/, '').trimEnd());
  const at = lines.findIndex((l) => new RegExp(`^(?:Parallel )?Seq Scan on (?:\\w+\\.)?"?${name}"?\\b`, 'i').test(l));
  if (at < 0) return undefined;
  const detail = lines.slice(at + 1).find((l) => /^(?:Filter|Join Filter):/.test(l));
  return detail ? `${lines[at]}, ${detail}` : lines[at];
}

const statementsSql = `(select coalesce(json_object_agg(q, c), '{}') from (select query as q, sum(calls) as c
  from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
  and query not ilike '%pg_stat%' group by query) s)`;

const snapshotSql = (statements: boolean) => `select json_build_object(
  'xact', (select xact_commit + xact_rollback from pg_stat_database where datname = current_database()),
  'tup', (select tup_returned + tup_fetched from pg_stat_database where datname = current_database()),
  'tables', (select coalesce(json_object_agg(t.schemaname || '.' || t.relname, json_build_object('seq', t.seq_scan,
     'seqTup', t.seq_tup_read, 'live', case when c.reltuples >= 0 then c.reltuples::bigint else t.n_live_tup end)), '{}')
     from pg_stat_user_tables t join pg_class c on c.oid = t.relid),
  'statements', ${statements ? statementsSql : 'null'})`;

export class DbProbe {
  private constructor(
    private readonly psql: string,
    private readonly url: string,
    readonly statements: boolean,
    /** Transactions our own snapshot adds between two snapshots. */
    private overhead = 0,
    /** server_version_num: EXPLAIN (GENERIC_PLAN) needs 16. */
    private version = 0,
  ) {}

  /** Connects once; a database that cannot be read is an error, never a silent skip. */
  static async open(url: string, env: NodeJS.ProcessEnv): Promise<DbProbe> {
    const psql = findPsql(env);
    if (!psql) throw new Error('perf.database-url is set but psql is not installed (install postgresql-client)');
    const probe = new DbProbe(psql, url, false);
    const ok = await probe.query('select 1');
    if (ok.code !== 0) throw new Error(`perf.database-url: cannot connect: ${ok.stderr.trim().split('\n')[0]}`);
    const pss = await probe.query('select count(*) from pg_stat_statements');
    const version = Number((await probe.query('show server_version_num')).stdout.trim()) || 0;
    const withStatements = new DbProbe(psql, url, pss.code === 0, 0, version);
    // Calibrate: what two snapshots with nothing in between add to the counters.
    const a = await withStatements.snapshot();
    await settle();
    const b = await withStatements.snapshot();
    withStatements.overhead = Math.max(0, b.xact - a.xact);
    return withStatements;
  }

  /** Each statement its own `-c`, in one session. */
  private query(...sql: string[]) {
    return run(
      this.psql,
      ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', this.url, ...sql.flatMap((q) => ['-c', q])],
      {
        env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
      },
    );
  }

  /**
   * The plan of a normalised query from pg_stat_statements (`… where note = $1`), without running it:
   * EXPLAIN (GENERIC_PLAN) on PostgreSQL 16+; before 16, the query prepared and explained with a
   * forced generic plan (the NULL arguments are not planned for). Only a single SELECT or WITH
   * query; undefined when it cannot be planned so (the finding then names the query alone).
   */
  async explain(query: string): Promise<string | undefined> {
    if (!/^\s*(?:select|with)\b/i.test(query) || query.includes(';')) return undefined;
    const params = Math.max(0, ...[...query.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    const r =
      this.version >= 160000
        ? await this.query(`explain (generic_plan, costs off) ${query}`)
        : await this.query(
            'set plan_cache_mode = force_generic_plan',
            `prepare launch_gate_plan as ${query}`,
            `explain (costs off) execute launch_gate_plan${params ? `(${Array(params).fill('null').join(', ')})` : ''}`,
            'deallocate launch_gate_plan',
          );
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** One line of plan per seq-scanned table whose query pg_stat_statements names. */
  async plans(use: RouteDbUsage): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const s of use.seqScans) {
      const query = queryOf(use.top, s.table);
      const plan = query && (await this.explain(query));
      const line = plan && planSummary(plan, s.table);
      if (line) out[s.table] = line;
    }
    return out;
  }

  /**
   * Waits until nothing else touches the database (the services may still be answering the load's
   * last requests) and returns the snapshot to start from; gives up quietly after `tries`.
   */
  async quiet(tries = 10): Promise<{ snapshot: DbSnapshot; quiet: boolean }> {
    let a = await this.snapshot();
    for (let i = 0; i < tries; i++) {
      await settle();
      const b = await this.snapshot();
      if (b.xact - a.xact <= this.overhead) return { snapshot: b, quiet: true };
      a = b;
    }
    return { snapshot: a, quiet: false };
  }

  async snapshot(): Promise<DbSnapshot> {
    const r = await this.query(snapshotSql(this.statements));
    if (r.code !== 0)
      throw new Error(`perf.database-url: reading pg_stat views failed: ${r.stderr.trim().split('\n')[0]}`);
    return JSON.parse(r.stdout.trim()) as DbSnapshot;
  }

  /** Counters from `a` to `b`, per request, for tables of at least `minRows` live rows. */
  usage(a: DbSnapshot, b: DbSnapshot, requests: number, minRows: number): RouteDbUsage {
    const per = (x: number) => Math.max(0, x) / requests;
    const seqScans = Object.entries(b.tables)
      .map(([table, t]) => ({ table, scans: t.seq - (a.tables[table]?.seq ?? 0), live: t.live }))
      .filter((t) => t.scans > 0 && t.live >= minRows)
      .sort((x, y) => y.live - x.live);
    const top = Object.entries(b.statements ?? {})
      .map(([query, calls]) => ({ query, perRequest: per(calls - (a.statements?.[query] ?? 0)) }))
      .filter((s) => s.perRequest > 0)
      .sort((x, y) => y.perRequest - x.perRequest)
      .slice(0, 5);
    // With pg_stat_statements every statement counts; without it, every transaction (one per query in
    // autocommit, the usual way apps talk to the database), less what our own snapshots add.
    const queries = this.statements
      ? Object.entries(b.statements ?? {}).reduce((n, [q, c]) => n + Math.max(0, c - (a.statements?.[q] ?? 0)), 0)
      : b.xact - a.xact - this.overhead;
    return {
      requests,
      queriesPerRequest: per(queries),
      rowsPerRequest: per(b.tup - a.tup),
      seqScans,
      top,
    };
  }
}

/** Backends flush their statistics at most once a second when idle (PostgreSQL 15+). */
export const settle = () => new Promise((r) => setTimeout(r, 1200));

const round1 = (x: number) => Math.round(x * 10) / 10;
const fp = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** N+1 added by the change: head runs clearly more queries per request than base. */
export function queryGrowth(route: Route, base: RouteDbUsage, head: RouteDbUsage): Finding | undefined {
  const b = base.queriesPerRequest;
  const h = head.queriesPerRequest;
  if (!(h - b >= 1 && h >= b * 1.25)) return undefined;
  const top = head.top.length
    ? `; most run: ${head.top
        .slice(0, 3)
        .map((t) => `${round1(t.perRequest)}× \`${t.query.replace(/\s+/g, ' ').slice(0, 120)}\``)
        .join(', ')}`
    : '';
  return {
    rule: 'perf-query-growth',
    severity: 'high',
    url: `${route.method} ${route.shownPath}`,
    message: `${route.name}: ${round1(h)} queries per request on head, ${round1(b)} on base${top}`,
    why: 'more queries per request usually means a query inside a loop (N+1): it gets slower as the data grows, long before the latency budget shows it',
    fix: 'load the related rows in one query (a join, `IN (...)`, the ORM’s include/select_related/preload) instead of one query per row',
    fingerprint: fp('perf-query-growth', route.method, route.shownPath),
    docs: `${DOCS}#perf-query-growth`,
  };
}

/** A measured route reads a large table sequentially. */
export function seqScanFindings(route: Route, base: RouteDbUsage | undefined, head: RouteDbUsage): Finding[] {
  return head.seqScans.map((s) => {
    const before = base?.seqScans.some((x) => x.table === s.table);
    const query = queryOf(head.top, s.table);
    const plan = head.plans?.[s.table];
    return {
      rule: 'perf-seq-scan',
      severity: 'high',
      url: `${route.method} ${route.shownPath}`,
      message:
        `${route.name}: sequential scan of ${s.table} (${s.live.toLocaleString('en-US')} rows), ${round1(s.scans / head.requests)} per request` +
        `${before === false ? ' (new: base does not scan it)' : before ? ' (base scans it too)' : ''}` +
        (query ? `; query: \`${query.replace(/\s+/g, ' ').slice(0, 160)}\`` : '') +
        (plan ? `; plan: \`${plan.slice(0, 160)}\`` : ''),
      why: 'a sequential scan reads every row of the table on each request: fine at 100 rows, a timeout at a million',
      fix: `add an index on the columns the query filters or joins ${s.table} by (CREATE INDEX CONCURRENTLY …), or limit the query; check with EXPLAIN`,
      fingerprint: fp('perf-seq-scan', route.method, route.shownPath, s.table),
      docs: `${DOCS}#perf-seq-scan`,
    };
  });
}

/** The route requested `count` times one after another (no load: counters, not latency, are measured). */
export async function requestRoute(
  host: string,
  port: number,
  route: Route,
  count: number,
  signal: AbortSignal,
): Promise<number> {
  let done = 0;
  for (let i = 0; i < count; i++) {
    const res = await fetch(`http://${host}:${port}${route.path}`, {
      method: route.method,
      headers: route.headers,
      body: route.body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
    });
    await res.arrayBuffer();
    done++;
  }
  return done;
}

import * as z from 'zod/mini';
import { durationMs, fraction, checkTimeout, httpMethod, int } from '../../units.js';

export const perfRoute = z.strictObject({
  name: z.optional(z.string()),
  method: z._default(httpMethod(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']), 'GET'),
  path: z.string().check(z.startsWith('/')),
  /** Values may reference environment variables: `Bearer ${API_TOKEN}` (the value is masked). */
  headers: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.union([z.string(), z.record(z.string(), z.unknown())])),
  /** Expected status; default: any 2xx. */
  status: z.optional(int(100, 599)),
  /** Absolute p95 budget; default 500ms for reads (GET, HEAD, OPTIONS), 1.5s for writes. */
  p95: z.optional(durationMs),
});

export const perfConfig = z.prefault(
  z.strictObject({
    setup: z.optional(z.string()),
    start: z.optional(z.string()),
    /** A path (`/health`) or a loopback URL (`http://127.0.0.1:${PORT}/health`). */
    ready: z.optional(z.string()),
    /** How long to wait for `ready` to answer 2xx. */
    'ready-timeout': z._default(durationMs, 60_000),
    /** Total measured load per side (base or head), shared by the routes. */
    duration: z._default(durationMs, 30_000),
    /** Unmeasured load per service before the rounds start (JIT, caches, connection pools). */
    warmup: z._default(durationMs, 2_000),
    /** Length of one round per side; default: chosen from the warm-up's throughput (at least 1s). */
    round: z.optional(durationMs),
    connections: z._default(int(1, 1000), 10),
    regression: z._default(fraction, 0.1),
    /** Smallest absolute p95 growth that can fail a route (sub-millisecond noise is not a regression). */
    floor: z._default(durationMs, 5),
    /** Largest accepted share of failed requests (unexpected status, timeouts, socket errors). */
    'max-error-rate': z._default(fraction, 0),
    /** A request slower than this counts as a timeout. */
    'request-timeout': z._default(durationMs, 10_000),
    /**
     * Start-up time (spawn to the first ready answer), base vs head: `true` starts each side 3 extra
     * times, alternating, before the load; `{ samples: n }` n times.
     */
    startup: z.pipe(
      z._default(z.union([z.boolean(), z.strictObject({ samples: z._default(int(3, 10), 3) })]), false),
      z.transform((v) => (v === true ? { samples: 3 } : v === false ? undefined : v)),
    ),
    /** The PostgreSQL the service uses (`${DATABASE_URL}`): queries, rows and sequential scans per request. */
    'database-url': z.optional(z.string()),
    /** Tables with at least this many live rows are "large" for perf-seq-scan. */
    'seq-scan-rows': z._default(int(0), 10_000),
    /** A route the rounds were too noisy to decide: `error` (rerun) or `pass` (with a note). */
    'on-noise': z._default(z.enum(['error', 'pass']), 'error'),
    routes: z._default(z.array(perfRoute), []),
    timeout: checkTimeout(900_000, 900_000),
  }),
  {},
);

export type PerfConfig = z.output<typeof perfConfig>;
export type PerfRouteConfig = z.output<typeof perfRoute>;

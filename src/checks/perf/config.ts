import { z } from 'zod';
import { durationMs, fraction, checkTimeout } from '../../units.js';

export const perfRoute = z.strictObject({
  name: z.string().optional(),
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']))
    .default('GET'),
  path: z.string().startsWith('/'),
  /** Values may reference environment variables: `Bearer ${API_TOKEN}` (the value is masked). */
  headers: z.record(z.string(), z.string()).optional(),
  body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  /** Expected status; default: any 2xx. */
  status: z.number().int().min(100).max(599).optional(),
  /** Absolute p95 budget; default 500ms for reads (GET, HEAD, OPTIONS), 1.5s for writes. */
  p95: durationMs.optional(),
});

export const perfConfig = z
  .strictObject({
    setup: z.string().optional(),
    start: z.string().optional(),
    /** A path (`/health`) or a loopback URL (`http://127.0.0.1:${PORT}/health`). */
    ready: z.string().optional(),
    /** How long to wait for `ready` to answer 2xx. */
    'ready-timeout': durationMs.default(60_000),
    /** Total measured load per side (base or head), shared by the routes. */
    duration: durationMs.default(30_000),
    /** Unmeasured load per service before the rounds start (JIT, caches, connection pools). */
    warmup: durationMs.default(2_000),
    /** Length of one round per side; default: chosen from the warm-up's throughput (at least 1s). */
    round: durationMs.optional(),
    connections: z.number().int().min(1).max(1000).default(10),
    regression: fraction.default(0.1),
    /** Smallest absolute p95 growth that can fail a route (sub-millisecond noise is not a regression). */
    floor: durationMs.default(5),
    /** Largest accepted share of failed requests (unexpected status, timeouts, socket errors). */
    'max-error-rate': fraction.default(0),
    /** A request slower than this counts as a timeout. */
    'request-timeout': durationMs.default(10_000),
    /**
     * Start-up time (spawn to the first ready answer), base vs head: `true` starts each side 3 extra
     * times, alternating, before the load; `{ samples: n }` n times.
     */
    startup: z
      .union([z.boolean(), z.strictObject({ samples: z.number().int().min(3).max(10).default(3) })])
      .default(false)
      .transform((v) => (v === true ? { samples: 3 } : v === false ? undefined : v)),
    /** The PostgreSQL the service uses (`${DATABASE_URL}`): queries, rows and sequential scans per request. */
    'database-url': z.string().optional(),
    /** Tables with at least this many live rows are "large" for perf-seq-scan. */
    'seq-scan-rows': z.number().int().min(0).default(10_000),
    /** A route the rounds were too noisy to decide: `error` (rerun) or `pass` (with a note). */
    'on-noise': z.enum(['error', 'pass']).default('error'),
    routes: z.array(perfRoute).default([]),
    timeout: checkTimeout(900_000, 900_000),
  })
  .prefault({});

export type PerfConfig = z.output<typeof perfConfig>;
export type PerfRouteConfig = z.output<typeof perfRoute>;

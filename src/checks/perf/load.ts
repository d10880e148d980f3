// One burst of load on one route of one service, with autocannon as a library. Latencies come
// from the per-response event (float ms): autocannon's own histogram is whole milliseconds and
// has no p95.
import autocannon from 'autocannon';
import type { Route } from './routes.js';

export interface LoadSample {
  /** Latencies of responses with the expected status, ms. */
  latencies: number[];
  /** Responses with the expected status. */
  ok: number;
  /** Responses with another status. */
  badStatus: number;
  /** Timeouts and socket errors. */
  failed: number;
  /** Status codes seen that were not expected, with counts. */
  statuses: Record<string, number>;
  elapsedMs: number;
}

export const totalRequests = (s: Pick<LoadSample, 'ok' | 'badStatus' | 'failed'>): number =>
  s.ok + s.badStatus + s.failed;

export interface LoadOptions {
  port: number;
  /** 127.0.0.1 unless the service answers on [::1] only. */
  host?: string;
  route: Route;
  durationMs: number;
  connections: number;
  timeoutMs: number;
  signal: AbortSignal;
}

export function expected(route: Route, status: number): boolean {
  return route.status !== undefined ? status === route.status : status >= 200 && status < 300;
}

export function runLoad(o: LoadOptions): Promise<LoadSample> {
  return new Promise((resolveLoad, reject) => {
    if (o.signal.aborted) return reject(o.signal.reason ?? new Error('aborted'));
    const sample: LoadSample = { latencies: [], ok: 0, badStatus: 0, failed: 0, statuses: {}, elapsedMs: 0 };
    const started = performance.now();
    let stopped = false;
    const instance = autocannon(
      {
        url: `http://${o.host ?? '127.0.0.1'}:${o.port}${o.route.path}`,
        method: o.route.method as autocannon.Request['method'],
        headers: o.route.headers,
        body: o.route.body,
        connections: o.connections,
        duration: o.durationMs / 1000,
        timeout: Math.max(1, Math.ceil(o.timeoutMs / 1000)),
        // Checks the stop flag every 50 ms instead of every second, so rounds last what we ask.
        sampleInt: 50,
        skipAggregateResult: true,
      } as autocannon.Options,
      (err) => {
        o.signal.removeEventListener('abort', onAbort);
        sample.elapsedMs = performance.now() - started;
        if (o.signal.aborted) reject(o.signal.reason ?? new Error('aborted'));
        else if (err) reject(err);
        else resolveLoad(sample);
      },
    );
    const onAbort = () => {
      if (!stopped) instance.stop();
      stopped = true;
    };
    o.signal.addEventListener('abort', onAbort, { once: true });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
      if (expected(o.route, statusCode)) {
        sample.ok++;
        sample.latencies.push(ms);
      } else {
        sample.badStatus++;
        sample.statuses[statusCode] = (sample.statuses[statusCode] ?? 0) + 1;
      }
    });
    instance.on('reqError', () => {
      sample.failed++;
    });
  });
}

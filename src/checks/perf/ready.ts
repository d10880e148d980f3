// Where to poll for readiness: a path on the service's port, or a loopback URL (may use ${PORT}).
import type { Route } from './routes.js';

export interface ReadyTarget {
  /** URL builder for a given port. */
  url(port: number): string;
  /** Port the service listens on regardless of $PORT (a URL with a literal port). */
  fixedPort?: number;
  method: string;
  headers?: Record<string, string>;
  anyStatus: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export class ReadyError extends Error {}

export function readyTarget(ready: string | undefined, routes: Route[]): ReadyTarget {
  if (!ready) {
    const get = routes.find((r) => r.method === 'GET');
    if (get)
      return { url: (p) => `http://127.0.0.1:${p}${get.path}`, method: 'GET', headers: get.headers, anyStatus: false };
    return { url: (p) => `http://127.0.0.1:${p}/`, method: 'GET', anyStatus: true };
  }
  if (ready.startsWith('/')) return { url: (p) => `http://127.0.0.1:${p}${ready}`, method: 'GET', anyStatus: false };
  const placeholder = /\$\{PORT\}|\$PORT\b/g;
  let parsed: URL;
  try {
    parsed = new URL(ready.replace(placeholder, '1'));
  } catch {
    throw new ReadyError(`perf.ready must be a path like /health or a URL, got ${JSON.stringify(ready)}`);
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK.has(parsed.hostname)) {
    throw new ReadyError(
      `perf.ready must point at the local service (http://127.0.0.1:\${PORT}/...), got ${parsed.protocol}//${parsed.hostname}`,
    );
  }
  const rest = parsed.pathname + parsed.search;
  if (/\$\{PORT\}|\$PORT\b/.test(ready))
    return { url: (p) => `http://127.0.0.1:${p}${rest}`, method: 'GET', anyStatus: false };
  const fixed = Number(parsed.port || 80);
  return { url: () => `http://127.0.0.1:${fixed}${rest}`, fixedPort: fixed, method: 'GET', anyStatus: false };
}

// Routes: status, latency budget, body expectations; a fresh deploy is retried with backoff.
import type { SmokeConfig, SmokeRoute } from './config.js';
import { httpRequest, type HttpResponse, type RequestOptions } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, type Net } from './net.js';

/** What a route expects; the implicit defaults are looser than configured routes. */
export interface RouteSpec {
  path: string;
  method: string;
  headers?: Record<string, string>;
  /** The configured body (`${NAME}` not yet substituted); `payload` is what is sent. */
  body?: SmokeRoute['body'];
  payload?: string;
  /** Asked with the login session (smoke.login). */
  auth?: boolean;
  /** Accepted first-response status. */
  accepts: (status: number) => boolean;
  expected: string;
  contains?: string;
  json?: SmokeRoute['json'];
  budgetMs: number;
  /** Budget set by the user (over it is high) rather than the default (medium). */
  explicitBudget: boolean;
  /** Implicit `/health`: absent (404, 3xx, 401...) is fine, only 5xx fails. */
  optional?: boolean;
  /** Configured to answer 401/403 anonymously: a 2xx is an authentication leak, not just a wrong status. */
  protectedRoute?: boolean;
}

export function routeSpecs(cfg: SmokeConfig): RouteSpec[] {
  if (cfg.routes?.length) {
    return cfg.routes.map((r) => {
      const budget = r.latency ?? r.p95;
      return {
        path: r.path,
        method: r.method,
        headers: r.headers,
        body: r.body,
        auth: r.auth,
        accepts: (s) => s === r.status,
        expected: String(r.status),
        contains: r.contains,
        json: r.json,
        budgetMs: budget ?? cfg.latency,
        explicitBudget: budget !== undefined,
        protectedRoute:
          (r.status === 401 || r.status === 403) && !r.auth && !r.headers?.authorization && !r.headers?.cookie,
      };
    });
  }
  return [
    {
      path: '/',
      method: 'GET',
      accepts: (s) => s >= 200 && s < 400,
      expected: '2xx or 3xx',
      budgetMs: cfg.latency,
      explicitBudget: false,
    },
    {
      path: '/health',
      method: 'GET',
      accepts: (s) => s >= 200 && s < 300,
      expected: '2xx',
      budgetMs: cfg.latency,
      explicitBudget: false,
      optional: true,
    },
  ];
}

/** `https://a.example/app` + `/health` → `https://a.example/app/health`. */
export function joinUrl(base: string, path: string): string {
  const u = new URL(base);
  const prefix = u.pathname.replace(/\/+$/, '');
  const [p, q] = path.split('?');
  u.pathname = `${prefix}${p}`;
  u.search = q ? `?${q}` : '';
  return u.toString();
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

export interface Attempted {
  res?: HttpResponse;
  err?: unknown;
  attempts: number;
}

/** Retries on an origin that already answered: enough for a blip, not a warm-up wait. */
const LIVE_RETRIES = 2;

/**
 * Retries refused connections and 5xx answers with doubling backoff until `deadline` (epoch ms): a fresh
 * deploy warming up. Once the origin has answered a request without a 5xx it is up, so a 5xx or refusal
 * from then on is a real failure and gets only LIVE_RETRIES quick retries instead of the whole window.
 */
export async function requestWithRetry(net: Net, url: string, o: RequestOptions, deadline: number): Promise<Attempted> {
  const origin = new URL(url).origin;
  let backoff = 250;
  for (let attempts = 1; ; attempts++) {
    let res: HttpResponse | undefined;
    let err: unknown;
    try {
      res = await httpRequest(net, url, o);
    } catch (e) {
      err = e;
    }
    if (res && res.status < 500) net.live?.add(origin);
    else if (res && attempts === 1 && net.live && !net.live.has(origin)) await probeOrigin(net, url, o);
    const retryable = err ? isTransient(err) : res!.status >= 500;
    const exhausted = net.live?.has(origin) ? attempts > LIVE_RETRIES : Date.now() + backoff > deadline;
    if (!retryable || net.signal.aborted || exhausted) return { res, err, attempts };
    await sleep(backoff, net.signal);
    backoff = Math.min(backoff * 2, 5000);
  }
}

/** A 5xx on the first request to an origin: is the service up at all (its root answers without a 5xx)? */
async function probeOrigin(net: Net, url: string, o: RequestOptions): Promise<void> {
  const u = new URL(url);
  if (u.pathname === '/') return;
  try {
    const root = await httpRequest(net, `${u.origin}/`, { insecure: o.insecure });
    if (root.status < 500) net.live?.add(u.origin);
  } catch {
    // not up: keep waiting for the deploy
  }
}

/** Errors a deploy in progress produces; TLS and DNS errors are not retried. */
export function isTransient(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(code ?? '');
}

/** Value at a dotted path (`data.items[0].id` or `data.items.0.id`). */
export function jsonAt(value: unknown, path: string): { found: boolean; value?: unknown } {
  let cur: unknown = value;
  for (const key of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return { found: false };
    cur = (cur as Record<string, unknown>)[key];
  }
  return { found: true, value: cur };
}

/** Body expectations: contains text, JSON field present / equal. Returns the problem or undefined. */
export function checkBody(res: HttpResponse, spec: Pick<RouteSpec, 'contains' | 'json'>): string | undefined {
  if (spec.contains !== undefined && !res.body.includes(spec.contains)) {
    return `the body does not contain ${JSON.stringify(spec.contains)}`;
  }
  if (spec.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      return `the body is not JSON (expected field ${spec.json.path})`;
    }
    const at = jsonAt(parsed, spec.json.path);
    if (!at.found) return `the JSON has no field ${spec.json.path}`;
    if (spec.json.equals !== undefined && at.value !== spec.json.equals) {
      const shown = JSON.stringify(at.value) ?? String(at.value);
      return `JSON field ${spec.json.path} is ${shown.slice(0, 80)}, expected ${JSON.stringify(spec.json.equals)}`;
    }
  }
  return undefined;
}

export async function checkRoute(
  net: Net,
  base: string,
  spec: RouteSpec,
  deadline: number,
  insecure: boolean,
): Promise<Part & { response?: HttpResponse }> {
  const part = emptyPart();
  const url = joinUrl(base, spec.path);
  const name = `${spec.method} ${spec.path}`;
  const rules = ['smoke-route-status', 'smoke-route-latency', 'smoke-body', 'unreachable'];
  const { res, err, attempts } = await requestWithRetry(
    net,
    url,
    { method: spec.method, headers: spec.headers, body: spec.payload, insecure },
    deadline,
  );
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (!res) {
    part.findings.push(
      finding({
        rule: 'unreachable',
        severity: 'blocker',
        url,
        key: spec.path,
        message: `${name} failed${tries}: ${describeError(err)}`,
        why: 'users cannot reach the service',
        fix: 'check that the deploy finished, the service is running and listening, and DNS / load balancer point to it',
      }),
    );
    part.items.push({ url, name, value: describeError(err), rules, state: 'fail' });
    return part;
  }
  if (spec.optional && !spec.accepts(res.status) && res.status < 500) {
    part.items.push({ url, name, value: `${res.status}: not present`, rules, state: 'skip' });
    return { ...part, response: res };
  }
  if (spec.protectedRoute && res.status >= 200 && res.status < 300) {
    part.findings.push(
      finding({
        rule: 'smoke-auth-leak',
        severity: 'blocker',
        url,
        key: spec.path,
        message: `${name} answered ${res.status} without credentials, expected ${spec.expected}`,
        why: 'a route that should need credentials is readable by anyone',
        fix: 'restore the authentication middleware on this route; roll back if the previous release protected it',
      }),
    );
    part.items.push({
      url,
      name,
      value: `${res.status} in ${res.ms} ms (anonymous)`,
      rules: [...rules, 'smoke-auth-leak'],
    });
    return { ...part, response: res };
  }
  if (!spec.accepts(res.status)) {
    part.findings.push(
      finding({
        rule: 'smoke-route-status',
        severity: 'high',
        url,
        key: spec.path,
        message: `${name} answered ${res.status}${tries}, expected ${spec.expected}`,
        why:
          res.status >= 500
            ? 'the service fails on this route after the deploy'
            : 'the route does not behave as it did before the deploy',
        fix: 'look at the service logs for this request; roll back if the previous release worked',
      }),
    );
    part.items.push({ url, name, value: `${res.status} in ${res.ms} ms`, rules });
    return { ...part, response: res };
  }

  // A slow first answer may be a cold start: measure once more before judging.
  let ms = res.ms;
  let note = '';
  if (ms > spec.budgetMs) {
    try {
      const again = await httpRequest(net, url, {
        method: spec.method,
        headers: spec.headers,
        body: spec.payload,
        insecure,
      });
      note = ` (first ${ms} ms)`;
      ms = again.ms;
    } catch {
      // keep the first measurement
    }
  }
  if (ms > spec.budgetMs) {
    part.findings.push(
      finding({
        rule: 'smoke-route-latency',
        severity: spec.explicitBudget ? 'high' : 'medium',
        url,
        key: spec.path,
        message: `${name} took ${ms} ms${note}, over the ${spec.budgetMs} ms budget`,
        why: 'slow answers right after a deploy point to a regression, a cold dependency or an overloaded instance',
        fix: 'compare with the previous release (perf check), look at slow queries and the instance size',
      }),
    );
  }
  const bodyProblem = checkBody(res, spec);
  if (bodyProblem) {
    part.findings.push(
      finding({
        rule: 'smoke-body',
        severity: 'high',
        url,
        key: spec.path,
        message: `${name}: ${bodyProblem}`,
        why: 'the route answers but not with the expected content (an error page, a wrong build, a failing dependency)',
        fix: 'check what the route returns now and what the deploy changed',
      }),
    );
  }
  part.items.push({ url, name, value: `${res.status} in ${ms} ms${note}`, rules });
  return { ...part, response: res };
}

// Routes to load: from the config, or `GET /` (the ready path) when only a start command is given.
import type { PerfConfig } from './config.js';

export const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const DEFAULT_READ_BUDGET_MS = 500;
export const DEFAULT_WRITE_BUDGET_MS = 1500;

export interface Route {
  name: string;
  method: string;
  /** Path sent, with env references expanded. */
  path: string;
  /** Path as written (env references unexpanded): the only form ever shown. */
  shownPath: string;
  headers: Record<string, string>;
  body?: string;
  /** Expected status; undefined means any 2xx. */
  status?: number;
  budgetMs: number;
  /** True when the route is written in the config file (findings then point at it). */
  fromConfig: boolean;
}

export class RouteError extends Error {}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Expands `${NAME}` / `$NAME` from env; every expanded value is handed to `mask`. */
export function expandEnv(value: string, env: NodeJS.ProcessEnv, mask: (v: string) => void, where: string): string {
  return value.replace(ENV_REF, (_m, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b)!;
    const v = env[name];
    if (v === undefined || v === '') throw new RouteError(`${where} references $${name}, which is not set`);
    mask(v);
    return v;
  });
}

export function budgetFor(method: string, explicit?: number): number {
  return explicit ?? (READ_METHODS.has(method) ? DEFAULT_READ_BUDGET_MS : DEFAULT_WRITE_BUDGET_MS);
}

/** Path part of `ready` (a path, or a loopback URL whose path we keep). */
export function readyPath(ready: string | undefined): string | undefined {
  if (!ready) return undefined;
  if (ready.startsWith('/')) return ready;
  try {
    const u = new URL(ready.replace(/\$\{?PORT\}?/g, '1'));
    return u.pathname + u.search;
  } catch {
    return undefined;
  }
}

export function resolveRoutes(cfg: PerfConfig, env: NodeJS.ProcessEnv, mask: (v: string) => void): Route[] {
  if (!cfg.routes.length) {
    const path = readyPath(cfg.ready) ?? '/';
    return [
      {
        name: `GET ${path}`,
        method: 'GET',
        path,
        shownPath: path,
        headers: {},
        budgetMs: DEFAULT_READ_BUDGET_MS,
        fromConfig: false,
      },
    ];
  }
  const seen = new Map<string, number>();
  return cfg.routes.map((r, i) => {
    let name = r.name ?? `${r.method} ${r.path}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = `${name} #${count}`;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers ?? {})) {
      headers[k.toLowerCase()] = expandEnv(v, env, mask, `perf.routes[${i}].headers.${k}`);
    }
    let body: string | undefined;
    if (typeof r.body === 'string') body = expandEnv(r.body, env, mask, `perf.routes[${i}].body`);
    else if (r.body) {
      body = JSON.stringify(r.body);
      headers['content-type'] ??= 'application/json';
    }
    return {
      name,
      method: r.method,
      path: expandEnv(r.path, env, mask, `perf.routes[${i}].path`),
      shownPath: r.path,
      headers,
      body,
      status: r.status,
      budgetMs: budgetFor(r.method, r.p95),
      fromConfig: true,
    };
  });
}

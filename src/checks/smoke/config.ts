import { z } from 'zod';
import { durationMs, checkTimeout } from '../../units.js';

const path = z.string().startsWith('/');

/** `json: { path: status, equals: ok }`: the response is JSON and the field at `path` has that value. */
const jsonExpectation = z.strictObject({
  path: z.string().min(1),
  equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});

export const smokeRoute = z.strictObject({
  path,
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(['GET', 'HEAD', 'POST', 'OPTIONS']))
    .default('GET'),
  /** Expected status of the first response (redirects are not followed). */
  status: z.number().int().min(100).max(599).default(200),
  /** Text the body must contain. */
  contains: z.string().optional(),
  json: jsonExpectation.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Latency budget of one request (time to the whole body). */
  latency: durationMs.optional(),
  /** Accepted for symmetry with perf routes: read as the latency budget. */
  p95: durationMs.optional(),
});

export type SmokeRoute = z.output<typeof smokeRoute>;

/** Declarative login: credentials come from environment variables through `${NAME}` placeholders. */
export const smokeLogin = z.strictObject({
  path,
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(['POST', 'PUT', 'GET']))
    .default('POST'),
  /** A mapping is sent as JSON; a string is sent as is (set content-type in headers). */
  body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** Dotted path of a bearer token in the JSON answer (e.g. `data.token`); without it, cookies are kept. */
  token: z.string().optional(),
  /** Header that carries the token; `Authorization` gets a `Bearer ` prefix. */
  'token-header': z.string().default('Authorization'),
});

export type SmokeLogin = z.output<typeof smokeLogin>;

export const smokeConfig = z
  .strictObject({
    urls: z.array(z.string()).default([]),
    /** Default: `/` (200) and `/health` when it exists. */
    routes: z.array(smokeRoute).optional(),
    /** Default latency budget of one request when a route sets none. */
    latency: durationMs.default(3000),
    /** How long a fresh deploy may keep failing (refused connections, 5xx) before the route fails. */
    retry: durationMs.default(10_000),
    'request-timeout': durationMs.default(10_000),
    'tls-min-days': z.number().int().min(0).default(14),
    'tls-warn-days': z.number().int().min(0).default(30),
    /** PEM file of extra trusted certificate authorities (a private CA, tests). */
    'ca-file': z.string().optional(),
    'https-redirect': z.boolean().default(true),
    /** Plain-http URL to test instead of `http://<host>/` (port 80), for the same host. */
    'http-url': z.string().optional(),
    /** apex and www must end on one host. */
    'canonical-host': z.boolean().default(true),
    'security-headers': z.boolean().default(true),
    cors: z.boolean().default(true),
    login: smokeLogin.optional(),
    /** Paths that need credentials: 401/403 anonymously, 2xx after login. */
    protected: z.array(path).default([]),
    dns: z
      .strictObject({
        /** Names that must resolve: `api` (under the URL's registrable domain) or `api.example.com`. */
        subdomains: z.array(z.string()).default([]),
      })
      .prefault({}),
    /** DNS server(s) for every lookup: `1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`, or a list of them. */
    resolver: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    email: z
      .strictObject({
        enabled: z.boolean().default(true),
        domain: z.string().optional(),
        'dkim-selectors': z.array(z.string()).default([]),
      })
      .prefault({}),
    timeout: checkTimeout(300_000, 600_000),
  })
  .prefault({});

export type SmokeConfig = z.output<typeof smokeConfig>;

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
    .pipe(z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']))
    .default('GET'),
  /** Sent with the request: a mapping as JSON, a string as is. `${NAME}` reads the environment. */
  body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  /** Requested with the login session; the answer must never be publicly cacheable. Needs smoke.login. */
  auth: z.boolean().default(false),
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

/** `{ from: /old, to: /new, status: 301 }`: an old URL that must redirect, hop by hop. */
export const redirectRule = z.strictObject({
  from: path,
  /** A path on the same site or an absolute URL. */
  to: z.string().min(1),
  /** 301 and 308 are read as "permanent", 302, 303 and 307 as "temporary". */
  status: z.union([z.literal(301), z.literal(302), z.literal(303), z.literal(307), z.literal(308)]).default(301),
});

export type RedirectRule = z.output<typeof redirectRule>;

export const alertConfig = z.strictObject({
  /** Consecutive failing runs before anyone is told. */
  after: z.number().int().min(1).max(100).default(3),
  /** Open (and later close) a GitHub issue; needs github-token with issues: write. */
  issue: z.boolean().default(true),
  /** Also POST the alert as JSON (`{ text }`, Slack-compatible) to this URL. */
  webhook: z.string().optional(),
});

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
    /** https pages must not load http:// scripts, styles, frames, images. */
    'mixed-content': z.boolean().default(true),
    /** Header every response must carry (a request id to find the request in the logs); off when empty. */
    'request-id': z.string().default(''),
    probes: z
      .strictObject({
        /** Malformed bodies to the POST/PUT/PATCH routes: 4xx, never 5xx or a stack trace. */
        'bad-input': z.boolean().default(true),
        /** Opt-in: wrong logins (smoke.login with a wrong password) must meet a 429 or a lockout. */
        'rate-limit': z
          .strictObject({ path: path.optional(), attempts: z.number().int().min(1).max(100).default(20) })
          .optional(),
      })
      .prefault({}),
    redirects: z.array(redirectRule).default([]),
    /** Webhook paths: an unsigned POST must be refused with 400/401/403, never 404, 405 or 5xx. */
    webhooks: z.array(path).default([]),
    alert: alertConfig.optional(),
    timeout: checkTimeout(300_000, 600_000),
  })
  .superRefine((c, ctx) => {
    c.routes?.forEach((r, i) => {
      if (r.auth && !c.login)
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'auth'], message: 'auth: true needs smoke.login' });
    });
    if (c.probes['rate-limit'] && !c.login)
      ctx.addIssue({
        code: 'custom',
        path: ['probes', 'rate-limit'],
        message: 'needs smoke.login (the wrong logins are built from it)',
      });
  })
  .prefault({});

export type SmokeConfig = z.output<typeof smokeConfig>;

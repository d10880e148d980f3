import * as z from 'zod/mini';
import { durationMs, checkTimeout, httpMethod, int } from '../../units.js';

const path = z.string().check(z.startsWith('/'));

/** `json: { path: status, equals: ok }`: the response is JSON and the field at `path` has that value. */
const jsonExpectation = z.strictObject({
  path: z.string().check(z.minLength(1)),
  equals: z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const smokeRoute = z.strictObject({
  path,
  method: z._default(httpMethod(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']), 'GET'),
  /** Sent with the request: a mapping as JSON, a string as is. `${NAME}` reads the environment. */
  body: z.optional(z.union([z.string(), z.record(z.string(), z.unknown())])),
  /** Requested with the login session; the answer must never be publicly cacheable. Needs smoke.login. */
  auth: z._default(z.boolean(), false),
  /** Expected status of the first response (redirects are not followed). */
  status: z._default(int(100, 599), 200),
  /** Text the body must contain. */
  contains: z.optional(z.string()),
  json: z.optional(jsonExpectation),
  headers: z.optional(z.record(z.string(), z.string())),
  /** Latency budget of one request (time to the whole body). */
  latency: z.optional(durationMs),
  /** Accepted for symmetry with perf routes: read as the latency budget. */
  p95: z.optional(durationMs),
});

export type SmokeRoute = z.output<typeof smokeRoute>;

/** Declarative login: credentials come from environment variables through `${NAME}` placeholders. */
export const smokeLogin = z.strictObject({
  path,
  method: z._default(httpMethod(['POST', 'PUT', 'GET']), 'POST'),
  /** A mapping is sent as JSON; a string is sent as is (set content-type in headers). */
  body: z.optional(z.union([z.string(), z.record(z.string(), z.unknown())])),
  headers: z._default(z.record(z.string(), z.string()), {}),
  /** Dotted path of a bearer token in the JSON answer (e.g. `data.token`); without it, cookies are kept. */
  token: z.optional(z.string()),
  /** Header that carries the token; `Authorization` gets a `Bearer ` prefix. */
  'token-header': z._default(z.string(), 'Authorization'),
});

export type SmokeLogin = z.output<typeof smokeLogin>;

/** `{ from: /old, to: /new, status: 301 }`: an old URL that must redirect, hop by hop. */
export const redirectRule = z.strictObject({
  from: path,
  /** A path on the same site or an absolute URL. */
  to: z.string().check(z.minLength(1)),
  /** 301 and 308 are read as "permanent", 302, 303 and 307 as "temporary". */
  status: z._default(z.union([z.literal(301), z.literal(302), z.literal(303), z.literal(307), z.literal(308)]), 301),
});

export type RedirectRule = z.output<typeof redirectRule>;

export const alertConfig = z.strictObject({
  /** Consecutive failing runs before anyone is told. */
  after: z._default(int(1, 100), 3),
  /** Open (and later close) a GitHub issue; needs github-token with issues: write. */
  issue: z._default(z.boolean(), true),
  /** Also POST the alert as JSON (`{ text }`, Slack-compatible) to this URL. */
  webhook: z.optional(z.string()),
});

export const smokeConfig = z.prefault(
  z
    .strictObject({
      urls: z._default(z.array(z.string()), []),
      /** Default: `/` (200) and `/health` when it exists. */
      routes: z.optional(z.array(smokeRoute)),
      /** Default latency budget of one request when a route sets none. */
      latency: z._default(durationMs, 3000),
      /** How long a fresh deploy may keep failing (refused connections, 5xx) before the route fails. */
      retry: z._default(durationMs, 10_000),
      'request-timeout': z._default(durationMs, 10_000),
      'tls-min-days': z._default(int(0), 14),
      'tls-warn-days': z._default(int(0), 30),
      /** PEM file of extra trusted certificate authorities (a private CA, tests). */
      'ca-file': z.optional(z.string()),
      'https-redirect': z._default(z.boolean(), true),
      /** Plain-http URL to test instead of `http://<host>/` (port 80), for the same host. */
      'http-url': z.optional(z.string()),
      /** apex and www must end on one host. */
      'canonical-host': z._default(z.boolean(), true),
      'security-headers': z._default(z.boolean(), true),
      cors: z._default(z.boolean(), true),
      login: z.optional(smokeLogin),
      /** Paths that need credentials: 401/403 anonymously, 2xx after login. */
      protected: z._default(z.array(path), []),
      dns: z.prefault(
        z.strictObject({
          /** Names that must resolve: `api` (under the URL's registrable domain) or `api.example.com`. */
          subdomains: z._default(z.array(z.string()), []),
        }),
        {},
      ),
      /** DNS server(s) for every lookup: `1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`, or a list of them. */
      resolver: z.optional(
        z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))]),
      ),
      email: z.prefault(
        z.strictObject({
          enabled: z._default(z.boolean(), true),
          domain: z.optional(z.string()),
          'dkim-selectors': z._default(z.array(z.string()), []),
        }),
        {},
      ),
      /** https pages must not load http:// scripts, styles, frames, images. */
      'mixed-content': z._default(z.boolean(), true),
      /** Header every response must carry (a request id to find the request in the logs); off when empty. */
      'request-id': z._default(z.string(), ''),
      probes: z.prefault(
        z.strictObject({
          /** Malformed bodies to the POST/PUT/PATCH routes: 4xx, never 5xx or a stack trace. */
          'bad-input': z._default(z.boolean(), true),
          /** Opt-in: wrong logins (smoke.login with a wrong password) must meet a 429 or a lockout. */
          'rate-limit': z.optional(z.strictObject({ path: z.optional(path), attempts: z._default(int(1, 100), 20) })),
        }),
        {},
      ),
      redirects: z._default(z.array(redirectRule), []),
      /** Webhook paths: an unsigned POST must be refused with 400/401/403, never 404, 405 or 5xx. */
      webhooks: z._default(z.array(path), []),
      alert: z.optional(alertConfig),
      timeout: checkTimeout(300_000, 600_000),
    })
    .check(
      z.superRefine((c, ctx) => {
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
      }),
    ),
  {},
);

export type SmokeConfig = z.output<typeof smokeConfig>;

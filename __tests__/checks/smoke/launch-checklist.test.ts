// The rest of the launch checklist against real HTTPS servers on 127.0.0.1: mixed content, cache safety,
// request ids, bad input and error leaks, login rate limit, redirect map, webhooks; each good and bad.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/smoke/index.js';
import { errorLeak } from '../../../src/checks/smoke/error-leak.js';
import { wrongLoginBody } from '../../../src/checks/smoke/rate-limit.js';
import type { CheckOutcome } from '../../../src/types.js';
import { makeCerts, send, serveHttps, type Certs, type Handler, type Served } from './helpers.js';

let certs: Certs;
const open: Served[] = [];
beforeAll(() => {
  certs = makeCerts();
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
});

async function site(handler: Handler): Promise<Served> {
  const s = await serveHttps(certs.valid, handler);
  open.push(s);
  return s;
}

async function run(url: string, smoke: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): Promise<CheckOutcome> {
  const config = buildConfig({
    smoke: { 'ca-file': certs.caFile, retry: '1s', 'https-redirect': false, urls: [url], ...smoke },
  });
  return check.run(createContext({ cwd: certs.dir, config, env }));
}

const of = (o: CheckOutcome, rule: string) => o.findings.filter((f) => f.rule === rule);
const sev = (o: CheckOutcome, rule: string) => of(o, rule).map((f) => f.severity);
const html = (res: Parameters<Handler>[1], body: string, headers: Record<string, string> = {}) =>
  send(res, 200, body, { 'content-type': 'text/html; charset=utf-8', ...headers });

describe('mixed content', () => {
  const page = (extra: string) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/app.css">${extra}</head><body><h1>Hi</h1></body></html>`;

  it('reports every http:// subresource with its element: active content high, passive medium', async () => {
    const s = await site((req, res) =>
      html(
        res,
        page(
          `<script src="http://cdn.example.com/lib.js"></script><link rel=preload href="http://cdn.example.com/font.woff2" as=font>` +
            `<IMG SRC="http://img.example.com/logo.png"><iframe src='http://embed.example.com/x'></iframe>` +
            `<img srcset="https://ok.example.com/a.png 1x, http://img.example.com/b.png 2x">` +
            `<form action="http://forms.example.com/post"></form><a href="http://links.are.fine/">a link</a>`,
        ),
      ),
    );
    const out = await run(s.url, {});
    const msgs = of(out, 'smoke-mixed-content').map((f) => `${f.severity} ${f.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^high \/ \(and 1 more page\) loads <script src> http:\/\/cdn\.example\.com\/lib\.js/),
        expect.stringMatching(
          /^medium \/ \(and 1 more page\) loads <link href> http:\/\/cdn\.example\.com\/font\.woff2/,
        ),
        expect.stringMatching(/^medium \/ \(and 1 more page\) loads <img src> http:\/\/img\.example\.com\/logo\.png/),
        expect.stringMatching(/^high \/ \(and 1 more page\) loads <iframe src> http:\/\/embed\.example\.com\/x/),
        expect.stringMatching(/^medium \/ \(and 1 more page\) loads <img srcset> http:\/\/img\.example\.com\/b\.png/),
        expect.stringMatching(/^high \/ \(and 1 more page\) posts a form to http:\/\/forms\.example\.com\/post/),
      ]),
    );
    expect(msgs).toHaveLength(6);
    expect(out.markdown).toMatch(/❌ \| Mixed content \| 6 http:\/\/ subresources on 2 https pages/);
  });

  it('passes an https-only page, protocol-relative URLs and comments, and a page upgraded by its CSP', async () => {
    const clean = await site((req, res) =>
      html(
        res,
        page(
          `<!-- <script src="http://old.example.com/x.js"></script> --><script src="//cdn.example.com/lib.js"></script>` +
            `<script>var u = "http://in.a.string.example.com/";</script><img src="https://img.example.com/a.png">`,
        ),
      ),
    );
    const out = await run(clean.url, {});
    expect(of(out, 'smoke-mixed-content')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Mixed content \| 2 https pages, \d+ subresources, no http:\/\//);

    const upgraded = await site((req, res) =>
      html(res, page('<img src="http://img.example.com/a.png">'), {
        'content-security-policy': "default-src 'self' https:; upgrade-insecure-requests",
      }),
    );
    const up = await run(upgraded.url, {});
    expect(of(up, 'smoke-mixed-content')).toEqual([]);
    expect((up.notes ?? []).join('\n')).toMatch(/1 http:\/\/ subresources, upgraded by the CSP/);
  });
});

/** A login that sets a session cookie; `/dashboard` needs it and answers with `cacheHeaders`. */
function app(cacheHeaders: Record<string, string>, o: { webhook?: number; assets?: string } = {}): Handler {
  return (req, res, body) => {
    const authed = (req.headers.cookie ?? '').includes('sid=s3ss10n');
    if (req.url === '/login' && req.method === 'POST') {
      const ok = JSON.parse(body || '{}').password === 'right-pw';
      return ok
        ? send(res, 200, '{"ok":true}', {
            'content-type': 'application/json',
            'set-cookie': 'sid=s3ss10n; Secure; HttpOnly; SameSite=Lax; Path=/',
          })
        : send(res, 401, '{"error":"invalid credentials"}', { 'content-type': 'application/json' });
    }
    if (req.url === '/dashboard' || req.url === '/account')
      return authed ? html(res, '<h1>Your invoices</h1>', cacheHeaders) : send(res, 302, '', { location: '/login' });
    if (req.url?.startsWith('/assets/'))
      return send(res, 200, 'x', {
        'content-type': 'text/javascript',
        'cache-control': o.assets ?? 'public, max-age=31536000, immutable',
      });
    if (req.url === '/') return html(res, '<script src="/assets/index-4f9a2b7c.js"></script><h1>Home</h1>');
    send(res, 404, 'not found');
  };
}

describe('cache safety after login', () => {
  const cfg = {
    login: { path: '/login', body: { email: 'smoke@example.com', password: '${PW}' } },
    routes: [{ path: '/' }, { path: '/dashboard', auth: true }],
    protected: ['/account'],
  };
  const env = { PW: 'right-pw' };

  it('passes private, no-store answers and long-cached hashed assets', async () => {
    const s = await site(app({ 'cache-control': 'private, no-store' }));
    const out = await run(s.url, cfg, env);
    expect(of(out, 'smoke-cache-authenticated')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Cache GET \/dashboard \(logged in\) \| Cache-Control: private, no-store/);
    expect(out.markdown).toMatch(/✅ \| Cache GET \/account \(logged in\)/);
    expect(out.markdown).toMatch(/✅ \| Static asset caching \| 1 of 1 hashed assets/);
  });

  it.each([
    [{ 'cache-control': 'public, max-age=600' }, 'blocker', /Cache-Control: public/],
    [{ 'cache-control': 'max-age=0, s-maxage=300' }, 'blocker', /s-maxage=300/],
    [{ 'cache-control': 'private', 'cf-cache-status': 'HIT' }, 'blocker', /cf-cache-status: HIT/],
    [{ 'cache-control': 'no-cache', age: '120' }, 'blocker', /age: 120/],
    [{ 'x-cache': 'Hit from cloudfront' }, 'blocker', /x-cache/],
    [{ 'set-cookie': 'seen=1; Secure; HttpOnly' }, 'blocker', /sets a cookie without/],
    [{ 'cache-control': 'max-age=300' }, 'medium', /max-age=300 without private/],
  ])('flags %j after login', async (headers, severity, message) => {
    const s = await site(app(headers));
    const out = await run(s.url, cfg, env);
    const f = of(out, 'smoke-cache-authenticated');
    expect(f.map((x) => x.severity)).toEqual([severity, severity]);
    expect(f[0].message).toMatch(message);
    expect(f.map((x) => new URL(x.url!).pathname).sort()).toEqual(['/account', '/dashboard']);
  });

  it('rates a hashed asset without a long lifetime low', async () => {
    const s = await site(app({ 'cache-control': 'private, no-store' }, { assets: 'no-cache' }));
    const out = await run(s.url, cfg, env);
    expect(sev(out, 'smoke-cache-authenticated')).toEqual(['low']);
    expect(of(out, 'smoke-cache-authenticated')[0].message).toMatch(
      /\/assets\/index-4f9a2b7c\.js is served with Cache-Control: no-cache/,
    );
  });

  it('refuses auth routes without smoke.login (config error)', () => {
    expect(() => buildConfig({ smoke: { routes: [{ path: '/d', auth: true }] } })).toThrow(
      /auth: true needs smoke\.login/,
    );
    expect(() => buildConfig({ smoke: { probes: { 'rate-limit': {} } } })).toThrow(/needs smoke\.login/);
  });
});

describe('request ids', () => {
  it('passes when every response carries the header', async () => {
    let n = 0;
    const s = await site((req, res) => send(res, req.url === '/' ? 200 : 404, 'x', { 'x-request-id': `req-${++n}` }));
    const out = await run(s.url, { 'request-id': 'x-request-id' });
    expect(of(out, 'smoke-request-id-missing')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Request id \(x-request-id\) \| on all \d+ responses/);
  });

  it('reports each path that lacks it (errors included) and shows the id of a failed request', async () => {
    const s = await site((req, res) => {
      if (req.url === '/') return send(res, 200, 'home', { 'x-request-id': 'req-home' });
      if (req.url === '/api/orders') return send(res, 500, 'boom', { 'x-request-id': 'req-7f3a' });
      send(res, 404, 'nope');
    });
    const out = await run(s.url, {
      'request-id': 'X-Request-Id',
      routes: [{ path: '/' }, { path: '/api/orders' }, { path: '/about' }],
    });
    expect(of(out, 'smoke-request-id-missing').map((f) => f.message)).toEqual([
      expect.stringMatching(/^\/about: 1 of 1 responses without X-Request-Id \(GET 404\)/),
    ]);
    expect(of(out, 'smoke-route-status').find((f) => f.message.includes('/api/orders'))?.message).toMatch(
      /X-Request-Id: req-7f3a/,
    );
    expect(out.markdown).toMatch(/GET \/api\/orders \| 500 in \d+ ms · X-Request-Id: req-7f3a/);
  });
});

describe('bad input and error leaks', () => {
  const routes = [
    { path: '/' },
    { path: '/api/items', method: 'POST', status: 201, body: { name: 'smoke item', qty: 1 } },
  ];

  it('passes a route that validates its body (4xx for every malformed request)', async () => {
    const seen: string[] = [];
    const s = await site((req, res, body) => {
      if (req.url !== '/api/items') return send(res, 200, 'home');
      seen.push(body.slice(0, 40));
      let v: any;
      try {
        v = JSON.parse(body);
      } catch {
        return send(res, 400, '{"error":"invalid JSON"}', { 'content-type': 'application/json' });
      }
      const ok = v && typeof v.name === 'string' && v.name.length < 1000 && typeof v.qty === 'number';
      send(res, ok ? 201 : 422, ok ? '{"id":1}' : '{"error":"invalid body"}', { 'content-type': 'application/json' });
    });
    const out = await run(s.url, { routes });
    expect(of(out, 'smoke-bad-input')).toEqual([]);
    expect(of(out, 'smoke-error-leak')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Bad input POST \/api\/items \| 5 malformed requests: 400, 400, 422, 422, 422/);
    expect(seen).toHaveLength(6); // the route's own request and five malformed ones, no more
  });

  it('reports 5xx on malformed input and the stack trace the error page shows', async () => {
    const s = await site((req, res, body) => {
      if (req.url !== '/api/items') return send(res, 200, 'home');
      try {
        const v = JSON.parse(body);
        if (typeof v.name !== 'string') throw new TypeError('v.name.trim is not a function');
        send(res, 201, '{"id":1}', { 'content-type': 'application/json' });
      } catch (e) {
        send(
          res,
          500,
          `<pre>${(e as Error).name}: ${(e as Error).message}<br> &nbsp; &nbsp;at createItem (/app/src/routes/items.js:14:22)<br> &nbsp; &nbsp;at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)</pre>`,
          { 'content-type': 'text/html' },
        );
      }
    });
    const out = await run(s.url, { routes });
    const bad = of(out, 'smoke-bad-input');
    expect(bad.map((f) => f.severity)).toEqual(['high', 'low']); // the oversized name is a string: accepted
    expect(bad[0].message).toMatch(/invalid JSON \(500\), an empty body \(500\)/);
    const leak = of(out, 'smoke-error-leak');
    expect(leak).toHaveLength(1);
    expect(leak[0]).toMatchObject({ severity: 'high' });
    expect(leak[0].message).toMatch(/POST \/api\/items \(with invalid JSON\) answered 500 with Express's error page/);
  });

  it('finds a SQL error in the body of a normal smoke request', async () => {
    const s = await site((req, res) =>
      req.url === '/api/search'
        ? send(res, 500, JSON.stringify({ error: 'error: relation "products" does not exist' }), {
            'content-type': 'application/json',
          })
        : send(res, 200, 'home'),
    );
    const out = await run(s.url, { routes: [{ path: '/' }, { path: '/api/search' }] });
    expect(of(out, 'smoke-error-leak').map((f) => f.message)).toEqual([
      expect.stringMatching(/GET \/api\/search answered 500 with a PostgreSQL error/),
    ]);
  });

  it('recognises the debug pages and errors of the common stacks, and not prose about errors', () => {
    const leaks: [string, RegExp][] = [
      ['Traceback (most recent call last):\n  File "/app/main.py", line 12, in create\n', /Python/],
      [
        "<p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.",
        /Django/,
      ],
      ['<h2>Action Controller: Exception caught</h2>', /Rails/],
      ['Illuminate\\Database\\QueryException: SQLSTATE[42S02]: Base table or view not found', /Laravel|SQL/],
      ['{"message":"You have an error in your SQL syntax; check the manual"}', /MySQL/],
      ['{"error":"\\nInvalid `prisma.user.findUnique()` invocation:\\n"}', /Prisma/],
      ['goroutine 1 [running]:\nmain.main()\n', /Go/],
      ["Server Error in '/' Application.", /ASP\.NET/],
      ['Error: boom\n    at handler (/srv/app/api/route.js:10:5)\n', /Node/],
      ['Exception in thread "main" java.lang.NullPointerException\n\tat com.acme.Api.get(Api.java:42)\n', /Java/],
      ['SqliteError: no such table: users', /SQL/],
      ['{"detail":"duplicate key value violates unique constraint \\"users_email_key\\""}', /PostgreSQL/],
    ];
    for (const [body, kind] of leaks)
      expect({ body, kind: errorLeak(body) }).toEqual({ body, kind: expect.stringMatching(kind) });
    for (const body of [
      '<h1>Something went wrong</h1><p>Please try again. Reference: 7f3a</p>',
      '{"error":"Invalid input","details":[{"path":["name"],"message":"Expected string"}]}',
      '<p>Our docs explain how to read a Python traceback and fix a SQL syntax error.</p>',
      '{"message":"Internal Server Error"}',
    ])
      expect({ body, kind: errorLeak(body) }).toEqual({ body, kind: undefined });
    // A docs page (2xx) that shows a stack trace as an example in a code block is not a leak; an
    // error answer with the same block is.
    const docs = '<pre><code>Error: boom\n    at handler (/srv/app/api/route.js:10:5)\n</code></pre>';
    expect(errorLeak(docs, 200)).toBeUndefined();
    expect(errorLeak(docs, 500)).toMatch(/Node/);
  });
});

describe('login rate limit (opt-in)', () => {
  const login = { path: '/login', body: { email: 'smoke@example.com', password: '${PW}' } };

  it('passes when wrong logins meet a 429, says how many it took, and stops there', async () => {
    let wrong = 0;
    const s = await site((req, res, body) => {
      if (req.url !== '/login') return send(res, 200, 'home');
      if (JSON.parse(body).password === 'right-pw')
        return send(res, 200, '{}', { 'set-cookie': 'sid=1; Secure; HttpOnly; SameSite=Lax' });
      wrong++;
      send(res, wrong > 5 ? 429 : 401, 'no');
    });
    const out = await run(s.url, { login, probes: { 'rate-limit': { attempts: 20 } } }, { PW: 'right-pw' });
    expect(of(out, 'smoke-no-rate-limit')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Login rate limit \/login \| 429 after 6 wrong logins/);
    expect(wrong).toBe(6);
  });

  it('fails when every wrong login is answered, bounded by attempts, never sending the real password', async () => {
    const passwords = new Set<string>();
    let calls = 0;
    const s = await site((req, res, body) => {
      if (req.url !== '/login') return send(res, 200, 'home');
      calls++;
      const pw = JSON.parse(body).password;
      if (pw === 'right-pw') return send(res, 200, '{}', { 'set-cookie': 'sid=1; Secure; HttpOnly; SameSite=Lax' });
      passwords.add(pw);
      send(res, 401, 'invalid credentials');
    });
    const out = await run(s.url, { login, probes: { 'rate-limit': { attempts: 8 } } }, { PW: 'right-pw' });
    expect(sev(out, 'smoke-no-rate-limit')).toEqual(['high']);
    expect(of(out, 'smoke-no-rate-limit')[0].message).toMatch(
      /^8 wrong logins in a row to \/login were all answered \(last 401\)/,
    );
    expect(calls).toBe(9); // the real login once, then exactly `attempts` wrong ones
    expect(passwords.size).toBe(1);
  });

  it('replaces the password field of mapping, form and placeholder bodies', () => {
    expect(wrongLoginBody({ user: { email: 'a', password: '${PW}' } }, 'W')).toEqual({
      user: { email: 'a', password: 'W' },
    });
    expect(wrongLoginBody({ login: 'a', secret: '${X}' }, 'W')).toEqual({ login: 'a', secret: 'W' });
    expect(wrongLoginBody('username=a&passwd=${P}', 'W')).toBe('username=a&passwd=W');
    expect(wrongLoginBody('{"u":"a","p":"${APP_PASSWORD}"}', 'W')).toBe('{"u":"a","p":"W"}');
    expect(wrongLoginBody({ email: 'a' }, 'W')).toBeUndefined();
  });
});

describe('redirect map', () => {
  const redirector =
    (map: Record<string, [number, string]>): Handler =>
    (req, res) => {
      const r = map[req.url ?? ''];
      if (r) return send(res, r[0], '', { location: r[1] });
      send(res, req.url === '/pricing' || req.url === '/' || req.url === '/docs/' ? 200 : 404, 'page');
    };

  it('passes permanent redirects to the right place (308 for 301, trailing slash tolerated)', async () => {
    const s = await site(redirector({ '/old-pricing': [301, '/pricing'], '/help': [308, '/docs/'] }));
    const out = await run(s.url, {
      redirects: [
        { from: '/old-pricing', to: '/pricing', status: 301 },
        { from: '/help', to: '/docs', status: 301 },
      ],
    });
    expect(of(out, 'smoke-redirect-map')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Redirect \/old-pricing \| .*\/old-pricing \(301\) → .*\/pricing \(200\)/);
  });

  it('flags a temporary redirect, a wrong target, a missing redirect and a long chain', async () => {
    const s = await site(
      redirector({
        '/a': [302, '/pricing'],
        '/b': [301, '/'],
        '/d': [301, '/d1'],
        '/d1': [301, '/d2'],
        '/d2': [301, '/pricing'],
      }),
    );
    const out = await run(s.url, {
      redirects: [
        { from: '/a', to: '/pricing' },
        { from: '/b', to: '/pricing' },
        { from: '/c', to: '/pricing' },
        { from: '/d', to: '/pricing' },
      ],
    });
    const msgs = of(out, 'smoke-redirect-map').map((f) => `${f.severity} ${f.message}`);
    expect(msgs).toEqual([
      expect.stringMatching(/^high \/a: the first redirect is 302 \(temporary\), expected 301 \(permanent\)/),
      expect.stringMatching(
        /^high \/b: ends at https:\/\/127\.0\.0\.1:\d+\/, expected https:\/\/127\.0\.0\.1:\d+\/pricing/,
      ),
      expect.stringMatching(/^high \/c: answered 404 instead of redirecting to \/pricing/),
      expect.stringMatching(/^medium \/d: 3 redirects, at most 2 wanted/),
    ]);
  });
});

describe('webhooks', () => {
  it('passes endpoints that refuse an unsigned POST with 400, 401 or 403', async () => {
    const s = await site((req, res, body) => {
      if (req.url === '/api/webhooks/stripe' && req.method === 'POST')
        return send(res, req.headers['stripe-signature'] ? 200 : 400, 'No signatures found');
      if (req.url === '/api/webhooks/github' && req.method === 'POST') return send(res, 401, body ? 'unsigned' : '');
      send(res, 200, 'home');
    });
    const out = await run(s.url, { webhooks: ['/api/webhooks/stripe', '/api/webhooks/github'] });
    expect(of(out, 'smoke-webhook')).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| Webhook POST \/api\/webhooks\/stripe \| unsigned: 400/);
  });

  it('flags a missing route (404, 405), a crash (500) and an endpoint that accepts unsigned events', async () => {
    const s = await site((req, res) => {
      const status: Record<string, number> = {
        '/wh/gone': 404,
        '/wh/get-only': 405,
        '/wh/crash': 500,
        '/wh/open': 200,
      };
      send(res, status[req.url ?? ''] ?? 200, 'x');
    });
    const out = await run(s.url, { webhooks: ['/wh/gone', '/wh/get-only', '/wh/crash', '/wh/open'] });
    expect(of(out, 'smoke-webhook').map((f) => `${f.severity} ${f.message}`)).toEqual([
      expect.stringMatching(/^high webhook \/wh\/gone answered 404: the route is missing/),
      expect.stringMatching(/^high webhook \/wh\/get-only answered 405/),
      expect.stringMatching(/^high webhook \/wh\/crash answered 500/),
      expect.stringMatching(/^blocker webhook \/wh\/open accepted an unsigned POST/),
    ]);
  });
});

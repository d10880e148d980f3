// The smoke check against real HTTPS servers on 127.0.0.1 with certificates made by openssl.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/smoke/index.js';
import { atLeast, type CheckOutcome, type EventInfo } from '../../../src/types.js';
import { makeCerts, send, serveHttp, serveHttps, type Certs, type Handler, type Served } from './helpers.js';

let certs: Certs;
const open: Served[] = [];
beforeAll(() => {
  certs = makeCerts();
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
});

async function https(handler: Handler, pair = certs.valid): Promise<Served> {
  const s = await serveHttps(pair, handler);
  open.push(s);
  return s;
}

async function plain(handler: Handler): Promise<Served> {
  const s = await serveHttp(handler);
  open.push(s);
  return s;
}

interface RunOpts {
  env?: NodeJS.ProcessEnv;
  event?: EventInfo;
  masked?: string[];
}

async function run(smoke: Record<string, unknown>, o: RunOpts = {}): Promise<CheckOutcome> {
  const config = buildConfig({ smoke: { 'ca-file': certs.caFile, retry: '1s', 'https-redirect': false, ...smoke } });
  const ctx = createContext({ cwd: certs.dir, config, env: o.env ?? {}, event: o.event });
  const mask = ctx.mask;
  ctx.mask = (v) => (o.masked?.push(v), mask(v));
  return check.run(ctx);
}

const rules = (o: CheckOutcome) => o.findings.map((f) => `${f.rule}:${f.severity}`).sort();
const failing = (o: CheckOutcome) => o.findings.filter((f) => atLeast(f.severity, 'high')).map((f) => f.rule);

/** A healthy app: safe headers, JSON health, a cookie with every flag. */
const healthy: Handler = (req, res) => {
  if (req.url === '/health')
    return send(res, 200, '{"status":"ok","db":{"up":true}}', { 'content-type': 'application/json' });
  if (req.url === '/')
    return send(res, 200, '<h1>Welcome</h1>', { 'set-cookie': 'sid=abc123; Secure; HttpOnly; SameSite=Lax' });
  send(res, 404, 'not found');
};

describe('smoke: a healthy site', () => {
  it('passes with default fail-on, shows a checklist with days left, latency and the redirect chain', async () => {
    const site = await https(healthy);
    const redirector = await plain((req, res) => send(res, 301, '', { location: `${site.url}${req.url}` }));
    const out = await run({ urls: [site.url], 'https-redirect': true, 'http-url': redirector.url });
    expect(out.status).toBeUndefined();
    expect(failing(out)).toEqual([]);
    expect(rules(out)).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| TLS certificate \| 36[45] days left/);
    expect(out.markdown).toMatch(/✅ \| GET \/health \| 200 in \d+ ms/);
    expect(out.markdown).toMatch(
      /✅ \| http → https \| http:\/\/127\.0\.0\.1:\d+\/ \(301\) → https:\/\/127\.0\.0\.1:\d+\/ \(200\)/,
    );
    expect(out.markdown).not.toContain('❌');
    expect((out.metrics as any).urls[0].tlsDaysLeft).toBeGreaterThan(360);
  });

  it('treats a missing /health as absent when routes are not configured', async () => {
    const site = await https((req, res) => (req.url === '/' ? send(res, 200, 'hi') : send(res, 404, 'nope')));
    const out = await run({ urls: [site.url] });
    expect(failing(out)).toEqual([]);
    expect(out.markdown).toMatch(/➖ \| GET \/health \| 404: not present/);
  });
});

describe('smoke: TLS', () => {
  it('fails a certificate that expires in 5 days (under tls-min-days 14)', async () => {
    const site = await https(healthy, certs.expiring);
    const out = await run({ urls: [site.url] });
    const f = out.findings.find((x) => x.rule === 'tls-expiring');
    expect(f?.severity).toBe('high');
    expect(f?.message).toMatch(/expires in [45] days/);
    expect(out.markdown).toMatch(/❌ \| TLS certificate \| [45] days left/);
  });

  it('only warns when the certificate is above tls-min-days but under tls-warn-days', async () => {
    const site = await https(healthy, certs.expiring);
    const out = await run({ urls: [site.url], 'tls-min-days': 3, 'tls-warn-days': 30 });
    expect(rules(out)).toEqual(['tls-expiring:low']);
    expect(out.markdown).toMatch(/⚠️ \| TLS certificate/);
  });

  it('fails a certificate issued for another host, and never sends the login over it', async () => {
    let loginCalls = 0;
    const site = await https((req, res) => {
      if (req.url === '/login') loginCalls++;
      healthy(req, res, '');
    }, certs.wrongHost);
    const out = await run(
      { urls: [site.url], login: { path: '/login', body: { password: '${PW}' } } },
      { env: { PW: 'pw-' + 'x'.repeat(10) } },
    );
    expect(out.findings.find((f) => f.rule === 'tls-hostname')?.severity).toBe('blocker');
    expect(out.findings.find((f) => f.rule === 'tls-hostname')?.message).toContain('127.0.0.1');
    expect(loginCalls).toBe(0);
    expect(out.markdown).toMatch(/➖ \| Login \/login \| not attempted/);
    // anonymous checks still ran over the unverified connection
    expect(out.markdown).toMatch(/GET \/health \| 200/);
  });

  it('fails closed on an untrusted certificate (no ca-file) with the reason in plain words', async () => {
    const site = await https(healthy);
    const out = await run({ urls: [site.url], 'ca-file': undefined });
    // Without the CA, the leaf's issuer is unknown: the same error as a chain missing its intermediate.
    const f = out.findings.find((x) => x.rule === 'tls-chain');
    expect(f?.severity).toBe('high');
    expect(f?.message).toMatch(/issuer of the certificate is unknown/);
  });

  it('reports a chain served without its intermediate', async () => {
    const site = await https(healthy, certs.leafOnly);
    const out = await run({ urls: [site.url] });
    const f = out.findings.find((x) => x.rule === 'tls-chain');
    expect(f?.severity).toBe('high');
    expect(f?.fix).toMatch(/full chain/);
  });
});

describe('smoke: routes', () => {
  it('checks status, body text, a JSON field and a latency budget', async () => {
    const site = await https((req, res) => {
      if (req.url === '/health') return send(res, 200, '{"status":"degraded"}', { 'content-type': 'application/json' });
      if (req.url === '/slow') return void setTimeout(() => send(res, 200, 'ok'), 250);
      if (req.url === '/about') return send(res, 200, 'About us');
      if (req.url === '/api') return send(res, 500, 'boom');
      send(res, 200, 'home');
    });
    const out = await run({
      urls: [site.url],
      retry: '3s',
      routes: [
        { path: '/health', json: { path: 'status', equals: 'ok' } },
        { path: '/about', contains: 'Contact' },
        { path: '/slow', latency: '100ms' },
        { path: '/api', status: 200 },
        { path: '/', contains: 'home' },
      ],
    });
    const byKey = Object.fromEntries(out.findings.map((f) => [`${f.rule} ${new URL(f.url!).pathname}`, f]));
    expect(byKey['smoke-body /health'].message).toContain('JSON field status is "degraded", expected "ok"');
    expect(byKey['smoke-body /about'].message).toContain('does not contain "Contact"');
    expect(byKey['smoke-route-latency /slow'].severity).toBe('high');
    expect(byKey['smoke-route-latency /slow'].message).toMatch(/took \d+ ms .*over the 100 ms budget/);
    expect(byKey['smoke-route-status /api'].message).toMatch(/answered 500 after \d+ attempts, expected 200/);
    expect(Object.keys(byKey).filter((k) => k.endsWith(' /'))).toEqual([]);
  });

  it('retries a fresh deploy until it answers, within smoke.retry', async () => {
    const probe = await plain(() => undefined);
    const port = probe.port;
    await probe.close();
    const started = Date.now();
    let site: Served | undefined;
    const later = setTimeout(async () => {
      site = await serveHttps(certs.valid, healthy, port);
      open.push(site);
    }, 700);
    const out = await run({ urls: [`https://127.0.0.1:${port}`], retry: '10s' });
    clearTimeout(later);
    expect(site).toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(failing(out)).toEqual([]);
  });

  it('fails closed when nothing listens, after the retry window', async () => {
    const probe = await plain(() => undefined);
    const url = probe.url.replace('http:', 'https:');
    await probe.close();
    const started = Date.now();
    const out = await run({ urls: [url], retry: '600ms' });
    expect(Date.now() - started).toBeLessThan(5000);
    const f = out.findings.find((x) => x.rule === 'unreachable');
    expect(f?.severity).toBe('blocker');
    expect(f?.message).toContain('connection was refused');
  });
});

describe('smoke: redirects', () => {
  it('reports a redirect loop and a chain longer than needed', async () => {
    const loop = await https((req, res) => send(res, 302, '', { location: req.url === '/a' ? '/b' : '/a' }));
    const out1 = await run({ urls: [`${loop.url}/a`], routes: [{ path: '/', status: 302 }] });
    const f = out1.findings.find((x) => x.rule === 'smoke-redirect-loop');
    expect(f?.severity).toBe('high');
    expect(f?.message).toMatch(/\/a \(302\) → .*\/b \(302\) → .*\/a \(again\)/);

    const chain = await https((req, res) => {
      const n = Number(req.url?.slice(1) || 0);
      if (n < 4) return send(res, 301, '', { location: `/${n + 1}` });
      send(res, 200, 'end');
    });
    const out2 = await run({ urls: [chain.url], routes: [{ path: '/', status: 301 }] });
    expect(rules(out2)).toContain('smoke-redirect-chain:low');
    expect(out2.markdown).toMatch(/Redirects \| .*\/4 \(200\)/);
  });

  it('fails when plain http serves the page instead of redirecting, or downgrades https', async () => {
    const site = await https((req, res) =>
      req.url === '/' ? send(res, 302, '', { location: 'http://127.0.0.1:1/' }) : healthy(req, res, ''),
    );
    const http = await plain((req, res) => send(res, 200, 'plain page'));
    const out = await run({
      urls: [site.url],
      'https-redirect': true,
      'http-url': http.url,
      routes: [{ path: '/health' }],
    });
    const msgs = out.findings.filter((f) => f.rule === 'smoke-https-redirect').map((f) => `${f.severity} ${f.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^high .* answered 200 over plain http/),
        expect.stringMatching(/^high an https URL redirects to plain http/),
      ]),
    );
    const dead = out.findings.find((f) => f.rule === 'smoke-redirect-chain');
    expect(dead?.severity).toBe('high');
    expect(dead?.message).toMatch(
      /leads to a URL that fails \(the connection was refused.*127\.0\.0\.1:1\/ \(failed\)/,
    );
  });
});

describe('smoke: login and protected routes', () => {
  const user = 'smoke@' + 'example.test';
  const password = ['Pa', 'ss', '-', Math.random().toString(36).slice(2), '!9'].join('');
  const session = 's' + Math.random().toString(36).slice(2) + 'zz';

  const app: Handler = (req, res, body) => {
    const cookie = req.headers.cookie ?? '';
    const auth = req.headers.authorization ?? '';
    const loggedIn = cookie.includes(`session=${session}`) || auth === `Bearer ${session}`;
    if (req.url === '/login' && req.method === 'POST') {
      const b = JSON.parse(body || '{}');
      if (b.email !== user || b.password !== password) return send(res, 401, 'bad credentials');
      return send(res, 200, JSON.stringify({ data: { token: session } }), {
        'content-type': 'application/json',
        'set-cookie': `session=${session}; Path=/; HttpOnly; Secure; SameSite=Lax`,
      });
    }
    if (req.url === '/api/me') return loggedIn ? send(res, 200, '{"me":1}') : send(res, 401, 'login first');
    if (req.url === '/api/admin') return loggedIn ? send(res, 200, '{}') : send(res, 302, '', { location: '/login' });
    if (req.url === '/api/leaky') return send(res, 200, '{"users":[]}');
    healthy(req, res, body);
  };
  const login = { path: '/login', body: { email: '${SMOKE_USER}', password: '${SMOKE_PASSWORD}' } };
  const env = { SMOKE_USER: user, SMOKE_PASSWORD: password };

  it('logs in with a cookie, reaches protected routes, flags one that answers 200 anonymously; never prints the password', async () => {
    const site = await https(app);
    const masked: string[] = [];
    const out = await run(
      { urls: [site.url], login, protected: ['/api/me', '/api/admin', '/api/leaky'] },
      { env, masked },
    );
    expect(rules(out)).toEqual(['smoke-auth-leak:blocker']);
    const leak = out.findings[0];
    expect(leak.url).toBe(`${site.url}/api/leaky`);
    expect(out.markdown).toMatch(/✅ \| Login POST \/login \| 200 in \d+ ms, cookie session/);
    expect(out.markdown).toMatch(/✅ \| Protected \/api\/me \| anonymous 401, logged in 200/);
    expect(out.markdown).toMatch(/✅ \| Protected \/api\/admin \| anonymous 302, logged in 200/);
    expect(out.markdown).toMatch(/❌ \| Protected \/api\/leaky \| anonymous 200/);
    expect(masked).toEqual(expect.arrayContaining([password, session]));
    const text = JSON.stringify(out);
    expect(text).not.toContain(password);
    expect(text).not.toContain(session);
  });

  it('reads a bearer token from the JSON answer', async () => {
    const site = await https(app);
    const out = await run(
      { urls: [site.url], login: { ...login, token: 'data.token' }, protected: ['/api/me'] },
      { env },
    );
    expect(rules(out)).toEqual([]);
    expect(out.markdown).toMatch(/token from data\.token/);
  });

  it('fails when the credentials are refused or the variables are missing', async () => {
    const site = await https(app);
    const wrong = await run(
      { urls: [site.url], login, protected: ['/api/me'] },
      { env: { ...env, SMOKE_PASSWORD: 'wrong-password' } },
    );
    expect(wrong.findings.map((f) => f.rule)).toEqual(['smoke-login']);
    expect(wrong.findings[0].message).toMatch(/answered 401/);
    expect(JSON.stringify(wrong)).not.toContain('wrong-password');

    const missing = await run({ urls: [site.url], login, protected: ['/api/me'] }, { env: { SMOKE_USER: user } });
    expect(missing.findings[0].message).toBe('login variables not set: SMOKE_PASSWORD');
  });
});

describe('smoke: headers, cookies and CORS', () => {
  it('reports missing security headers, weak cookies and a CORS policy that reflects any origin', async () => {
    const site = await https((req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html',
        'set-cookie': ['session_id=1; Path=/', 'theme=dark; Secure; SameSite=Lax', 'pref=1; Secure'],
        ...(req.headers.origin
          ? { 'access-control-allow-origin': req.headers.origin, 'access-control-allow-credentials': 'true' }
          : {}),
      });
      res.end('hi');
    });
    const out = await run({ urls: [site.url], routes: [{ path: '/' }] });
    expect(rules(out)).toEqual([
      'cookie-flags:low',
      'cookie-flags:medium',
      'cors-reflects-origin:high',
      'header-content-type-options:low',
      'header-csp:low',
      'header-frame-options:medium',
      'header-hsts:medium',
      'header-referrer-policy:low',
    ]);
    const cookie = out.findings.find((f) => f.rule === 'cookie-flags' && f.severity === 'medium');
    expect(cookie?.message).toBe('cookie session_id: no Secure, no HttpOnly, no SameSite');
    expect(out.markdown).toMatch(/❌ \| CORS \/ \| Allow-Origin https:\/\/evil\.example \+ credentials/);
  });
});

describe('smoke: when it runs', () => {
  it('applies on deployment_status or with URLs; errors without a URL; skips a deployment without one', async () => {
    const ctx = (smoke: object, event?: EventInfo) =>
      createContext({ cwd: certs.dir, config: buildConfig({ smoke }), event });
    expect(await check.applies(ctx({}))).toBe(false);
    expect(await check.applies(ctx({ urls: ['https://a.test'] }))).toBe(true);
    expect(await check.applies(ctx({}, { name: 'deployment_status', deploymentUrl: 'https://a.test' }))).toBe(true);
    expect((await check.run(ctx({}))).status).toBe('error');
    expect((await check.run(ctx({}, { name: 'deployment_status' }))).status).toBe('skipped');
    expect((await check.run(ctx({ urls: ['ftp://x'] }))).status).toBe('error');
  });

  it('tests the deployment URL from the event', async () => {
    const site = await https(healthy);
    const out = await run({}, { event: { name: 'deployment_status', deploymentUrl: site.url } });
    expect(out.status).toBeUndefined();
    expect(out.markdown).toContain(site.url);
    expect(failing(out)).toEqual([]);
  });
});

// Acceptance: the bundled CLI and action, run as child processes like an outsider would, against HTTPS servers
// and a DNS server started here. Only the contract is read: exit codes and the JSON report (`--json`).
// Bundle first: LAUNCH_GATE_OUTDIR=/tmp/lg-smoke-dist node scripts/bundle.mjs; LAUNCH_GATE_CLI points at its cli.js.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpDir } from '../../helpers/repo.js';
import {
  makeCerts,
  selfSigned,
  send,
  serveDns,
  serveHttp,
  serveHttps,
  type Certs,
  type DnsServer,
  type Handler,
  type Served,
} from './helpers.js';

const CLI = resolve(process.env.LAUNCH_GATE_CLI || 'dist/cli.js');
const ACTION = join(dirname(CLI), 'index.js');
const haveBundle = existsSync(CLI);
if (!haveBundle) console.warn(`acceptance: ${CLI} not found, skipping (bundle first or set LAUNCH_GATE_CLI)`);
const suite = haveBundle ? describe : describe.skip;

interface Finding {
  rule: string;
  severity: string;
  message: string;
  [k: string]: unknown;
}
interface Report {
  verdict: string;
  checks: { id: string; status: string; summary: string; findings: Finding[] }[];
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
  report: Report;
  json: string;
  smoke: Report['checks'][number];
  rules: string[];
}

// Credentials built at run time: the repository holds no password, not even a fake one.
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const USER = 'smoke@example.org';
const SESSION = randomBytes(16).toString('hex');

let certs: Certs;
let dns: DnsServer;
const servers: Served[] = [];

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k]) env[k] = process.env[k];
  return { ...env, NODE_EXTRA_CA_CERTS: certs.caFile, NO_COLOR: '1', ...extra };
}

function spawn(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [file, ...args], { env, cwd, timeout: 25_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `launch-gate check --url URL --json FILE` in an empty directory, optionally with a config file. */
async function cli(
  url: string | undefined,
  o: { config?: string; args?: string[]; env?: Record<string, string> } = {},
): Promise<Run> {
  const dir = tmpDir('lg-smoke-acc-');
  const args = ['check', ...(url ? ['--url', url] : []), '--json', 'report.json', '--no-color', ...(o.args ?? [])];
  if (o.config !== undefined) {
    writeFileSync(join(dir, 'launch-gate.yml'), o.config);
    args.push('--config', 'launch-gate.yml');
  }
  const r = await spawn(CLI, args, baseEnv(o.env), dir);
  return withReport(r, join(dir, 'report.json'));
}

function withReport(r: { code: number; stdout: string; stderr: string }, path: string): Run {
  if (!existsSync(path)) throw new Error(`no JSON report (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  const json = readFileSync(path, 'utf8');
  const report = JSON.parse(json) as Report;
  const smoke = report.checks.find((c) => c.id === 'smoke')!;
  return { ...r, json, report, smoke, rules: smoke?.findings.map((f) => f.rule) ?? [] };
}

const find = (r: Run, rule: string) => r.smoke.findings.filter((f) => f.rule === rule);

/** A well-configured app: landing page, health, login with a cookie, a protected route and one that leaks. */
const app: Handler = (req, res, body) => {
  const url = req.url ?? '/';
  const cookie = 'sid=' + SESSION + '; Path=/; Secure; HttpOnly; SameSite=Lax';
  if (url === '/')
    return send(res, 200, '<h1>Welcome</h1>', {
      'content-type': 'text/html',
      'set-cookie': 'pref=dark; Path=/; Secure; SameSite=Lax',
    });
  if (url === '/health') return send(res, 200, '{"status":"ok"}', { 'content-type': 'application/json' });
  if (url === '/login' && req.method === 'POST') {
    let creds: { email?: string; password?: string } = {};
    try {
      creds = JSON.parse(body);
    } catch {
      // stays empty
    }
    if (creds.email === USER && creds.password === PASSWORD)
      return send(res, 200, '{"ok":true}', { 'set-cookie': cookie });
    return send(res, 401, 'bad credentials');
  }
  if (url === '/form-login' && req.method === 'POST') {
    const form = new URLSearchParams(body);
    if (form.get('email') === USER && form.get('password') === PASSWORD)
      return send(res, 302, '', { location: '/dashboard', 'set-cookie': cookie });
    return send(res, 302, '', { location: '/form-login?error=1' });
  }
  if (url === '/api/me') {
    if ((req.headers.cookie ?? '').includes(`sid=${SESSION}`)) return send(res, 200, `{"email":"${USER}"}`);
    return send(res, 401, 'login first');
  }
  if (url === '/api/leaky') return send(res, 200, '{"users":[]}');
  return send(res, 404, 'not found');
};

async function serve(pair: { key: string; cert: string }, handler: Handler): Promise<string> {
  const s = await serveHttps(pair, handler);
  servers.push(s);
  return s.url;
}

const dkimKey = () =>
  generateKeyPairSync('rsa', { modulusLength: 1024 })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');

const urls: Record<string, string> = {};

beforeAll(async () => {
  if (!haveBundle) return;
  certs = makeCerts();
  urls.healthy = await serve(certs.valid, app);
  urls.expiring = await serve(certs.expiring, app);
  urls.wrongHost = await serve(certs.wrongHost, app);
  urls.selfSigned = await serve(selfSigned(), app);
  urls.loop = await serve(certs.valid, (req, res) => send(res, 302, '', { location: req.url === '/a' ? '/b' : '/a' }));
  // `/` redirects to /hop/N, /hop/N to /hop/N-1; /hop/0 is the page.
  const chain =
    (hops: number): Handler =>
    (req, res) => {
      if (req.url === '/') return send(res, 301, '', { location: `/hop/${hops - 1}` });
      const m = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (!m) return app(req, res, '');
      const n = Number(m[1]);
      return n ? send(res, 301, '', { location: `/hop/${n - 1}` }) : app({ ...req, url: '/' } as typeof req, res, '');
    };
  urls.chain4 = await serve(certs.valid, chain(4));
  urls.chain12 = await serve(certs.valid, chain(12));
  urls.sick = await serve(certs.valid, (req, res) =>
    req.url === '/health' ? send(res, 500, 'database down') : app(req, res, ''),
  );
  const plainLoop = await serveHttp((req, res) => send(res, 301, '', { location: req.url === '/x' ? '/' : '/x' }));
  servers.push(plainLoop);
  urls.plainLoop = plainLoop.url;
  const plainApp = await serveHttp(app);
  servers.push(plainApp);
  urls.plainApp = plainApp.url;
  const closed = await serveHttps(certs.valid, app);
  urls.unreachable = closed.url;
  await closed.close();

  const key = dkimKey();
  dns = await serveDns({
    'app.test': { A: ['127.0.0.1'], TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    '_dmarc.app.test': { TXT: ['v=DMARC1; p=reject'] },
    's1._domainkey.app.test': { TXT: [`v=DKIM1; k=rsa; p=${key}`] },
    'nodmarc.test': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    'open.test': { TXT: ['v=spf1 +all'] },
    '_dmarc.open.test': { TXT: ['v=DMARC1; p=reject'] },
  });
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await dns?.close();
});

suite('smoke through the bundled CLI (exit codes and JSON report only)', () => {
  it('(a) passes a healthy HTTPS site with only --url, trusting the CA through NODE_EXTRA_CA_CERTS', async () => {
    const r = await cli(urls.healthy);
    expect({ code: r.code, findings: r.smoke.findings }).toEqual({ code: 0, findings: [] });
    expect(r.report.verdict).toBe('pass');
    expect(r.report.checks.filter((c) => c.status !== 'skipped').map((c) => c.id)).toEqual(['smoke']);
    // localhost name: same certificate, same verdict
    const l = await cli(urls.healthy.replace('127.0.0.1', 'localhost'));
    expect({ code: l.code, findings: l.smoke.findings }).toEqual({ code: 0, findings: [] });
  });

  it('(a) keeps trusting NODE_EXTRA_CA_CERTS when smoke.ca-file adds another CA', async () => {
    const other = join(tmpDir('lg-smoke-ca-'), 'other.pem');
    writeFileSync(other, selfSigned().cert);
    const r = await cli(urls.healthy, { config: `smoke:\n  ca-file: ${other}\n` });
    expect({ code: r.code, findings: r.smoke.findings }).toEqual({ code: 0, findings: [] });
    // and ca-file alone trusts the test CA
    const dir = tmpDir('lg-smoke-acc-');
    writeFileSync(join(dir, 'lg.yml'), `smoke:\n  ca-file: ${certs.caFile}\n`);
    const env = baseEnv();
    delete env.NODE_EXTRA_CA_CERTS;
    const run = await spawn(CLI, ['check', '--url', urls.healthy, '--config', 'lg.yml', '--json', 'r.json'], env, dir);
    expect(withReport(run, join(dir, 'r.json')).code).toBe(0);
  });

  it('(a) passes a healthy plain-http local service', async () => {
    const r = await cli(urls.plainApp);
    expect({ code: r.code, high: r.smoke.findings.filter((f) => ['blocker', 'high'].includes(f.severity)) }).toEqual({
      code: 0,
      high: [],
    });
  });

  it('(b) fails a certificate that expires in 5 days', async () => {
    const r = await cli(urls.expiring);
    expect(r.code).toBe(1);
    const f = find(r, 'tls-expiring');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('high');
    expect(f[0].message).toMatch(/expires in 5 days/);
    // smoke.tls-min-days: 3 accepts it (still a low warning under tls-warn-days)
    const relaxed = await cli(urls.expiring, { config: 'smoke:\n  tls-min-days: 3\n' });
    expect(relaxed.code).toBe(0);
    expect(find(relaxed, 'tls-expiring')[0]?.severity).toBe('low');
  });

  it('(c) fails a certificate issued for another host', async () => {
    const r = await cli(urls.wrongHost);
    expect(r.code).toBe(1);
    const f = find(r, 'tls-hostname');
    expect(f[0]?.severity).toBe('blocker');
    expect(f[0].message).toMatch(/not valid for 127\.0\.0\.1: it covers only other\.example$/);
    // one problem, one finding: the chain itself is fine
    expect(r.rules).not.toContain('tls-chain');
  });

  it('(d) fails an untrusted self-signed certificate, saying so in plain words', async () => {
    const r = await cli(urls.selfSigned);
    expect(r.code).toBe(1);
    const f = find(r, 'tls-chain');
    expect(f[0]?.severity).toBe('blocker');
    expect(f[0].message).toMatch(/self-signed/);
    expect(f[0].message).not.toMatch(/^[A-Z_]+$/);
  });

  it('(e) fails a redirect loop, over https and over plain http', async () => {
    const r = await cli(urls.loop);
    expect(r.code).toBe(1);
    expect(r.rules).toContain('smoke-redirect-loop');
    const plain = await cli(`${urls.plainLoop}/`);
    expect(plain.code).toBe(1);
    expect(plain.rules).toContain('smoke-redirect-loop');
  });

  it('(f) warns on a 4-hop chain and fails one past 10 hops', async () => {
    const short = await cli(urls.chain4);
    expect(short.code).toBe(0);
    expect(find(short, 'smoke-redirect-chain')[0]?.severity).toBe('low');
    const long = await cli(urls.chain12);
    expect(long.code).toBe(1);
    expect(long.rules).toContain('smoke-redirect-loop');
  });

  it('(g) fails when /health answers 500, without waiting out the whole retry window', async () => {
    const started = Date.now();
    const r = await cli(urls.sick);
    expect(r.code).toBe(1);
    const f = find(r, 'smoke-route-status');
    expect(f[0]?.message).toMatch(/500/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('(g) fails a configured /health route answering 500 quickly when the site itself is up', async () => {
    const started = Date.now();
    const r = await cli(urls.sick, { config: 'smoke:\n  routes: [{ path: /health, status: 200 }]\n' });
    expect(r.code).toBe(1);
    expect(find(r, 'smoke-route-status')[0]?.message).toMatch(/500/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('(h) fails closed on a port nothing listens on', async () => {
    const r = await cli(urls.unreachable, { config: 'smoke:\n  retry: 1s\n' });
    expect(r.code).toBe(1);
    expect(r.report.verdict).toBe('fail');
    const f = find(r, 'unreachable');
    expect(f[0]?.severity).toBe('blocker');
    expect(f[0].message).toMatch(/refused/);
  });

  it('(i) reports a protected route that answers 200 anonymously as a blocker', async () => {
    const r = await cli(urls.healthy, { config: 'smoke:\n  protected: [/api/leaky, /api/me]\n' });
    expect(r.code).toBe(1);
    const f = find(r, 'smoke-auth-leak');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'blocker' });
    expect(f[0].message).toMatch(/\/api\/leaky/);
    // a configured route that must answer 401 (contract keys only) and answers 200 is the same leak
    const route = await cli(urls.healthy, {
      config: 'smoke:\n  routes: [{ path: /api/leaky, status: 401 }, { path: /api/me, status: 401 }]\n',
    });
    expect(route.code).toBe(1);
    expect(route.smoke.findings.map((x) => [x.rule, x.severity])).toEqual([['smoke-auth-leak', 'blocker']]);
    // the same from smoke.urls alone, without --url
    const fromConfig = await cli(undefined, {
      config: `smoke:\n  urls: [${urls.healthy}]\n  protected: [/api/leaky]\n`,
    });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.rules).toEqual(['smoke-auth-leak']);
  });

  describe('(j) login with a cookie, credentials from env vars', () => {
    const config = [
      'smoke:',
      '  login:',
      '    path: /login',
      '    body: { email: "${SMOKE_USER}", password: "${SMOKE_PASSWORD}" }',
      '  protected: [/api/me]',
      '',
    ].join('\n');
    const fragments = [PASSWORD, PASSWORD.slice(3, 13), PASSWORD.slice(-10), SESSION.slice(0, 10), SESSION.slice(-10)];
    const leaks = (r: Run) => fragments.filter((p) => `${r.stdout}${r.stderr}${r.json}`.includes(p));

    it('logs in, reaches the protected route, and never prints the password or the session', async () => {
      const r = await cli(urls.healthy, { config, env: { SMOKE_USER: USER, SMOKE_PASSWORD: PASSWORD } });
      expect({ code: r.code, findings: r.smoke.findings }).toEqual({ code: 0, findings: [] });
      expect(leaks(r)).toEqual([]);
    });

    it('logs in through a form that answers 302 with the cookie', async () => {
      const form = [
        'smoke:',
        '  login:',
        '    path: /form-login',
        "    body: 'email=${SMOKE_USER}&password=${SMOKE_PASSWORD}'",
        '    headers: { content-type: application/x-www-form-urlencoded }',
        '  protected: [/api/me]',
        '',
      ].join('\n');
      const r = await cli(urls.healthy, { config: form, env: { SMOKE_USER: USER, SMOKE_PASSWORD: PASSWORD } });
      expect({ code: r.code, findings: r.smoke.findings }).toEqual({ code: 0, findings: [] });
      expect(leaks(r)).toEqual([]);
    });

    it('fails on a wrong password, still without printing it', async () => {
      const wrong = `${PASSWORD}x`;
      const r = await cli(urls.healthy, { config, env: { SMOKE_USER: USER, SMOKE_PASSWORD: wrong } });
      expect(r.code).toBe(1);
      expect(r.rules).toContain('smoke-login');
      expect(leaks(r)).toEqual([]);
    });

    it('fails when the credential variable is missing', async () => {
      const r = await cli(urls.healthy, { config, env: { SMOKE_USER: USER } });
      expect(r.code).toBe(1);
      expect(find(r, 'smoke-login')[0]?.message).toMatch(/SMOKE_PASSWORD/);
    });
  });

  describe('(k) DNS and mail records through a local DNS server (resolver: 127.0.0.1:<port>)', () => {
    const config = (domain: string, extra = '') =>
      `smoke:\n  resolver: "${dns.address}"\n  https-redirect: false\n  email:\n    domain: ${domain}\n${extra}`;
    const appUrl = () => urls.healthy.replace('127.0.0.1', 'app.test');

    it('resolves the host through the resolver and passes good SPF, DMARC and DKIM', async () => {
      const r = await cli(appUrl(), { config: config('app.test', '    dkim-selectors: [s1]\n') });
      expect(r.code).toBe(0);
      expect(r.rules.filter((x) => /^(spf|dmarc|dkim|dns)-/.test(x))).toEqual([]);
      expect(dns.queries).toEqual(
        expect.arrayContaining(['A app.test', 'TXT _dmarc.app.test', 'TXT s1._domainkey.app.test']),
      );
    });

    it('reports a missing DMARC record (medium: fails with --fail-on medium)', async () => {
      const r = await cli(appUrl(), { config: config('nodmarc.test') });
      expect(find(r, 'dmarc-missing')[0]?.severity).toBe('medium');
      expect(r.code).toBe(0);
      const strict = await cli(appUrl(), { config: config('nodmarc.test'), args: ['--fail-on', 'medium'] });
      expect(strict.code).toBe(1);
    });

    it('fails SPF with +all and a missing DKIM selector', async () => {
      const r = await cli(appUrl(), { config: config('open.test', '    dkim-selectors: [s1]\n') });
      expect(r.code).toBe(1);
      expect(find(r, 'spf-all')[0]?.severity).toBe('high');
      expect(find(r, 'dkim-missing')[0]?.severity).toBe('high');
    });

    it('passes a healthy site on a DNS name with the default config (only resolver and email set)', async () => {
      const r = await cli(appUrl(), {
        config: `smoke:\n  resolver: "${dns.address}"\n  email:\n    domain: app.test\n`,
      });
      expect(r.code).toBe(0);
      expect(r.smoke.findings.filter((f) => ['blocker', 'high'].includes(f.severity))).toEqual([]);
    });

    it('still reaches localhost (a name the DNS server does not know) with a resolver set', async () => {
      const r = await cli(urls.healthy.replace('127.0.0.1', 'localhost'), { config: config('app.test') });
      expect({ code: r.code, findings: r.smoke.findings }).toEqual({ code: 0, findings: [] });
    });

    it('errors (exit 1, fail closed) on a resolver that is not an address', async () => {
      const r = await cli(appUrl(), { config: 'smoke:\n  resolver: not-a-server\n' });
      expect(r.code).toBe(1);
      expect(r.smoke.status).toBe('error');
      expect(r.smoke.summary).toMatch(/smoke\.resolver/);
    });

    it('fails closed when the host does not resolve', async () => {
      const r = await cli(urls.healthy.replace('127.0.0.1', 'gone.test'), { config: config('app.test') });
      expect(r.code).toBe(1);
      const f = find(r, 'dns-resolve');
      expect(f[0]?.severity).toBe('blocker');
      expect(f[0].message).toBe('gone.test does not resolve: the name does not exist (NXDOMAIN)');
    });
  });
});

suite('smoke through the bundled action on deployment_status', () => {
  async function action(state: string, deployment: Record<string, string>): Promise<Run> {
    const dir = tmpDir('lg-smoke-action-');
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ deployment_status: { state, ...deployment }, deployment: { sha: 'abc' } }));
    writeFileSync(join(dir, 'summary.md'), '');
    const env = baseEnv({
      GITHUB_EVENT_NAME: 'deployment_status',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      RUNNER_TEMP: dir,
      'INPUT_REPORT-FILE': join(dir, 'report.json'),
    });
    const r = await spawn(ACTION, [], env, dir);
    return withReport(r, join(dir, 'report.json'));
  }

  it('(l) runs only smoke against environment_url of a successful deployment', async () => {
    const r = await action('success', { environment_url: urls.healthy, target_url: 'https://ci.example.invalid/log' });
    expect(r.code).toBe(0);
    expect(r.report.checks.filter((c) => c.status !== 'skipped').map((c) => c.id)).toEqual(['smoke']);
    expect(r.smoke.status).toBe('pass');
  });

  it('(l) fails the action when the deployed site is broken (target_url)', async () => {
    const r = await action('success', { target_url: urls.expiring });
    expect(r.code).toBe(1);
    expect(r.rules).toContain('tls-expiring');
  });

  it('(l) skips smoke for a deployment that did not succeed', async () => {
    const r = await action('failure', { target_url: urls.healthy });
    expect(r.smoke.status).toBe('skipped');
    expect(r.code).toBe(0);
  });
});

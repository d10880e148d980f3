// Pure rules of the smoke check: TLS facts, headers, cookies, CORS, SPF terms, JSON paths, names, placeholders.
import { describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { mailDomains } from '../../../src/checks/smoke/index.js';
import { checklistMarkdown } from '../../../src/checks/smoke/checklist.js';
import { spfAll } from '../../../src/checks/smoke/email.js';
import { subdomainName } from '../../../src/checks/smoke/dns.js';
import { evaluateCookies, evaluateCors, evaluateHeaders, parseSetCookie } from '../../../src/checks/smoke/headers.js';
import { substitute } from '../../../src/checks/smoke/login.js';
import { finding } from '../../../src/checks/smoke/model.js';
import { evaluateChain, siblingHost } from '../../../src/checks/smoke/redirects.js';
import { checkBody, jsonAt, joinUrl } from '../../../src/checks/smoke/routes.js';
import { evaluateTls, type TlsFacts } from '../../../src/checks/smoke/tls.js';

const now = new Date('2026-06-01T00:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000 + 3600_000);
const facts = (o: Partial<TlsFacts>): TlsFacts => ({
  authorized: true,
  protocol: 'TLSv1.3',
  validTo: inDays(90),
  ...o,
});
const tlsRules = (f: TlsFacts, minDays = 14) =>
  evaluateTls('https://a.test', f, { minDays, warnDays: 30, now }).findings.map((x) => `${x.rule}:${x.severity}`);

describe('tls rules', () => {
  it('grades expiry against tls-min-days and the 30-day warning', () => {
    expect(tlsRules(facts({}))).toEqual([]);
    expect(tlsRules(facts({ validTo: inDays(29) }))).toEqual(['tls-expiring:low']);
    expect(tlsRules(facts({ validTo: inDays(13) }))).toEqual(['tls-expiring:high']);
    expect(tlsRules(facts({ validTo: inDays(13) }), 7)).toEqual(['tls-expiring:low']);
    expect(tlsRules(facts({ validTo: inDays(-2), authorized: false, authorizationError: 'CERT_HAS_EXPIRED' }))).toEqual(
      ['tls-expired:blocker'],
    );
  });

  it('fails a self-signed leaf as blocker, an old protocol as high', () => {
    expect(tlsRules(facts({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' }))).toEqual([
      'tls-chain:blocker',
    ]);
    expect(tlsRules(facts({ protocol: 'TLSv1.1' }))).toEqual(['tls-protocol:high']);
    expect(tlsRules(facts({ protocol: 'TLSv1.2' }))).toEqual([]);
  });
});

describe('security headers', () => {
  const safe = {
    'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'self'",
  };
  const ruleList = (h: Record<string, string>, https = true) =>
    evaluateHeaders('https://a.test/', h, https).findings.map((f) => `${f.rule}:${f.severity}`);

  it('accepts X-Frame-Options or frame-ancestors, and a long HSTS', () => {
    expect(ruleList(safe)).toEqual([]);
    const { 'x-frame-options': _, ...noXfo } = safe;
    expect(ruleList({ ...noXfo, 'content-security-policy': "default-src 'self'; frame-ancestors 'self'" })).toEqual([]);
    expect(ruleList(noXfo)).toEqual(['header-frame-options:medium']);
  });

  it('flags a short HSTS and an unsafe referrer policy; HSTS only on https', () => {
    expect(ruleList({ ...safe, 'strict-transport-security': 'max-age=300' })).toEqual(['header-hsts:low']);
    expect(ruleList({ ...safe, 'referrer-policy': 'unsafe-url' })).toEqual(['header-referrer-policy:medium']);
    const { 'strict-transport-security': _, ...noHsts } = safe;
    expect(ruleList(noHsts, false)).toEqual([]);
    expect(ruleList(noHsts, true)).toEqual(['header-hsts:medium']);
  });
});

describe('cookies and CORS', () => {
  it('reads cookie attributes and never keeps the value', () => {
    const c = parseSetCookie('token=s3cr3tvalue; Path=/; Secure; HttpOnly; SameSite=Strict');
    expect(c).toEqual({ name: 'token', secure: true, httpOnly: true, sameSite: 'strict' });
    const out = evaluateCookies('https://a.test/', ['auth=s3cr3tvalue; SameSite=None'], true);
    expect(out.findings[0].message).toBe('cookie auth: no Secure, no HttpOnly, SameSite=None without Secure');
    expect(JSON.stringify(out)).not.toContain('s3cr3tvalue');
    // a non-session cookie readable by scripts is fine over https with Secure and SameSite
    expect(evaluateCookies('https://a.test/', ['theme=dark; Secure; SameSite=Lax'], true).findings).toEqual([]);
  });

  it('flags * with credentials; an echoed origin is high only with credentials', () => {
    const r = (h: Record<string, string>) =>
      evaluateCors('https://a.test/', h).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(r({ 'access-control-allow-origin': '*' })).toEqual([]);
    expect(r({ 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' })).toEqual([
      'cors-wildcard-credentials:medium',
    ]);
    expect(r({ 'access-control-allow-origin': 'https://evil.example' })).toEqual(['cors-reflects-origin:low']);
    expect(
      r({ 'access-control-allow-origin': 'https://app.a.test', 'access-control-allow-credentials': 'true' }),
    ).toEqual([]);
  });
});

describe('names, paths and placeholders', () => {
  it('finds the all mechanism of an SPF record', () => {
    expect(spfAll('v=spf1 include:x -all')).toEqual({ qualifier: '-', redirect: false });
    expect(spfAll('v=spf1 all')).toEqual({ qualifier: '+', redirect: false });
    expect(spfAll('v=spf1 redirect=_spf.x.test')).toEqual({ qualifier: undefined, redirect: true });
  });

  it('pairs apex and www by registrable domain, and skips other hosts', () => {
    expect(siblingHost('example.com')).toBe('www.example.com');
    expect(siblingHost('www.example.co.uk')).toBe('example.co.uk');
    expect(siblingHost('api.example.com')).toBeUndefined();
    expect(siblingHost('127.0.0.1')).toBeUndefined();
    // a platform subdomain's apex belongs to the platform
    expect(siblingHost('my-app.vercel.app')).toBeUndefined();
    expect(subdomainName('api', 'www.example.co.uk')).toBe('api.example.co.uk');
    expect(subdomainName('cdn.other.net.', 'example.com')).toBe('cdn.other.net');
  });

  it('checks mail records of the registrable domain, not of a hosting platform', () => {
    const urls = ['https://my-app.vercel.app', 'https://shop.example.co.uk/x', 'http://127.0.0.1:3000'];
    const ctx = createContext({ cwd: '.', config: buildConfig({ smoke: { urls } }) });
    const notes: string[] = [];
    expect(mailDomains(ctx, urls, notes)).toEqual(['example.co.uk']);
    expect(notes).toEqual([expect.stringMatching(/^my-app\.vercel\.app is on a hosting platform/)]);
    const fixed = createContext({
      cwd: '.',
      config: buildConfig({ smoke: { urls, email: { domain: 'example.org' } } }),
    });
    expect(mailDomains(fixed, urls, [])).toEqual(['example.org']);
  });

  it('joins base paths and reads JSON paths', () => {
    expect(joinUrl('https://a.test/app/', '/health?full=1')).toBe('https://a.test/app/health?full=1');
    expect(jsonAt({ data: { items: [{ id: 7 }] } }, 'data.items[0].id')).toEqual({ found: true, value: 7 });
    expect(jsonAt({ data: null }, 'data.x').found).toBe(false);
    const res = { url: '', status: 200, headers: {}, setCookies: [], body: '{"checks":{"db":"ok"}}', ms: 1 };
    expect(checkBody(res, { json: { path: 'checks.db', equals: 'ok' } })).toBeUndefined();
    expect(checkBody(res, { json: { path: 'checks.cache' } })).toBe('the JSON has no field checks.cache');
    expect(checkBody({ ...res, body: '<html>' }, { json: { path: 'a' } })).toMatch(/not JSON/);
  });

  it('substitutes ${VAR} from the environment, masks values, lists missing names', () => {
    const masked: string[] = [];
    const missing = new Set<string>();
    const body = substitute(
      { u: '${U}', p: 'x-${P}', n: [1, '${Q}'] },
      { U: 'alice', P: 'hunter22' },
      (v) => masked.push(v),
      missing,
    );
    expect(body).toEqual({ u: 'alice', p: 'x-hunter22', n: [1, ''] });
    expect(masked).toEqual(['alice', 'hunter22']);
    expect([...missing]).toEqual(['Q']);
  });

  it('reports a chain that goes from https to http', () => {
    const chain = {
      hops: [
        { url: 'https://a.test/', status: 301 },
        { url: 'http://a.test/x', status: 200 },
      ],
      loop: false,
    };
    expect(evaluateChain('https://a.test/', chain, 'Redirects').findings.map((f) => f.rule)).toEqual([
      'smoke-https-redirect',
    ]);
  });
});

describe('checklist', () => {
  it('escapes what servers send and marks items by fail-on', () => {
    const f = finding({
      rule: 'header-csp',
      severity: 'low',
      url: 'https://a.test/',
      message: 'no <b>CSP</b>',
      why: '',
      fix: '',
    });
    const md = checklistMarkdown(
      [
        {
          title: 'https://a.test',
          items: [{ url: 'https://a.test/', name: 'Headers | x', value: '`x`', rules: [], findings: [f] }],
        },
      ],
      'high',
    );
    expect(md).toContain('| ⚠️ | Headers &#124; x | \\`x\\`<br><code>header-csp</code> no &lt;b&gt;CSP&lt;/b&gt; |');
    expect(
      checklistMarkdown(
        [{ title: 't', items: [{ url: 'u', name: 'n', value: 'v', rules: [], findings: [f] }] }],
        'low',
      ),
    ).toContain('| ❌ |');
  });

  it('fingerprints by rule, origin and key, not by measured values', () => {
    const a = finding({
      rule: 'tls-expiring',
      severity: 'high',
      url: 'https://a.test/x',
      message: '5 days',
      why: '',
      fix: '',
    });
    const b = finding({
      rule: 'tls-expiring',
      severity: 'high',
      url: 'https://a.test/y',
      message: '4 days',
      why: '',
      fix: '',
    });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(finding({ ...a, why: '', url: 'https://b.test/' }).fingerprint);
  });
});

// DNS and mail records through a local UDP DNS server (smoke.resolver), host names resolved by it too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/smoke/index.js';
import { checkDkim, checkDmarc, checkSpf, resolverFn } from '../../../src/checks/smoke/email.js';
import { makeResolver } from '../../../src/checks/smoke/net.js';
import type { CheckOutcome } from '../../../src/types.js';
import {
  makeCerts,
  send,
  serveDns,
  serveHttp,
  serveHttps,
  type Certs,
  type DnsServer,
  type Served,
  type Zone,
} from './helpers.js';

const dkimKey = (bits: number) =>
  generateKeyPairSync('rsa', { modulusLength: bits })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');

const includes = (n: number): Zone =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `i${i}.many.test`,
      { TXT: [`v=spf1 ${i + 1 < n ? `include:i${i + 1}.many.test ` : ''}-all`] },
    ]),
  );

let certs: Certs;
let dns: DnsServer;
const servers: Served[] = [];
let site: Served;
let redirector: Served;

beforeAll(async () => {
  certs = makeCerts();
  const zone: Zone = {
    'app.test': { A: ['127.0.0.1'], TXT: ['v=spf1 include:_spf.mail.test -all', 'google-site-verification=abc'] },
    '_spf.mail.test': { TXT: ['v=spf1 ip4:198.51.100.0/24 ~all'] },
    'www.app.test': { A: ['127.0.0.1'] },
    '_dmarc.app.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@app.test'] },
    's1._domainkey.app.test': { TXT: [`v=DKIM1; k=rsa; p=${dkimKey(2048)}`] },
    'api.app.test': { CNAME: 'lb.app.test' },
    'lb.app.test': { A: ['127.0.0.1'] },
    'bad.test': { A: ['127.0.0.1'], TXT: ['v=spf1 include:_spf.mail.test -all', 'v=spf1 mx ~all'] },
    'www.bad.test': { A: ['127.0.0.1'] },
    '_dmarc.bad.test': { TXT: ['v=DMARC1; p=none'] },
    'plus.test': { TXT: ['v=spf1 +all'] },
    'neutral.test': { TXT: ['v=spf1 ip4:198.51.100.1'] },
    'weak.test': { TXT: [] },
    'old._domainkey.weak.test': { TXT: ['v=DKIM1; k=rsa; p=!!notbase64'] },
    'many.test': { TXT: ['v=spf1 include:i0.many.test -all'] },
    ...includes(11),
    'loop.test': { TXT: ['v=spf1 include:a.loop.test -all'] },
    'a.loop.test': { TXT: ['v=spf1 include:b.loop.test -all'] },
    'b.loop.test': { TXT: ['v=spf1 redirect=a.loop.test'] },
    'self.test': { TXT: ['v=spf1 include:self.test -all'] },
    'space.test': { TXT: [' v=spf1 include:_spf.mail.test -all'] },
    'v6.test': { TXT: ['v=spf1 ip4:2001:db8::1 -all'] },
    'macro.test': { TXT: ['v=spf1 exists:%{z}.macro.test -all'] },
    '_dmarc.spaced.test': { TXT: ['v = DMARC1 ; p = reject ; rua = mailto:d@spaced.test'] },
    '_dmarc.two.test': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] },
    '_dmarc.nomail.test': { TXT: ['v=DMARC1; p=reject; rua=reports@nomail.test'] },
  };
  dns = await serveDns(zone);
  site = await serveHttps(certs.valid, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    if (host === 'www.app.test') return send(res, 301, '', { location: `https://app.test:${site.port}${req.url}` });
    if (req.url === '/health') return send(res, 200, '{"status":"ok"}');
    send(res, 200, `<h1>${host}</h1>`);
  });
  redirector = await serveHttp((req, res) =>
    send(res, 301, '', { location: `https://app.test:${site.port}${req.url}` }),
  );
  servers.push(site, redirector);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await dns.close();
});

async function run(smoke: Record<string, unknown>): Promise<CheckOutcome> {
  const config = buildConfig({ smoke: { 'ca-file': certs.caFile, retry: '1s', resolver: dns.address, ...smoke } });
  return check.run(createContext({ cwd: certs.dir, config, env: {} }));
}

const rules = (o: CheckOutcome) => o.findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('smoke: a public host name, through the injected resolver', () => {
  it('passes a well-configured domain: host, subdomain via CNAME, canonical host, SPF, DMARC, DKIM', async () => {
    const out = await run({
      urls: [`https://app.test:${site.port}`],
      'https-redirect': true,
      'http-url': `http://app.test:${redirector.port}/`,
      dns: { subdomains: ['api'] },
      email: { 'dkim-selectors': ['s1'] },
    });
    expect(rules(out)).toEqual([]);
    expect(out.markdown).toMatch(/✅ \| DNS app\.test \| 127\.0\.0\.1/);
    expect(out.markdown).toMatch(/✅ \| DNS api\.app\.test \| CNAME lb\.app\.test → 127\.0\.0\.1/);
    expect(out.markdown).toMatch(
      /✅ \| Canonical host \(www\.app\.test\) \| https:\/\/www\.app\.test:\d+\/ \(301\) → https:\/\/app\.test:\d+\/ \(200\)/,
    );
    expect(out.markdown).toMatch(/✅ \| SPF app\.test \| v=spf1 include:\\_spf\.mail\.test -all \(1\/10 lookups\)/);
    expect(out.markdown).toMatch(/✅ \| DMARC app\.test \| v=DMARC1; p=reject/);
    expect(out.markdown).toMatch(/✅ \| DKIM s1 \| RSA 2048 bits/);
    expect(dns.queries).toEqual(
      expect.arrayContaining(['TXT _dmarc.app.test', 'TXT s1._domainkey.app.test', 'A app.test']),
    );
  });

  it('reports a second host serving the site, several SPF records, a monitoring-only DMARC, a missing DKIM key and subdomain', async () => {
    const out = await run({
      urls: [`https://bad.test:${site.port}`],
      'https-redirect': false,
      dns: { subdomains: ['nope'] },
      email: { 'dkim-selectors': ['resend'] },
    });
    expect(rules(out)).toEqual([
      'dkim-missing:high',
      'dmarc-policy:low',
      'dns-resolve:high',
      'smoke-canonical-host:medium',
      'spf-multiple:high',
    ]);
    expect(out.findings.find((f) => f.rule === 'dns-resolve')?.message).toMatch(/^nope\.bad\.test does not resolve/);
    expect(out.findings.find((f) => f.rule === 'smoke-canonical-host')?.message).toMatch(
      /www\.bad\.test and bad\.test both serve the site/,
    );
  });

  it('fails closed when the host does not resolve', async () => {
    const out = await run({ urls: ['https://missing.test'], email: { enabled: false } });
    expect(rules(out)).toEqual(['dns-resolve:blocker']);
    expect(out.findings[0].message).toMatch(/missing\.test does not resolve: the name does not exist \(NXDOMAIN\)/);
    expect(out.markdown).toMatch(/❌ \| DNS missing\.test/);
  });
});

describe('smoke: mail records', () => {
  const resolver = () => resolverFn(makeResolver(dns.address, 2000));
  const url = 'https://x.test';

  it('flags +all, a missing all, too many lookups, a missing SPF and DMARC, an invalid DKIM key', async () => {
    const r = resolver();
    expect((await checkSpf('plus.test', r, url)).findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'spf-all:high',
    ]);
    expect((await checkSpf('neutral.test', r, url)).findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'spf-all:medium',
    ]);
    const many = (await checkSpf('many.test', r, url)).findings;
    expect(many.map((f) => f.rule)).toEqual(['spf-lookups']);
    expect((await checkSpf('weak.test', r, url)).findings.map((f) => f.rule)).toEqual(['spf-missing']);
    expect((await checkDmarc('weak.test', r, url)).findings.map((f) => f.rule)).toEqual(['dmarc-missing']);
    const dkim = await checkDkim('weak.test', 'old', r, url);
    expect(dkim.findings.map((f) => f.rule)).toEqual(['dkim-invalid']);
  });

  it('names SPF loops, leading whitespace, a v6 address in ip4: and a bad macro, with the reason', async () => {
    const r = resolver();
    const invalid = async (d: string) => {
      const f = (await checkSpf(d, r, url)).findings;
      expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['spf-invalid:high']);
      return f[0].message;
    };
    expect(await invalid('loop.test')).toMatch(
      /an include\/redirect loop: loop\.test → a\.loop\.test → b\.loop\.test → a\.loop\.test/,
    );
    expect(await invalid('self.test')).toMatch(/the record includes itself: self\.test → self\.test/);
    expect(await invalid('space.test')).toMatch(/starts with whitespace/);
    expect(await invalid('v6.test')).toMatch(/2001:db8::1 is an IPv6 address \(write ip6:2001:db8::1\)/);
    expect(await invalid('macro.test')).toMatch(/macro %\{z\} is not a valid macro/);
  });

  it('reads DMARC by its grammar: spaces around = are fine, two records, a rua without mailto: are not', async () => {
    const r = resolver();
    const spaced = await checkDmarc('spaced.test', r, url);
    expect(spaced.findings).toEqual([]);
    const two = await checkDmarc('two.test', r, url);
    expect(two.findings.map((f) => `${f.rule}:${f.severity} ${f.message}`)).toEqual([
      expect.stringMatching(/^dmarc-invalid:medium 2 DMARC records at _dmarc\.two\.test/),
    ]);
    const nomail = await checkDmarc('nomail.test', r, url);
    expect(nomail.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/rua=reports@nomail\.test is not a URI/),
    ]);
  });

  it('reports a DNS server that does not answer as an error, not a pass', async () => {
    const dead = resolverFn(makeResolver('127.0.0.1:9', 500));
    const spf = await checkSpf('app.test', dead, url);
    expect(spf.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['spf-error:high']);
    const dmarc = await checkDmarc('app.test', dead, url);
    expect(dmarc.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['dmarc-error:high']);
  });
});

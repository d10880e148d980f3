// Redirects: the base URL's chain, http → https, and apex ↔ www ending on one host.
import { followRedirects, formatChain, type Chain } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, isLocalHost, registrableDomain, type Net } from './net.js';

/** Redirects beyond this many are longer than needed (http → https → canonical host is two). */
export const MAX_NEEDED_HOPS = 2;

const redirectsIn = (c: Chain) => c.hops.length - 1;

/** Loops, broken redirects, downgrades to http and chains longer than needed. Pure. */
export function evaluateChain(url: string, chain: Chain, label: string): Part {
  const part = emptyPart();
  const shown = formatChain(chain.hops);
  if (chain.loop || chain.broken) {
    part.findings.push(
      finding({
        rule: 'smoke-redirect-loop',
        severity: 'high',
        url,
        key: label,
        message: chain.loop ? `redirect loop: ${shown}` : `redirects never end (${chain.broken}): ${shown}`,
        why: 'browsers give up with “too many redirects”: the page never loads',
        fix: 'make every redirect point to the final URL; check proxy headers (X-Forwarded-Proto) behind a load balancer',
      }),
    );
  } else if (chain.failed) {
    part.findings.push(
      finding({
        rule: 'smoke-redirect-chain',
        severity: 'high',
        url,
        key: `${label} target`,
        message: `a redirect leads to a URL that fails (${chain.failed}): ${shown}`,
        why: 'visitors following the redirect get an error instead of the page',
        fix: 'point the redirect at a URL that is served (check the Location header the app builds)',
      }),
    );
  } else if (redirectsIn(chain) > MAX_NEEDED_HOPS) {
    part.findings.push(
      finding({
        rule: 'smoke-redirect-chain',
        severity: 'low',
        url,
        key: label,
        message: `${redirectsIn(chain)} redirects before the page: ${shown}`,
        why: 'each hop costs a round trip on every first visit and dilutes link signals',
        fix: 'redirect straight to the final URL (scheme, host and path in one hop)',
      }),
    );
  }
  const start = new URL(chain.hops[0].url).protocol;
  const downgrade = start === 'https:' && chain.hops.some((h) => new URL(h.url).protocol === 'http:');
  if (downgrade) {
    part.findings.push(
      finding({
        rule: 'smoke-https-redirect',
        severity: 'high',
        url,
        key: `${label} downgrade`,
        message: `an https URL redirects to plain http: ${shown}`,
        why: 'the visit leaves HTTPS, so cookies and pages can be read or changed on the way',
        fix: 'redirect only to https URLs (set the public scheme in the app or trust X-Forwarded-Proto)',
      }),
    );
  }
  part.items.push({
    url,
    name: label,
    value: redirectsIn(chain) ? shown : `no redirect (${chain.hops[0].status})`,
    rules: ['smoke-redirect-loop', 'smoke-redirect-chain', 'smoke-https-redirect'],
  });
  return part;
}

/** The plain-http URL for a base: `smoke.http-url` for the same host, else port 80. */
export function httpUrlFor(base: URL, override: string | undefined): string | undefined {
  if (override) {
    const o = new URL(override);
    if (o.hostname === base.hostname) return o.toString();
  }
  if (isLocalHost(base.hostname)) return undefined;
  return `http://${base.hostname}/`;
}

/** http://host must answer with a redirect that ends on https. */
export async function checkHttpsRedirect(net: Net, url: string, httpUrl: string): Promise<Part> {
  const part = emptyPart();
  const rules = ['smoke-https-redirect', 'smoke-redirect-loop', 'smoke-redirect-chain'];
  let chain: Chain;
  try {
    chain = await followRedirects(net, httpUrl);
  } catch (e) {
    part.findings.push(
      finding({
        rule: 'smoke-https-redirect',
        severity: 'medium',
        url,
        key: 'http',
        message: `${httpUrl} does not answer: ${describeError(e)}`,
        why: 'people who type the bare domain (http by default) get an error instead of the site',
        fix: 'listen on port 80 and answer every request with a 301 to the https URL',
      }),
    );
    part.items.push({ url, name: 'http → https', value: describeError(e), rules });
    return part;
  }
  const shown = formatChain(chain.hops);
  const first = chain.hops[0];
  const last = chain.hops[chain.hops.length - 1];
  if (chain.hops.length === 1) {
    part.findings.push(
      finding({
        rule: 'smoke-https-redirect',
        severity: 'high',
        url,
        key: 'http',
        message: `${httpUrl} answered ${first.status} over plain http instead of redirecting to https`,
        why: 'pages, cookies and form posts travel unencrypted and can be read or changed on the network',
        fix: 'answer every plain-http request with a 301 to the same path on https, and send HSTS',
      }),
    );
  } else if (!chain.loop && !chain.broken && !chain.failed && new URL(last.url).protocol !== 'https:') {
    part.findings.push(
      finding({
        rule: 'smoke-https-redirect',
        severity: 'high',
        url,
        key: 'http',
        message: `${httpUrl} redirects but never reaches https: ${shown}`,
        why: 'the site stays on plain http',
        fix: 'redirect plain-http requests to the https URL',
      }),
    );
  }
  const chainPart = evaluateChain(url, chain, 'http → https');
  // The downgrade rule is about https starts; this chain starts on http on purpose.
  part.findings.push(...chainPart.findings.filter((f) => f.rule !== 'smoke-https-redirect'));
  part.items.push({ url, name: 'http → https', value: shown, rules });
  return part;
}

/** The apex for `www.example.com`, `www.example.com` for the apex; undefined for other subdomains. */
export function siblingHost(hostname: string): string | undefined {
  if (isLocalHost(hostname)) return undefined;
  const { domain, platform } = registrableDomain(hostname);
  if (!domain || platform) return undefined;
  if (hostname === domain) return `www.${domain}`;
  if (hostname === `www.${domain}`) return domain;
  return undefined;
}

/** apex and www both lead to the same final host (the one the base URL ends on). */
export async function checkCanonicalHost(
  net: Net,
  url: string,
  finalHost: string,
  sibling: string,
  resolves: (host: string) => Promise<boolean>,
): Promise<Part> {
  const part = emptyPart();
  const rules = ['smoke-canonical-host'];
  const name = `Canonical host (${sibling})`;
  if (!(await resolves(sibling))) {
    part.items.push({ url, name, value: `${sibling} does not resolve`, rules, state: 'skip' });
    part.notes.push(`${sibling} does not resolve: canonical-host check skipped`);
    return part;
  }
  const base = new URL(url);
  const siblingUrl = `https://${sibling}${base.port ? `:${base.port}` : ''}/`;
  let chain: Chain;
  try {
    chain = await followRedirects(net, siblingUrl);
  } catch (e) {
    part.findings.push(
      finding({
        rule: 'smoke-canonical-host',
        severity: 'medium',
        url,
        key: sibling,
        message: `${siblingUrl} resolves but fails: ${describeError(e)}`,
        why: `visitors who type ${sibling} get an error instead of the site`,
        fix: `serve ${sibling} with a valid certificate and redirect it (301) to https://${finalHost}/`,
      }),
    );
    part.items.push({ url, name, value: describeError(e), rules });
    return part;
  }
  const last = chain.hops[chain.hops.length - 1];
  const endHost = new URL(last.url).hostname;
  if (!chain.loop && !chain.failed && endHost !== finalHost) {
    part.findings.push(
      finding({
        rule: 'smoke-canonical-host',
        severity: 'medium',
        url,
        key: sibling,
        message: `${sibling} and ${finalHost} both serve the site (${formatChain(chain.hops)})`,
        why: 'two hosts for one site split cookies and sessions, duplicate content for search engines, and need two certificates kept alive',
        fix: `redirect ${sibling} with a 301 to https://${finalHost}/ (keep the path)`,
      }),
    );
  }
  part.findings.push(...evaluateChain(url, chain, name).findings.filter((f) => f.rule !== 'smoke-https-redirect'));
  part.items.push({
    url,
    name,
    value: formatChain(chain.hops),
    rules: [...rules, 'smoke-redirect-loop', 'smoke-redirect-chain'],
  });
  return part;
}

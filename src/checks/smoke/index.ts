// Smoke: proves the deployed app works — routes, login, redirects, TLS, headers, DNS and mail records.
import type { Check, CheckContext, CheckOutcome } from '../../types.js';
import { checklistMarkdown, stateOf, type Group } from './checklist.js';
import { checkDkim, checkDmarc, checkSpf, resolverFn } from './email.js';
import { checkHostResolves, checkSubdomains, resolveHost } from './dns.js';
import { evaluateCookies, evaluateCors, evaluateHeaders, EVIL_ORIGIN } from './headers.js';
import { followRedirects, httpRequest, type Chain, type HttpResponse } from './http.js';
import { checkProtected, login, type Credentials } from './login.js';
import { emptyPart, mergeParts, settle, type Part } from './model.js';
import {
  describeError,
  isLocalHost,
  loadCa,
  makeResolver,
  registrableDomain,
  resolverLookup,
  type Net,
} from './net.js';
import { checkCanonicalHost, checkHttpsRedirect, evaluateChain, httpUrlFor, siblingHost } from './redirects.js';
import { checkRoute, isTransient, joinUrl, routeSpecs } from './routes.js';
import { daysLeft, evaluateTls, inspectTls, tlsFailure, type TlsFacts } from './tls.js';

const TLS_BREAKING = new Set(['tls-expired', 'tls-hostname', 'tls-chain']);

interface UrlMetrics {
  url: string;
  tlsDaysLeft?: number;
  tlsProtocol?: string | null;
  redirects?: string[];
  routes: { path: string; status?: number; ms?: number }[];
}

/** Every URL to test: configured ones plus the deployment's. */
export function targetUrls(ctx: CheckContext): string[] {
  const list = [...ctx.config.smoke.urls];
  if (ctx.event.deploymentUrl) list.push(ctx.event.deploymentUrl);
  return [...new Set(list.map((u) => u.trim()).filter(Boolean))];
}

async function tlsWithRetry(net: Net, url: URL, deadline: number): Promise<TlsFacts> {
  let backoff = 250;
  for (;;) {
    try {
      return await inspectTls(net, url);
    } catch (e) {
      if (!isTransient(e) || net.signal.aborted || Date.now() + backoff > deadline) throw e;
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(backoff * 2, 5000);
    }
  }
}

async function checkUrl(ctx: CheckContext, net: Net, base: string, deadline: number, m: UrlMetrics): Promise<Part> {
  const cfg = ctx.config.smoke;
  const part = emptyPart();
  const add = (p: Part) => mergeParts(part, p);
  const u = new URL(base);
  const https = u.protocol === 'https:';

  if (!isLocalHost(u.hostname)) {
    const dns = await checkHostResolves(net, base, u.hostname);
    add(dns);
    if (!dns.ok) return part;
  }

  let insecure = false;
  if (https) {
    let facts: TlsFacts;
    try {
      facts = await tlsWithRetry(net, u, deadline);
    } catch (e) {
      add(tlsFailure(base, e));
      return part;
    }
    const tls = evaluateTls(base, facts, {
      minDays: cfg['tls-min-days'],
      warnDays: cfg['tls-warn-days'],
      now: new Date(),
    });
    add(tls);
    m.tlsDaysLeft = facts.validTo ? daysLeft(facts.validTo, new Date()) : undefined;
    m.tlsProtocol = facts.protocol;
    // Keep measuring over an unverified connection, but only anonymously: credentials never go there.
    insecure = tls.findings.some((f) => TLS_BREAKING.has(f.rule));
    if (insecure)
      part.notes.push(
        `${base}: TLS does not verify; anonymous checks continue without verification, login is not attempted`,
      );
  }

  for (const spec of routeSpecs(cfg)) {
    const r = await checkRoute(net, base, spec, deadline, insecure);
    add(r);
    m.routes.push({ path: spec.path, status: r.response?.status, ms: r.response?.ms });
    ctx.log.progress?.(
      `smoke: ${spec.method} ${base}${spec.path} · ${r.response ? `${r.response.status} in ${Math.round(r.response.ms)} ms` : 'no answer'}`,
    );
  }

  let chain: Chain | undefined;
  try {
    chain = await followRedirects(net, base, { insecure });
    add(evaluateChain(base, chain, 'Redirects'));
    m.redirects = chain.hops.map((h) => `${h.url} ${h.status || 'loop'}`);
  } catch (e) {
    part.notes.push(`${base}: redirects not followed: ${describeError(e)}`);
  }
  const landing: HttpResponse | undefined = chain?.final;
  const cookies: string[] = [...(landing?.setCookies ?? [])];

  let credentials: Credentials | undefined;
  if (cfg.login) {
    if (insecure) {
      part.items.push({
        url: base,
        name: `Login ${cfg.login.path}`,
        value: 'not attempted: the TLS connection does not verify',
        rules: ['smoke-login'],
        state: 'skip',
      });
    } else {
      const l = await login(net, base, cfg.login, ctx.env, ctx.mask);
      add(l);
      credentials = l.credentials;
      if (l.response) cookies.push(...l.response.setCookies);
    }
  }
  for (const path of cfg.protected) add(await checkProtected(net, base, path, credentials, insecure));

  if (cfg['security-headers'] && landing) {
    add(evaluateHeaders(landing.url, landing.headers, new URL(landing.url).protocol === 'https:'));
    add(evaluateCookies(landing.url, dedupeCookies(cookies), new URL(landing.url).protocol === 'https:'));
  }

  if (cfg.cors) {
    const targets = [landing?.url ?? base, ...cfg.protected.map((p) => joinUrl(base, p))];
    for (const target of targets) {
      try {
        const res = await httpRequest(net, target, { headers: { origin: EVIL_ORIGIN }, insecure });
        const c = evaluateCors(target, res.headers);
        c.items[0].name = `CORS ${new URL(target).pathname}`;
        add(c);
      } catch (e) {
        part.notes.push(`${target}: CORS not checked: ${describeError(e)}`);
      }
    }
  }

  if (https && cfg['https-redirect']) {
    const httpUrl = httpUrlFor(u, cfg['http-url']);
    if (httpUrl) add(await checkHttpsRedirect(net, base, httpUrl));
    else part.notes.push(`${base}: http → https not checked for a local host (set smoke.http-url)`);
  }

  const sibling = siblingHost(u.hostname);
  if (https && cfg['canonical-host'] && sibling && chain && !chain.loop) {
    const finalHost = new URL(chain.hops[chain.hops.length - 1].url).hostname;
    const resolves = async (h: string) => (await resolveHost(net, h)).addresses.length > 0;
    add(await checkCanonicalHost(net, base, finalHost, sibling, resolves));
  }
  return part;
}

function dedupeCookies(lines: string[]): string[] {
  const byName = new Map<string, string>();
  for (const l of lines) byName.set(l.split('=')[0].trim(), l);
  return [...byName.values()];
}

/** The mail domain(s): `smoke.email.domain`, else each public URL's registrable domain (not a platform's). */
export function mailDomains(ctx: CheckContext, urls: string[], notes: string[]): string[] {
  const cfg = ctx.config.smoke.email;
  if (!cfg.enabled) return [];
  if (cfg.domain) return [cfg.domain];
  const out = new Set<string>();
  for (const url of urls) {
    const host = new URL(url).hostname;
    if (isLocalHost(host)) continue;
    const { domain, platform } = registrableDomain(host);
    if (platform)
      notes.push(`${host} is on a hosting platform's domain: mail records not checked (set smoke.email.domain)`);
    else if (domain) out.add(domain);
  }
  return [...out];
}

async function checkEmail(net: Net, domain: string, selectors: string[], url: string): Promise<Part> {
  const part = emptyPart();
  const resolver = resolverFn(net.resolver);
  mergeParts(part, await checkSpf(domain, resolver, url), await checkDmarc(domain, resolver, url));
  for (const s of selectors) mergeParts(part, await checkDkim(domain, s, resolver, url));
  return part;
}

export async function runSmoke(ctx: CheckContext): Promise<CheckOutcome> {
  const cfg = ctx.config.smoke;
  if (ctx.event.name === 'deployment_status' && !ctx.event.deploymentUrl) {
    return {
      status: 'skipped',
      summary: 'deployment_status event without a successful deployment URL',
      findings: [],
      notes: ['the deployment is not in state success (or has no target_url / environment_url): nothing to test yet'],
    };
  }
  const urls = targetUrls(ctx);
  if (!urls.length) {
    return {
      status: 'error',
      summary: 'no URL to test: set the `url` input, `--url`, or smoke.urls, or run on deployment_status',
      findings: [],
    };
  }
  for (const url of urls) {
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      // reported below
    }
    if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) {
      return { status: 'error', summary: `not an http(s) URL: ${url}`, findings: [] };
    }
  }

  let ca: string[] | undefined;
  try {
    ca = loadCa(ctx.cwd, cfg['ca-file'], ctx.env);
  } catch (e) {
    return { status: 'error', summary: `smoke.ca-file cannot be read: ${describeError(e)}`, findings: [] };
  }
  let resolver: ReturnType<typeof makeResolver>;
  try {
    resolver = makeResolver(cfg.resolver, cfg['request-timeout']);
  } catch (e) {
    return {
      status: 'error',
      summary: `smoke.resolver ${JSON.stringify(cfg.resolver)} is not a DNS server address (like 1.1.1.1 or 127.0.0.1:5353): ${describeError(e)}`,
      findings: [],
    };
  }
  const net: Net = {
    ca,
    resolver,
    customResolver: !!cfg.resolver,
    lookup: cfg.resolver ? resolverLookup(resolver) : undefined,
    timeoutMs: cfg['request-timeout'],
    signal: ctx.signal,
    live: new Set(),
  };
  const deadline = Date.now() + cfg.retry;

  const all = emptyPart();
  const groups: Group[] = [];
  const metrics: UrlMetrics[] = [];
  for (const url of urls) {
    const m: UrlMetrics = { url, routes: [] };
    const p = await checkUrl(ctx, net, url, deadline, m);
    mergeParts(all, p);
    groups.push({ title: url, items: p.items });
    metrics.push(m);
  }

  const publicUrl = urls.find((u) => !isLocalHost(new URL(u).hostname));
  if (publicUrl && cfg.dns.subdomains.length) {
    const p = await checkSubdomains(net, publicUrl, new URL(publicUrl).hostname, cfg.dns.subdomains);
    mergeParts(all, p);
    groups.push({ title: 'DNS', items: p.items });
  }
  const domains = mailDomains(ctx, urls, all.notes);
  for (const domain of domains) {
    const p = await checkEmail(net, domain, cfg.email['dkim-selectors'], publicUrl ?? urls[0]);
    mergeParts(all, p);
    groups.push({ title: `Mail (${domain})`, items: p.items });
  }
  if (!domains.length && cfg.email.enabled && urls.every((u) => isLocalHost(new URL(u).hostname))) {
    all.notes.push('mail records (SPF, DMARC, DKIM) not checked: no public domain (localhost or IP)');
  }

  for (const g of groups)
    for (const item of g.items) settle({ items: [item], findings: item.findings ?? [], notes: [] });
  const failOn = ctx.config['fail-on'];
  const failed = all.items.filter((i) => stateOf(i, failOn) === 'fail').length;
  const warned = all.items.filter((i) => stateOf(i, failOn) === 'warn').length;
  return {
    summary: `${urls.length} URL(s), ${all.items.length} items: ${failed} failed, ${warned} with warnings, ${all.findings.length} findings`,
    findings: all.findings,
    metrics: { urls: metrics },
    markdown: checklistMarkdown(groups, failOn),
    notes: all.notes,
  };
}

export const check: Check = {
  id: 'smoke',
  applies: async (ctx) => ctx.event.name === 'deployment_status' || ctx.config.smoke.urls.length > 0,
  run: runSmoke,
};

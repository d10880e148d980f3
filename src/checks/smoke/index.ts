// Smoke: proves the deployed app works — routes, login, redirects, TLS, headers, DNS and mail records.
import { actionsRunUrl } from '../../event.js';
import { atLeast, type Check, type CheckContext, type CheckOutcome } from '../../types.js';
import { checklistMarkdown, stateOf, type Group } from './checklist.js';
import { checkDkim, checkDmarc, checkSpf, resolverFn } from './email.js';
import { checkHostResolves, checkSubdomains, resolveHost } from './dns.js';
import { evaluateCookies, evaluateCors, evaluateHeaders, EVIL_ORIGIN } from './headers.js';
import { followRedirects, httpRequest, type Chain, type HttpResponse } from './http.js';
import { checkBadInput } from './bad-input.js';
import { evaluateAssetCache, evaluateAuthCache, isFingerprinted } from './cache.js';
import { errorLeakFindings } from './error-leak.js';
import { buildRequest, checkProtected, login, substitute, type Credentials } from './login.js';
import { evaluateMixedContent, isHtml } from './mixed-content.js';
import { checkRateLimit } from './rate-limit.js';
import { checkRedirectMap } from './redirect-map.js';
import { attachRequestIds, evaluateRequestIds, type Seen } from './request-id.js';
import { octokitApi, postWebhook, syncUptime } from './uptime-alert.js';
import { checkWebhooks } from './webhooks.js';
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
import { checkRoute, isTransient, joinUrl, routeSpecs, type RouteSpec } from './routes.js';
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

async function checkUrl(
  ctx: CheckContext,
  net: Net,
  base: string,
  deadline: number,
  m: UrlMetrics,
  seen: Seen[],
  why: WeakMap<HttpResponse, string>,
): Promise<Part & { insecure?: boolean }> {
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

  const specs = routeSpecs(cfg);
  const requests = new Map(specs.map((spec) => [spec, buildRequest(spec.body, spec.headers, ctx.env, ctx.mask)]));
  const runRoute = async (spec: RouteSpec, credentials?: Credentials) => {
    const req = requests.get(spec)!;
    const name = `${spec.method} ${spec.path}`;
    if (req.missing.length) {
      part.items.push({
        url: joinUrl(base, spec.path),
        name,
        value: `not sent: ${req.missing.join(', ')} not set`,
        rules: [],
        state: 'fail',
      });
      part.notes.push(`${name}: variables of its body or headers are not set: ${req.missing.join(', ')}`);
      return undefined;
    }
    const headers = { ...req.headers, ...credentials?.headers };
    const r = await checkRoute(net, base, { ...spec, headers, payload: req.payload }, deadline, insecure);
    add(r);
    m.routes.push({ path: spec.path, status: r.response?.status, ms: r.response?.ms });
    ctx.log.progress?.(
      `smoke: ${spec.method} ${base}${spec.path} · ${r.response ? `${r.response.status} in ${Math.round(r.response.ms)} ms` : 'no answer'}`,
    );
    return r.response;
  };
  for (const spec of specs) if (!spec.auth) await runRoute(spec);

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
  const authed: { res: HttpResponse; name: string }[] = [];
  for (const path of cfg.protected) {
    const p = await checkProtected(net, base, path, credentials, insecure);
    add(p);
    if (p.authed) authed.push({ res: p.authed, name: `GET ${path}` });
  }
  for (const spec of specs.filter((s) => s.auth)) {
    if (!credentials) {
      part.items.push({
        url: joinUrl(base, spec.path),
        name: `${spec.method} ${spec.path}`,
        value: 'not run: no login session',
        rules: ['smoke-login'],
        state: 'skip',
      });
      continue;
    }
    const res = await runRoute(spec, credentials);
    if (res) authed.push({ res, name: `${spec.method} ${spec.path}` });
  }
  for (const a of authed) add(evaluateAuthCache(a.res, a.name));

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

  if (cfg.redirects.length) add(await checkRedirectMap(net, base, cfg.redirects, insecure));
  if (cfg.webhooks.length) add(await checkWebhooks(net, base, cfg.webhooks, insecure));
  if (cfg.probes['bad-input']) {
    const skip = new Set([cfg.login?.path, ...cfg.webhooks]);
    for (const spec of specs.filter((s) => ['POST', 'PUT', 'PATCH'].includes(s.method) && !skip.has(s.path))) {
      if (spec.auth && !credentials) continue;
      const req = requests.get(spec)!;
      if (req.missing.length) continue;
      let sample: unknown;
      try {
        sample = req.payload ? JSON.parse(req.payload) : undefined;
      } catch {
        sample = undefined;
      }
      const target = {
        path: spec.path,
        method: spec.method,
        headers: { ...req.headers, ...(spec.auth ? credentials?.headers : {}) },
        sample,
      };
      add(await checkBadInput(net, base, target, (res, variant) => why.set(res, `with ${variant}`)));
    }
  }

  if (cfg['mixed-content'] && https) {
    const pages = new Map<string, HttpResponse>();
    for (const s of seen)
      if (s.method === 'GET' && s.res.status === 200 && isHtml(s.res) && s.res.url.startsWith('https:'))
        pages.set(new URL(s.res.url).toString(), s.res);
    const mixed = evaluateMixedContent(base, [...pages.values()]);
    if (pages.size) add(mixed);
    const assets = mixed.assets.filter(isFingerprinted);
    const fetched: HttpResponse[] = [];
    for (const a of [...assets].slice(0, 5)) {
      try {
        fetched.push(await httpRequest(net, a, { insecure }));
      } catch {
        // an asset that does not load is the page's problem, not the cache's
      }
    }
    add(evaluateAssetCache(fetched));
  }

  const sibling = siblingHost(u.hostname);
  if (https && cfg['canonical-host'] && sibling && chain && !chain.loop) {
    const finalHost = new URL(chain.hops[chain.hops.length - 1].url).hostname;
    const resolves = async (h: string) => (await resolveHost(net, h)).addresses.length > 0;
    add(await checkCanonicalHost(net, base, finalHost, sibling, resolves));
  }
  return { ...part, insecure };
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
  const perUrl: { url: string; part: Part & { insecure?: boolean }; seen: Seen[] }[] = [];
  const why = new WeakMap<HttpResponse, string>();
  for (const url of urls) {
    const m: UrlMetrics = { url, routes: [] };
    const seen: Seen[] = [];
    net.onResponse = (res, method) => seen.push({ res, method });
    perUrl.push({ url, part: await checkUrl(ctx, net, url, deadline, m, seen, why), seen });
    metrics.push(m);
  }
  // Wrong logins go last: a limiter that starts refusing must not fail the other checks.
  const rateLimit = cfg.probes['rate-limit'];
  for (const { url, part, seen } of perUrl) {
    net.onResponse = (res, method) => seen.push({ res, method });
    if (rateLimit && cfg.login && !part.insecure)
      mergeParts(part, await checkRateLimit(net, url, cfg.login, rateLimit, ctx.env, ctx.mask));
  }
  net.onResponse = undefined;
  for (const { url, part, seen } of perUrl) {
    const answers = seen.filter((s) => !/javascript|css|image|font/i.test(String(s.res.headers['content-type'])));
    const leaks = errorLeakFindings(answers.map((s) => ({ ...s, why: why.get(s.res) })));
    mergeParts(part, {
      items: [
        {
          url,
          name: 'Error details in responses',
          value: leaks.length
            ? `${leaks.length} leak${leaks.length === 1 ? '' : 's'}`
            : `none in ${answers.length} response${answers.length === 1 ? '' : 's'}`,
          rules: ['smoke-error-leak'],
        },
      ],
      findings: leaks,
      notes: [],
    });
    if (cfg['request-id']) {
      mergeParts(part, evaluateRequestIds(url, seen, cfg['request-id']));
      attachRequestIds(url, part.items, part.findings, seen, cfg['request-id']);
    }
    mergeParts(all, part);
    groups.push({ title: url, items: part.items });
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
  if (cfg.alert) {
    const statuses = perUrl.map(({ url, part }) => {
      const bad = part.items.find((i) => stateOf(i, failOn) === 'fail');
      const f = bad?.findings?.find((x) => atLeast(x.severity, failOn));
      return { url, failing: !!bad, reason: bad ? (f?.message ?? `${bad.name}: ${bad.value}`) : undefined };
    });
    const p = await uptimeAlerts(ctx, statuses);
    mergeParts(all, p);
    groups.push({ title: 'Uptime alert', items: p.items });
  }
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

/** Scheduled and push runs keep a failure streak per URL on GitHub and alert after `alert.after` in a row. */
async function uptimeAlerts(
  ctx: CheckContext,
  statuses: { url: string; failing: boolean; reason?: string }[],
): Promise<Part> {
  const alert = ctx.config.smoke.alert!;
  const part = emptyPart();
  const item = (value: string, state?: 'warn' | 'skip') =>
    part.items.push({ url: statuses[0]?.url ?? '', name: 'Uptime alert', value, rules: [], state });
  if (ctx.event.name === 'pull_request' || ctx.event.name === 'pull_request_target') {
    item('not on pull requests (scheduled and deploy runs keep the streak)', 'skip');
    return part;
  }
  const repo = ctx.github?.repository ?? ctx.event.repository;
  if (!ctx.github || !repo) {
    item('not kept: needs github-token (issues: write) in a GitHub Actions run', 'warn');
    part.notes.push(
      'smoke.alert: no github-token or repository: the failure streak cannot be kept and no alert is sent',
    );
    return part;
  }
  let webhook: string | undefined;
  if (alert.webhook) {
    const missing = new Set<string>();
    webhook = substitute(alert.webhook, ctx.env, ctx.mask, missing) as string;
    if (missing.size || !/^https?:\/\//.test(webhook)) {
      part.notes.push(
        `smoke.alert.webhook: ${missing.size ? `${[...missing].join(', ')} not set` : 'not an http(s) URL'}: no webhook alert`,
      );
      webhook = undefined;
    } else ctx.mask(webhook);
  }
  const runUrl = actionsRunUrl(ctx.env, repo);
  try {
    const api = await octokitApi(ctx.github.token, ctx.github.apiUrl, repo.owner, repo.repo);
    for (const s of statuses) {
      const said = await syncUptime(api, s, {
        after: alert.after,
        issue: alert.issue,
        now: new Date(),
        runUrl,
        notify: webhook ? (text) => postWebhook(webhook!, text, ctx.signal) : undefined,
      });
      part.items.push({ url: s.url, name: `Uptime alert ${new URL(s.url).host}`, value: said, rules: [] });
    }
  } catch (err) {
    item(`not kept: ${describeError(err)}`, 'warn');
    part.notes.push(
      `smoke.alert: the GitHub API call failed (${describeError(err)}); check the token has issues: write`,
    );
  }
  return part;
}

export const check: Check = {
  id: 'smoke',
  applies: async (ctx) => ctx.event.name === 'deployment_status' || ctx.config.smoke.urls.length > 0,
  run: runSmoke,
};

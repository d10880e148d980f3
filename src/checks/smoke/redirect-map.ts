// Redirect map: old URLs still lead to their new place, with the kind of redirect that was asked for.
import type { RedirectRule } from './config.js';
import { followRedirects, formatChain, type Chain } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, type Net } from './net.js';
import { MAX_NEEDED_HOPS } from './redirects.js';
import { joinUrl } from './routes.js';

const PERMANENT = new Set([301, 308]);
const kind = (status: number) => (PERMANENT.has(status) ? 'permanent' : 'temporary');

/** Same place, ignoring a trailing slash and default ports. */
function samePlace(a: string, b: string): boolean {
  const norm = (s: string) => {
    const u = new URL(s);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
  };
  return norm(a) === norm(b);
}

/** Judges one followed chain against its rule. Pure. */
export function evaluateRedirectRule(base: string, rule: RedirectRule, chain: Chain): Part {
  const part = emptyPart();
  const from = joinUrl(base, rule.from);
  const target = /^https?:\/\//i.test(rule.to) ? rule.to : joinUrl(base, rule.to);
  const shown = formatChain(chain.hops);
  const redirects = chain.hops.length - 1;
  const problems: { severity: 'high' | 'medium'; text: string; key: string }[] = [];
  const first = chain.hops[0].status;
  const last = chain.hops[chain.hops.length - 1];
  if (redirects === 0) {
    problems.push({ severity: 'high', key: 'none', text: `answered ${first} instead of redirecting to ${rule.to}` });
  } else {
    if (chain.loop || chain.broken || chain.failed)
      problems.push({
        severity: 'high',
        key: 'broken',
        text: chain.loop ? 'the redirects loop' : `the redirect breaks (${chain.broken ?? chain.failed})`,
      });
    else if (!samePlace(last.url, target))
      problems.push({ severity: 'high', key: 'target', text: `ends at ${last.url}, expected ${target}` });
    else if (!chain.final || chain.final.status >= 400)
      problems.push({ severity: 'high', key: 'target', text: `the target answers ${last.status}` });
    if (kind(first) !== kind(rule.status))
      problems.push({
        severity: 'high',
        key: 'status',
        text: `the first redirect is ${first} (${kind(first)}), expected ${rule.status} (${kind(rule.status)})`,
      });
    if (redirects > MAX_NEEDED_HOPS)
      problems.push({
        severity: 'medium',
        key: 'hops',
        text: `${redirects} redirects, at most ${MAX_NEEDED_HOPS} wanted`,
      });
  }
  for (const p of problems)
    part.findings.push(
      finding({
        rule: 'smoke-redirect-map',
        severity: p.severity,
        url: from,
        key: `${rule.from} ${p.key}`,
        message: `${rule.from}: ${p.text}: ${shown}`,
        why:
          p.key === 'status'
            ? 'a temporary redirect keeps search engines on the old URL (and a permanent one is cached by browsers for good): old links lose their ranking or stick to the wrong place'
            : p.key === 'hops'
              ? 'each hop costs a round trip and search engines stop following long chains'
              : 'old links, bookmarks and search results lead visitors to an error or the wrong page',
        fix: `redirect ${rule.from} straight to ${rule.to} with ${rule.status}`,
      }),
    );
  part.items.push({
    url: from,
    name: `Redirect ${rule.from}`,
    value: shown,
    rules: ['smoke-redirect-map'],
  });
  return part;
}

export async function checkRedirectMap(
  net: Net,
  base: string,
  rules: RedirectRule[],
  insecure: boolean,
): Promise<Part> {
  const part = emptyPart();
  for (const rule of rules) {
    const from = joinUrl(base, rule.from);
    try {
      const chain = await followRedirects(net, from, { insecure });
      const p = evaluateRedirectRule(base, rule, chain);
      part.items.push(...p.items.map((i) => ({ ...i, findings: p.findings })));
      part.findings.push(...p.findings);
    } catch (e) {
      const f = finding({
        rule: 'smoke-redirect-map',
        severity: 'high',
        url: from,
        key: `${rule.from} broken`,
        message: `${rule.from} failed: ${describeError(e)}`,
        why: 'old links, bookmarks and search results lead visitors to an error',
        fix: `serve a redirect from ${rule.from} to ${rule.to}`,
      });
      part.findings.push(f);
      part.items.push({
        url: from,
        name: `Redirect ${rule.from}`,
        value: describeError(e),
        rules: ['smoke-redirect-map'],
        findings: [f],
      });
    }
  }
  return part;
}

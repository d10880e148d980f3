// Cache safety: answers given to a logged-in user must never be stored by a shared cache; static assets should be.
import type { Severity } from '../../types.js';
import type { HttpResponse } from './http.js';
import { emptyPart, finding, type Part } from './model.js';

const header = (res: HttpResponse, name: string): string => {
  const v = res.headers[name];
  return (Array.isArray(v) ? v.join(', ') : (v ?? '')).trim();
};

/** `Cache-Control` directives, lower-cased names, values unquoted. */
export function cacheDirectives(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const [k, ...v] = part.split('=');
    const name = k.trim().toLowerCase();
    if (name) out.set(name, v.join('=').trim().replace(/^"|"$/g, ''));
  }
  return out;
}

/** Why a logged-in answer may be served to someone else, or what makes it risky; undefined when safe. */
export function authCacheProblem(res: HttpResponse): { severity: Severity; reason: string } | undefined {
  const cc = cacheDirectives(header(res, 'cache-control'));
  const num = (k: string) => Number.parseInt(cc.get(k) ?? '', 10);
  // Evidence that a shared cache already served this answer.
  const hit = [
    ['cf-cache-status', /^hit$/i],
    ['x-cache', /\bhit\b/i],
    ['x-vercel-cache', /^(?:hit|stale)$/i],
    ['x-nextjs-cache', /^(?:hit|stale)$/i],
    ['x-cache-status', /^hit$/i],
    ['cdn-cache', /^hit$/i],
  ].find(([name, re]) => (re as RegExp).test(header(res, name as string)));
  if (hit)
    return { severity: 'blocker', reason: `a shared cache served it (${hit[0]}: ${header(res, hit[0] as string)})` };
  const age = Number.parseInt(header(res, 'age'), 10);
  if (age > 0) return { severity: 'blocker', reason: `a shared cache served it (age: ${age})` };
  if (cc.has('no-store') || cc.has('private')) return undefined;
  if (cc.has('public')) return { severity: 'blocker', reason: 'Cache-Control: public' };
  if (num('s-maxage') > 0) return { severity: 'blocker', reason: `Cache-Control s-maxage=${num('s-maxage')}` };
  if (res.setCookies.length)
    return { severity: 'blocker', reason: 'it sets a cookie without Cache-Control private or no-store' };
  if (num('max-age') > 0)
    return { severity: 'medium', reason: `Cache-Control max-age=${num('max-age')} without private` };
  return undefined;
}

/** One item per logged-in answer; a blocker when a shared cache may hand it to another user. */
export function evaluateAuthCache(res: HttpResponse, name: string): Part {
  const part = emptyPart();
  const path = new URL(res.url).pathname;
  const problem = res.status < 400 ? authCacheProblem(res) : undefined;
  if (problem) {
    part.findings.push(
      finding({
        rule: 'smoke-cache-authenticated',
        severity: problem.severity,
        url: res.url,
        key: path,
        message: `${name} after login is cacheable by a shared cache: ${problem.reason}`,
        why: "a CDN or proxy that stores a logged-in page serves one user's data and session to the next visitor, or logs everyone out",
        fix: 'send `Cache-Control: private, no-store` on every authenticated response (and `Vary: Cookie` if a CDN sits in front); never cache responses that set cookies',
      }),
    );
  }
  part.items.push({
    url: res.url,
    name: `Cache ${name} (logged in)`,
    value: header(res, 'cache-control') ? `Cache-Control: ${header(res, 'cache-control')}` : 'no Cache-Control',
    rules: ['smoke-cache-authenticated'],
  });
  return part;
}

const WEEK = 7 * 24 * 3600;
/** A file name with a content hash: the URL changes when the content does, so it can be cached for long. */
export const isFingerprinted = (url: string) =>
  /[.-][0-9a-f]{8,}\.|[.-][A-Za-z0-9_-]{8,}\.(?:m?js|css)$|\/_next\/static\/(?:chunks|css|media)\//.test(
    new URL(url).pathname,
  ) && /\.(?:m?js|css)$/.test(new URL(url).pathname);

/** Fingerprinted scripts and styles should be cached for at least a week. */
export function evaluateAssetCache(assets: HttpResponse[]): Part {
  const part = emptyPart();
  const short = assets.filter((a) => {
    if (a.status !== 200) return false;
    const cc = cacheDirectives(header(a, 'cache-control'));
    const maxAge = Number.parseInt(cc.get('s-maxage') ?? cc.get('max-age') ?? '', 10);
    return cc.has('no-store') || cc.has('no-cache') || !(maxAge >= WEEK);
  });
  for (const a of short) {
    const path = new URL(a.url).pathname;
    part.findings.push(
      finding({
        rule: 'smoke-cache-authenticated',
        severity: 'low',
        url: a.url,
        key: `asset ${path.replace(/[.-][0-9a-f]{8,}|[.-][A-Za-z0-9_-]{8,}(?=\.(?:m?js|css)$)/g, '')}`,
        message: `static asset ${path} is served with ${header(a, 'cache-control') ? `Cache-Control: ${header(a, 'cache-control')}` : 'no Cache-Control'}`,
        why: 'a fingerprinted file never changes under its name: without a long cache lifetime every visit downloads it again',
        fix: 'serve hashed assets with `Cache-Control: public, max-age=31536000, immutable`',
      }),
    );
  }
  if (assets.length)
    part.items.push({
      url: assets[0].url,
      name: 'Static asset caching',
      value: `${assets.length - short.length} of ${assets.length} hashed assets cached for a week or more`,
      rules: ['smoke-cache-authenticated'],
    });
  return part;
}

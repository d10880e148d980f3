// Security headers, cookies and CORS: pure rules on one response.
import type { IncomingHttpHeaders } from 'node:http';
import { evaluateCsp } from './csp.js';
import { finding, emptyPart, type Part } from './model.js';

const HALF_YEAR = 15_552_000;

/** RFC 6797: `;`-separated directives, each at most once, `max-age` required (digits, maybe quoted). */
export function parseHsts(value: string): { maxAge?: number; problem?: string } {
  if (value.includes(',')) return { problem: 'sent more than once' };
  const seen = new Set<string>();
  let maxAge: number | undefined;
  for (const raw of value.split(';')) {
    const d = raw.trim();
    if (!d) continue;
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*(.*))?$/.exec(d);
    if (!m) return { problem: `cannot read ${JSON.stringify(d.slice(0, 40))}` };
    const name = m[1].toLowerCase();
    if (seen.has(name)) return { problem: `${m[1]} given twice` };
    seen.add(name);
    if (name === 'max-age') {
      const v = (m[2] ?? '').trim().replace(/^"(.*)"$/, '$1');
      if (!/^\d+$/.test(v)) return { problem: `max-age ${JSON.stringify(v)} is not a number of seconds` };
      maxAge = Number(v);
    }
  }
  if (maxAge === undefined) return { problem: 'no max-age' };
  return { maxAge };
}

const REFERRER_POLICIES = new Set([
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
]);

/** The policy browsers apply: the last valid token of the comma-separated list; undefined when none is valid. */
export function referrerPolicy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => REFERRER_POLICIES.has(t));
  return valid[valid.length - 1];
}

const one = (h: IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** HSTS, nosniff, framing, referrer policy, CSP on an HTTPS response. */
export function evaluateHeaders(url: string, headers: IncomingHttpHeaders, https: boolean): Part {
  const part = emptyPart();
  const f = part.findings;
  const seen: string[] = [];

  if (https) {
    const hsts = one(headers, 'strict-transport-security');
    const parsed = hsts === undefined ? undefined : parseHsts(hsts);
    if (!parsed) {
      f.push(
        finding({
          rule: 'header-hsts',
          severity: 'medium',
          url,
          message: 'no Strict-Transport-Security header',
          why: 'without HSTS a first plain-http visit can be intercepted and downgraded (SSL stripping)',
          fix: 'send `Strict-Transport-Security: max-age=31536000; includeSubDomains`',
        }),
      );
    } else if (parsed.problem || parsed.maxAge === 0) {
      f.push(
        finding({
          rule: 'header-hsts',
          severity: 'medium',
          url,
          message: parsed.problem
            ? `Strict-Transport-Security is invalid (${parsed.problem}): browsers ignore it`
            : 'Strict-Transport-Security max-age=0 turns HSTS off',
          why: 'an HSTS header browsers ignore is the same as none: a first plain-http visit can be downgraded (SSL stripping)',
          fix: 'send exactly one `Strict-Transport-Security: max-age=31536000; includeSubDomains` (each directive once)',
        }),
      );
    } else if (parsed.maxAge! < HALF_YEAR) {
      f.push(
        finding({
          rule: 'header-hsts',
          severity: 'low',
          url,
          message: `Strict-Transport-Security max-age is ${parsed.maxAge} seconds (under 180 days)`,
          why: 'a short max-age lets the protection lapse between visits',
          fix: 'use max-age=31536000 (one year) once HTTPS is stable everywhere',
        }),
      );
    }
    seen.push(!parsed ? 'no HSTS' : parsed.problem ? 'invalid HSTS' : `HSTS max-age=${parsed.maxAge}`);
  }

  const xcto = one(headers, 'x-content-type-options');
  // Fetch reads the first comma-separated value, compared without case.
  if (xcto === undefined || (xcto.split(',')[0] ?? '').trim().toLowerCase() !== 'nosniff') {
    f.push(
      finding({
        rule: 'header-content-type-options',
        severity: xcto === undefined ? 'low' : 'medium',
        url,
        message:
          xcto === undefined
            ? 'X-Content-Type-Options is not `nosniff`'
            : `X-Content-Type-Options is ${JSON.stringify(xcto.slice(0, 60))}, not \`nosniff\`: browsers ignore it`,
        why: 'browsers may guess a content type and run an uploaded file as script',
        fix: 'send `X-Content-Type-Options: nosniff`',
      }),
    );
  }

  const csp = one(headers, 'content-security-policy');
  const xfo = (one(headers, 'x-frame-options') ?? '').trim().toUpperCase();
  const frameAncestors = csp && /(^|;)\s*frame-ancestors\s/i.test(csp);
  if (!frameAncestors && xfo !== 'DENY' && xfo !== 'SAMEORIGIN') {
    f.push(
      finding({
        rule: 'header-frame-options',
        severity: 'medium',
        url,
        message: 'neither X-Frame-Options (DENY/SAMEORIGIN) nor CSP frame-ancestors is set',
        why: 'any site can frame this page and trick users into clicking (clickjacking)',
        fix: "send `Content-Security-Policy: frame-ancestors 'self'` (or `X-Frame-Options: DENY`)",
      }),
    );
  }

  // An empty header is the same as none: browsers keep their default.
  const referrer = one(headers, 'referrer-policy')?.trim() || undefined;
  const policy = referrerPolicy(referrer);
  if (referrer === undefined || !policy || policy === 'unsafe-url') {
    f.push(
      finding({
        rule: 'header-referrer-policy',
        // Browsers default to strict-origin-when-cross-origin: a missing header is safe enough.
        severity: referrer === undefined ? 'low' : 'medium',
        url,
        message:
          referrer === undefined
            ? 'no Referrer-Policy header'
            : policy
              ? 'Referrer-Policy is unsafe-url: full URLs go to every site, even over plain http'
              : `Referrer-Policy ${JSON.stringify(referrer.slice(0, 60))} has no valid policy: browsers ignore it`,
        why: 'full URLs (with tokens or ids in the path or query) leak to other sites through the Referer header',
        fix: 'send `Referrer-Policy: strict-origin-when-cross-origin` (or stricter)',
      }),
    );
  }

  const reportOnly = one(headers, 'content-security-policy-report-only');
  if (!csp) {
    f.push(
      finding({
        rule: 'header-csp',
        severity: 'low',
        url,
        message: reportOnly
          ? 'only Content-Security-Policy-Report-Only: the policy is reported, not enforced'
          : 'no Content-Security-Policy header',
        why: 'a CSP limits what an injected script can load or do; without one, an XSS bug has full reach',
        fix: "start with `Content-Security-Policy: default-src 'self'; frame-ancestors 'self'` and widen as needed",
      }),
    );
  } else {
    for (const p of evaluateCsp([csp]))
      f.push(
        finding({
          rule: 'header-csp',
          severity: p.severity,
          url,
          key: p.key,
          message: `Content-Security-Policy: ${p.text}`,
          why: 'a policy with this gap does not stop an injected script, which is what a CSP is for',
          fix: "use nonces or hashes for inline scripts (`script-src 'nonce-…' 'strict-dynamic'`), drop 'unsafe-inline'/'unsafe-eval' and wildcards, add `object-src 'none'; base-uri 'none'`",
        }),
      );
  }
  seen.push(csp ? 'CSP' : 'no CSP');

  part.items.push({
    url,
    name: 'Security headers',
    value: seen.join(', '),
    rules: [
      'header-hsts',
      'header-content-type-options',
      'header-frame-options',
      'header-referrer-policy',
      'header-csp',
    ],
  });
  return part;
}

export interface Cookie {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
}

/** Name and attributes of one Set-Cookie header (values are ignored: they may be secrets). */
export function parseSetCookie(line: string): Cookie {
  const [pair, ...attrs] = line.split(';');
  const name = pair.split('=')[0].trim();
  const c: Cookie = { name, secure: false, httpOnly: false };
  for (const a of attrs) {
    const [k, v] = a.split('=').map((s) => s.trim());
    const key = k.toLowerCase();
    if (key === 'secure') c.secure = true;
    else if (key === 'httponly') c.httpOnly = true;
    else if (key === 'samesite') c.sameSite = (v ?? '').toLowerCase();
  }
  return c;
}

const SESSIONISH = /sess|sid|auth|token|jwt|login|remember|csrf|xsrf/i;
const SAME_SITE = new Set(['strict', 'lax', 'none']);

/** Cookies a hosting platform or CDN sets on your domain: their flags are not yours to change. */
const PLATFORM_COOKIES: [RegExp, string][] = [
  [/^(?:__cf_bm|_cfuvid|cf_clearance|__cflb|__cfruid|__cfwaitingroom|cf_ob_info|cf_use_ob)$/, 'Cloudflare'],
  [/^(?:AWSALB|AWSALBCORS|AWSALBTG|AWSALBTGCORS|AWSELB|AWSELBCORS)$/, 'AWS load balancers'],
  [/^(?:_vercel_jwt|_vercel_sso_nonce|__vercel_live_token|__vdpl)$/, 'Vercel'],
  [/^(?:nf_ab|nf_jwt|__nf_)/, 'Netlify'],
  [/^(?:ARRAffinity|ARRAffinitySameSite)$/, 'Azure App Service'],
  [/^(?:GCLB|GAESA)$/, 'Google Cloud'],
  [/^(?:fly-force-instance-id|fly_)/, 'Fly.io'],
  [/^(?:__ddg\d*|__ddgid_|__ddgmark_)/, 'DDoS-Guard'],
  [/^(?:incap_ses_|visid_incap_|nlbi_)/, 'Imperva'],
  [/^(?:ak_bmsc|bm_sz|bm_sv|_abck|bm_mi)$/, 'Akamai'],
];

export const platformOf = (name: string) => PLATFORM_COOKIES.find(([re]) => re.test(name))?.[1];

/** Secure / HttpOnly / SameSite on every cookie set over HTTPS. */
export function evaluateCookies(url: string, setCookies: string[], https: boolean): Part {
  const part = emptyPart();
  const platform: string[] = [];
  for (const line of setCookies) {
    const c = parseSetCookie(line);
    const owner = platformOf(c.name);
    if (owner) {
      platform.push(`${c.name} (${owner})`);
      continue;
    }
    const problems: string[] = [];
    const sessionish = SESSIONISH.test(c.name) && !/csrf|xsrf/i.test(c.name);
    let severity: 'medium' | 'low' = 'low';
    if (https && !c.secure) {
      problems.push('no Secure');
      severity = 'medium';
    }
    if (!c.httpOnly && sessionish) {
      problems.push('no HttpOnly');
      severity = 'medium';
    }
    if (c.sameSite === undefined) problems.push('no SameSite');
    else if (!SAME_SITE.has(c.sameSite)) {
      problems.push(`SameSite=${c.sameSite || '(empty)'} is not Strict, Lax or None (browsers ignore it)`);
      severity = 'medium';
    } else if (c.sameSite === 'none' && !c.secure) {
      problems.push('SameSite=None without Secure');
      severity = 'medium';
    }
    if (!problems.length) continue;
    part.findings.push(
      finding({
        rule: 'cookie-flags',
        severity,
        url,
        key: c.name,
        message: `cookie ${c.name}: ${problems.join(', ')}`,
        why: 'without Secure the cookie travels over plain http; without HttpOnly a script (XSS) can read it; without SameSite it rides along on cross-site requests (CSRF)',
        fix: `set ${c.name} with \`Secure; HttpOnly; SameSite=Lax\` (HttpOnly may be dropped only for cookies scripts must read)`,
      }),
    );
  }
  if (platform.length)
    part.notes.push(
      `${url}: cookies set by the platform, not judged (their flags are not yours to change): ${platform.join(', ')}`,
    );
  part.items.push({
    url,
    name: 'Cookie flags',
    value: setCookies.length
      ? `${setCookies.length} cookie(s): ${setCookies.map((l) => parseSetCookie(l).name).join(', ')}`
      : 'no cookies set',
    rules: ['cookie-flags'],
  });
  return part;
}

export const EVIL_ORIGIN = 'https://evil.example';

/** CORS answer to a request from an unrelated origin. */
export function evaluateCors(url: string, headers: IncomingHttpHeaders): Part {
  const part = emptyPart();
  const allow = one(headers, 'access-control-allow-origin')?.trim();
  const credentials = one(headers, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
  if (allow === '*' && credentials) {
    part.findings.push(
      finding({
        rule: 'cors-wildcard-credentials',
        severity: 'medium',
        url,
        message: 'Access-Control-Allow-Origin `*` together with Allow-Credentials `true`',
        why: 'browsers reject this pair, so credentialed calls break, and it usually means the next step is reflecting origins',
        fix: 'list the trusted origins explicitly, or drop Allow-Credentials for a public API',
      }),
    );
  }
  if (allow && allow.toLowerCase() === EVIL_ORIGIN) {
    part.findings.push(
      finding({
        rule: 'cors-reflects-origin',
        severity: credentials ? 'high' : 'low',
        url,
        message: `the server echoes any Origin back (sent ${EVIL_ORIGIN}, got it in Access-Control-Allow-Origin${credentials ? ' with credentials' : ''})`,
        why: credentials
          ? "any website can make logged-in users' browsers call this API and read the answers"
          : 'any website can read these responses; harmless only for truly public data',
        fix: 'compare Origin against an allow-list of your own front-end origins before echoing it',
      }),
    );
  }
  part.items.push({
    url,
    name: 'CORS',
    value: allow
      ? `Allow-Origin ${allow}${credentials ? ' + credentials' : ''} for ${EVIL_ORIGIN}`
      : `no CORS grant for ${EVIL_ORIGIN}`,
    rules: ['cors-wildcard-credentials', 'cors-reflects-origin'],
  });
  return part;
}

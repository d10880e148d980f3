// Security headers, cookies and CORS: pure rules on one response.
import type { IncomingHttpHeaders } from 'node:http';
import { finding, emptyPart, type Part } from './model.js';

const HALF_YEAR = 15_552_000;

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
    const maxAge = hsts ? /max-age\s*=\s*"?(\d+)/i.exec(hsts)?.[1] : undefined;
    if (!hsts) {
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
    } else if (maxAge === undefined || Number(maxAge) < HALF_YEAR) {
      f.push(
        finding({
          rule: 'header-hsts',
          severity: 'low',
          url,
          message: `Strict-Transport-Security max-age is ${maxAge ?? 'missing'} seconds (under 180 days)`,
          why: 'a short max-age lets the protection lapse between visits',
          fix: 'use max-age=31536000 (one year) once HTTPS is stable everywhere',
        }),
      );
    }
    seen.push(hsts ? `HSTS max-age=${maxAge ?? '?'}` : 'no HSTS');
  }

  if ((one(headers, 'x-content-type-options') ?? '').trim().toLowerCase() !== 'nosniff') {
    f.push(
      finding({
        rule: 'header-content-type-options',
        severity: 'low',
        url,
        message: 'X-Content-Type-Options is not `nosniff`',
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

  const referrer = (one(headers, 'referrer-policy') ?? '').toLowerCase();
  if (!referrer || /unsafe-url/.test(referrer)) {
    f.push(
      finding({
        rule: 'header-referrer-policy',
        severity: 'low',
        url,
        message: referrer ? `Referrer-Policy is ${referrer}` : 'no Referrer-Policy header',
        why: 'full URLs (with tokens or ids in the path or query) leak to other sites through the Referer header',
        fix: 'send `Referrer-Policy: strict-origin-when-cross-origin` (or stricter)',
      }),
    );
  }

  if (!csp) {
    f.push(
      finding({
        rule: 'header-csp',
        severity: 'low',
        url,
        message: 'no Content-Security-Policy header',
        why: 'a CSP limits what an injected script can load or do; without one, an XSS bug has full reach',
        fix: "start with `Content-Security-Policy: default-src 'self'; frame-ancestors 'self'` and widen as needed",
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

/** Secure / HttpOnly / SameSite on every cookie set over HTTPS. */
export function evaluateCookies(url: string, setCookies: string[], https: boolean): Part {
  const part = emptyPart();
  for (const line of setCookies) {
    const c = parseSetCookie(line);
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
    if (!c.sameSite) problems.push('no SameSite');
    else if (c.sameSite === 'none' && !c.secure) problems.push('SameSite=None without Secure');
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

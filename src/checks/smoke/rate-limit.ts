// Login rate limit (opt-in): wrong logins, one at a time and bounded, must meet a 429, a 423 or a lockout.
import { randomBytes } from 'node:crypto';
import type { SmokeLogin } from './config.js';
import { httpRequest } from './http.js';
import { buildRequest } from './login.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, isLocalHost, type Net } from './net.js';
import { joinUrl } from './routes.js';

const PASSWORD_KEY = /pass(?:word|wd|phrase)?|secret|pin$/i;
const PASSWORD_VAR = /\$\{[A-Za-z0-9_]*(?:PASS|SECRET|PWD)[A-Za-z0-9_]*\}/i;
const LOCKOUT =
  /too many (?:login )?(?:attempts|requests|tries)|rate.?limit|locked|try again (?:later|in)|temporarily blocked/i;

/** The login body with its password replaced by `wrong`; undefined when no password can be found. */
export function wrongLoginBody(body: SmokeLogin['body'], wrong: string): SmokeLogin['body'] | undefined {
  if (typeof body === 'string') {
    if (PASSWORD_VAR.test(body)) return body.replace(PASSWORD_VAR, wrong);
    const form = body.replace(/((?:^|&)[^=&]*pass[^=&]*=)[^&]*/i, `$1${wrong}`);
    return form !== body ? form : undefined;
  }
  if (!body) return undefined;
  let replaced = false;
  const walk = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string' && (PASSWORD_KEY.test(key) || PASSWORD_VAR.test(v))) {
      replaced = true;
      return wrong;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const out = walk(body) as SmokeLogin['body'];
  return replaced ? out : undefined;
}

export interface RateLimitOptions {
  path?: string;
  attempts: number;
}

export async function checkRateLimit(
  net: Net,
  base: string,
  login: SmokeLogin,
  o: RateLimitOptions,
  env: NodeJS.ProcessEnv,
  mask: (v: string) => void,
): Promise<Part> {
  const part = emptyPart();
  const path = o.path ?? login.path;
  const url = joinUrl(base, path);
  const name = `Login rate limit ${path}`;
  const rules = ['smoke-no-rate-limit'];
  if (new URL(url).protocol === 'http:' && !isLocalHost(new URL(url).hostname)) {
    part.items.push({ url, name, value: 'not run: plain http', rules, state: 'skip' });
    return part;
  }
  const wrong = `lg-wrong-${randomBytes(9).toString('base64url')}`;
  const body = wrongLoginBody(login.body, wrong);
  if (!body) {
    part.items.push({ url, name, value: 'not run: no password field in smoke.login.body', rules, state: 'skip' });
    part.notes.push(
      `${name}: smoke.login.body has no password field (a key like "password" or a \${…PASSWORD} variable) to replace`,
    );
    return part;
  }
  const req = buildRequest(body, login.headers, env, mask);
  let last = '';
  for (let i = 1; i <= o.attempts; i++) {
    if (net.signal.aborted) break;
    let status: number;
    let text: string;
    try {
      const res = await httpRequest(net, url, { method: login.method, headers: req.headers, body: req.payload });
      status = res.status;
      text = res.body.slice(0, 4096);
    } catch (e) {
      // A refused or reset connection after a few tries is a limiter dropping us, as good as a 429.
      if (i > 1) {
        part.items.push({
          url,
          name,
          value: `connection refused after ${i - 1} wrong logins (${describeError(e)})`,
          rules,
        });
        return part;
      }
      part.notes.push(`${name}: not measured: ${describeError(e)}`);
      part.items.push({ url, name, value: describeError(e), rules, state: 'skip' });
      return part;
    }
    last = String(status);
    if (status === 429 || status === 423 || LOCKOUT.test(text)) {
      part.items.push({ url, name, value: `${status} after ${i} wrong login${i === 1 ? '' : 's'}`, rules });
      return part;
    }
  }
  part.findings.push(
    finding({
      rule: 'smoke-no-rate-limit',
      severity: 'high',
      url,
      key: path,
      message: `${o.attempts} wrong logins in a row to ${path} were all answered (last ${last}), never a 429 or a lockout`,
      why: 'without a limit anyone can try passwords against your users as fast as the server answers (credential stuffing)',
      fix: 'limit failed logins per account and per IP (e.g. 5 per minute) and answer 429 with Retry-After; most auth libraries and edge platforms have it built in',
    }),
  );
  part.items.push({ url, name, value: `${o.attempts} wrong logins, no limit met`, rules });
  return part;
}

// Declarative login and protected routes: credentials from env vars, never printed.
import type { SmokeLogin } from './config.js';
import { httpRequest, isRedirect, type HttpResponse } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, isLocalHost, type Net } from './net.js';
import { jsonAt, joinUrl } from './routes.js';

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Replaces `${NAME}` from env; reports missing names; masks every value substituted. */
export function substitute(
  value: unknown,
  env: NodeJS.ProcessEnv,
  mask: (v: string) => void,
  missing: Set<string>,
): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_, name: string) => {
      const v = env[name];
      if (v === undefined || v === '') {
        missing.add(name);
        return '';
      }
      mask(v);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, env, mask, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, env, mask, missing)]));
  }
  return value;
}

/** Headers and body of a configured request: `${NAME}` from env, a mapping body sent as JSON. */
export function buildRequest(
  body: unknown,
  rawHeaders: Record<string, string> | undefined,
  env: NodeJS.ProcessEnv,
  mask: (v: string) => void,
): { headers: Record<string, string>; payload?: string; missing: string[] } {
  const missing = new Set<string>();
  const value = substitute(body, env, mask, missing);
  const headers = { ...(substitute(rawHeaders ?? {}, env, mask, missing) as Record<string, string>) };
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  let payload: string | undefined;
  if (typeof value === 'string') payload = value;
  else if (value !== undefined) {
    payload = JSON.stringify(value);
    if (!hasType) headers['content-type'] = 'application/json';
  }
  return { headers, payload, missing: [...missing] };
}

export interface Credentials {
  headers: Record<string, string>;
  how: string;
}

export interface LoginResult extends Part {
  credentials?: Credentials;
  /** The login answer (its cookies are checked for flags). */
  response?: HttpResponse;
}

const loginFix =
  'check the login route and that the smoke-test account exists in this environment with the password in the configured variables';

/** POSTs the credentials and returns the header (cookie or bearer token) that authenticates later calls. */
export async function login(
  net: Net,
  base: string,
  cfg: SmokeLogin,
  env: NodeJS.ProcessEnv,
  mask: (v: string) => void,
): Promise<LoginResult> {
  const part: LoginResult = emptyPart();
  const url = joinUrl(base, cfg.path);
  const name = `Login ${cfg.method} ${cfg.path}`;
  const fail = (message: string, value: string) => {
    part.findings.push(
      finding({
        rule: 'smoke-login',
        severity: 'high',
        url,
        key: cfg.path,
        message,
        why: 'users cannot log in, or the check cannot prove that they can',
        fix: loginFix,
      }),
    );
    part.items.push({ url, name, value, rules: ['smoke-login'], state: 'fail' });
    return part;
  };
  if (new URL(url).protocol === 'http:' && !isLocalHost(new URL(url).hostname)) {
    return fail(`refusing to send credentials over plain http to ${new URL(url).host}`, 'not attempted (plain http)');
  }

  const { headers, payload, missing } = buildRequest(cfg.body, cfg.headers, env, mask);
  if (missing.length) {
    return fail(`login variables not set: ${missing.join(', ')}`, `missing ${missing.join(', ')}`);
  }

  let res: HttpResponse;
  try {
    res = await httpRequest(net, url, { method: cfg.method, headers, body: payload });
  } catch (e) {
    return fail(`${name} failed: ${describeError(e)}`, describeError(e));
  }
  part.response = res;
  if (!(res.status >= 200 && res.status < 300) && !isRedirect(res.status)) {
    return fail(`${name} answered ${res.status} (expected 2xx, or a redirect with a session cookie)`, `${res.status}`);
  }

  if (cfg.token) {
    let token: unknown;
    try {
      token = jsonAt(JSON.parse(res.body), cfg.token).value;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || !token) {
      return fail(
        `${name} answered ${res.status} but the JSON has no token at ${cfg.token}`,
        `${res.status}, no token`,
      );
    }
    mask(token);
    const header = cfg['token-header'];
    const value = header.toLowerCase() === 'authorization' ? `Bearer ${token}` : token;
    part.credentials = { headers: { [header]: value }, how: `token from ${cfg.token}` };
  } else {
    const pairs = res.setCookies.map((c) => c.split(';')[0].trim()).filter((p) => p.includes('='));
    if (!pairs.length) return fail(`${name} answered ${res.status} but set no cookie`, `${res.status}, no cookie`);
    for (const p of pairs) mask(p.slice(p.indexOf('=') + 1));
    const names = pairs.map((p) => p.split('=')[0]);
    part.credentials = { headers: { cookie: pairs.join('; ') }, how: `cookie ${names.join(', ')}` };
  }
  part.items.push({
    url,
    name,
    value: `${res.status} in ${res.ms} ms, ${part.credentials.how}`,
    rules: ['smoke-login'],
  });
  return part;
}

/** Anonymous call must be refused (401/403, or a redirect to a login page); with credentials it must be 2xx. */
export async function checkProtected(
  net: Net,
  base: string,
  path: string,
  credentials: Credentials | undefined,
  insecure: boolean,
): Promise<Part & { authed?: HttpResponse }> {
  const part: Part & { authed?: HttpResponse } = emptyPart();
  const url = joinUrl(base, path);
  const rules = ['smoke-auth-leak', 'smoke-login', 'unreachable'];
  let anon: HttpResponse;
  try {
    anon = await httpRequest(net, url, { insecure });
  } catch (e) {
    part.findings.push(
      finding({
        rule: 'unreachable',
        severity: 'blocker',
        url,
        key: path,
        message: `GET ${path} failed: ${describeError(e)}`,
        why: 'users cannot reach the service',
        fix: 'check that the service is running and reachable',
      }),
    );
    part.items.push({ url, name: `Protected ${path}`, value: describeError(e), rules, state: 'fail' });
    return part;
  }
  const values = [`anonymous ${anon.status}`];
  if (anon.status >= 200 && anon.status < 300) {
    part.findings.push(
      finding({
        rule: 'smoke-auth-leak',
        severity: 'blocker',
        url,
        key: path,
        message: `protected route ${path} answered ${anon.status} without credentials`,
        why: 'anyone on the internet can read what this route returns: an authentication check is missing or was dropped by the deploy',
        fix: 'restore the authentication middleware on this route (and every route under it); roll back if needed',
      }),
    );
  } else if (anon.status >= 500) {
    part.findings.push(
      finding({
        rule: 'smoke-route-status',
        severity: 'high',
        url,
        key: path,
        message: `protected route ${path} answered ${anon.status} without credentials (expected 401 or 403)`,
        why: 'an anonymous request makes the service fail: it should refuse it cleanly',
        fix: 'return 401/403 before touching the data; look at the service logs',
      }),
    );
  }
  if (credentials) {
    try {
      const authed = await httpRequest(net, url, { headers: credentials.headers });
      part.authed = authed;
      values.push(`logged in ${authed.status} in ${authed.ms} ms`);
      if (!(authed.status >= 200 && authed.status < 300)) {
        part.findings.push(
          finding({
            rule: 'smoke-login',
            severity: 'high',
            url,
            key: `protected ${path}`,
            message: `protected route ${path} answered ${authed.status} after login (expected 2xx)`,
            why: 'logged-in users cannot use this route after the deploy',
            fix: 'check session handling (cookie domain, secret keys rotated by the deploy) and the route itself',
          }),
        );
      }
    } catch (e) {
      values.push(`logged in: ${describeError(e)}`);
      part.findings.push(
        finding({
          rule: 'smoke-login',
          severity: 'high',
          url,
          key: `protected ${path}`,
          message: `protected route ${path} failed after login: ${describeError(e)}`,
          why: 'logged-in users cannot use this route after the deploy',
          fix: 'check that the service is running and the route answers',
        }),
      );
    }
  }
  part.items.push({ url, name: `Protected ${path}`, value: values.join(', '), rules });
  return part;
}

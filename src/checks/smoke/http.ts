// One HTTP(S) request over node:http/https: no redirects followed, fresh connection, timed, body capped.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { describeError, type Net } from './net.js';

const MAX_BODY = 1024 * 1024;

export interface HttpResponse {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  setCookies: string[];
  body: string;
  /** Time from sending to the last byte of the body (capped at MAX_BODY). */
  ms: number;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Accept any certificate: only for anonymous requests after the TLS item already failed. */
  insecure?: boolean;
}

export function httpRequest(net: Net, url: string, o: RequestOptions = {}): Promise<HttpResponse> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  if (!secure && u.protocol !== 'http:') return Promise.reject(new Error(`unsupported protocol ${u.protocol}`));
  const hostname = u.hostname.replace(/^\[|\]$/g, '');
  const headers: Record<string, string> = { 'user-agent': 'launch-gate-smoke', accept: '*/*', ...o.headers };
  if (o.body !== undefined) headers['content-length'] = String(Buffer.byteLength(o.body));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const options: https.RequestOptions = {
      method: o.method ?? 'GET',
      hostname,
      port: u.port || (secure ? 443 : 80),
      path: `${u.pathname}${u.search}`,
      headers,
      agent: false,
      timeout: net.timeoutMs,
      signal: net.signal,
      lookup: net.lookup,
    };
    if (secure) {
      options.ca = net.ca;
      options.rejectUnauthorized = !o.insecure;
      if (!isIP(hostname)) options.servername = hostname;
    }
    const req = (secure ? https : http).request(options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        if (size < MAX_BODY) chunks.push(c);
        size += c.length;
      });
      res.on('end', () => {
        const answer: HttpResponse = {
          url,
          status: res.statusCode ?? 0,
          headers: res.headers,
          setCookies: res.headers['set-cookie'] ?? [],
          body: Buffer.concat(chunks).toString('utf8'),
          ms: Math.round(performance.now() - started),
        };
        net.onResponse?.(answer, options.method!);
        resolve(answer);
      });
      res.on('error', reject);
      res.on('close', () => {
        // Destroyed mid-body (deadline): `end` never comes.
        if (!res.complete)
          reject(Object.assign(new Error(`no whole answer within ${net.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
      });
    });
    req.on('timeout', () => {
      const err: NodeJS.ErrnoException = new Error(`no answer within ${net.timeoutMs} ms`);
      err.code = 'ETIMEDOUT';
      req.destroy(err);
    });
    // `timeout` above is an idle timeout: a server that trickles its body would never trip it. The
    // request-timeout is a deadline for the whole response.
    const deadline = setTimeout(() => {
      const err: NodeJS.ErrnoException = new Error(`no whole answer within ${net.timeoutMs} ms`);
      err.code = 'ETIMEDOUT';
      req.destroy(err);
    }, net.timeoutMs);
    const done = () => clearTimeout(deadline);
    req.on('close', done);
    req.on('error', (e) => {
      done();
      reject(e);
    });
    req.end(o.body);
  });
}

export const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

export interface Hop {
  url: string;
  status: number;
}

export interface Chain {
  hops: Hop[];
  final?: HttpResponse;
  loop: boolean;
  /** A redirect without Location or beyond the hop limit. */
  broken?: string;
  /** A redirect target that could not be reached (the error in plain words). */
  failed?: string;
}

const MAX_HOPS = 10;

/** Follows redirects by hand (GET), recording every hop; stops on a loop. */
export async function followRedirects(net: Net, url: string, o: RequestOptions = {}): Promise<Chain> {
  const hops: Hop[] = [];
  const seen = new Set<string>();
  let current = url;
  for (let i = 0; i <= MAX_HOPS; i++) {
    seen.add(current);
    let res: HttpResponse;
    try {
      res = await httpRequest(net, current, { ...o, method: 'GET', body: undefined });
    } catch (e) {
      // The start URL failing is the caller's business; a dead redirect target is part of the chain.
      if (!hops.length) throw e;
      hops.push({ url: current, status: 0 });
      return { hops, loop: false, failed: describeError(e) };
    }
    hops.push({ url: current, status: res.status });
    if (!isRedirect(res.status)) return { hops, final: res, loop: false };
    const location = res.headers.location;
    if (!location) return { hops, loop: false, broken: `${res.status} without a Location header` };
    const next = new URL(location, current).toString();
    if (seen.has(next)) {
      hops.push({ url: next, status: 0 });
      return { hops, loop: true };
    }
    current = next;
  }
  return { hops, loop: false, broken: `more than ${MAX_HOPS} redirects` };
}

/** `https://a/ (301) → https://www.a/ (200)` */
export function formatChain(hops: Hop[]): string {
  return hops
    .map(
      (h, i) =>
        `${h.url} (${h.status || (i === hops.length - 1 && hops.slice(0, -1).some((x) => x.url === h.url) ? 'again' : 'failed')})`,
    )
    .join(' → ');
}

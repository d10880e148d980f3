// Network options shared by every request: trusted CAs, name lookup, timeouts, abort signal.
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { rootCertificates } from 'node:tls';
import { parse as parseDomain } from 'tldts';

export interface Net {
  /** Trusted CAs: Node's bundled roots plus `smoke.ca-file`; undefined keeps Node's defaults. */
  ca?: string[];
  /** Name lookup through `smoke.resolver`; undefined uses the system's (getaddrinfo). */
  lookup?: LookupFunction;
  /** Resolver for DNS record queries (A, TXT, ...). */
  resolver: dns.promises.Resolver;
  /** Whether `resolver` is the system's default or one from config. */
  customResolver: boolean;
  timeoutMs: number;
  signal: AbortSignal;
  /** Origins that already answered without a 5xx during this run: up, no longer warming up. */
  live?: Set<string>;
  /** Sees every response the check receives (request ids, error pages), with the method that asked. */
  onResponse?: (res: import('./http.js').HttpResponse, method: string) => void;
}

/**
 * Node's roots, the CAs of NODE_EXTRA_CA_CERTS and `smoke.ca-file`. Passing `ca` replaces Node's default
 * store, extra certs included, so they are read back in here; without ca-file the default store is kept.
 */
export function loadCa(
  cwd: string,
  caFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string[] | undefined {
  if (!caFile) return undefined;
  const pem = readFileSync(resolvePath(cwd, caFile), 'utf8');
  const extra: string[] = [];
  if (env.NODE_EXTRA_CA_CERTS) {
    try {
      extra.push(readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8'));
    } catch {
      // Node itself only warns about an unreadable file; so do we, by not trusting it
    }
  }
  return [...rootCertificates, ...extra, pem];
}

/** A resolver for `1.1.1.1`, `127.0.0.1:5353` or `[::1]:53` (or a list); the system's servers when unset. */
export function makeResolver(server: string | string[] | undefined, timeoutMs: number): dns.promises.Resolver {
  const r = new dns.promises.Resolver({ timeout: Math.min(timeoutMs, 5000), tries: 2 });
  const servers = (Array.isArray(server) ? server : server ? server.split(',') : [])
    .map((s) => s.trim())
    .filter(Boolean);
  if (servers.length) r.setServers(servers);
  return r;
}

/** A `lookup` for http/tls that asks `resolver` (A, then AAAA) instead of getaddrinfo. */
export function resolverLookup(resolver: dns.promises.Resolver): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions | ((...a: unknown[]) => void), cb?: unknown) => {
    const callback = (typeof options === 'function' ? options : cb) as (
      err: NodeJS.ErrnoException | null,
      address: string | dns.LookupAddress[],
      family?: number,
    ) => void;
    const all = typeof options === 'object' && options?.all;
    const family = isIP(hostname);
    if (family) {
      if (all) callback(null, [{ address: hostname, family }]);
      else callback(null, hostname, family);
      return;
    }
    // localhost is the machine's own name, not the DNS server's (which usually has no record for it)
    if (isLocalHost(hostname)) {
      dns.lookup(hostname, (typeof options === 'object' ? options : {}) as dns.LookupAllOptions, callback as never);
      return;
    }
    (async () => {
      const v4 = await resolver.resolve4(hostname).catch(() => [] as string[]);
      const v6 = v4.length ? [] : await resolver.resolve6(hostname).catch(() => [] as string[]);
      const list: dns.LookupAddress[] = [
        ...v4.map((address) => ({ address, family: 4 })),
        ...v6.map((address) => ({ address, family: 6 })),
      ];
      if (!list.length) {
        const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        err.code = 'ENOTFOUND';
        callback(err, all ? [] : '', 0);
      } else if (all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    })();
  }) as LookupFunction;
}

/** localhost, *.localhost and IP literals: no DNS, email or canonical-host checks. */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return !!isIP(h) || h === 'localhost' || h.endsWith('.localhost');
}

const PLAIN: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (nothing listens on that port)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
  ECONNRESET: 'the server reset the connection',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the server closed the connection',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'the issuer of the certificate is unknown: the server does not send the intermediate certificate, or the CA is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'the issuer of the certificate is unknown: the server does not send the intermediate certificate, or the CA is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer certificate could not be found',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is not valid for this host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the server does not speak TLS on that port',
  EPROTO: 'the TLS handshake failed',
};

/** The underlying error of a request in plain words, with its code. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  const code = e?.code ?? (e?.cause as NodeJS.ErrnoException | undefined)?.code;
  const plain = code && PLAIN[code];
  const msg = e?.message ?? String(err);
  if (plain) return `${plain} (${code})`;
  return code && !msg.includes(code) ? `${msg} (${code})` : msg;
}

/**
 * The registrable domain of a host, counting platform suffixes (vercel.app, github.io, herokuapp.com)
 * from the public suffix list's private section: their owners, not you, control mail and apex records.
 */
export function registrableDomain(hostname: string): { domain?: string; platform: boolean } {
  const p = parseDomain(hostname, { allowPrivateDomains: true });
  return { domain: p.domain ?? undefined, platform: !!p.isPrivate };
}

// TLS: one handshake with node:tls, then pure rules on what it returned.
import { isIP } from 'node:net';
import tls from 'node:tls';
import type { Finding } from '../../types.js';
import { finding, type Part, emptyPart } from './model.js';
import { describeError, type Net } from './net.js';

export interface TlsFacts {
  /** Chain verified against the trusted CAs (hostname not included). */
  authorized: boolean;
  authorizationError?: string;
  /** Hostname mismatch message, when the certificate does not cover the host. */
  hostnameError?: string;
  protocol: string | null;
  validTo?: Date;
  validFrom?: Date;
  subject?: string;
  issuer?: string;
  altNames?: string;
}

export async function inspectTls(net: Net, url: URL): Promise<TlsFacts> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      servername: isIP(host) ? undefined : host,
      ca: net.ca,
      rejectUnauthorized: false,
      lookup: net.lookup,
      signal: net.signal,
    } as tls.ConnectionOptions);
    socket.setTimeout(net.timeoutMs, () => {
      const err: NodeJS.ErrnoException = new Error(`no TLS handshake within ${net.timeoutMs} ms`);
      err.code = 'ETIMEDOUT';
      socket.destroy(err);
    });
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      const idErr =
        cert && Object.keys(cert).length ? tls.checkServerIdentity(host, cert) : new Error('no certificate');
      const facts: TlsFacts = {
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : undefined,
        hostnameError: idErr ? idErr.message : undefined,
        protocol: socket.getProtocol(),
        validTo: cert?.valid_to ? new Date(cert.valid_to) : undefined,
        validFrom: cert?.valid_from ? new Date(cert.valid_from) : undefined,
        subject: cert?.subject?.CN ? String(cert.subject.CN) : undefined,
        issuer: cert?.issuer?.CN ? String(cert.issuer.CN) : cert?.issuer?.O ? String(cert.issuer.O) : undefined,
        altNames: cert?.subjectaltname,
      };
      socket.end();
      resolve(facts);
    });
  });
}

/** `it covers other.example, www.other.example` (from the subject alternative names, else the CN). */
function coveredNames(f: TlsFacts): string {
  const names = (f.altNames ?? '')
    .split(',')
    .map((n) => n.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
  if (!names.length && f.subject) names.push(f.subject);
  if (!names.length) return 'it names no host';
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} names)` : '');
  return `it covers only ${shown}`;
}

/** Whole days left, rounded: a certificate issued just now for 5 days has 5 days left, not 4.99 → 4. */
export const daysLeft = (validTo: Date, now: Date) => Math.round((validTo.getTime() - now.getTime()) / 86_400_000);

const CHAIN_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
]);

export interface TlsLimits {
  minDays: number;
  warnDays: number;
  now: Date;
}

/** Rules on a handshake: expiry, host name, chain, protocol. Pure. */
export function evaluateTls(url: string, f: TlsFacts, limits: TlsLimits): Part {
  const part = emptyPart();
  const findings: Finding[] = part.findings;
  const host = new URL(url).hostname;
  const left = f.validTo ? daysLeft(f.validTo, limits.now) : undefined;
  const until = f.validTo ? f.validTo.toISOString().slice(0, 10) : 'unknown';

  if (f.authorizationError === 'CERT_HAS_EXPIRED' || (f.validTo && f.validTo.getTime() <= limits.now.getTime())) {
    findings.push(
      finding({
        rule: 'tls-expired',
        severity: 'blocker',
        url,
        message: `the certificate of ${host} expired on ${until}`,
        why: 'browsers and API clients refuse the connection: the site is down for everyone',
        fix: 'renew the certificate now and automate renewal (ACME / your host’s managed certificates)',
      }),
    );
  } else if (left !== undefined && left < limits.minDays) {
    findings.push(
      finding({
        rule: 'tls-expiring',
        severity: 'high',
        url,
        message: `the certificate of ${host} expires in ${left} days (${until}), under the ${limits.minDays}-day minimum`,
        why: 'when it expires every client refuses the connection; automated renewal usually runs 30 days ahead, so this suggests it is failing',
        fix: 'renew the certificate and check why automated renewal did not run',
      }),
    );
  } else if (left !== undefined && left < limits.warnDays) {
    findings.push(
      finding({
        rule: 'tls-expiring',
        severity: 'low',
        url,
        message: `the certificate of ${host} expires in ${left} days (${until})`,
        why: 'automated renewal normally happens about 30 days before expiry',
        fix: 'make sure renewal is automated and working',
      }),
    );
  }

  if (f.hostnameError) {
    findings.push(
      finding({
        rule: 'tls-hostname',
        severity: 'blocker',
        url,
        message: `the certificate is not valid for ${host}: ${coveredNames(f)}`,
        why: 'clients refuse the connection (name mismatch), so the site is unreachable over HTTPS',
        fix: `issue a certificate whose subject alternative names include ${host}`,
      }),
    );
  }

  // Node also reports a name mismatch as the authorization error: that is tls-hostname's finding, not the chain's.
  const authErr = f.authorizationError;
  if (authErr && authErr !== 'CERT_HAS_EXPIRED' && authErr !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const incomplete = CHAIN_CODES.has(authErr);
    findings.push(
      finding({
        rule: 'tls-chain',
        severity: incomplete ? 'high' : 'blocker',
        url,
        message: `the certificate chain does not verify: ${describeError({ code: authErr, message: authErr })}`,
        why: incomplete
          ? 'some browsers repair a missing intermediate, but curl, mobile apps and server-side clients refuse the connection'
          : 'no client trusts this certificate: users see a security error',
        fix: incomplete
          ? 'serve the full chain (leaf + intermediates, e.g. fullchain.pem); for a private CA set smoke.ca-file'
          : 'use a certificate from a publicly trusted CA (or set smoke.ca-file for a private CA)',
      }),
    );
  }

  if (f.protocol && /^(SSLv|TLSv1(\.[01])?$)/.test(f.protocol)) {
    findings.push(
      finding({
        rule: 'tls-protocol',
        severity: 'high',
        url,
        message: `the server negotiated ${f.protocol}`,
        why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and refused by current browsers',
        fix: 'enable TLS 1.2 and 1.3 on the server and disable older versions',
      }),
    );
  }

  const value =
    left === undefined
      ? 'no certificate'
      : `${left} days left (until ${until}), ${f.protocol ?? 'unknown protocol'}${f.issuer ? `, issuer ${f.issuer}` : ''}`;
  part.items.push({
    url,
    name: 'TLS certificate',
    value,
    rules: ['tls-expired', 'tls-expiring', 'tls-hostname', 'tls-chain', 'tls-protocol'],
  });
  return part;
}

/** The handshake itself failed: fail closed with the error in plain words. */
export function tlsFailure(url: string, err: unknown): Part {
  const part = emptyPart();
  const why = describeError(err);
  part.findings.push(
    finding({
      rule: 'unreachable',
      severity: 'blocker',
      url,
      message: `no TLS connection to ${new URL(url).host}: ${why}`,
      why: 'clients cannot reach the site over HTTPS',
      fix: 'check that the service is running, listening on the port, and that TLS is configured on it',
    }),
  );
  part.items.push({ url, name: 'TLS certificate', value: why, rules: ['unreachable'], state: 'fail' });
  return part;
}

// DNS: the host and configured subdomains resolve (A/AAAA, through CNAMEs).
import dns from 'node:dns';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, registrableDomain, type Net } from './net.js';

export interface Resolved {
  addresses: string[];
  cname?: string;
  error?: unknown;
}

/** Addresses of a host: through `smoke.resolver` when set, else the system's lookup (what clients use). */
export async function resolveHost(net: Net, host: string): Promise<Resolved> {
  if (!net.customResolver) {
    try {
      const list = await dns.promises.lookup(host, { all: true });
      return { addresses: list.map((a) => a.address) };
    } catch (error) {
      return { addresses: [], error };
    }
  }
  const r = net.resolver;
  const [v4, v6, cname] = await Promise.allSettled([r.resolve4(host), r.resolve6(host), r.resolveCname(host)]);
  const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
  const out: Resolved = { addresses };
  if (cname.status === 'fulfilled' && cname.value.length) out.cname = cname.value[0];
  if (!addresses.length) out.error = v4.status === 'rejected' ? v4.reason : new Error('no A or AAAA record');
  return out;
}

/** Why a name did not resolve, in plain words (resolver and getaddrinfo codes). */
export function dnsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOTFOUND':
      // a resolver query (syscall queryA) means NXDOMAIN; getaddrinfo also says ENOTFOUND for "no address"
      return String((err as NodeJS.ErrnoException).syscall ?? '').startsWith('query')
        ? 'the name does not exist (NXDOMAIN)'
        : 'no address found for the name (ENOTFOUND)';
    case 'ENODATA':
      return 'the name exists but has no A or AAAA record';
    case 'ETIMEOUT':
    case 'ECONNREFUSED':
      return `the DNS server did not answer (${code})`;
    case 'ESERVFAIL':
    case 'EREFUSED':
      return `the DNS server failed to answer (${code})`;
    default:
      return err ? describeError(err) : 'no A or AAAA record';
  }
}

const showAddresses = (r: Resolved) =>
  `${r.cname ? `CNAME ${r.cname} → ` : ''}${r.addresses.slice(0, 3).join(', ')}${r.addresses.length > 3 ? ', …' : ''}`;

export async function checkHostResolves(net: Net, url: string, host: string): Promise<Part & { ok: boolean }> {
  const part = emptyPart();
  const r = await resolveHost(net, host);
  const ok = r.addresses.length > 0;
  if (!ok) {
    part.findings.push(
      finding({
        rule: 'dns-resolve',
        severity: 'blocker',
        url,
        key: host,
        message: `${host} does not resolve: ${dnsReason(r.error)}`,
        why: 'nobody can reach the site',
        fix: 'add an A/AAAA (or CNAME) record for the host at your DNS provider and check the domain has not expired',
      }),
    );
  }
  part.items.push({
    url,
    name: `DNS ${host}`,
    value: ok ? showAddresses(r) : dnsReason(r.error),
    rules: ['dns-resolve'],
  });
  return { ...part, ok };
}

/** `api` → `api.example.com` (under the URL's registrable domain); names with a dot are taken as is. */
export function subdomainName(entry: string, host: string): string {
  if (entry.includes('.')) return entry.replace(/\.$/, '');
  return `${entry}.${registrableDomain(host).domain ?? host}`;
}

export async function checkSubdomains(net: Net, url: string, host: string, entries: string[]): Promise<Part> {
  const part = emptyPart();
  for (const entry of entries) {
    const name = subdomainName(entry, host);
    const r = await resolveHost(net, name);
    const own = [];
    if (!r.addresses.length) {
      own.push(
        finding({
          rule: 'dns-resolve',
          severity: 'high',
          url,
          key: name,
          message: `${name} does not resolve: ${dnsReason(r.error)}`,
          why: 'whatever is served under this name (API, assets, mail links) is unreachable',
          fix: `add the A/AAAA or CNAME record for ${name}, or remove it from smoke.dns.subdomains`,
        }),
      );
    }
    part.findings.push(...own);
    part.items.push({
      url,
      findings: own,
      name: `DNS ${name}`,
      value: r.addresses.length ? showAddresses(r) : dnsReason(r.error),
      rules: ['dns-resolve'],
    });
  }
  return part;
}

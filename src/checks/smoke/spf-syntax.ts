// SPF records (RFC 7208 section 12) read by their grammar, so each mistake is named with its reason;
// mailauth evaluates the record, this says why receivers would stop at it.
import { isIPv4, isIPv6 } from 'node:net';
import { txtRecords, type TxtResolver } from './email.js';

const MECHANISM = /^([+\-~?]?)(all|include|a|mx|ptr|ip4|ip6|exists)(?:([:/])(.*))?$/i;
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/i;
/** `%{s}`, `%{d2r.}`, `%%`, `%_`, `%-`; anything else after `%` is an error. */
const MACRO = /%(?:\{([^}]*)\}|([%_-])|(.?))/g;
const MACRO_BODY = /^[slodiphcrtv]\d*r?[.\-+,/_=]*$/i;

/** Problems of a domain-spec's macros; empty when fine. */
function macroProblems(spec: string, term: string): string[] {
  const out: string[] = [];
  // Outside macros a domain-spec is letters, digits, '-', '.', '_' (a `;` or `,` is a typo, not a name).
  const bare = spec.replace(/%\{[^}]*\}|%[%_-]/g, '');
  const stray = /[^A-Za-z0-9._%-]/.exec(bare);
  if (stray) out.push(`${term}: ${JSON.stringify(stray[0])} cannot appear in a domain`);
  for (const m of spec.matchAll(MACRO)) {
    if (m[2]) continue;
    if (m[1] !== undefined) {
      if (!MACRO_BODY.test(m[1]))
        out.push(
          `${term}: macro %{${m[1]}} is not a valid macro (a letter s l o d i p h c r t v, digits, r, delimiters)`,
        );
    } else out.push(`${term}: a lone % (write %% for a percent sign, or a %{…} macro)`);
  }
  return out;
}

function cidr(value: string | undefined, max: number, term: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value) || Number(value) > max)
    return `${term}: /${value} is not a prefix length of 0 to ${max}`;
  return undefined;
}

/** Syntax problems of one SPF record (the whole TXT string, `v=spf1` included). */
export function spfSyntaxProblems(rr: string): string[] {
  const problems: string[] = [];
  if (/^\s/.test(rr))
    problems.push('the record starts with whitespace: receivers look for `v=spf1` at the very start and skip it');
  const [version, ...terms] = rr.trim().split(/ +/);
  if (version.toLowerCase() !== 'v=spf1') problems.push(`the record starts with ${version}, not v=spf1`);
  const modifiers = new Map<string, number>();
  for (const term of terms) {
    if (!term) continue;
    const mod = MODIFIER.exec(term);
    const mech = MECHANISM.exec(term);
    if (mod && !mech) {
      const name = mod[1].toLowerCase();
      modifiers.set(name, (modifiers.get(name) ?? 0) + 1);
      if ((name === 'redirect' || name === 'exp') && !mod[2]) problems.push(`${term}: ${name}= needs a domain`);
      problems.push(...macroProblems(mod[2], term));
      continue;
    }
    if (!mech) {
      problems.push(`${term} is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists) or modifier`);
      continue;
    }
    const name = mech[2].toLowerCase();
    const sep = mech[3];
    const rest = mech[4] ?? '';
    if (name === 'all') {
      if (sep) problems.push(`${term}: all takes no value`);
    } else if (name === 'ip4' || name === 'ip6') {
      if (sep !== ':' || !rest) {
        problems.push(
          `${term}: ${name} needs an address (${name}:${name === 'ip4' ? '192.0.2.0/24' : '2001:db8::/32'})`,
        );
        continue;
      }
      const slash = rest.lastIndexOf('/');
      const addr = slash >= 0 && (name === 'ip4' || /\/\d{1,3}$/.test(rest)) ? rest.slice(0, slash) : rest;
      const len = slash >= 0 && addr !== rest ? rest.slice(slash + 1) : undefined;
      if (name === 'ip4') {
        if (isIPv6(addr)) problems.push(`${term}: ${addr} is an IPv6 address (write ip6:${rest})`);
        else if (!isIPv4(addr)) problems.push(`${term}: ${addr} is not an IPv4 address`);
        else {
          const p = cidr(len, 32, term);
          if (p) problems.push(p);
        }
      } else if (isIPv4(addr)) problems.push(`${term}: ${addr} is an IPv4 address (write ip4:${rest})`);
      else if (!isIPv6(addr)) problems.push(`${term}: ${addr} is not an IPv6 address`);
      else {
        const p = cidr(len, 128, term);
        if (p) problems.push(p);
      }
    } else if (name === 'include' || name === 'exists') {
      if (sep !== ':' || !rest) problems.push(`${term}: ${name} needs a domain (${name}:example.com)`);
      else problems.push(...macroProblems(rest, term));
    } else {
      // a, mx, ptr: optional :domain, optional /cidr4 and //cidr6 (not on ptr)
      const m = /^(?::([^/]*))?(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(`${sep ?? ''}${rest}`);
      if (!m || (sep === ':' && !m[1])) problems.push(`${term}: cannot read the domain or prefix length`);
      else {
        if (m[1]) problems.push(...macroProblems(m[1], term));
        if (name === 'ptr' && (m[2] || m[3])) problems.push(`${term}: ptr takes no prefix length`);
        const p4 = cidr(m[2], 32, term);
        const p6 = cidr(m[3], 128, term);
        if (p4) problems.push(p4);
        if (p6) problems.push(p6);
      }
    }
  }
  for (const name of ['redirect', 'exp'])
    if ((modifiers.get(name) ?? 0) > 1) problems.push(`${name}= is given ${modifiers.get(name)} times (at most once)`);
  return problems;
}

/** The SPF records of a name: its TXT records that start with v=spf1 (leading whitespace kept). */
export async function spfRecordOf(name: string, resolver: TxtResolver): Promise<string[]> {
  return (await txtRecords(name, resolver)).filter((r) => /^\s*v=spf1(?:\s|$)/i.test(r));
}

/** Follows include: and redirect= (without macros) looking for a name that leads back to itself; at most `budget` lookups. */
export async function findSpfLoop(domain: string, resolver: TxtResolver, budget = 12): Promise<string[] | undefined> {
  let left = budget;
  const walk = async (name: string, path: string[]): Promise<string[] | undefined> => {
    if (left-- <= 0) return undefined;
    const [rr] = await spfRecordOf(name, resolver).catch(() => [] as string[]);
    if (!rr) return undefined;
    const targets = rr
      .trim()
      .split(/ +/)
      .map((t) => /^(?:[+\-~?]?include:|redirect=)([^%\s/]+)$/i.exec(t)?.[1]?.toLowerCase().replace(/\.$/, ''))
      .filter((t): t is string => !!t);
    for (const t of targets) {
      if (path.includes(t)) return [...path, t];
      const loop = await walk(t, [...path, t]);
      if (loop) return loop;
    }
    return undefined;
  };
  return walk(domain.toLowerCase(), [domain.toLowerCase()]);
}

// Email authentication records of the domain: SPF, DMARC, DKIM (via mailauth 4.x).
import type dns from 'node:dns';
import spfMod from 'mailauth/lib/spf/index.js';
import tools from 'mailauth/lib/tools.js';
import { emptyPart, finding, type Part } from './model.js';
import { looksLikeDmarc, parseDmarc } from './dmarc.js';
import { findSpfLoop, spfRecordOf, spfSyntaxProblems } from './spf-syntax.js';
import { describeError, registrableDomain } from './net.js';

export type TxtResolver = (name: string, type: string) => Promise<unknown>;

export const resolverFn =
  (r: dns.promises.Resolver): TxtResolver =>
  (name, type) =>
    r.resolve(name, type as 'TXT');

/** The TXT records of a name, each joined from its strings; none when the name or the type does not exist. */
export async function txtRecords(name: string, resolver: TxtResolver): Promise<string[]> {
  try {
    const rows = (await resolver(name, 'TXT')) as (string[] | string)[];
    return rows.map((r) => (Array.isArray(r) ? r.join('') : String(r)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return [];
    throw e;
  }
}

/** An address from TEST-NET-1 (RFC 5737): never authorised, so evaluation walks the whole record. */
const PROBE_IP = '192.0.2.1';

/** The `all` mechanism of an SPF record: `-`, `~`, `?`, `+`, or undefined (none / redirect=). */
export function spfAll(rr: string): { qualifier?: string; redirect: boolean } {
  const terms = rr.trim().split(/\s+/).slice(1);
  const all = terms.find((t) => /^[-~?+]?all$/i.test(t));
  return {
    qualifier: all ? (/^[-~?+]/.test(all) ? all[0] : '+') : undefined,
    redirect: terms.some((t) => /^redirect=/i.test(t)),
  };
}

export async function checkSpf(domain: string, resolver: TxtResolver, url: string): Promise<Part> {
  const part = emptyPart();
  const rules = ['spf-missing', 'spf-multiple', 'spf-lookups', 'spf-invalid', 'spf-all', 'spf-error'];
  const add = (rule: string, severity: 'high' | 'medium' | 'low', message: string, why: string, fix: string) =>
    part.findings.push(finding({ rule, severity, url, key: domain, message, why, fix }));
  // The raw record too: mailauth trims it and skips some mistakes that receivers stop at.
  let raw: string[] = [];
  try {
    raw = await spfRecordOf(domain, resolver);
  } catch {
    // mailauth's own lookup reports the DNS error
  }
  const syntax = raw.length === 1 ? spfSyntaxProblems(raw[0]) : [];
  const invalid = (reason: string) =>
    add(
      'spf-invalid',
      'high',
      `the SPF record of ${domain} is invalid: ${reason}`,
      'an invalid record is a permanent error: SPF fails for your mail',
      'fix the record syntax (check each include and mechanism)',
    );
  const res = await spfMod.spf({
    sender: `postmaster@${domain}`,
    ip: PROBE_IP,
    helo: domain,
    mta: 'launch-gate',
    resolver,
  });
  const result = res.status.result;
  const comment = res.status.comment ?? '';
  const lookups = res.lookups ? `${res.lookups.count}/${res.lookups.limit} lookups` : '';
  let value = res.rr ? `${res.rr} (${lookups})` : result;
  let loop: string[] | undefined;
  if (result === 'none') {
    add(
      'spf-missing',
      'medium',
      `${domain} has no SPF record`,
      'anyone can send mail that claims to come from this domain, and your own mail is more likely to land in spam',
      `publish one TXT record on ${domain}: \`v=spf1 include:<your mail provider> -all\` (or \`v=spf1 -all\` if the domain sends no mail)`,
    );
    value = 'no SPF record';
  } else if (result === 'permerror' && /multiple SPF/i.test(comment)) {
    add(
      'spf-multiple',
      'high',
      `${domain} has more than one SPF record`,
      'receivers treat several v=spf1 records as a permanent error: SPF fails for all your mail',
      'merge them into one TXT record (one v=spf1 with every include, one all at the end)',
    );
    value = 'several SPF records';
  } else if (syntax.length) {
    invalid(syntax.slice(0, 3).join('; '));
  } else if (result === 'permerror' && (loop = await findSpfLoop(domain, resolver))) {
    invalid(
      `${loop[loop.length - 2] === loop[loop.length - 1] ? 'the record includes itself' : 'an include/redirect loop'}: ${loop.join(' → ')}`,
    );
  } else if (result === 'permerror' && /too many DNS/i.test(comment)) {
    add(
      'spf-lookups',
      'high',
      `the SPF record of ${domain} needs more than ${res.lookups?.limit ?? 10} DNS lookups`,
      'past 10 lookups receivers stop with a permanent error: SPF fails for your mail',
      'remove unused includes, replace includes with ip4:/ip6: ranges, or use a provider’s flattened record',
    );
  } else if (result === 'permerror') {
    invalid(comment.replace(/^.*?permanent error in processing during lookup of \S+:?\s*/, ''));
  } else if (result === 'temperror') {
    add(
      'spf-error',
      'high',
      `the SPF record of ${domain} could not be checked: ${comment.replace(/^.*?error in processing during lookup of \S+:?\s*/, '')}`,
      'receivers that see the same DNS error defer or reject mail; the check fails closed',
      'check the domain’s name servers answer TXT queries',
    );
  } else if (res.rr) {
    const all = spfAll(res.rr);
    if (all.qualifier === '+') {
      add(
        'spf-all',
        'high',
        `the SPF record of ${domain} ends in +all: every server on the internet is allowed to send as ${domain}`,
        'SPF then protects nothing: spoofed mail passes',
        'end the record with -all (or ~all while migrating)',
      );
    } else if (!all.redirect && all.qualifier !== '-' && all.qualifier !== '~') {
      add(
        'spf-all',
        'medium',
        `the SPF record of ${domain} ends in ${all.qualifier ? '?all' : 'no all mechanism'}`,
        'mail from unlisted servers is neither accepted nor rejected, so spoofing is not stopped',
        'end the record with -all (or ~all while migrating)',
      );
    }
  }
  part.items.push({ url, name: `SPF ${domain}`, value, rules });
  return part;
}

export async function checkDmarc(domain: string, resolver: TxtResolver, url: string): Promise<Part> {
  const part = emptyPart();
  const rules = ['dmarc-missing', 'dmarc-policy', 'dmarc-invalid', 'dmarc-error'];
  const add = (rule: string, severity: 'high' | 'medium' | 'low', message: string, why: string, fix: string) =>
    part.findings.push(finding({ rule, severity, url, key: domain, message, why, fix }));
  let found: { records: string[]; org: boolean };
  try {
    found = await dmarcRecords(domain, resolver);
  } catch (e) {
    add(
      'dmarc-error',
      'high',
      `the DMARC record of ${domain} could not be read: ${describeError(e)}`,
      'the check fails closed when DNS does not answer',
      'check the domain’s name servers answer TXT queries for _dmarc',
    );
    part.items.push({ url, name: `DMARC ${domain}`, value: describeError(e), rules });
    return part;
  }
  if (!found.records.length) {
    add(
      'dmarc-missing',
      'medium',
      `no DMARC record at _dmarc.${domain}`,
      'without DMARC, receivers have no policy for mail that fails SPF/DKIM, and you get no reports of spoofing; large mailbox providers require it from bulk senders',
      `publish one TXT record at _dmarc.${domain}: \`v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}\``,
    );
    part.items.push({ url, name: `DMARC ${domain}`, value: 'no record', rules });
    return part;
  }
  if (found.records.length > 1) {
    add(
      'dmarc-invalid',
      'medium',
      `${found.records.length} DMARC records at _dmarc.${domain}: receivers apply none of them`,
      'with more than one record DMARC is as good as absent',
      'keep exactly one TXT record starting with v=DMARC1',
    );
    part.items.push({ url, name: `DMARC ${domain}`, value: `${found.records.length} records`, rules });
    return part;
  }
  const rr = found.records[0];
  const record = parseDmarc(rr);
  const policy = (record.tags.get('p') ?? '').toLowerCase();
  if (record.problems.length) {
    add(
      'dmarc-invalid',
      'medium',
      `the DMARC record of ${domain} is invalid: ${record.problems.slice(0, 3).join('; ')}`,
      'receivers drop an invalid record (or the broken tag): the policy or the reports you asked for do not apply',
      'fix the record to the RFC 7489 syntax, e.g. `v=DMARC1; p=quarantine; rua=mailto:dmarc@' + domain + '`',
    );
  } else if (!policy) {
    add(
      'dmarc-invalid',
      'medium',
      `the DMARC record of ${domain} has no p= policy`,
      'receivers ignore a DMARC record without a valid policy',
      'set p=quarantine or p=reject (p=none only while collecting reports)',
    );
  } else if (policy === 'none') {
    add(
      'dmarc-policy',
      'low',
      `the DMARC policy of ${domain} is p=none (monitoring only)`,
      'spoofed mail is still delivered; p=none is meant for a short observation period',
      'move to p=quarantine, then p=reject, once reports show your own mail passes',
    );
  }
  const from = found.org ? ' (organisational domain)' : '';
  part.items.push({ url, name: `DMARC ${domain}`, value: `${rr.trim()}${from}`, rules });
  return part;
}

/** The TXT records at _dmarc.<domain> that start a DMARC record; the organisational domain's when it has none. */
async function dmarcRecords(domain: string, resolver: TxtResolver): Promise<{ records: string[]; org: boolean }> {
  const at = async (name: string) => (await txtRecords(`_dmarc.${name}`, resolver)).filter(looksLikeDmarc);
  const own = await at(domain);
  if (own.length) return { records: own, org: false };
  const org = registrableDomain(domain).domain;
  if (org && org !== domain) return { records: await at(org), org: true };
  return { records: [], org: false };
}

export async function checkDkim(domain: string, selector: string, resolver: TxtResolver, url: string): Promise<Part> {
  const part = emptyPart();
  const name = `${selector}._domainkey.${domain}`;
  const rules = ['dkim-missing', 'dkim-invalid', 'dkim-weak'];
  const add = (rule: string, severity: 'high' | 'medium', message: string, why: string, fix: string) =>
    part.findings.push(finding({ rule, severity, url, key: name, message, why, fix }));
  try {
    const key = await tools.getPublicKey('DKIM', name, 1024, resolver);
    part.items.push({
      url,
      name: `DKIM ${selector}`,
      value: key.modulusLength ? `RSA ${key.modulusLength} bits` : 'key published',
      rules,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') {
      add(
        'dkim-missing',
        'high',
        `no DKIM key at ${name}`,
        'mail signed with this selector fails DKIM, so DMARC fails unless SPF aligns: it lands in spam or is rejected',
        `publish the key your mail provider gives you at ${name}, or remove the selector from smoke.email.dkim-selectors`,
      );
    } else if (code === 'ESHORTKEY') {
      add(
        'dkim-weak',
        'medium',
        `the DKIM key at ${name} is shorter than 1024 bits`,
        'receivers ignore or distrust short keys',
        'rotate to a 2048-bit RSA key',
      );
    } else if (code && /^EINVALID/.test(code)) {
      add(
        'dkim-invalid',
        'high',
        `the DKIM record at ${name} is invalid: ${(e as Error).message}`,
        'receivers cannot verify signatures with it: DKIM fails',
        'republish the record exactly as your mail provider gives it (v=DKIM1; k=rsa; p=...)',
      );
    } else {
      add(
        'dkim-missing',
        'high',
        `the DKIM key at ${name} could not be read: ${describeError(e)}`,
        'the check fails closed when DNS does not answer',
        'check the domain’s name servers answer TXT queries',
      );
    }
    part.items.push({ url, name: `DKIM ${selector}`, value: describeError(e), rules });
  }
  return part;
}

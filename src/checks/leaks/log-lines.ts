// What a log line must not hold: credentials (the values the gate itself sent, auth headers, passwords
// in URLs and credential fields, provider-shaped tokens) and personal data (email addresses, phone
// numbers in international form, card numbers that pass Luhn and carry a card network's prefix).
// Pure: the callers (service output, log files) turn the hits into findings.
import { looksSecret } from '../env/names.js';
import { redact } from '../../redact.js';
import { isPlaceholder } from '../secrets/placeholder.js';
import { scanText } from '../secrets/scan.js';
import { CATALOG } from '../secrets/catalog.js';
import type { Severity } from '../../types.js';

export interface LogLine {
  text: string;
  /** The route being loaded when the line appeared (service output). */
  route?: string;
}

export interface LogHit {
  rule: 'log-secret' | 'log-personal-data';
  /** What was found, in words: `Authorization header`, `email address`, `GitHub token`. */
  kind: string;
  severity: Severity;
  /** The value itself: for masking and fingerprints only, never shown. */
  value: string;
  /** 0-based index of the line in the input. */
  index: number;
}

const AUTH_HEADER =
  /(?<![\w-])((?:proxy-)?authorization|x-api-key|api[-_]key|x-auth-token|x-access-token|cookie)["']?\s*[:=]\s*["']?((?:(?:Bearer|Basic|Token|Bot|Digest)\s+)?[^\s"',;{}[\]]+)/gi;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*:([^\s@/?#'"`<>]+)@[\w.-]/gi;
const CREDENTIAL_FIELD =
  /(?<![\w-])(password|passwd|pwd|pass|passphrase|secret|client_secret|api_secret|apikey|api_key|token|auth_token|access_token|refresh_token|id_token|session_token|private_key)["']?\s*[:=]\s*["']?([^\s"',&;{}[\]]+)/gi;
const EMAIL = /(?<![\w.+:/%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])/g;
/** E.164 (a `+`, a country code, 8–14 more digits), optionally grouped by spaces or dashes. */
const PHONE = /(?<![\w+])\+[1-9](?:[ -]?\d){7,13}(?![\d-])/g;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;

/** Values that stand for "nothing here" in a log line: already masked, unset, or a template. */
const MASKED =
  /^(?:\[?(?:redacted|filtered|masked|hidden|removed|omitted)\]?|\*+|x{4,}|undefined|null|none|nil|true|false|\.\.\.)$/i;

function usable(value: string): boolean {
  return value.length >= 8 && !MASKED.test(value) && !/\*{3,}/.test(value) && !isPlaceholder(value);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Visa, Mastercard (51–55, 2221–2720), Amex, Discover, JCB, Diners, UnionPay: a Luhn-valid id or timestamp rarely has one. */
function cardNetwork(d: string): boolean {
  const n2 = Number(d.slice(0, 2));
  const n4 = Number(d.slice(0, 4));
  if (d[0] === '4') return d.length === 13 || d.length === 16 || d.length === 19;
  if (n2 >= 51 && n2 <= 55) return d.length === 16;
  if (n4 >= 2221 && n4 <= 2720) return d.length === 16;
  if (n2 === 34 || n2 === 37) return d.length === 15;
  if (d.startsWith('6011') || d.startsWith('65') || n2 === 62) return d.length >= 16;
  if (n4 >= 3528 && n4 <= 3589) return d.length === 16;
  if (n2 === 36 || n2 === 38) return d.length === 14;
  return false;
}

/**
 * The secret values among what the gate sends to a service: values of auth-carrying or secret-named
 * headers (and the token behind `Bearer`/`Basic`), secret-named fields of a JSON body.
 */
export function secretsSent(headers: Record<string, string>, body?: string): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!/^(?:(?:proxy-)?authorization|cookie)$/i.test(name) && !looksSecret(name.replace(/-/g, '_'))) continue;
    out.push(value);
    const scheme = /^(Bearer|Basic|Token|Bot)\s+(\S+)$/i.exec(value);
    if (scheme) {
      out.push(scheme[2]);
      if (/^basic$/i.test(scheme[1])) {
        const plain = Buffer.from(scheme[2], 'base64').toString('utf8');
        const colon = plain.indexOf(':');
        if (colon > 0) out.push(plain.slice(colon + 1));
      }
    }
    if (/^cookie$/i.test(name)) for (const part of value.split(/;\s*/)) out.push(part.slice(part.indexOf('=') + 1));
  }
  if (body) {
    try {
      const visit = (v: unknown, key?: string): void => {
        if (typeof v === 'string' && key && looksSecret(key.replace(/([a-z])([A-Z])/g, '$1_$2'))) out.push(v);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
      };
      visit(JSON.parse(body));
    } catch {
      /* not JSON: a form or text body carries no field names we can trust */
    }
  }
  return [...new Set(out.filter((v) => v.length >= 6))];
}

/** Every credential and personal datum in `lines`; `sent` holds secret values the gate itself sent. */
export async function findLogLeaks(lines: LogLine[], sent: string[]): Promise<LogHit[]> {
  const hits: LogHit[] = [];
  const sentValues = [...new Set(sent.filter((v) => v.length >= 6))].sort((a, b) => b.length - a.length);
  lines.forEach(({ text }, index) => {
    if (text.length < 8) return;
    const seen = new Set<string>();
    const add = (rule: LogHit['rule'], kind: string, severity: Severity, value: string) => {
      // One hit per value and line: a token inside `Bearer <token>` already found is the same leak.
      if ([...seen].some((s) => s.includes(value) || value.includes(s))) return;
      seen.add(value);
      hits.push({ rule, kind, severity, value, index });
    };
    // What the gate sent is known to be a credential: seeing it in the log is the strongest evidence.
    for (const v of sentValues) if (text.includes(v)) add('log-secret', 'a credential the gate sent', 'blocker', v);
    for (const m of text.matchAll(AUTH_HEADER)) {
      const name = m[1].toLowerCase();
      let value = m[2].replace(/^(?:Bearer|Basic|Token|Bot|Digest)\s+/i, '');
      if (name === 'cookie') {
        if (!value.includes('=')) continue;
        value = value.slice(value.indexOf('=') + 1);
        if (value.length < 16) continue;
      }
      if (usable(value)) add('log-secret', `${name === 'cookie' ? 'Cookie' : m[1]} header`, 'high', value);
    }
    for (const m of text.matchAll(URL_PASSWORD))
      if (usable(m[1]) || (m[1].length >= 6 && !MASKED.test(m[1]) && !/^\*+$/.test(m[1])))
        add('log-secret', 'password in a URL', 'high', m[1]);
    for (const m of text.matchAll(CREDENTIAL_FIELD))
      if (usable(m[2]) && !/^\d+$/.test(m[2])) add('log-secret', `${m[1]} field`, 'high', m[2]);
    for (const m of text.matchAll(EMAIL))
      if (!/^(?:git|noreply|no-reply)@/i.test(m[0])) add('log-personal-data', 'email address', 'high', m[0]);
    for (const m of text.matchAll(PHONE)) add('log-personal-data', 'phone number', 'high', m[0]);
    for (const m of text.matchAll(CARD)) {
      const digits = m[0].replace(/\D/g, '');
      if (luhn(digits) && cardNetwork(digits)) add('log-personal-data', 'card number', 'high', m[0]);
    }
  });
  // Provider-shaped tokens (our secret rules): one scan of the whole log; a token already found on its line is not new.
  const onLine = new Map<number, string[]>();
  for (const h of hits) onLine.set(h.index, [...(onLine.get(h.index) ?? []), h.value]);
  const text = lines.map((l) => l.text).join('\n');
  for (const m of await scanText('service.log', text)) {
    if (m.evidence !== 'shape') continue;
    const index = m.line - 1;
    if ((onLine.get(index) ?? []).some((v) => v.includes(m.secret) || m.secret.includes(v))) continue;
    hits.push({
      rule: 'log-secret',
      kind: CATALOG[m.rule]?.title ?? m.rule,
      severity: m.severity,
      value: m.secret,
      index,
    });
  }
  return hits;
}

/** A line fit to show: found values redacted, long tokens cut to 4 characters, at most 160 characters. */
export function excerpt(text: string, values: string[]): string {
  let out = text;
  for (const v of [...values].sort((a, b) => b.length - a.length)) {
    const shown = v.includes('@') && !v.includes(':') ? v.replace(/^([^@])[^@]*/, '$1****') : redact(v);
    out = out.split(v).join(shown);
  }
  out = out
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*):([^\s@/?#'"`<>]+)@/gi, '$1:****@')
    // Whatever follows a secret-named key, found or not, and any long token: cut to its first characters.
    .replace(
      /(\b[\w-]*(?:pass|secret|token|key|auth|cookie|session|sig|credential)[\w-]*["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token)\s+)?)([^\s"',;{}&]+)/gi,
      (_m, k: string, v: string) => k + (v.includes('****') ? v : redact(v)),
    )
    .replace(/[A-Za-z0-9+/=_.-]{16,}/g, (t) => (t.includes('****') ? t : redact(t)));
  const start = Math.max(0, out.indexOf('****') - 80);
  const cut = out.slice(start, start + 160).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + 160 < out.length ? '…' : ''}`;
}

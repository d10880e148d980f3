// Never print a secret: every value a check registers is replaced in every output by its first
// four characters and asterisks — in the forms it takes on the way out too (URL-encoded, base64,
// JSON-escaped, markdown- and HTML-escaped), and passwords in URLs are stripped wherever they show.

/** Every form of every registered value, each mapped to what replaces it. */
const forms = new Map<string, string>();
/** Longest first, so a value inside a longer registered one never leaves the rest showing. */
let ordered: string[] = [];

/** At most the first 4 characters, then asterisks. Short values show less. */
export function redact(value: string): string {
  const keep = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, keep)}****`;
}

const md = (s: string) => s.replace(/([\\`*_[\]~])/g, '\\$1');
const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
const htmlAttr = (s: string) => html(s).replace(/"/g, '&quot;');

/**
 * The part of the base64 encoding that is the same wherever the value sits in a longer encoded text
 * (`Basic base64(user:password)`): for each of the 3 byte alignments, the complete 4-character groups
 * made of the value's bytes alone. Scrubbing them leaves at most 2 bytes of the value on each side.
 */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out: string[] = [];
  for (const k of [0, 1, 2]) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const core = enc.slice(k ? 4 : 0, Math.floor((k + bytes.length) / 3) * 4);
    if (core.length >= 8) out.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

/** The forms a value takes in our outputs and in what services echo back. */
export function formsOf(value: string): string[] {
  const b64 = Buffer.from(value, 'utf8').toString('base64');
  const json = JSON.stringify(value).slice(1, -1);
  const list = [
    value,
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, '+'),
    b64,
    b64.replace(/=+$/, ''),
    b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    ...base64Cores(value),
    json,
    JSON.stringify(json).slice(1, -1),
    md(value),
    html(value),
    htmlAttr(value),
    html(md(value)),
  ];
  return [...new Set(list)].filter((f) => f.length >= 6);
}

let listener: ((value: string) => void) | undefined;

/** Called with every newly registered value (the action passes core.setSecret, so the runner masks it too). */
export function onSecretRegistered(fn: ((value: string) => void) | undefined): void {
  listener = fn;
}

export function registerSecret(value: string): void {
  if (!value || value.length < 6 || forms.has(value)) return;
  listener?.(value);
  const shown = redact(value);
  for (const f of formsOf(value)) if (!forms.has(f)) forms.set(f, shown);
  ordered = [...forms.keys()].sort((a, b) => b.length - a.length);
}

/** `scheme://user:password@host` anywhere in text: the password never shows. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*):([^\s@/?#'"`<>]+)@/gi;

export function stripUrlPasswords(text: string): string {
  return text.replace(URL_USERINFO, (_m, user: string, pw: string) => `${user}:${pw === '****' ? pw : '****'}@`);
}

/** Registers the password of every URL with user info in `text` (config values, service output). */
export function registerUrlPasswords(text: string): void {
  for (const m of text.matchAll(URL_USERINFO)) {
    let pw = m[2];
    try {
      pw = decodeURIComponent(pw);
    } catch {
      /* keep it raw */
    }
    registerSecret(pw);
    registerSecret(m[2]);
  }
}

/** Replaces every registered secret (in any of its forms) and every URL password in `text`. */
export function scrub(text: string): string {
  if (!text) return text;
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join(forms.get(s)!);
  return stripUrlPasswords(out);
}

export function clearSecrets(): void {
  forms.clear();
  ordered = [];
}

/**
 * Workflow-command injection: the Actions runner treats any output line that starts with `::` as a
 * command. Text from the repository, the config, file names or service output must never start a
 * line that way, in the action or the CLI (which also runs inside Actions steps). The toolkit itself
 * percent-encodes command data; for plain log lines we break the marker with a zero-width space.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, '$1$2:\u200b');
}

/** Both: what every log line passes through. */
export const safeLine = (text: string): string => neutralizeCommands(scrub(text));

// Scans one text (a file, or the lines a commit added) with our rules and secretlint's preset,
// drops placeholders, merges overlapping hits and locates them by line and column.
import type { Severity } from '../../types.js';
import { severityRank } from '../../types.js';
import { CATALOG } from './catalog.js';
import { shannon } from './entropy.js';
import { isIntegrity, isPlaceholder } from './placeholder.js';
import { liveKeyBody } from './provider-rules.js';
import { RULES, type MatchContext, type SecretRule } from './rules.js';
import { LiteralMatcher } from './literals.js';
import { judge, type Evidence, type Judged } from './context.js';
import { metConditions, runSecretlint, SECRETLINT_CONDITIONS } from './secretlint.js';

export interface SecretMatch {
  rule: string;
  severity: Severity;
  /** The credential. Never leaves the check: used for masking and the fingerprint only. */
  secret: string;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
  engine: 'rules' | 'secretlint';
  evidence?: Evidence;
  confidence?: Judged['confidence'];
}

interface Hit {
  rule: string;
  severity: Severity;
  secret: string;
  index: number;
  engine: SecretMatch['engine'];
  evidence?: Evidence;
  confidence?: Judged['confidence'];
}

const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|composer\.lock|Gemfile\.lock|poetry\.lock|Cargo\.lock|go\.sum|uv\.lock|Pipfile\.lock)$/;
const INTEGRITY_HASH = /\bsha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}|\bh1:[A-Za-z0-9+/]{20,}={0,2}/g;

/** Lockfiles: blank integrity hashes (same length, so positions stay right) before scanning. */
export function blankIntegrity(path: string, text: string): string {
  if (!LOCKFILE.test(path)) return text;
  return text.replace(INTEGRITY_HASH, (h) => ' '.repeat(h.length));
}

function runRule(r: SecretRule, c: MatchContext, out: Hit[]): void {
  const text = c.text;
  const re = r.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    const g = m.groups ?? {};
    const name = g.s !== undefined ? 's' : g.s2 !== undefined ? 's2' : undefined;
    const secret = name ? g[name] : m[0];
    // The secret is the last thing most patterns match; search from the end of the match.
    const index = name && !r.atMatch ? m.index + m[0].lastIndexOf(secret) : m.index;
    if (!secret || isIntegrity(secret)) continue;
    if (r.id !== 'private-key' && isPlaceholder(secret)) continue;
    if (r.minEntropy && shannon(secret) < r.minEntropy) continue;
    let severity = r.severity ?? CATALOG[r.id].severity;
    if (r.accept) {
      const verdict = r.accept(secret, m, c);
      if (!verdict) continue;
      if (typeof verdict === 'object' && verdict.severity) severity = verdict.severity;
    }
    out.push({ rule: r.id, severity, secret, index, engine: 'rules' });
  }
}

/**
 * Runs our rules whose keywords occur (rules tied to a kind of file: on those files only). `file`: the
 * whole file when `text` is only part of it (the decoded lines), for the tests about the file.
 */
function runRules(path: string, text: string, seen: Uint8Array, file = text): Hit[] {
  const { ruleLiterals } = plan();
  const out: Hit[] = [];
  // One context for every rule and match of this text: rules may cache what they learn of it.
  const context: MatchContext = { path, text, file };
  const holds = (w: string) => file.includes(w) || (text !== file && text.includes(w));
  RULES.forEach((rule, i) => {
    if (rule.path && !rule.path.test(path)) return;
    const lits = ruleLiterals[i];
    if (lits && !lits.ids.some((id) => seen[id]) && !lits.words.some(holds)) return;
    if (rule.hint && !rule.hint.test(text) && (file === text || !rule.hint.test(file))) return;
    runRule(rule, context, out);
  });
  return out;
}

/** Secretlint's results, minus placeholders and documentation examples. */
/** secretlint's patterns for these accept more than the providers' documented shapes (letters where Slack
 *  puts digits, any alphanumerics where Shopify puts hex, live keys without a digit). */
const ENGINE_SHAPE: Record<string, { test(s: string): boolean }> = {
  'slack-token':
    /^(?:xox[a-z](?:\.xox[a-z])?-(?:\d+-)?\d{6,}(?:-\d{6,}){0,2}-[A-Za-z0-9]{10,}|xapp-\d-[A-Z0-9]{6,}-\d{6,}-[A-Za-z0-9]{20,}|xoxe-\d-[A-Za-z0-9-]{60,})/,
  'shopify-token': /^shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
  'stripe-secret-key': { test: liveKeyBody },
  // Slack's webhook ids are 9+ upper-case characters and its secret 24 alphanumerics: `T00/B00/xxx` is a doc's example.
  'slack-webhook': /services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{20,}/,
};

async function runEngine(path: string, text: string, met: RegExp): Promise<Hit[]> {
  const out: Hit[] = [];
  for (const h of await runSecretlint(path, text, met)) {
    if (ENGINE_SHAPE[h.rule] && !ENGINE_SHAPE[h.rule].test(h.secret)) continue;
    if (h.rule !== 'private-key' && isPlaceholder(h.secret)) continue;
    if (h.rule === 'private-key' && !/[A-Za-z0-9+/]{40}/.test(h.secret)) continue;
    if (shannon(h.secret) < 2.5) continue;
    out.push({ ...h, severity: CATALOG[h.rule]?.severity ?? 'high', engine: 'secretlint' });
  }
  return out;
}

/** Rules that say where a secret is rather than whose it is: a provider's rule wins over them. */
const GENERIC = new Set([
  'url-credentials',
  'npm-token',
  'env-file-secret',
  'compose-password',
  'workflow-env-secret',
  'secretlint-other',
  'secret-assignment',
  'http-auth-header',
  'netrc-password',
  'kubernetes-secret-data',
]);

/** Keeps one hit per overlapping span: the more severe, then a provider's rule over a generic one. */
function merge(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.index - b.index || b.secret.length - a.secret.length);
  const kept: Hit[] = [];
  for (const h of sorted) {
    const prev = kept[kept.length - 1];
    const overlaps = prev && (h.index < prev.index + prev.secret.length || h.secret === prev.secret);
    if (!overlaps) {
      kept.push(h);
      continue;
    }
    const better =
      severityRank(h.severity) < severityRank(prev.severity) ||
      (h.severity === prev.severity && GENERIC.has(prev.rule) && !GENERIC.has(h.rule));
    if (better) kept[kept.length - 1] = h;
  }
  return kept;
}

function locate(text: string, hits: Hit[]): SecretMatch[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return hits.map((h) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= h.index) lo = mid;
      else hi = mid - 1;
    }
    return {
      rule: h.rule,
      severity: h.severity,
      secret: h.secret,
      engine: h.engine,
      evidence: h.evidence ?? 'shape',
      confidence: h.confidence ?? 'likely',
      line: lo + 1,
      column: h.index - starts[lo] + 1,
    };
  });
}

/** A text that holds at least one keyword (or is a kind of file a rule reads): worth a full scan. */
export interface Candidate {
  path: string;
  /** Decoded, lockfile integrity hashes blanked. */
  text: string;
  /** Per literal of the plan: does the text hold it. */
  seen: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * The byte-level prefilter: one pass over the raw bytes finds every keyword of our rules and every
 * anchor of secretlint's conditions; a file with none (most of a tree) is never decoded. `text`:
 * the bytes already decoded, when the caller has them.
 */
export function candidateOf(path: string, bytes: Uint8Array, text?: string): Candidate | undefined {
  const { matcher, ruleLiterals } = plan();
  let seen = new Uint8Array(matcher.literals.length);
  let any = matcher.scan(bytes, seen) > 0 || ruleLiterals.includes(null);
  const rawBytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!any && (rawBytes.indexOf('\\u00') >= 0 || rawBytes.indexOf('%') >= 0)) {
    // Keywords may be escaped (`ghp\u005f…`, `sk%5Flive…`): look for them in the decoded form.
    const variant = decodedVariant(text ?? utf8.decode(bytes));
    any = !!variant && matcher.scan(Buffer.from(variant, 'utf8'), new Uint8Array(matcher.literals.length)) > 0;
  }
  if (!any && !RULES.some((r) => r.path?.test(path))) return undefined;
  const raw = text ?? utf8.decode(bytes);
  const blanked = blankIntegrity(path, raw);
  if (blanked !== raw) {
    // Keywords inside integrity hashes are gone: look again at what is left.
    seen = new Uint8Array(matcher.literals.length);
    matcher.scan(Buffer.from(blanked, 'utf8'), seen);
  }
  return { path, text: blanked, seen };
}

/** The escapes decodeEscapes changes: `\\uXXXX` but not into a control character, `\\/`, a %-escape of punctuation. */
const ESCAPES = /\\u(?!00[01])[0-9a-fA-F]{4}|\\\/|%(?:2[1-9A-Fa-f]|3[0-9A-Fa-f]|40|5[B-Fb-f]|7[B-Eb-e])/g;
/** Lines kept around a decoded line, for rules that read the key on the line above. */
const CONTEXT_LINES = 3;

function decodeEscapes(line: string): string {
  return line
    .replace(/\\u([0-9a-fA-F]{4})/g, (e, h) => {
      const code = parseInt(h, 16);
      return code < 32 ? e : String.fromCharCode(code);
    })
    .replace(/\\\//g, '/')
    .replace(/%(2[1-9A-Fa-f]|3[A-Fa-f0-9]|40|5[B-Fb-f]|7[B-Eb-e])/g, (_e, h) => String.fromCharCode(parseInt(h, 16)));
}

/** As many line breaks as `text` holds from `from` to `to`. */
function breaksBetween(text: string, from: number, to: number): string {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return '\n'.repeat(n);
}

/**
 * The lines of the text that hold JSON `\\uXXXX` / `\\/` escapes or URL percent-escapes, decoded (never
 * into a line break), with a few lines around them; every other line blank, so lines stay where they
 * are: a token written `ghp\\u005f…` or `abc%2Fdef` is matched as itself. Only those lines: a bundle
 * with one escape is not scanned twice.
 */
export function decodedVariant(text: string): string | undefined {
  const spans: [number, number][] = [];
  const re = new RegExp(ESCAPES);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    re.lastIndex = end;
    for (let k = 0; k < CONTEXT_LINES && start > 0; k++) start = text.lastIndexOf('\n', start - 2) + 1;
    for (let k = 0; k < CONTEXT_LINES && end < text.length; k++) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  if (!spans.length) return undefined;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += breaksBetween(text, at, start) + decodeEscapes(text.slice(start, end));
    at = end;
  }
  return out + breaksBetween(text, at, text.length);
}

/** Every secret in a candidate, located; escaped forms (JSON, URL) are decoded and scanned too. */
export async function scanCandidate(c: Candidate): Promise<SecretMatch[]> {
  const found = await scanOne(c);
  const variant = decodedVariant(c.text);
  if (!variant) return found;
  const { matcher } = plan();
  // The file's keywords and the decoded lines': a provider named elsewhere in the file still counts.
  const seen = Uint8Array.from(c.seen);
  matcher.scan(Buffer.from(variant, 'utf8'), seen);
  // One hit per line and rule: the decoded form of a hit already found (a `%`-holding password) is not new.
  const known = new Set(found.map((m) => `${m.line}:${m.rule}`));
  const extra = (await scanOne({ path: c.path, text: variant, seen }, c.text)).filter(
    (m) => !known.has(`${m.line}:${m.rule}`),
  );
  // A provider's rule on the decoded line says more than a generic rule on its escaped form.
  const named = new Set(extra.filter((m) => !GENERIC.has(m.rule)).map((m) => m.line));
  const kept = found.filter((m) => !(GENERIC.has(m.rule) && named.has(m.line)));
  return [...kept, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `file`: the whole file, when `c.text` is only its decoded lines. */
async function scanOne(c: Candidate, file = c.text): Promise<SecretMatch[]> {
  const hits = runRules(c.path, c.text, c.seen, file);
  const { literalId } = plan();
  const met = metConditions(c.text, (anchor) => c.seen[literalId.get(anchor)!] === 1);
  if (met) hits.push(...(await runEngine(c.path, c.text, met)));
  const judged: Hit[] = [];
  for (const h of hits) {
    const j = judge(h.rule, h.severity, h.secret, c.path, c.text, h.index, file);
    if (j) judged.push({ ...h, ...j });
  }
  if (!judged.length) return [];
  return locate(c.text, merge(judged));
}

/** Every secret in `text` (the content of `path`), located. */
export async function scanText(path: string, text: string): Promise<SecretMatch[]> {
  const c = candidateOf(path, Buffer.from(text, 'utf8'), text);
  return c ? scanCandidate(c) : [];
}

interface Plan {
  matcher: LiteralMatcher;
  /**
   * Per rule of RULES (same index): ids of its keywords in the matcher, and the keywords left out of it
   * (`words`: the common words of rules tied to a kind of file, 'key', '=', tested on those files only);
   * null for a rule that runs on every text (an empty keyword).
   */
  ruleLiterals: ({ ids: number[]; words: string[] } | null)[];
  literalId: Map<string, number>;
}

let built: Plan | undefined;

/** The literal set, built once from the rules table and secretlint's conditions as they are at run time. */
function plan(): Plan {
  if (built) return built;
  const ids = new Map<string, number>();
  const idOf = (lit: string) => {
    if (!ids.has(lit)) ids.set(lit, ids.size);
    return ids.get(lit)!;
  };
  // Every literal in the matcher makes a file a candidate: only those of rules that may run on any file.
  for (const r of RULES) if (!r.path && !r.keywords.includes('')) r.keywords.forEach(idOf);
  for (const e of SECRETLINT_CONDITIONS) e.anchors.forEach(idOf);
  const ruleLiterals = RULES.map((r) =>
    r.keywords.includes('')
      ? null
      : { ids: r.keywords.filter((k) => ids.has(k)).map(idOf), words: r.keywords.filter((k) => !ids.has(k)) },
  );
  built = { matcher: new LiteralMatcher([...ids.keys()]), ruleLiterals, literalId: ids };
  return built;
}

// Scans one text (a file, or the lines a commit added) with our rules and secretlint's preset,
// drops placeholders, merges overlapping hits and locates them by line and column.
import type { Severity } from '../../types.js';
import { severityRank } from '../../types.js';
import { CATALOG } from './catalog.js';
import { shannon } from './entropy.js';
import { isIntegrity, isPlaceholder } from './placeholder.js';
import { RULES, type SecretRule } from './rules.js';
import { runSecretlint, SECRETLINT_PREFILTER } from './secretlint.js';

export interface SecretMatch {
  rule: string;
  severity: Severity;
  /** The credential. Never leaves the check: used for masking and the fingerprint only. */
  secret: string;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
  engine: 'rules' | 'secretlint';
}

interface Hit {
  rule: string;
  severity: Severity;
  secret: string;
  index: number;
  engine: SecretMatch['engine'];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** File-level prefilter: a keyword of any rule not tied to a kind of file, or a secretlint condition. */
// Case-insensitive: a superset of both (case variants of a keyword collapse into one alternative,
// and V8's cost grows with the number of alternatives).
const PREFILTER = new RegExp(
  [...new Set(RULES.filter((r) => !r.path).flatMap((r) => r.keywords.map((k) => k.toLowerCase())))]
    .map(escapeRe)
    .concat(SECRETLINT_PREFILTER.source)
    .join('|'),
  'i',
);

const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|composer\.lock|Gemfile\.lock|poetry\.lock|Cargo\.lock|go\.sum|uv\.lock|Pipfile\.lock)$/;
const INTEGRITY_HASH = /\bsha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}|\bh1:[A-Za-z0-9+/]{20,}={0,2}/g;

/** Lockfiles: blank integrity hashes (same length, so positions stay right) before scanning. */
export function blankIntegrity(path: string, text: string): string {
  if (!LOCKFILE.test(path)) return text;
  return text.replace(INTEGRITY_HASH, (h) => ' '.repeat(h.length));
}

/** Does any rule or secretlint possibly apply? Cheap; false means the text is clean. */
export function mayHoldSecret(path: string, text: string): boolean {
  return RULES.some((r) => r.path?.test(path)) || PREFILTER.test(text);
}

function runRule(r: SecretRule, path: string, text: string, out: Hit[]): void {
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
      const verdict = r.accept(secret, m, { path, text });
      if (!verdict) continue;
      if (typeof verdict === 'object' && verdict.severity) severity = verdict.severity;
    }
    out.push({ rule: r.id, severity, secret, index, engine: 'rules' });
  }
}

/** Runs our rules whose keywords (or file kind) match. */
function runRules(path: string, text: string): Hit[] {
  const out: Hit[] = [];
  for (const rule of RULES) {
    if (rule.path && !rule.path.test(path)) continue;
    if (!rule.keywords.some((k) => text.includes(k))) continue;
    if (rule.hint && !rule.hint.test(text)) continue;
    runRule(rule, path, text, out);
  }
  return out;
}

/** Secretlint's results, minus placeholders and documentation examples. */
async function runEngine(path: string, text: string): Promise<Hit[]> {
  const out: Hit[] = [];
  for (const h of await runSecretlint(path, text)) {
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
      line: lo + 1,
      column: h.index - starts[lo] + 1,
    };
  });
}

/** Every secret in `text` (the content of `path`), located; empty when the prefilter rules it out. */
export async function scanText(path: string, rawText: string): Promise<SecretMatch[]> {
  if (!mayHoldSecret(path, rawText)) return [];
  const text = blankIntegrity(path, rawText);
  const hits = [...runRules(path, text), ...(await runEngine(path, text))];
  if (!hits.length) return [];
  return locate(text, merge(hits));
}

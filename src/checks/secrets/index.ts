// The secrets check: credentials in the lines a PR adds (every commit), or in the whole tree.
import { excluder } from '../../scope/index.js';
import { readText, UTF16_LIMIT } from '../../scope/read.js';
import type { AddedHunk, Scope } from '../../scope/types.js';
import type { Check, CheckContext, CheckOutcome, Finding } from '../../types.js';
import { scanLeaks } from '../leaks/index.js';
import { SECRET_RULES } from './rule-meta.js';
import { hintFinding, scanCodeHints } from '../leaks/code-hints.js';
import { toFinding } from './finding.js';
import { scanText } from './scan.js';
import { scanTreeParallel } from './tree.js';
import { skipReason } from './walk.js';

const CONFIDENCE = ['certain', 'likely', 'possible'] as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** One finding per rule, file and secret; a later commit's occurrence replaces an earlier one. */
class Findings {
  private byKey = new Map<string, Finding>();
  add(f: Finding): void {
    this.byKey.delete(f.fingerprint!);
    this.byKey.set(f.fingerprint!, f);
  }
  /** What must be revoked first: certain before likely before possible, then by file and line. */
  list(): Finding[] {
    return [...this.byKey.values()].sort(
      (a, b) =>
        CONFIDENCE.indexOf(a.confidence ?? 'likely') - CONFIDENCE.indexOf(b.confidence ?? 'likely') ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0),
    );
  }
}

interface Counts {
  /** Worker threads that took part in a whole-tree scan. */
  workers: number;
  files: number;
  bytes: number;
  skipped: { binary: number; oversize: number; other: number };
  /** Text files over the size limit, scanned in chunks. */
  streamed: number;
  /** Files that could not be read at all because of their size: the check fails closed on them. */
  unreadableLarge: string[];
}

async function scanDiff(ctx: CheckContext, scope: Scope, isExcluded: (p: string) => boolean, out: Findings, c: Counts) {
  const hunks = scope.hunks.filter((h) => !isExcluded(h.path));
  const paths = new Set<string>();
  for (const h of hunks as AddedHunk[]) {
    ctx.signal.throwIfAborted();
    paths.add(h.path);
    const text = h.lines.join('\n');
    c.bytes += Buffer.byteLength(text);
    for (const m of await scanText(h.path, text)) {
      ctx.mask(m.secret);
      out.add(toFinding({ ...m, line: h.startLine + m.line - 1 }, h.path, h.commit));
    }
  }
  // git shows UTF-16 text as binary, so its added lines are not in the diff: scan the file as it is now.
  const utf16 = new Set<string>();
  for (const s of scope.skipped) {
    if (skipReason(s.reason) !== 'binary' || isExcluded(s.path) || utf16.has(s.path)) continue;
    const r = await readUtf16(ctx.cwd, s.path, scope.maxFileSize);
    if (r === undefined) continue;
    utf16.add(s.path);
    paths.add(s.path);
    c.bytes += Buffer.byteLength(r);
    for (const m of await scanText(s.path, r)) {
      ctx.mask(m.secret);
      out.add(toFinding(m, s.path));
    }
  }
  c.files = paths.size;
  for (const s of scope.skipped)
    if (!isExcluded(s.path) && s.reason !== 'excluded by config' && !utf16.has(s.path))
      c.skipped[skipReason(s.reason)]++;
}

/** The text of a UTF-16 file of the working tree, or undefined for any other file. */
async function readUtf16(cwd: string, path: string, maxFileSize: number): Promise<string | undefined> {
  const r = await readText(cwd, path, Math.max(maxFileSize, UTF16_LIMIT));
  return 'text' in r && r.utf16 ? r.text : undefined;
}

async function scanTree(
  ctx: CheckContext,
  scope: Scope,
  isExcluded: (p: string) => boolean,
  out: Findings,
  c: Counts,
  notes: string[],
): Promise<Finding[]> {
  const paths = scope.files.filter((f) => f.status !== 'deleted' && !isExcluded(f.path)).map((f) => f.path);
  const skippedByBatch: string[][] = [];
  const hintsByBatch: Finding[][] = [];
  const { workers } = await scanTreeParallel(
    ctx.cwd,
    paths,
    scope.maxFileSize,
    ctx.signal,
    (index, r) => {
      c.files += r.files;
      c.streamed += r.streamed ?? 0;
      c.bytes += r.bytes;
      const skipped: string[] = [];
      for (const s of r.skipped) {
        const kind = skipReason(s.reason);
        c.skipped[kind]++;
        if (s.reason.startsWith('too large to read')) c.unreadableLarge.push(`${s.path} (${s.reason})`);
        if (kind !== 'binary') skipped.push(`${s.path} (${s.reason})`);
      }
      skippedByBatch[index] = skipped;
      hintsByBatch[index] = (r.hints ?? []).flatMap((f) => f.hints.map((h) => hintFinding(f.path, h)));
      for (const f of r.found)
        for (const m of f.matches) {
          ctx.mask(m.secret);
          out.add(toFinding(m, f.path));
        }
    },
    (msg) => ctx.log.info(msg),
    ctx.config.secrets.exclude,
  );
  c.workers = workers;
  const skippedPaths = skippedByBatch.flat();
  if (skippedPaths.length) {
    const shown = skippedPaths.slice(0, 10).join(', ');
    notes.push(`not scanned: ${shown}${skippedPaths.length > 10 ? ` and ${skippedPaths.length - 10} more` : ''}`);
  }
  return hintsByBatch.flat();
}

export async function runSecrets(ctx: CheckContext): Promise<CheckOutcome> {
  const started = performance.now();
  const scope = await ctx.scope();
  const isExcluded = excluder(ctx.config.secrets.exclude);
  const findings = new Findings();
  const notes = [...scope.notes];
  const c: Counts = {
    workers: 0,
    files: 0,
    bytes: 0,
    skipped: { binary: 0, oversize: 0, other: 0 },
    streamed: 0,
    unreadableLarge: [],
  };
  // A whole tree's code hints come from the same reads as its secrets; a diff's from its added lines.
  let hints: Finding[];
  if (scope.kind === 'diff') {
    await scanDiff(ctx, scope, isExcluded, findings, c);
    hints = await scanCodeHints(ctx.cwd, scope, ctx.config.secrets.exclude, ctx.signal);
  } else hints = await scanTree(ctx, scope, isExcluded, findings, c, notes);

  const leaks = await scanLeaks(ctx);
  notes.push(...leaks.notes);
  // A tree without git (or an output folder committed on purpose) holds the client output too: reported once, as a bundle leak.
  const inOutput = (f: Finding) => leaks.covers.some((d) => f.file?.startsWith(`${d}/`));
  const list = [...findings.list().filter((f) => !inOutput(f)), ...leaks.findings, ...hints];
  const sk = c.skipped;
  const skippedTotal = sk.binary + sk.oversize + sk.other;
  if (scope.kind === 'diff' && sk.oversize + sk.other) {
    const what = scope.skipped.filter((s) => skipReason(s.reason) !== 'binary').slice(0, 10);
    notes.push(`not scanned: ${what.map((s) => `${s.path} (${s.reason})`).join(', ')}`);
  }
  const what =
    scope.kind === 'diff'
      ? `scanned ${plural(c.files, 'changed file')} (${plural(scope.commits.length, 'commit')})`
      : `scanned ${plural(c.files, 'file')} (${mb(c.bytes)})`;
  const skipped = skippedTotal
    ? `; skipped ${skippedTotal} (${[
        sk.binary && `${sk.binary} binary`,
        sk.oversize && `${sk.oversize} over the size limit`,
        sk.other && `${sk.other} unreadable`,
      ]
        .filter(Boolean)
        .join(', ')})`
    : '';
  const certain = list.filter((f) => f.confidence === 'certain').length;
  const byConfidence = certain ? ` (${certain} certain: revoke first)` : '';
  if (c.streamed) notes.push(`${plural(c.streamed, 'file')} over max-file-size scanned in chunks`);
  if (c.unreadableLarge.length)
    return {
      status: 'error',
      summary: `could not read ${plural(c.unreadableLarge.length, 'file')}: ${c.unreadableLarge.slice(0, 5).join(', ')}; exclude them with secrets.exclude if they hold no secrets`,
      findings: list,
      notes,
    };
  return {
    summary: `${what}${leaks.summary ? `, ${leaks.summary}` : ''}, ${plural(list.length, 'finding')}${byConfidence}${skipped}`,
    findings: list,
    notes,
    metrics: {
      scope: scope.kind,
      filesScanned: c.files,
      bytesScanned: c.bytes,
      commits: scope.commits.length,
      skippedBinary: sk.binary,
      skippedOversize: sk.oversize,
      skippedOther: sk.other,
      streamed: c.streamed,
      workers: c.workers,
      byConfidence: Object.fromEntries(CONFIDENCE.map((k) => [k, list.filter((f) => f.confidence === k).length])),
      scanMs: Math.round(performance.now() - started),
      ...leaks.metrics,
    },
  };
}

export const check: Check = {
  id: 'secrets',
  rules: SECRET_RULES,
  applies: async () => true,
  run: runSecrets,
};

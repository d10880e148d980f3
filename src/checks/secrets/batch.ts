// Reads and scans one batch of files of an `all` scope: the unit of work of the main thread and of
// the worker threads alike.
import type { CodeHints, Hint } from '../leaks/code-hints.js';
import { candidateOf, scanCandidate, type SecretMatch } from './scan.js';
import { FileReader } from './walk.js';

export interface BatchResult {
  files: number;
  bytes: number;
  /** Files not scanned, with the reason (binary, over the size limit, unreadable). */
  skipped: { path: string; reason: string }[];
  /** Files with at least one secret. */
  found: { path: string; matches: SecretMatch[] }[];
  /** Files over the size limit that were scanned in chunks. */
  streamed?: number;
  /** Code hints (leaks) of the batch's files, when asked for. */
  hints?: { path: string; hints: Hint[] }[];
}

/** Lets timers (the runner's timeout) and messages from workers through during a long batch. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function scanBatch(
  reader: FileReader,
  paths: string[],
  opts: { yieldEveryMs?: number; signal?: AbortSignal; hints?: CodeHints } = {},
): Promise<BatchResult> {
  const out: BatchResult = { files: 0, bytes: 0, skipped: [], found: [] };
  let lastYield = performance.now();
  for (const path of paths) {
    if (opts.yieldEveryMs !== undefined && performance.now() - lastYield > opts.yieldEveryMs) {
      await yieldToLoop();
      lastYield = performance.now();
    }
    opts.signal?.throwIfAborted();
    const r = reader.read(path);
    if ('skip' in r) {
      out.skipped.push({ path, reason: r.skip });
      continue;
    }
    if ('large' in r) {
      // Over the size limit: scanned in chunks, so a big file is never a silent pass.
      out.files++;
      out.bytes += r.large;
      out.streamed = (out.streamed ?? 0) + 1;
      const seen = new Set<string>();
      const matches: SecretMatch[] = [];
      for (const chunk of reader.chunks(path)) {
        const candidate = candidateOf(path, chunk.bytes);
        if (!candidate) continue;
        for (const m of await scanCandidate(candidate)) {
          const at = { ...m, line: m.line + chunk.firstLine };
          const key = `${at.rule}:${at.line}:${at.column}`;
          if (!seen.has(key)) matches.push(at);
          seen.add(key);
        }
        opts.signal?.throwIfAborted();
      }
      if (matches.length) out.found.push({ path, matches });
      continue;
    }
    out.files++;
    out.bytes += r.bytes.length;
    // Decodes (copies) the reader's buffer before anything awaits.
    const candidate = candidateOf(path, r.bytes);
    const hints = opts.hints?.of(path, r.bytes, candidate && (() => candidate.text));
    if (hints?.length) (out.hints ??= []).push({ path, hints });
    if (!candidate) continue;
    const matches = await scanCandidate(candidate);
    if (matches.length) out.found.push({ path, matches });
  }
  return out;
}

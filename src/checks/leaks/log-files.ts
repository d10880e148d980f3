// `secrets.logs`: log files or exported artifacts (untracked is fine) scanned like service output.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { Finding } from '../../types.js';
import { excerpt, findLogLeaks } from './log-lines.js';
import { extent, groupHits, leakFingerprint, ruleText } from './service-logs.js';

/** Bytes read of one log file; the rest is named in a note (a log can be any size). */
const MAX_LOG_BYTES = 256 * 1024 * 1024;

export interface LogFilesScan {
  findings: Finding[];
  notes: string[];
  files: number;
  bytes: number;
}

export async function scanLogFiles(
  cwd: string,
  patterns: string[],
  mask: (value: string) => void,
  signal: AbortSignal,
): Promise<LogFilesScan> {
  const out: LogFilesScan = { findings: [], notes: [], files: 0, bytes: 0 };
  if (!patterns.length) return out;
  const paths = (
    await glob(patterns, { cwd, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })
  ).sort();
  if (!paths.length) {
    // Fail closed: a configured log that is not there is a mistake, not a clean bill.
    throw new Error(`secrets.logs matched no file (${patterns.join(', ')}): export the logs before the gate runs`);
  }
  for (const path of paths) {
    signal.throwIfAborted();
    const size = statSync(join(cwd, path)).size;
    const buf = readFileSync(join(cwd, path)).subarray(0, MAX_LOG_BYTES);
    if (buf.subarray(0, 8000).includes(0)) {
      out.notes.push(`${path}: binary, not scanned (decompress exported logs first)`);
      continue;
    }
    if (size > MAX_LOG_BYTES) out.notes.push(`${path}: only the first 256 MiB scanned`);
    out.files++;
    out.bytes += buf.length;
    const lines = buf
      .toString('utf8')
      .split(/\r?\n/)
      .map((text) => ({ text }));
    const hits = await findLogLeaks(lines, []);
    for (const h of hits) mask(h.value);
    for (const g of groupHits(hits)) {
      const first = g.hits[0];
      const shown = excerpt(
        lines[first.index].text,
        hits.filter((h) => h.index === first.index).map((h) => h.value),
      );
      const r = ruleText(g.rule);
      out.findings.push({
        rule: g.rule,
        severity: g.severity,
        file: path,
        line: first.index + 1,
        message: `${g.kind} in a log file: ${extent(g)}; e.g. \`${shown}\``,
        why: r.why,
        fix: r.fix,
        docs: r.docs,
        evidence: g.kind,
        confidence: 'likely',
        fingerprint: leakFingerprint(g.rule, g.kind, path),
      });
    }
  }
  return out;
}

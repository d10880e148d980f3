// Chooses which findings become annotations: GitHub shows at most 10 of each level per step.
import { posix } from 'node:path';
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';
import { SEVERITIES, type Finding } from '../types.js';

export const PER_LEVEL_LIMIT = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

const LEVEL = { blocker: 'error', high: 'error', medium: 'warning', low: 'notice' } as const;

/**
 * @param prefix path of the working directory relative to the repository root ('' at the root),
 *   since annotations are placed by repository path.
 */
export function planAnnotations(report: RunReport, prefix = ''): { annotations: Annotation[]; total: number } {
  const open: { f: Finding; check: string }[] = [];
  for (const c of report.checks) for (const f of c.findings) if (!f.suppressed) open.push({ f, check: c.id });
  open.sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const { f, check } of open) {
    const level = LEVEL[f.severity];
    if (used[level] >= PER_LEVEL_LIMIT) continue;
    used[level]++;
    annotations.push({
      level,
      title: scrub(`Launch Gate ${check}: ${f.rule} (${f.severity})`),
      message: scrub(`${f.message}${f.url ? ` (${f.url})` : ''}${f.why ? `\nWhy: ${f.why}` : ''}\nFix: ${f.fix}`),
      // A line deleted by a later commit does not exist in the diff's head: annotate the file only.
      ...(f.file ? { file: posix.join(prefix, f.file) } : {}),
      ...(f.file && !f.removedLater ? { startLine: f.line, startColumn: f.column } : {}),
    });
  }
  return { annotations, total: open.length };
}

// The first lines of the summary, the PR comment and the console on a pull request: what the PR
// changes of the gate that judges it, and which of its own findings it suppresses.
import type { RunReport } from '../runner.js';
import { CHECK_TITLES } from '../types.js';

/** Plain-text lines (the caller escapes them for markdown). */
export function trustLines(report: RunReport): string[] {
  const lines = [...(report.trust?.notes ?? [])];
  const own = report.checks.flatMap((c) =>
    c.findings.filter((f) => f.suppressed?.addedInPr).map((f) => ({ check: CHECK_TITLES[c.id], f })),
  );
  if (own.length) {
    const list = own
      .slice(0, 10)
      .map(
        ({ f }) =>
          `${f.rule} at ${f.file}${f.line ? `:${f.line}` : ''}${f.suppressed?.reason ? ` ("${f.suppressed.reason}")` : ''}`,
      )
      .join('; ');
    lines.push(
      `this PR suppresses ${own.length} of its own findings with ignore comments it adds: ${list}${own.length > 10 ? `; and ${own.length - 10} more` : ''}`,
    );
  }
  return lines;
}

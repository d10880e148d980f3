// The command line's readable report.
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';
import { CHECK_TITLES, type CheckStatus, type Severity } from '../types.js';
import { byLocation } from './groups.js';

export function renderConsole(report: RunReport, color = false): string {
  const c = (n: number, s: string) => (color ? `\x1b[${n}m${s}\x1b[0m` : s);
  const STATUS: Record<CheckStatus, string> = {
    pass: c(32, 'PASS'),
    fail: c(31, 'FAIL'),
    error: c(35, 'ERROR'),
    skipped: c(90, 'SKIP'),
  };
  const SEV: Record<Severity, string> = {
    blocker: c(31, 'blocker'),
    high: c(31, 'high'),
    medium: c(33, 'medium'),
    low: c(36, 'low'),
  };
  const out: string[] = [];
  out.push(
    `Launch Gate: ${report.verdict === 'pass' ? c(32, 'PASS') : c(31, 'FAIL')}  (fail-on ${report.failOn}, ${report.totals.findings} open, ${report.totals.suppressed} suppressed, ${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  out.push('');
  for (const check of report.checks) {
    out.push(`${STATUS[check.status].padEnd(color ? 14 : 5)} ${CHECK_TITLES[check.id].padEnd(13)} ${check.summary}`);
  }
  for (const check of report.checks) {
    const open = check.findings.filter((f) => !f.suppressed);
    if (!open.length && !check.error) continue;
    out.push('', c(1, `${CHECK_TITLES[check.id]}`));
    if (check.error) out.push(`  could not run: ${check.error}`);
    open.sort(byLocation);
    for (const f of open) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.url ?? '');
      out.push(
        `  ${SEV[f.severity]} ${c(1, f.rule)} ${where}${f.commit ? ` (commit ${f.commit.slice(0, 7)}${f.removedLater ? ', removed later, still in history' : ''})` : ''}`,
      );
      out.push(`    ${f.message}`);
      if (f.why) out.push(`    why: ${f.why}`);
      out.push(`    fix: ${f.fix}`);
    }
  }
  out.push('');
  return scrub(out.join('\n'));
}

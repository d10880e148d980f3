// The job summary: verdict first, one row per check, then findings grouped by file.
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';
import { CHECK_TITLES, SEVERITIES, type CheckResult, type CheckStatus, type Finding, type Severity } from '../types.js';
import { code, escapeMd } from './escape.js';
import { trustLines } from './trust.js';

/** GitHub rejects step summaries over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 1000 * 1024;

const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '💥 error',
  skipped: '⏭️ skipped',
};
const SEV_ICON: Record<Severity, string> = {
  blocker: '🛑 blocker',
  high: '🔴 high',
  medium: '🟠 medium',
  low: '🟡 low',
};

export interface SummaryOptions {
  /** Link findings to `https://github.com/{repo}/blob/{sha}/{file}#L{line}` when known. */
  blobUrl?: (file: string, line?: number) => string | undefined;
  /** Findings shown as annotations vs total (the rest live only here). */
  annotations?: { shown: number; total: number };
  /** Findings over this count per check are folded away (the JSON report has them all). */
  maxFindingsPerCheck?: number;
  reportPath?: string;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

function countLine(report: RunReport): string {
  const t = report.totals;
  const parts = SEVERITIES.filter((s) => t[s]).map((s) => `${t[s]} ${s}`);
  const findings = t.findings
    ? `**${t.findings} finding${t.findings === 1 ? '' : 's'}** (${parts.join(', ')})`
    : 'no findings';
  return [
    findings,
    `fails on ${code(report.failOn)} and above`,
    ...(t.suppressed ? [`${t.suppressed} suppressed`] : []),
    `${seconds(report.durationMs)}`,
  ].join(' · ');
}

function headline(report: RunReport): string {
  const errored = report.checks.filter((c) => c.status === 'error').map((c) => CHECK_TITLES[c.id]);
  if (report.verdict === 'pass') return '## ✅ Launch Gate: pass';
  const why = errored.length ? ` (${errored.join(', ')} could not run)` : '';
  return `## ❌ Launch Gate: fail${why}`;
}

function checksTable(report: RunReport): string {
  const rows = report.checks.map((c) => {
    const open = c.findings.filter((f) => !f.suppressed).length;
    return `| ${CHECK_TITLES[c.id]} | ${STATUS_ICON[c.status]} | ${c.status === 'skipped' ? '–' : open} | ${c.status === 'skipped' ? '–' : seconds(c.durationMs)} | ${escapeMd(c.summary)} |`;
  });
  return ['| Check | Status | Findings | Time | Summary |', '| --- | --- | ---: | ---: | --- |', ...rows].join('\n');
}

function location(f: Finding, o: SummaryOptions): string {
  if (!f.line) return '–';
  const url = f.file && !f.removedLater ? o.blobUrl?.(f.file, f.line) : undefined;
  const text = `${f.line}`;
  return url ? `[${text}](${url})` : text;
}

function findingRow(f: Finding, o: SummaryOptions): string {
  const what = `${escapeMd(f.message)}${f.url ? ` (${escapeMd(f.url)})` : ''}${f.commit ? ` · added in commit ${code(f.commit.slice(0, 7))}${f.removedLater ? ', removed later but still in git history' : ''}` : ''}`;
  const why = f.why ? escapeMd(f.why) : '';
  const rule = f.docs ? `[${code(f.rule)}](${f.docs})` : code(f.rule);
  return `| ${SEV_ICON[f.severity]} | ${location(f, o)} | ${rule} | ${what} | ${why} | ${escapeMd(f.fix)} |`;
}

const TABLE_HEAD = '| Severity | Line | Rule | What | Why it matters | Fix |\n| --- | ---: | --- | --- | --- | --- |';

function bySeverityThenLine(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.line ?? 0) - (b.line ?? 0);
}

function findingsSection(c: CheckResult, o: SummaryOptions): string {
  const open = c.findings.filter((f) => !f.suppressed).sort(bySeverityThenLine);
  const suppressed = c.findings.filter((f) => f.suppressed);
  const out: string[] = [];
  const max = o.maxFindingsPerCheck ?? Infinity;
  const shown = open.slice(0, max);
  const groups = new Map<string, Finding[]>();
  for (const f of shown) {
    const key = f.file ?? f.url ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const blocks: string[] = [];
  for (const [key, fs] of groups) {
    blocks.push(
      `${key ? `**${code(key)}**` : '**(no file)**'}\n\n${TABLE_HEAD}\n${fs.map((f) => findingRow(f, o)).join('\n')}`,
    );
  }
  // Long lists fold away so the verdict stays on the first screen.
  if (shown.length > 10)
    out.push(
      `<details><summary>${shown.length} findings in ${groups.size} files</summary>\n\n${blocks.join('\n\n')}\n\n</details>`,
    );
  else out.push(...blocks);
  if (open.length > shown.length) {
    out.push(
      `_${open.length - shown.length} more findings are not shown here to keep the summary under GitHub's 1 MiB limit; the JSON report${o.reportPath ? ` (${code(o.reportPath)})` : ''} has them all._`,
    );
  }
  if (suppressed.length) {
    const rows = suppressed
      .slice(0, max)
      .map(
        (f) =>
          `| ${code(f.rule)} | ${f.file ? code(f.file) : escapeMd(f.url ?? '–')}${f.line ? `:${f.line}` : ''} | ${f.suppressed!.by} | ${f.suppressed!.reason ? escapeMd(f.suppressed!.reason) : '_no reason given_'} |`,
      );
    out.push(
      `<details><summary>${suppressed.length} suppressed finding${suppressed.length === 1 ? '' : 's'}</summary>\n\n| Rule | Where | By | Reason |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n</details>`,
    );
  }
  return out.join('\n\n');
}

function checkSection(c: CheckResult, o: SummaryOptions): string | undefined {
  if (c.status === 'skipped') return undefined;
  const parts = [`### ${STATUS_ICON[c.status].split(' ')[0]} ${CHECK_TITLES[c.id]}`, escapeMd(c.summary)];
  if (c.error) parts.push(`> [!CAUTION]\n> This check could not run, so the gate fails closed: ${escapeMd(c.error)}`);
  if (c.findings.length) parts.push(findingsSection(c, o));
  if (c.markdown) parts.push(c.markdown);
  if (c.notes?.length)
    parts.push(
      `<details><summary>Notes (${c.notes.length})</summary>\n\n${c.notes.map((n) => `- ${escapeMd(n)}`).join('\n')}\n\n</details>`,
    );
  return parts.join('\n\n');
}

function render(report: RunReport, o: SummaryOptions): string {
  const parts = [headline(report)];
  const trust = trustLines(report);
  if (trust.length) parts.push(`> [!IMPORTANT]\n${trust.map((l) => `> - ${escapeMd(l)}`).join('\n')}`);
  parts.push(countLine(report), checksTable(report));
  if (o.annotations && o.annotations.total > o.annotations.shown) {
    parts.push(
      `_${o.annotations.shown} of ${o.annotations.total} findings are annotated on the diff (GitHub shows at most 10 of each level per step); every finding is listed below._`,
    );
  }
  for (const c of report.checks) {
    const s = checkSection(c, o);
    if (s) parts.push(s);
  }
  parts.push(
    `<sub>Suppress a finding with a comment ${code('launch-gate-ignore: RULE reason')} on its line or the line above, or accept all current findings with ${code('launch-gate baseline')}.</sub>`,
  );
  return scrub(`${parts.join('\n\n')}\n`);
}

/** Renders the summary, folding findings away until it fits GitHub's limit. */
export function renderSummary(report: RunReport, o: SummaryOptions = {}): string {
  for (const max of [o.maxFindingsPerCheck ?? Infinity, 500, 100, 20, 0]) {
    const text = render(report, { ...o, maxFindingsPerCheck: max });
    if (Buffer.byteLength(text) <= SUMMARY_LIMIT) return text;
  }
  const text = render(report, { ...o, maxFindingsPerCheck: 0 });
  return `${text.slice(0, SUMMARY_LIMIT - 200)}\n\n_(summary truncated)_\n`;
}

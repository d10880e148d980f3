// The job summary: verdict and its reason first, one row per check, then findings grouped by rule.
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';
import {
  atLeast,
  CHECK_TITLES,
  SEVERITIES,
  type CheckResult,
  type CheckStatus,
  type Finding,
  type Severity,
} from '../types.js';
import { docsUrl } from '../runner.js';
import { code, escapeMd, inlineMd, plural } from './escape.js';
import { groupByRule, tierHeading, type RuleGroup } from './groups.js';
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
  const findings = t.findings ? `**${plural(t.findings, 'open finding')}** (${parts.join(', ')})` : '0 open findings';
  return [
    findings,
    ...(t.suppressed ? [`${t.suppressed} suppressed`] : []),
    `fails on ${code(report.failOn)} and above`,
    `${seconds(report.durationMs)}`,
  ].join(' · ');
}

function headline(report: RunReport): string {
  return report.verdict === 'pass' ? '## ✅ Launch Gate: pass' : '## ❌ Launch Gate: fail';
}

/** The verdict's reason in one line: what fails the gate, per check, or why it passes. */
function reasonLine(report: RunReport): string {
  const failing: string[] = [];
  for (const c of report.checks) {
    const counts = SEVERITIES.filter((s) => atLeast(s, report.failOn))
      .map((s) => [s, c.findings.filter((f) => !f.suppressed && f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    if (counts.length) failing.push(`${counts.join(', ')} in ${CHECK_TITLES[c.id]}`);
  }
  const errored = report.checks.filter((c) => c.status === 'error').map((c) => CHECK_TITLES[c.id]);
  if (errored.length) failing.push(`${errored.join(', ')} could not run (the gate fails closed)`);
  if (failing.length) return `**Why:** ${failing.join('; ')}.`;
  const below = report.totals.findings;
  return below
    ? `**Why:** no open finding at ${code(report.failOn)} or above; ${plural(below, 'finding')} below it are listed for review.`
    : '**Why:** every check that ran found nothing to fix.';
}

function checksTable(report: RunReport): string {
  const ran = report.checks.filter((c) => c.status !== 'skipped');
  const rows = ran.map((c) => {
    const open = c.findings.filter((f) => !f.suppressed).length;
    const suppressed = c.findings.length - open;
    const count = c.status === 'error' ? '–' : `${open}${suppressed ? ` · ${suppressed} suppressed` : ''}`;
    return `| ${CHECK_TITLES[c.id]} | ${STATUS_ICON[c.status]} | ${count} | ${seconds(c.durationMs)} | ${inlineMd(c.summary)} |`;
  });
  const out = ran.length
    ? ['| Check | Status | Findings | Time | Summary |', '| --- | --- | ---: | ---: | --- |', ...rows].join('\n')
    : '_No check ran._';
  const skipped = report.checks.filter((c) => c.status === 'skipped');
  if (!skipped.length) return out;
  const list = skipped.map((c) => `${CHECK_TITLES[c.id]} (${escapeMd(c.summary)})`).join(', ');
  return `${out}\n\n⏭️ Skipped: ${list}.`;
}

function where(f: Finding, o: SummaryOptions): string {
  if (!f.file) return f.url || f.route ? code(f.url ?? f.route!) : '';
  const text = code(`${f.file}${f.line ? `:${f.line}` : ''}`);
  const url = !f.removedLater ? o.blobUrl?.(f.file, f.line) : undefined;
  return url ? `[${text}](${url})` : text;
}

function locationLine(f: Finding, g: RuleGroup, o: SummaryOptions): string {
  const parts = [where(f, o), inlineMd(f.message)].filter(Boolean);
  if (f.commit && !/added in commit/.test(f.message))
    parts.push(
      `added in ${code(f.commit.slice(0, 7))}${f.removedLater ? ', removed later but still in git history' : ''}`,
    );
  if (f.why && !g.why) parts.push(`why: ${inlineMd(f.why)}`);
  if (f.fix && f.fix !== g.fix) parts.push(`fix: ${inlineMd(f.fix)}`);
  return `- ${parts.join(' — ')}`;
}

function groupBlock(g: RuleGroup, fs: Finding[], o: SummaryOptions): string {
  const rule = g.docs ? `[${code(g.rule)}](${docsUrl(g.docs)})` : code(g.rule);
  const head = `**${SEV_ICON[g.severity]} · ${escapeMd(g.title)}** · ${rule} · ${plural(g.findings.length, 'finding')}`;
  const text = [g.why && `${inlineMd(g.why)}`, g.fix && `**Fix:** ${inlineMd(g.fix)}`].filter(Boolean).join('<br>');
  return [head, text, fs.map((f) => locationLine(f, g, o)).join('\n')].filter(Boolean).join('\n\n');
}

/** The first `limit` findings (in group order), as groups of the rules they belong to. */
function slice(groups: RuleGroup[], from: number, to: number): [RuleGroup, Finding[]][] {
  const out: [RuleGroup, Finding[]][] = [];
  let at = 0;
  for (const g of groups) {
    const lo = Math.max(from - at, 0);
    const hi = Math.min(to - at, g.findings.length);
    if (hi > lo) out.push([g, g.findings.slice(lo, hi)]);
    at += g.findings.length;
  }
  return out;
}

/** Findings shown open on the first screen of a check; the rest fold. */
const FIRST = 20;

function ruleTable(groups: RuleGroup[]): string {
  const tiers = groups.length > 0 && tierHeading(groups, groups[0]) !== undefined;
  const rows = groups.map(
    (g) =>
      `| ${SEV_ICON[g.severity]} |${tiers ? ` ${g.confidence ?? '–'} |` : ''} ${escapeMd(g.title)} (${code(g.rule)}) | ${g.findings.length} | ${g.files} |`,
  );
  const head = tiers
    ? ['| Severity | Confidence | Rule | Findings | Files |', '| --- | --- | --- | ---: | ---: |']
    : ['| Severity | Rule | Findings | Files |', '| --- | --- | ---: | ---: |'];
  return [...head, ...rows].join('\n');
}

/** Group blocks, each tier's first one under the tier's heading (`after`: the group shown just before). */
function blocks(groups: RuleGroup[], parts: [RuleGroup, Finding[]][], o: SummaryOptions, after?: RuleGroup): string[] {
  let prev = after;
  return parts.map(([g, fs]) => {
    const heading = tierHeading(groups, g);
    const block = groupBlock(g, fs, o);
    const start = heading !== undefined && (!prev || prev.confidence !== g.confidence);
    prev = g;
    return start ? `#### ${heading}\n\n${block}` : block;
  });
}

function findingsSection(c: CheckResult, o: SummaryOptions): string {
  const groups = groupByRule(c);
  const open = groups.reduce((n, g) => n + g.findings.length, 0);
  const suppressed = c.findings.filter((f) => f.suppressed);
  const max = Math.min(o.maxFindingsPerCheck ?? Infinity, open);
  const out: string[] = [];
  if (open > FIRST) out.push(ruleTable(groups));
  const first = Math.min(FIRST, max);
  const shown = slice(groups, 0, first);
  out.push(...blocks(groups, shown, o));
  if (max > first) {
    const rest = blocks(groups, slice(groups, first, max), o, shown[shown.length - 1]?.[0]);
    out.push(
      `<details><summary>${plural(max - first, 'more finding')}</summary>\n\n${rest.join('\n\n')}\n\n</details>`,
    );
  }
  if (open > max) {
    out.push(
      `_${plural(open - max, 'more finding')} not shown here to keep the summary under GitHub's 1 MiB limit; the JSON report${o.reportPath ? ` (${code(o.reportPath)})` : ''} has them all._`,
    );
  }
  if (suppressed.length) {
    const rows = suppressed
      .slice(0, o.maxFindingsPerCheck ?? Infinity)
      .map(
        (f) =>
          `| ${code(f.rule)} | ${f.file ? code(`${f.file}${f.line ? `:${f.line}` : ''}`) : escapeMd(f.url ?? '–')} | ${f.suppressed!.by} | ${f.suppressed!.reason ? escapeMd(f.suppressed!.reason) : '_no reason given_'} |`,
      );
    out.push(
      `<details><summary>${plural(suppressed.length, 'suppressed finding')}</summary>\n\n| Rule | Where | By | Reason |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n</details>`,
    );
  }
  return out.join('\n\n');
}

/** A fence longer than any backtick run of the text, so command output cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** The error in a caution box, once; a multi-line error's detail (command output, stack) folds below it. */
export function errorBlock(title: string, error: string): string {
  const [first, ...rest] = error.replace(/\r\n/g, '\n').split('\n');
  const box = `> [!CAUTION]\n> **${escapeMd(title)} could not run**, so the gate fails closed: ${inlineMd(first)}`;
  const detail = rest.join('\n').trim();
  return detail ? `${box}\n\n<details><summary>Output</summary>\n\n${fenced(detail)}\n\n</details>` : box;
}

function checkSection(c: CheckResult, o: SummaryOptions): string | undefined {
  if (c.status === 'skipped') return undefined;
  const parts = [`### ${STATUS_ICON[c.status].split(' ')[0]} ${CHECK_TITLES[c.id]}`];
  // An error is said once, in its box; its summary line would repeat it.
  if (c.error) parts.push(errorBlock(CHECK_TITLES[c.id], c.error));
  else parts.push(inlineMd(c.summary));
  if (c.findings.length) parts.push(findingsSection(c, o));
  if (c.markdown) parts.push(c.markdown);
  if (c.notes?.length)
    parts.push(
      `<details><summary>Notes (${c.notes.length})</summary>\n\n${c.notes.map((n) => `- ${inlineMd(n)}`).join('\n')}\n\n</details>`,
    );
  return parts.join('\n\n');
}

function render(report: RunReport, o: SummaryOptions): string {
  const parts = [headline(report), reasonLine(report)];
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

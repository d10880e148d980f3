// The sticky PR comment: one per `category`, found by a hidden marker and updated in place. It fits a
// PR column (~700 px): a list per rule, no wide tables; the summary has the rest.
import type { RunReport } from '../runner.js';
import { scrub } from '../redact.js';
import { atLeast, CHECK_TITLES, type Severity } from '../types.js';
import { code, escapeMd, inlineMd, plural } from './escape.js';
import { groupByRule, tierHeading, type RuleGroup } from './groups.js';
import { trustLines } from './trust.js';

const MARKER_PREFIX = '<!-- launch-gate:sticky-comment';
const COMMENT_LIMIT = 60_000; // GitHub's limit is 65,536 characters.
/** Locations listed in the comment; the job summary lists every one. */
const MAX_LOCATIONS = 25;

export type CommentMode = 'on-failure' | 'always' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['on-failure', 'always', 'never'];

/** The hidden marker of one gate step's comment: two steps (categories) on one PR keep their own. */
export function commentMarker(category = ''): string {
  const id = category.replace(/[^\w./:@-]+/g, '_');
  return `${MARKER_PREFIX}${id ? ` ${id}` : ''} -->`;
}

const ICON: Record<Severity, string> = { blocker: '🛑', high: '🔴', medium: '🟠', low: '🟡' };

export interface CommentOptions {
  runUrl?: string;
  /** The head commit the comment reflects. */
  sha?: string;
  blobUrl?: (file: string, line?: number) => string | undefined;
  category?: string;
}

function footer(o: CommentOptions): string {
  const parts = [
    o.sha ? `for ${code(o.sha.slice(0, 7))}` : undefined,
    o.runUrl ? `[full report](${o.runUrl})` : undefined,
  ].filter(Boolean);
  return parts.length ? `<sub>${parts.join(' · ')}</sub>` : '';
}

export function renderComment(report: RunReport, o: CommentOptions = {}): string {
  const lines = [
    commentMarker(o.category),
    `### ${report.verdict === 'pass' ? '✅' : '❌'} Launch Gate: ${report.verdict}`,
  ];
  const foot = footer(o);
  if (foot) lines.push(foot);
  lines.push('');
  for (const l of trustLines(report)) lines.push(`> ⚠️ ${escapeMd(l)}`, '');
  const ran = report.checks.filter((c) => c.status !== 'skipped');
  lines.push(
    ran
      .map((c) => {
        const open = c.findings.filter((f) => !f.suppressed).length;
        const state = c.status === 'error' ? '💥 could not run' : c.status === 'fail' ? `❌ ${open}` : `✅ ${open}`;
        return `**${CHECK_TITLES[c.id]}** ${state}`;
      })
      .join(' · ') || '_No check ran._',
  );
  for (const c of ran.filter((c) => c.error)) {
    lines.push(
      '',
      `> 💥 **${CHECK_TITLES[c.id]} could not run** (the gate fails closed): ${inlineMd(c.error!.split('\n')[0])}`,
    );
  }
  let listed = 0;
  let total = 0;
  for (const c of ran) {
    const groups = groupByRule(c);
    let prev: RuleGroup | undefined;
    for (const g of groups) {
      total += g.findings.length;
      if (listed >= MAX_LOCATIONS) continue;
      const heading = tierHeading(groups, g);
      if (heading !== undefined && prev?.confidence !== g.confidence) lines.push('', `#### ${heading}`);
      prev = g;
      const gating = atLeast(g.severity, report.failOn) ? '' : ' · below fail-on';
      lines.push(
        '',
        `**${ICON[g.severity]} ${escapeMd(g.title)}** · ${code(g.rule)} · ${plural(g.findings.length, 'finding')}${gating}`,
      );
      for (const f of g.findings.slice(0, MAX_LOCATIONS - listed)) {
        const text = f.file ? code(`${f.file}${f.line ? `:${f.line}` : ''}`) : code(f.url ?? f.route ?? '–');
        const url = f.file && !f.removedLater ? o.blobUrl?.(f.file, f.line) : undefined;
        // Without one fix for the whole rule, each finding's own (it names its variable or table).
        const own = !g.fix && f.fix ? ` — ${inlineMd(f.fix)}` : '';
        lines.push(`- ${url ? `[${text}](${url})` : text} ${inlineMd(f.message)}${own}`);
        listed++;
      }
      if (g.fix) lines.push('', `**Fix:** ${inlineMd(g.fix)}`);
    }
  }
  if (total > listed) lines.push('', `_…and ${plural(total - listed, 'more finding')} in the job summary._`);
  const text = scrub(lines.join('\n'));
  return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT)}\n\n_(truncated)_` : text;
}

/** What a fixed PR's comment becomes (`on-failure`): the old findings are gone, say so. */
export function renderResolved(report: RunReport, o: CommentOptions = {}): string {
  const foot = footer(o);
  return scrub(
    [
      commentMarker(o.category),
      '### ✅ Launch Gate: resolved',
      ...(foot ? [foot] : []),
      '',
      `Every check passes now${report.totals.findings ? ` (${plural(report.totals.findings, 'finding')} below ${code(report.failOn)} remain in the job summary)` : ''}.`,
    ].join('\n'),
  );
}

export interface CommentApi {
  list(): Promise<{ id: number; body?: string | null }[]>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export type CommentAction = 'created' | 'updated' | 'resolved' | 'none';

/**
 * `always`: create or update. `on-failure`: create or update while failing; once passing, edit an
 * existing comment to "resolved" and never post on a clean PR. `never`: nothing.
 */
export async function syncComment(
  api: CommentApi,
  report: RunReport,
  mode: CommentMode,
  o: CommentOptions = {},
): Promise<CommentAction> {
  if (mode === 'never') return 'none';
  const marker = commentMarker(o.category);
  const existing = (await api.list()).find((c) => c.body?.split('\n')[0]?.trim() === marker);
  if (mode === 'on-failure' && report.verdict === 'pass') {
    if (!existing) return 'none';
    await api.update(existing.id, renderResolved(report, o));
    return 'resolved';
  }
  const body = renderComment(report, o);
  if (existing) {
    await api.update(existing.id, body);
    return 'updated';
  }
  await api.create(body);
  return 'created';
}

// The optional sticky PR comment: one comment, found by a hidden marker and updated in place.
import type { RunReport } from '../runner.js';
import { scrub } from '../redact.js';
import { CHECK_TITLES } from '../types.js';
import { code, escapeMd } from './escape.js';
import { trustLines } from './trust.js';

export const COMMENT_MARKER = '<!-- launch-gate:sticky-comment -->';
const COMMENT_LIMIT = 60_000; // GitHub's limit is 65,536 characters.

export function renderComment(report: RunReport, runUrl?: string): string {
  const lines = [COMMENT_MARKER, `### ${report.verdict === 'pass' ? '✅' : '❌'} Launch Gate: ${report.verdict}`, ''];
  for (const l of trustLines(report)) lines.push(`> ⚠️ ${escapeMd(l)}`, '');
  lines.push('| Check | Status | Findings |', '| --- | --- | ---: |');
  for (const c of report.checks) {
    if (c.status === 'skipped') continue;
    lines.push(`| ${CHECK_TITLES[c.id]} | ${c.status} | ${c.findings.filter((f) => !f.suppressed).length} |`);
  }
  const open = report.checks.flatMap((c) => c.findings.filter((f) => !f.suppressed).map((f) => ({ c, f })));
  if (open.length) {
    lines.push('', '| Severity | Where | Rule | What | Fix |', '| --- | --- | --- | --- | --- |');
    for (const { f } of open.slice(0, 30)) {
      const where = f.file ? code(`${f.file}${f.line ? `:${f.line}` : ''}`) : escapeMd(f.url ?? '–');
      lines.push(`| ${f.severity} | ${where} | ${code(f.rule)} | ${escapeMd(f.message)} | ${escapeMd(f.fix)} |`);
    }
    if (open.length > 30) lines.push('', `_…and ${open.length - 30} more in the job summary._`);
  }
  if (runUrl) lines.push('', `[Full report](${runUrl})`);
  const text = scrub(lines.join('\n'));
  return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT)}\n\n_(truncated)_` : text;
}

export interface CommentApi {
  list(): Promise<{ id: number; body?: string | null }[]>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

/** Creates the comment, or updates the one this action wrote before. */
export async function upsertComment(api: CommentApi, body: string): Promise<'created' | 'updated'> {
  const existing = (await api.list()).find((c) => c.body?.includes(COMMENT_MARKER));
  if (existing) {
    await api.update(existing.id, body);
    return 'updated';
  }
  await api.create(body);
  return 'created';
}

// The job-summary checklist: every item with ✅ / ⚠️ / ❌ / ➖ and what was measured.
import { code, escapeMd } from '../../report/escape.js';
import { atLeast, type Severity } from '../../types.js';
import type { Item, ItemState } from './model.js';

export function stateOf(item: Item, failOn: Severity): ItemState {
  if (item.state) return item.state;
  const fs = item.findings ?? [];
  if (fs.some((f) => atLeast(f.severity, failOn))) return 'fail';
  return fs.length ? 'warn' : 'pass';
}

const ICON: Record<ItemState, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' };

export interface Group {
  title: string;
  items: Item[];
}

/** One table per group (a base URL, the mail domain), items in the order they ran. */
export function checklistMarkdown(groups: Group[], failOn: Severity): string {
  const out: string[] = [];
  for (const { title, items } of groups) {
    if (!items.length) continue;
    out.push(`**${escapeMd(title)}**`, '', '| | Item | Measured |', '| --- | --- | --- |');
    for (const item of items) {
      const issues = (item.findings ?? []).map((f) => `${code(f.rule)} ${escapeMd(f.message)}`).join('<br>');
      const measured = escapeMd(item.value) + (issues ? `<br>${issues}` : '');
      out.push(`| ${ICON[stateOf(item, failOn)]} | ${escapeMd(item.name)} | ${measured} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

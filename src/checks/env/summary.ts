// The job summary table: name, required, type, status. Never a value.
import { code, escapeMd } from '../../report/escape.js';
import type { VarReport } from './validate.js';

const STATUS_ICON: Record<string, string> = {
  present: '✅ present',
  missing: '❌ missing',
  empty: '❌ empty',
  'wrong type': '❌ wrong type',
  'not checked': '➖ not checked',
};

/** Rows are capped so a huge contract cannot blow the 1 MiB step summary. */
export function variablesTable(reports: VarReport[], limit = 200): string {
  if (!reports.length) return '';
  const rows = reports.slice(0, limit).map(({ v, status }) => {
    const type = v.type === 'enum' ? `one of ${(v.values ?? []).join(' | ')}` : v.type;
    const shown =
      !v.required && (status === 'missing' || status === 'empty') ? '➖ unset (optional)' : STATUS_ICON[status];
    return `| ${code(v.name)} | ${v.required ? 'yes' : 'no'} | ${escapeMd(type)} | ${shown} |`;
  });
  const more = reports.length > limit ? `\n\n…and ${reports.length - limit} more variables.` : '';
  return ['| Variable | Required | Type | Status |', '| --- | --- | --- | --- |', ...rows].join('\n') + more;
}

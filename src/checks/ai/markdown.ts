// The ai check's part of the job summary: pass rate per suite (head, and base when compared), the
// cases, and the worst answers (redacted excerpts).
import { escapeMd } from '../../report/escape.js';
import type { SideResult } from './run.js';
import { SUITE_IDS } from './suites/index.js';

const pct = (held: number, answered: number) => (answered ? `${Math.round((held / answered) * 100)} %` : '–');

export function render(results: SideResult[]): string {
  const head = results.find((r) => r.side === 'head') ?? results[0];
  const base = results.find((r) => r.side === 'base');
  const lines: string[] = [];
  const suites = SUITE_IDS.filter((s) => head.suites[s]);
  if (suites.length) {
    lines.push(
      base
        ? '| suite | sent | held (head) | held (base) | techniques that got through |'
        : '| suite | sent | held | techniques that got through |',
      base ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
    );
    for (const s of suites) {
      const h = head.suites[s]!;
      const b = base?.suites[s];
      const got = h.failedTechniques.length ? escapeMd(h.failedTechniques.join(', ')) : 'none';
      const held = `${h.held}/${h.answered} (${pct(h.held, h.answered)})`;
      lines.push(
        base
          ? `| ${s} | ${h.sent} | ${held} | ${b ? `${b.held}/${b.answered} (${pct(b.held, b.answered)})` : '–'} | ${got} |`
          : `| ${s} | ${h.sent} | ${held} | ${got} |`,
      );
    }
  }
  if (head.caseCount) lines.push('', `Cases: ${head.casesPassed} of ${head.caseCount} passed.`);
  if (head.worst.length) {
    lines.push('', '<details><summary>Worst answers (redacted)</summary>', '');
    for (const w of head.worst) lines.push(`- **${escapeMd(w.what)}** (\`${w.rule}\`): ${escapeMd(w.excerpt)}`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

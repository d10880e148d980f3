// The job-summary part: one table row per route and a mermaid chart of p95 per round.
import { code, escapeMd } from '../../report/escape.js';
import type { RouteDbUsage } from './database.js';
import type { RouteMeasurement, Side } from './rounds.js';
import type { Route } from './routes.js';

export interface RouteReport {
  route: Route;
  m: RouteMeasurement;
  verdict: string;
  /** With perf.database-url: the route's database use per side, measured in isolation. */
  database?: Partial<Record<Side, RouteDbUsage>>;
}

const ms = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1);
const x = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? '–' : `×${v.toFixed(2)}`);

/** Mermaid text cannot be escaped inside a code fence: keep only harmless characters. */
export function mermaidSafe(text: string): string {
  return text
    .replace(/[^A-Za-z0-9 /._:#+-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

export function table(reports: RouteReport[], hasBase: boolean): string {
  const head = hasBase
    ? '| route | p50 ms | p95 ms | p99 ms | base p95 ms | ratio (95 % CI) | budget ms | rps | errors / requests | verdict |\n| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |'
    : '| route | p50 ms | p95 ms | p99 ms | budget ms | rps | errors / requests | verdict |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const rows = reports.map(({ route, m, verdict }) => {
    const h = m.head;
    const cells = [
      code(`${route.method} ${route.shownPath}`) +
        (route.name !== `${route.method} ${route.shownPath}` ? ` ${escapeMd(route.name)}` : ''),
      ms(h.p50),
      ms(h.p95),
      ms(h.p99),
    ];
    if (hasBase) {
      const ratio = m.base && m.base.p95 > 0 ? h.p95 / m.base.p95 : undefined;
      const ci = m.decision?.interval;
      cells.push(ms(m.base?.p95), `${x(ratio)}${ci && ci.n >= 3 ? ` (${x(ci.low)}–${x(ci.high)})` : ''}`);
    }
    cells.push(String(route.budgetMs), h.rps.toFixed(0), `${h.errors} / ${h.requests}`, escapeMd(verdict));
    return `| ${cells.join(' | ')} |`;
  });
  return [head, ...rows].join('\n');
}

/** Base bars and head line, p95 per round: a slower head shows as a line above the bars. */
export function chart(r: RouteReport): string {
  const rounds = r.m.rounds;
  if (!rounds.length) return '';
  const headVals = rounds.map((x) => x.head.p95);
  const baseVals = rounds.map((x) => x.base?.p95 ?? NaN);
  const finite = [...headVals, ...baseVals].filter((v) => Number.isFinite(v));
  const top = Math.max(1, ...finite) * 1.1;
  const num = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '0');
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "p95 per round, ${mermaidSafe(r.route.name)}${r.m.base ? ' (bars base, line head)' : ''}"`,
    `  x-axis "round" [${rounds.map((_, i) => i + 1).join(', ')}]`,
    `  y-axis "p95 (ms)" 0 --> ${Math.ceil(top)}`,
  ];
  if (r.m.base) lines.push(`  bar [${baseVals.map(num).join(', ')}]`);
  lines.push(`  line [${headVals.map(num).join(', ')}]`, '```');
  return lines.join('\n');
}

/** Charts of routes that pass are folded: the reader needs the failing ones in view. */
const passes = (r: RouteReport) => /^(no regression|budget only)$/.test(r.verdict);

export function render(reports: RouteReport[], hasBase: boolean, maxCharts = 6): string {
  const charts = reports
    .filter((r) => r.m.rounds.length > 1)
    .slice(0, maxCharts)
    .map((r) => {
      const c = chart(r);
      if (!c || !passes(r)) return c;
      return `<details><summary>p95 per round, ${escapeMd(r.route.name)} (${escapeMd(r.verdict)})</summary>\n\n${c}\n\n</details>`;
    })
    .filter(Boolean);
  return [table(reports, hasBase), databaseTable(reports), ...charts].filter(Boolean).join('\n\n');
}

const n1 = (v: number | undefined) => (v === undefined ? '–' : (Math.round(v * 10) / 10).toString());

/** Queries, rows and large-table sequential scans per request, base and head. */
export function databaseTable(reports: RouteReport[]): string {
  const rows = reports.filter((r) => r.database?.head);
  if (!rows.length) return '';
  const lines = [
    '| route (database, per request) | queries base | queries head | rows read base | rows read head | sequential scans of large tables (head) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { route, database } of rows) {
    const b = database!.base;
    const h = database!.head!;
    const scans =
      h.seqScans.map((t) => `${code(t.table)} (${t.live.toLocaleString('en-US')} rows)`).join(', ') || 'none';
    lines.push(
      `| ${code(`${route.method} ${route.shownPath}`)} | ${n1(b?.queriesPerRequest)} | ${n1(h.queriesPerRequest)} | ${n1(b?.rowsPerRequest)} | ${n1(h.rowsPerRequest)} | ${scans} |`,
    );
  }
  return lines.join('\n');
}

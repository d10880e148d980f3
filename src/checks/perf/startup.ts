// Start-up time (cold start): spawn to the first ready answer, several samples per side taken in
// alternating order, judged with the same paired t interval as the latency.
import { createHash } from 'node:crypto';
import type { Finding } from '../../types.js';
import { DOCS } from './findings.js';
import { percentiles } from './percentile.js';
import type { Side } from './rounds.js';
import { decideFinal, type Decision } from './stats.js';

/** Start-up growth smaller than this is never a regression: process spawn alone varies by tens of ms. */
export const STARTUP_FLOOR_MS = 100;

export interface StartupSamples {
  base: number[];
  head: number[];
}

const median = (xs: number[]) => percentiles(xs).p50;

export function decideStartup(s: StartupSamples, regression: number, floorMs: number): Decision | undefined {
  if (!s.base.length) return undefined;
  const n = Math.min(s.base.length, s.head.length);
  const logRatios = Array.from({ length: n }, (_, i) => Math.log(s.head[i] / s.base[i]));
  return decideFinal({
    logRatios,
    baseP95: median(s.base),
    headP95: median(s.head),
    regression,
    floorMs: Math.max(floorMs, STARTUP_FLOOR_MS),
  });
}

const ms = (v: number) => `${Math.round(v)} ms`;

export function startupFindings(s: StartupSamples, d: Decision | undefined, regression: number): Finding[] {
  if (d?.verdict !== 'regression') return [];
  const b = median(s.base);
  const h = median(s.head);
  return [
    {
      rule: 'perf-startup-regression',
      severity: 'high',
      url: 'start-up',
      message:
        `start-up grew from ${ms(b)} (base) to ${ms(h)} (median of ${s.head.length}, ×${(h / b).toFixed(2)}, ` +
        `95 % CI ×${d.interval.low.toFixed(2)}–×${d.interval.high.toFixed(2)}), more than the allowed ${Math.round(regression * 100)} %`,
      why: 'every deploy, scale-up and serverless cold start waits this much longer before the first request is served',
      fix: 'look at what the change does before listening (imports, migrations, cache warm-ups, network calls at start) and defer it, or raise `perf.regression` if intended',
      fingerprint: createHash('sha256').update('perf-startup-regression').digest('hex').slice(0, 16),
      docs: `${DOCS}#perf-startup-regression`,
    },
  ];
}

/** `| start-up | base 210 ms | head 230 ms | ×1.10 (0.95–1.27) | no regression |` */
export function startupMarkdown(s: StartupSamples, d: Decision | undefined): string {
  const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  const rows = ['| start-up (spawn → ready) | samples, ms | median |', '| --- | --- | ---: |'];
  for (const side of ['base', 'head'] as Side[])
    if (s[side].length) rows.push(`| ${side} | ${list(s[side])} | ${ms(median(s[side]))} |`);
  let verdict = 'head only (no base)';
  if (d)
    verdict =
      d.verdict === 'regression'
        ? `regression: ×${d.interval.ratio.toFixed(2)} (95 % CI ×${d.interval.low.toFixed(2)}–×${d.interval.high.toFixed(2)})`
        : d.verdict === 'undecided'
          ? `undecided (${d.reason}): more samples (perf.startup.samples) would tell`
          : `no regression: ×${d.interval.ratio.toFixed(2)} (95 % CI ×${d.interval.low.toFixed(2)}–×${d.interval.high.toFixed(2)})`;
  return `${rows.join('\n')}\n\nStart-up verdict: ${verdict}.`;
}

export const startupMetrics = (s: StartupSamples, d: Decision | undefined) => ({
  baseMs: s.base.map(Math.round),
  headMs: s.head.map(Math.round),
  baseMedianMs: s.base.length ? Math.round(median(s.base)) : null,
  headMedianMs: s.head.length ? Math.round(median(s.head)) : null,
  ratio: d ? Math.round(d.interval.ratio * 1000) / 1000 : null,
  ciLow: d && d.interval.n >= 3 ? Math.round(d.interval.low * 1000) / 1000 : null,
  ciHigh: d && d.interval.n >= 3 ? Math.round(d.interval.high * 1000) / 1000 : null,
  verdict: d?.verdict ?? 'head only',
});

// Replays decision variants on the rounds recorded by decision.ts (per-round p95 of base and head).
// Run: npx tsx bench/perf/replay.ts /tmp/perf-bench.json
// The floor uses the mean of per-round p95 here (the recording keeps per-round p95, not every
// latency), a close stand-in for the pooled p95 the check uses.
import { readFileSync } from 'node:fs';
import { decideFinal, decideInterim } from '../../src/checks/perf/stats.js';

interface Trial {
  slow: number;
  wallMs: number;
  rounds: { base: number; head: number }[];
}
const data = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/perf-bench.json', 'utf8')) as { trials: Trial[] };
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

interface Variant {
  name: string;
  finalLevel: number;
  interimLevel?: number;
  minRounds: number;
  allowance: number;
  floorMs: number;
}

function verdict(t: Trial, v: Variant): { fail: boolean; undecided?: boolean; rounds: number } {
  const logs: number[] = [];
  for (let i = 0; i < t.rounds.length; i++) {
    logs.push(Math.log(t.rounds[i].head / t.rounds[i].base));
    const sl = t.rounds.slice(0, i + 1);
    const input = {
      logRatios: logs,
      baseP95: mean(sl.map((r) => r.base)),
      headP95: mean(sl.map((r) => r.head)),
      regression: v.allowance,
      floorMs: v.floorMs,
    };
    if (v.interimLevel && i < t.rounds.length - 1) {
      const d = decideInterim(input, v.minRounds, v.interimLevel);
      if (d.verdict !== 'undecided') return { fail: d.verdict === 'regression', rounds: i + 1 };
    } else if (i === t.rounds.length - 1) {
      const final = decideFinal(input, v.finalLevel).verdict;
      return { fail: final === 'regression', undecided: final === 'undecided', rounds: i + 1 };
    }
  }
  return { fail: false, rounds: t.rounds.length };
}

const kinds = [1, 1.1, 1.2, 1.5];
const variants: Variant[] = [];
for (const [allowance, floorMs] of [
  [0.1, 5],
  [0.05, 5],
  [0, 5],
  [0, 2],
]) {
  const common = { minRounds: 6, allowance, floorMs };
  variants.push({ name: 'shipped: interim 99 %, final 95 %', finalLevel: 0.95, interimLevel: 0.99, ...common });
  variants.push({ name: 'fixed 30 rounds, final 95 %', finalLevel: 0.95, ...common });
  variants.push({ name: 'interim 99.8 %, final 98 %', finalLevel: 0.98, interimLevel: 0.998, ...common });
}
console.log(
  '| rule | regression | floor | ×1.0 false alarms | ×1.1 | ×1.2 | ×1.5 | undecided, rerun (×1.0 / ×1.1 / ×1.2 / ×1.5) | mean load per check, s (×1.0 / ×1.1 / ×1.2 / ×1.5) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const v of variants) {
  const cells = kinds.map((k) => {
    const ts = data.trials.filter((t) => t.slow === k);
    return `${ts.filter((t) => verdict(t, v).fail).length}/${ts.length}`;
  });
  // One round = 1 s per side; plus 1 s warm-up per side.
  const load = kinds.map((k) => {
    const ts = data.trials.filter((t) => t.slow === k);
    return ts.length ? (mean(ts.map((t) => verdict(t, v).rounds)) * 2 + 2).toFixed(0) : '–';
  });
  const undecided = kinds.map((k) => data.trials.filter((t) => t.slow === k && verdict(t, v).undecided).length);
  console.log(
    `| ${v.name} | ${v.allowance * 100} % | ${v.floorMs} ms | ${cells.join(' | ')} | ${undecided.join(' / ')} | ${load.join(' / ')} |`,
  );
}
for (const k of kinds) {
  const ts = data.trials.filter((t) => t.slow === k);
  if (!ts.length) continue;
  const ratios = ts.map((t) => mean(t.rounds.map((r) => r.head)) / mean(t.rounds.map((r) => r.base)));
  const sds = ts.map((t) => {
    const l = t.rounds.map((r) => Math.log(r.head / r.base));
    const m = mean(l);
    return Math.sqrt(l.reduce((a, b) => a + (b - m) ** 2, 0) / (l.length - 1));
  });
  const base = ts.map((t) => mean(t.rounds.map((r) => r.base)));
  console.log(
    `×${k}: ${ts.length} trials, head/base p95 ratio mean ${mean(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}), per-round sd of log ratio ${mean(sds).toFixed(3)}, base p95 ${Math.min(...base).toFixed(0)}–${Math.max(...base).toFixed(0)} ms`,
  );
}

// How noisy the machine was while perf measured: a calibration loop before and after, the load average,
// CPU steal (Linux), and the round-to-round spread of the p95 ratios. Said in the summary, so a pass on
// a busy runner is never mistaken for a clean measurement.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { nearestRank } from './percentile.js';

export interface CpuSample {
  /** Jiffies: all, and stolen by the hypervisor (from /proc/stat). */
  total: number;
  steal: number;
}

export interface NoiseStart {
  cpu?: CpuSample;
  calibration: number[];
}

export interface Noise {
  /** Spread of a fixed CPU loop's times before and after the rounds (half the 10–90 % range over the median). */
  calibrationSpread: number;
  /** How much slower the loop ran after the rounds than before (1 = same). */
  calibrationDrift: number;
  /** One-minute load average at the end, and the number of cores. */
  loadAverage?: number;
  cores: number;
  /** Share of CPU time stolen by the hypervisor during the rounds (Linux only). */
  stealShare?: number;
}

/** `cpu  user nice system idle iowait irq softirq steal …` */
export function parseProcStat(text: string): CpuSample | undefined {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return undefined;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  if (v.length < 8 || v.some((x) => !Number.isFinite(x))) return undefined;
  // guest and guest_nice (9th, 10th) are already counted in user and nice.
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { total, steal: v[7] };
}

function readCpu(): CpuSample | undefined {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

function loadAverage(): number | undefined {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

/** Times a fixed piece of arithmetic `runs` times (about 2 ms each on a quiet core). */
export function calibrate(runs = 15): number[] {
  const out: number[] = [];
  let sink = 0;
  // The first runs compile and re-tier the loop (V8 reaches optimised code after a few): not counted.
  for (let r = -5; r < runs; r++) {
    const t = performance.now();
    for (let i = 1; i < 400_000; i++) sink += Math.sqrt(i) % 7;
    if (r >= 0) out.push(performance.now() - t);
  }
  if (sink === -1) out.push(0); // keeps the loop from being optimised away
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) =>
  nearestRank(
    [...xs].sort((a, b) => a - b),
    q,
  );
const median = (xs: number[]) => quantile(xs, 0.5);
/** Half the 10–90 % range over the median: a spread that a single hiccup does not dominate. */
const spread = (xs: number[]) => (quantile(xs, 0.9) - quantile(xs, 0.1)) / (2 * median(xs));

export function startNoise(): NoiseStart {
  return { cpu: readCpu(), calibration: calibrate() };
}

export function endNoise(start: NoiseStart): Noise {
  const after = calibrate();
  const cpu = readCpu();
  const dt = cpu && start.cpu ? cpu.total - start.cpu.total : 0;
  return {
    calibrationSpread: spread([...start.calibration, ...after]),
    calibrationDrift: median(after) / median(start.calibration),
    loadAverage: loadAverage(),
    cores: availableParallelism(),
    stealShare: cpu && start.cpu && dt > 0 ? (cpu.steal - start.cpu.steal) / dt : undefined,
  };
}

/** Spread of the per-round ratios, as ±% (one standard deviation of the log ratio). */
export function roundSpread(logRatios: readonly number[]): number | undefined {
  if (logRatios.length < 3) return undefined;
  const m = mean([...logRatios]);
  const sd = Math.sqrt(logRatios.reduce((a, b) => a + (b - m) ** 2, 0) / (logRatios.length - 1));
  return Math.exp(sd) - 1;
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)} %`;

/** One line for the summary: `Machine noise: rounds ±6 %, calibration loop ±3 %, load 1.4 on 2 cores, steal 0.2 %`. */
export function describeNoise(n: Noise, spreads: number[]): string {
  const parts: string[] = [];
  if (spreads.length) parts.push(`round-to-round p95 ratio spread ±${pct(Math.max(...spreads))}`);
  parts.push(`calibration loop spread ±${pct(n.calibrationSpread)}`);
  if (n.calibrationDrift > 1.1) parts.push(`the loop ran ${n.calibrationDrift.toFixed(2)}× slower after the rounds`);
  else if (n.calibrationDrift < 0.9)
    parts.push(`the loop ran ${(1 / n.calibrationDrift).toFixed(2)}× faster after the rounds`);
  if (n.loadAverage !== undefined) parts.push(`load ${n.loadAverage.toFixed(1)} on ${n.cores} cores`);
  if (n.stealShare !== undefined) parts.push(`CPU steal ${pct(n.stealShare)}`);
  return `Machine noise: ${parts.join(', ')}.`;
}

/** Noisy enough to say so next to every verdict. */
export const isNoisy = (n: Noise, spreads: number[]) =>
  n.calibrationSpread > 0.3 ||
  (n.stealShare ?? 0) > 0.05 ||
  (n.loadAverage ?? 0) > n.cores * 1.5 ||
  spreads.some((s) => s > 0.25);

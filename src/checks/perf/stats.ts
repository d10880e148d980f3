// Statistics of the regression verdict: a paired t interval on per-round log(p95 ratio).
// Rounds, not requests, are the unit: noise on a shared machine comes in bursts that hit every
// request of a round, so treating requests as independent would understate the uncertainty.
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** Quantile of Student's t with `df` degrees of freedom (@stdlib, a maintained implementation). */
export function tQuantile(p: number, df: number): number {
  return quantile(p, df);
}

export interface RatioInterval {
  /** Rounds used (pairs with both p95 values). */
  n: number;
  /** Geometric mean of the per-round p95 ratios. */
  ratio: number;
  low: number;
  high: number;
}

/**
 * Two-sided `level` interval of the p95 ratio head/base from per-round log ratios, by a paired t
 * interval on the logs, mapped back with exp. Fewer than 3 rounds give an unbounded interval.
 * `center`: the log of the ratio the report shows (pooled p95 head / pooled p95 base); the
 * interval keeps the per-round spread but is centred there, so the reported ratio always lies
 * inside its own interval.
 */
export function ratioInterval(logRatios: readonly number[], level = 0.95, center?: number): RatioInterval {
  const n = logRatios.length;
  const mean = n ? logRatios.reduce((a, b) => a + b, 0) / n : 0;
  const mid = center !== undefined && Number.isFinite(center) ? center : mean;
  if (n < 3) return { n, ratio: Math.exp(mid), low: 0, high: Infinity };
  const variance = logRatios.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { n, ratio: Math.exp(mid), low: Math.exp(mid - half), high: Math.exp(mid + half) };
}

const pooledLogRatio = (i: DecisionInput) =>
  i.baseP95 > 0 && i.headP95 > 0 ? Math.log(i.headP95 / i.baseP95) : undefined;

export interface DecisionInput {
  logRatios: readonly number[];
  /** Pooled p95 of base and head over all rounds so far, ms. */
  baseP95: number;
  headP95: number;
  /** Allowed growth, e.g. 0.1 for 10 %. */
  regression: number;
  /** Smallest absolute p95 growth that can fail, ms. */
  floorMs: number;
}

export type Verdict = 'regression' | 'ok' | 'undecided';

export interface Decision {
  verdict: Verdict;
  interval: RatioInterval;
  reason: string;
}

/**
 * Final verdict once the time budget is spent: a regression only on a lower bound above the allowance,
 * a pass only on an upper bound within it (or a growth below the floor); anything between is undecided.
 */
export function decideFinal(input: DecisionInput, level = 0.95): Decision {
  const interval = ratioInterval(input.logRatios, level, pooledLogRatio(input));
  const limit = 1 + input.regression;
  const delta = input.headP95 - input.baseP95;
  if (interval.n < 3) return { verdict: 'undecided', interval, reason: `only ${interval.n} usable rounds` };
  if (interval.low > limit && delta > input.floorMs) {
    return { verdict: 'regression', interval, reason: `lower bound ${fmt(interval.low)} > ${fmt(limit)}` };
  }
  // Not proven slower, but not shown to be within the allowance either: the rounds were too noisy to
  // decide, unless even the largest plausible growth is below the floor.
  if (interval.high > limit && input.baseP95 * (interval.high - 1) >= input.floorMs) {
    return {
      verdict: 'undecided',
      interval,
      reason: `too noisy: the 95 % interval ${fmt(interval.low)}–${fmt(interval.high)} spans the allowance ${fmt(limit)}`,
    };
  }
  return { verdict: 'ok', interval, reason: `upper bound ${fmt(interval.high)} ≤ ${fmt(limit)} or growth below floor` };
}

/**
 * Interim look during the rounds (sequential testing). Stops early only when the answer is clear
 * at a stricter level than the final one, so repeated looks do not inflate false alarms much:
 * a regression when even the 99 % lower bound clears the allowance; a pass when the 99 % upper
 * bound stays under it, or when the largest plausible growth in ms is below the floor.
 */
export function decideInterim(input: DecisionInput, minRounds: number, level = 0.99): Decision {
  const interval = ratioInterval(input.logRatios, level, pooledLogRatio(input));
  const limit = 1 + input.regression;
  if (interval.n < Math.max(3, minRounds)) return { verdict: 'undecided', interval, reason: 'too few rounds' };
  if (interval.low > limit && input.headP95 - input.baseP95 > input.floorMs) {
    return { verdict: 'regression', interval, reason: `early: lower bound ${fmt(interval.low)} > ${fmt(limit)}` };
  }
  if (interval.high < limit) return { verdict: 'ok', interval, reason: `early: upper bound ${fmt(interval.high)}` };
  if (input.baseP95 * (interval.high - 1) < input.floorMs) {
    return { verdict: 'ok', interval, reason: 'early: largest plausible growth below the floor' };
  }
  return { verdict: 'undecided', interval, reason: 'close call' };
}

const fmt = (x: number): string => x.toFixed(3);

// Percentiles by nearest rank over per-request latencies (float milliseconds).

/** Nearest-rank percentile: the smallest value with at least q·n values at or below it. */
export function nearestRank(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const s = sorted as unknown as number[];
  return { p50: nearestRank(s, 0.5), p95: nearestRank(s, 0.95), p99: nearestRank(s, 0.99) };
}

export const p95 = (values: readonly number[]): number => percentiles(values).p95;

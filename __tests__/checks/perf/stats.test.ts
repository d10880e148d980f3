import { describe, expect, it } from '@jest/globals';
import { nearestRank, percentiles } from '../../../src/checks/perf/percentile.js';
import { decideFinal, decideInterim, ratioInterval, tQuantile } from '../../../src/checks/perf/stats.js';

describe('percentiles by nearest rank', () => {
  it('takes the smallest value with at least q of the values at or below it', () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i); // unsorted on purpose
    expect(percentiles(v)).toEqual({ p50: 50, p95: 95, p99: 99 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(nearestRank(twenty, 0.95)).toBe(19);
    expect(percentiles([7.25])).toEqual({ p50: 7.25, p95: 7.25, p99: 7.25 });
    expect(Number.isNaN(percentiles([]).p95)).toBe(true);
  });

  it('keeps sub-millisecond precision', () => {
    expect(percentiles([0.31, 0.42, 0.2]).p95).toBe(0.42);
  });
});

describe("Student's t", () => {
  it('matches published quantiles', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 2);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(tQuantile(0.995, 5)).toBeCloseTo(4.032, 3);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
  });
});

describe('ratio interval over rounds', () => {
  it('is the exp of a paired t interval on log ratios', () => {
    const logs = [0.1, 0.2, 0.15, 0.12, 0.18];
    const ci = ratioInterval(logs);
    const mean = 0.15;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
    const half = 2.776 * (sd / Math.sqrt(5));
    expect(ci.ratio).toBeCloseTo(Math.exp(mean), 6);
    expect(ci.low).toBeCloseTo(Math.exp(mean - half), 3);
    expect(ci.high).toBeCloseTo(Math.exp(mean + half), 3);
  });

  it('is unbounded with fewer than 3 rounds', () => {
    expect(ratioInterval([0.5, 0.6])).toMatchObject({ low: 0, high: Infinity });
  });
});

describe('decisions', () => {
  const slow = [0.3, 0.28, 0.33, 0.31, 0.29, 0.3, 0.32];
  const same = [0.01, -0.02, 0.015, -0.01, 0.0, 0.02, -0.015];

  it('fails only when the lower bound clears the allowance and the change clears the floor', () => {
    expect(decideFinal({ logRatios: slow, baseP95: 40, headP95: 54, regression: 0.1, floorMs: 5 }).verdict).toBe(
      'regression',
    );
    // Same ratio on a 2 ms route: 0.7 ms more is below the floor.
    expect(decideFinal({ logRatios: slow, baseP95: 2, headP95: 2.7, regression: 0.1, floorMs: 5 }).verdict).toBe('ok');
    // Allowance larger than the growth.
    expect(decideFinal({ logRatios: slow, baseP95: 40, headP95: 54, regression: 0.5, floorMs: 5 }).verdict).toBe('ok');
    expect(decideFinal({ logRatios: same, baseP95: 40, headP95: 40.2, regression: 0.1, floorMs: 5 }).verdict).toBe(
      'ok',
    );
  });

  it('a noisy growth whose interval straddles the allowance is undecided: neither a regression nor a pass', () => {
    const noisy = [0.5, -0.3, 0.4, -0.2, 0.3, -0.25];
    const d = decideFinal({ logRatios: noisy, baseP95: 40, headP95: 44, regression: 0.1, floorMs: 5 });
    expect(d.verdict).toBe('undecided');
    expect(d.reason).toMatch(/too noisy/);
    expect(d.interval.low).toBeLessThan(1.1);
    expect(d.interval.high).toBeGreaterThan(1.1);
    // The same noise on a 2 ms route: even the largest plausible growth is below the 5 ms floor.
    expect(decideFinal({ logRatios: noisy, baseP95: 2, headP95: 2.2, regression: 0.1, floorMs: 5 }).verdict).toBe('ok');
  });

  it('interim looks stop early only on clear answers and never before the minimum rounds', () => {
    expect(
      decideInterim({ logRatios: slow.slice(0, 4), baseP95: 40, headP95: 54, regression: 0.1, floorMs: 5 }, 6).verdict,
    ).toBe('undecided');
    expect(decideInterim({ logRatios: slow, baseP95: 40, headP95: 54, regression: 0.1, floorMs: 5 }, 6).verdict).toBe(
      'regression',
    );
    expect(decideInterim({ logRatios: same, baseP95: 40, headP95: 40, regression: 0.1, floorMs: 5 }, 6).verdict).toBe(
      'ok',
    );
    const close = [0.12, 0.05, 0.15, 0.08, 0.11, 0.1];
    expect(
      decideInterim({ logRatios: close, baseP95: 40, headP95: 44.4, regression: 0.1, floorMs: 1 }, 6).verdict,
    ).toBe('undecided');
  });
});

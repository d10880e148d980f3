// Interleaved rounds for one route: base and head take turns (AB BA AB …) so drift and bursts of
// neighbour load hit both; after each round an interim look may stop early when the answer is
// already clear, leaving the time to later routes.
import { percentiles, type Percentiles } from './percentile.js';
import { decideFinal, decideInterim, ratioInterval, type Decision } from './stats.js';
import { totalRequests, type LoadSample } from './load.js';

export type Side = 'base' | 'head';

export interface RoundResult {
  order: 'AB' | 'BA' | 'B';
  base?: { p95: number; requests: number };
  head: { p95: number; requests: number };
}

export interface SideTotals extends Percentiles {
  requests: number;
  ok: number;
  /** Unexpected status + timeouts + socket errors. */
  errors: number;
  badStatus: number;
  failed: number;
  statuses: Record<string, number>;
  elapsedMs: number;
  rps: number;
}

export interface RouteMeasurement {
  rounds: RoundResult[];
  head: SideTotals;
  base?: SideTotals;
  decision?: Decision;
  stoppedEarly: boolean;
  /** A service stopped answering during the rounds. */
  crash?: { side: Side; message: string };
}

export interface RoundPlan {
  /** Measured time per side for this route. */
  budgetMs: number;
  roundMs: number;
  /** No interim look before this many rounds. */
  minRounds: number;
  regression: number;
  floorMs: number;
  /** Interim looks (false in the benchmark, which replays prefixes offline). */
  sequential: boolean;
  hasBase: boolean;
  signal: AbortSignal;
  /** After each round (progress lines in the log). */
  onRound?: (done: number, total: number, round: RoundResult) => void;
}

/** Runs one burst on one side; returns the sample or throws. */
export type Measure = (side: Side, durationMs: number) => Promise<LoadSample>;
/** Says why a side is down, if it is. */
export type Health = (side: Side) => Promise<string | undefined>;

class Accumulator {
  latencies: number[] = [];
  ok = 0;
  badStatus = 0;
  failed = 0;
  statuses: Record<string, number> = {};
  elapsedMs = 0;
  add(s: LoadSample): void {
    for (const l of s.latencies) this.latencies.push(l);
    this.ok += s.ok;
    this.badStatus += s.badStatus;
    this.failed += s.failed;
    this.elapsedMs += s.elapsedMs;
    for (const [k, v] of Object.entries(s.statuses)) this.statuses[k] = (this.statuses[k] ?? 0) + v;
  }
  totals(): SideTotals {
    const requests = this.ok + this.badStatus + this.failed;
    return {
      ...percentiles(this.latencies),
      requests,
      ok: this.ok,
      errors: this.badStatus + this.failed,
      badStatus: this.badStatus,
      failed: this.failed,
      statuses: this.statuses,
      elapsedMs: this.elapsedMs,
      rps: this.elapsedMs > 0 ? requests / (this.elapsedMs / 1000) : 0,
    };
  }
}

const roundStat = (s: LoadSample) => ({ p95: percentiles(s.latencies).p95, requests: totalRequests(s) });

export async function runRounds(plan: RoundPlan, measure: Measure, health: Health): Promise<RouteMeasurement> {
  const acc: Record<Side, Accumulator> = { base: new Accumulator(), head: new Accumulator() };
  const rounds: RoundResult[] = [];
  const logRatios: number[] = [];
  const total = Math.max(1, Math.round(plan.budgetMs / plan.roundMs));
  let decision: Decision | undefined;
  let stoppedEarly = false;

  const burst = async (side: Side): Promise<LoadSample | { crash: string }> => {
    const s = await measure(side, plan.roundMs);
    // Socket errors or silence may mean the service died: ask before counting the round.
    if (s.failed > 0 || totalRequests(s) === 0) {
      const down = await health(side);
      if (down) return { crash: down };
    }
    acc[side].add(s);
    return s;
  };

  for (let i = 0; i < total; i++) {
    if (plan.signal.aborted) throw plan.signal.reason ?? new Error('aborted');
    const order: RoundResult['order'] = !plan.hasBase ? 'B' : i % 2 === 0 ? 'AB' : 'BA';
    const sides: Side[] = order === 'B' ? ['head'] : order === 'AB' ? ['base', 'head'] : ['head', 'base'];
    const got: Partial<Record<Side, LoadSample>> = {};
    for (const side of sides) {
      const r = await burst(side);
      if ('crash' in r) {
        return {
          rounds,
          head: acc.head.totals(),
          base: plan.hasBase ? acc.base.totals() : undefined,
          stoppedEarly,
          crash: { side, message: r.crash },
        };
      }
      got[side] = r;
    }
    const head = roundStat(got.head!);
    const base = got.base ? roundStat(got.base) : undefined;
    rounds.push({ order, head, base });
    plan.onRound?.(i + 1, total, rounds[rounds.length - 1]);
    if (!base) continue;
    if (head.p95 > 0 && base.p95 > 0 && Number.isFinite(head.p95) && Number.isFinite(base.p95)) {
      logRatios.push(Math.log(head.p95 / base.p95));
    }
    if (plan.sequential && i < total - 1) {
      const baseP95 = percentilesOf(acc.base);
      const headP95 = percentilesOf(acc.head);
      const look = decideInterim(
        { logRatios, baseP95, headP95, regression: plan.regression, floorMs: plan.floorMs },
        plan.minRounds,
      );
      if (look.verdict !== 'undecided') {
        stoppedEarly = true;
        // Report the same 95 % interval as a full run; the stricter one only decided when to stop.
        const center = baseP95 > 0 && headP95 > 0 ? Math.log(headP95 / baseP95) : undefined;
        decision = { ...look, interval: ratioInterval(logRatios, 0.95, center) };
        break;
      }
    }
  }
  const headTotals = acc.head.totals();
  const baseTotals = plan.hasBase ? acc.base.totals() : undefined;
  if (baseTotals && !decision) {
    decision = decideFinal({
      logRatios,
      baseP95: baseTotals.p95,
      headP95: headTotals.p95,
      regression: plan.regression,
      floorMs: plan.floorMs,
    });
  }
  return { rounds, head: headTotals, base: baseTotals, decision, stoppedEarly };
}

function percentilesOf(a: Accumulator): number {
  return percentiles(a.latencies).p95;
}

/** Per-round log ratios of a finished measurement (for offline replays and the chart). */
export function logRatiosOf(rounds: readonly RoundResult[]): number[] {
  return rounds
    .filter(
      (r) => r.base && r.base.p95 > 0 && r.head.p95 > 0 && Number.isFinite(r.base.p95) && Number.isFinite(r.head.p95),
    )
    .map((r) => Math.log(r.head.p95 / r.base!.p95));
}

// Human units used in the config file: durations (`500ms`, `1.5s`, `2m`) and percentages (`10%`).
import * as z from 'zod/mini';

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?\s*$/i;

/** Milliseconds from `500ms`, `1.5s`, `2m`, `1h`, `1d`, or a bare number of milliseconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'ms').toLowerCase();
  const scale: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
  return n * scale[unit];
}

/** Fraction from `10%`, `0.1` or `10` (a bare number above 1 is read as percent). */
export function parsePercent(value: string | number): number | undefined {
  if (typeof value === 'number') return value > 1 ? value / 100 : value >= 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] || n > 1 ? n / 100 : n;
}

/** Node's timers take at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * zod type for a human unit written as a string or a number: `read` turns it into a number, or gives the
 * problem to report (zod/mini transforms add issues by pushing them).
 */
const unit = (read: (v: string | number) => number | string) =>
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v, ctx) => {
      const out = read(v);
      if (typeof out === 'number') return out;
      ctx.issues.push({ code: 'custom', input: v, message: out });
      return z.NEVER;
    }),
  );

/** zod type for a duration, parsed to milliseconds. */
export const durationMs = unit((v) => {
  const ms = parseDuration(v);
  if (ms === undefined) return `expected a duration like 500ms, 1.5s or 2m, got ${JSON.stringify(v)}`;
  if (ms > MAX_TIMER_MS) return `${JSON.stringify(v)} is longer than the longest timer (about 24 days)`;
  return ms;
});

const fmt = (ms: number) => (ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`);

/**
 * A check's `timeout`: its default, and a hard cap no config lifts (a pull request's config cannot make
 * the run unbounded; see docs/security.md).
 */
export const checkTimeout = (defaultMs: number, capMs: number) =>
  z
    ._default(durationMs, defaultMs)
    .check(z.refine((ms) => ms <= capMs, { message: `at most ${fmt(capMs)} (the gate's hard cap for this check)` }));

/** zod type for a percentage, parsed to a fraction. */
export const fraction = unit((v) => parsePercent(v) ?? `expected a percentage like 10%, got ${JSON.stringify(v)}`);

/** An HTTP method: any case in the config, upper case after parsing, one of `methods`. */
export const httpMethod = <const T extends readonly [string, ...string[]]>(methods: T) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((m) => m.toUpperCase()),
    ),
    z.enum(methods),
  );

/** An integer, at least `min` (and at most `max`). */
export const int = (min: number, max?: number) =>
  z.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));

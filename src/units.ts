// Human units used in the config file: durations (`500ms`, `1.5s`, `2m`) and percentages (`10%`).
import { z } from 'zod';

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/i;

/** Milliseconds from `500ms`, `1.5s`, `2m`, or a bare number of milliseconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'ms').toLowerCase();
  return unit === 'ms' ? n : unit === 's' ? n * 1000 : n * 60_000;
}

/** Fraction from `10%`, `0.1` or `10` (a bare number above 1 is read as percent). */
export function parsePercent(value: string | number): number | undefined {
  if (typeof value === 'number') return value > 1 ? value / 100 : value >= 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] || n > 1 ? n / 100 : n;
}

/** zod type for a duration, parsed to milliseconds. */
export const durationMs = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a duration like 500ms, 1.5s or 2m, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return ms;
});

/** zod type for a percentage, parsed to a fraction. */
export const fraction = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const f = parsePercent(v);
  if (f === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a percentage like 10%, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return f;
});

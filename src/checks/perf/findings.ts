// Turns route measurements into findings (pure).
import { createHash } from 'node:crypto';
import type { Finding } from '../../types.js';
import type { RouteMeasurement } from './rounds.js';
import type { Route } from './routes.js';

export const DOCS = 'docs/perf/README.md';

export interface Where {
  /** The config file, relative to cwd, when the route is written there. */
  file?: string;
  line?: number;
}

export interface FindingOptions {
  regression: number;
  maxErrorRate: number;
}

function fingerprint(rule: string, file: string | undefined, route: Route): string {
  return createHash('sha256')
    .update(`${rule}\0${file ?? ''}\0${route.method} ${route.shownPath}`)
    .digest('hex')
    .slice(0, 16);
}

const ms = (v: number): string => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const pct = (v: number): string => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)} %`;

function base(
  rule: string,
  route: Route,
  where: Where,
): Pick<Finding, 'rule' | 'severity' | 'file' | 'line' | 'url' | 'fingerprint' | 'docs'> {
  const f: Pick<Finding, 'rule' | 'severity' | 'file' | 'line' | 'url' | 'fingerprint' | 'docs'> = {
    rule,
    severity: 'high',
    url: `${route.method} ${route.shownPath}`,
    fingerprint: fingerprint(rule, where.file, route),
    docs: `${DOCS}#${rule}`,
  };
  if (where.file) {
    f.file = where.file;
    if (where.line) f.line = where.line;
  }
  return f;
}

export function errorDetail(statuses: Record<string, number>, failed: number): string {
  const parts = Object.entries(statuses)
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `HTTP ${s} ×${n}`);
  if (failed) parts.push(`timeouts or socket errors ×${failed}`);
  return parts.join(', ');
}

export function routeFindings(route: Route, m: RouteMeasurement, where: Where, o: FindingOptions): Finding[] {
  const out: Finding[] = [];
  const h = m.head;
  const label = route.name;
  if (m.crash?.side === 'head') {
    out.push({
      ...base('perf-crash', route, where),
      message: `the head service ${m.crash.message} while under load on ${label}`,
      why: 'a service that dies under a few connections of load will die in production traffic',
      fix: 'read the service output in the notes of this check, fix the crash, and rerun',
    });
  }
  if (h.requests > 0 && h.errors / h.requests > o.maxErrorRate) {
    const b = m.base;
    const baseNote = b && b.requests ? `; base: ${b.errors} of ${b.requests} (${pct(b.errors / b.requests)})` : '';
    out.push({
      ...base('perf-errors', route, where),
      message: `${label}: ${h.errors} of ${h.requests} requests failed (${pct(h.errors / h.requests)}: ${errorDetail(h.statuses, h.failed)})${baseNote}`,
      why: 'failed requests are not fast requests: they hide latency and are errors for users',
      fix:
        route.status !== undefined
          ? `make the route answer ${route.status} under load, or set the route's expected status`
          : "make the route answer 2xx under load, or set the route's `status` if another status is expected",
    });
  }
  if (Number.isFinite(h.p95) && h.p95 > route.budgetMs) {
    out.push({
      ...base('perf-budget', route, where),
      message: `${label}: p95 ${ms(h.p95)} exceeds its budget of ${ms(route.budgetMs)}`,
      why: 'one request in twenty is slower than the budget the team set for this route',
      fix: 'profile the route and make it faster, or raise its `p95` in .github/launch-gate.yml if the budget was wrong',
    });
  }
  const d = m.decision;
  if (d?.verdict === 'regression' && m.base) {
    const ratio = h.p95 / m.base.p95;
    out.push({
      ...base('perf-regression', route, where),
      message:
        `${label}: p95 grew from ${ms(m.base.p95)} (base) to ${ms(h.p95)} (×${ratio.toFixed(2)}, ` +
        `95 % CI ×${d.interval.low.toFixed(2)}–×${d.interval.high.toFixed(2)} over ${d.interval.n} rounds), ` +
        `more than the allowed ${pct(o.regression)}`,
      why: 'the change makes the slowest requests of this route measurably slower than on the base commit',
      fix: 'find what the change added to this route (queries, loops, sync I/O) and remove it, or raise `perf.regression` if the slowdown is intended',
    });
  }
  return out;
}

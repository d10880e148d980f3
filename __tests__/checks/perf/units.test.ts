import { describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { errorDetail, routeFindings } from '../../../src/checks/perf/findings.js';
import { chart, mermaidSafe, render, table } from '../../../src/checks/perf/markdown.js';
import { readyTarget, ReadyError } from '../../../src/checks/perf/ready.js';
import { RouteError, resolveRoutes, type Route } from '../../../src/checks/perf/routes.js';
import type { RouteMeasurement, SideTotals } from '../../../src/checks/perf/rounds.js';

const perf = (raw: object) => buildConfig({ perf: raw }).perf;

describe('routes', () => {
  it('defaults to GET on the ready path, with the read budget', () => {
    const [r] = resolveRoutes(perf({ start: 'node s.js', ready: '/health' }), {}, () => {});
    expect(r).toMatchObject({ method: 'GET', path: '/health', budgetMs: 500, fromConfig: false });
    expect(resolveRoutes(perf({ start: 'x' }), {}, () => {})[0].path).toBe('/');
  });

  it('applies write budgets, explicit budgets and JSON bodies', () => {
    const rs = resolveRoutes(
      perf({ routes: [{ method: 'post', path: '/a', body: { n: 1 } }, { path: '/b', p95: '300ms' }, { path: '/b' }] }),
      {},
      () => {},
    );
    expect(rs[0]).toMatchObject({
      method: 'POST',
      budgetMs: 1500,
      body: '{"n":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(rs[1].budgetMs).toBe(300);
    expect(rs.map((r) => r.name)).toEqual(['POST /a', 'GET /b', 'GET /b #2']);
  });

  it('expands env references in headers and masks the values', () => {
    const masked: string[] = [];
    const token = ['tok', 'en', '-', 'x'.repeat(12)].join('');
    const [r] = resolveRoutes(
      perf({ routes: [{ path: '/me', headers: { Authorization: 'Bearer ${API_TOKEN}' } }] }),
      { API_TOKEN: token },
      (v) => masked.push(v),
    );
    expect(r.headers.authorization).toBe(`Bearer ${token}`);
    expect(masked).toEqual([token]);
    const [q] = resolveRoutes(perf({ routes: [{ path: '/q?key=${API_TOKEN}' }] }), { API_TOKEN: token }, () => {});
    expect([q.path, q.shownPath, q.name]).toEqual([
      `/q?key=${token}`,
      '/q?key=${API_TOKEN}',
      'GET /q?key=${API_TOKEN}',
    ]);
    expect(() => resolveRoutes(perf({ routes: [{ path: '/me', headers: { a: '$MISSING' } }] }), {}, () => {})).toThrow(
      RouteError,
    );
  });

  it('rejects unknown keys in a route', () => {
    expect(() => perf({ routes: [{ path: '/a', budget: 1 }] })).toThrow(/unknown key budget/);
  });
});

describe('ready target', () => {
  const routes = resolveRoutes(
    perf({
      routes: [
        { method: 'POST', path: '/w' },
        { path: '/r', headers: { x: 'y' } },
      ],
    }),
    {},
    () => {},
  );
  it('polls the ready path, a ${PORT} URL, or the first GET route', () => {
    expect(readyTarget('/health', routes).url(8080)).toBe('http://127.0.0.1:8080/health');
    expect(readyTarget('http://localhost:${PORT}/up?x=1', routes).url(81)).toBe('http://127.0.0.1:81/up?x=1');
    const t = readyTarget(undefined, routes);
    expect([t.url(1), t.headers, t.anyStatus]).toEqual(['http://127.0.0.1:1/r', { x: 'y' }, false]);
    expect(readyTarget(undefined, routes.slice(0, 1)).anyStatus).toBe(true);
  });
  it('keeps a literal port and refuses hosts other than loopback', () => {
    expect(readyTarget('http://127.0.0.1:3000/health', routes).fixedPort).toBe(3000);
    expect(() => readyTarget('https://example.com/health', routes)).toThrow(ReadyError);
  });
});

function totals(p95: number, extra: Partial<SideTotals> = {}): SideTotals {
  return {
    p50: p95 / 2,
    p95,
    p99: p95 * 1.2,
    requests: 100,
    ok: 100,
    errors: 0,
    badStatus: 0,
    failed: 0,
    statuses: {},
    elapsedMs: 1000,
    rps: 100,
    ...extra,
  };
}
const route: Route = {
  name: 'list | <b>items</b>',
  method: 'GET',
  path: '/items',
  shownPath: '/items',
  headers: {},
  budgetMs: 500,
  fromConfig: true,
};

describe('findings', () => {
  it('reports budget, errors with statuses, and points at the config line', () => {
    const m: RouteMeasurement = {
      rounds: [],
      head: totals(700, { requests: 200, errors: 12, badStatus: 10, failed: 2, statuses: { '500': 10 } }),
      stoppedEarly: false,
    };
    const fs = routeFindings(
      route,
      m,
      { file: '.github/launch-gate.yml', line: 9 },
      { regression: 0.1, maxErrorRate: 0 },
    );
    expect(fs.map((f) => f.rule).sort()).toEqual(['perf-budget', 'perf-errors']);
    const errors = fs.find((f) => f.rule === 'perf-errors')!;
    expect(errors).toMatchObject({ severity: 'high', file: '.github/launch-gate.yml', line: 9, url: 'GET /items' });
    expect(errors.message).toContain('12 of 200 requests failed (6.0 %: HTTP 500 ×10, timeouts or socket errors ×2)');
    expect(fs[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(errorDetail({ '404': 1, '500': 3 }, 0)).toBe('HTTP 500 ×3, HTTP 404 ×1');
  });

  it('tolerates errors up to max-error-rate', () => {
    const m: RouteMeasurement = { rounds: [], head: totals(10, { requests: 1000, errors: 5 }), stoppedEarly: false };
    expect(routeFindings(route, m, {}, { regression: 0.1, maxErrorRate: 0.01 })).toEqual([]);
    expect(routeFindings(route, m, {}, { regression: 0.1, maxErrorRate: 0 })).toHaveLength(1);
  });
});

describe('markdown', () => {
  const m: RouteMeasurement = {
    rounds: [
      { order: 'AB', base: { p95: 10, requests: 50 }, head: { p95: 12, requests: 50 } },
      { order: 'BA', base: { p95: 11, requests: 50 }, head: { p95: 13, requests: 50 } },
    ],
    head: totals(12.5),
    base: totals(10.5),
    stoppedEarly: false,
  };
  it('escapes names in the table and keeps the mermaid text harmless', () => {
    const t = table([{ route, m, verdict: 'no regression' }], true);
    expect(t).not.toContain('<b>');
    expect(t).toContain('list &#124; &lt;b&gt;items&lt;/b&gt;');
    expect(t.split('\n')[2].split(' | ')).toHaveLength(10);
    const c = chart({ route: { ...route, name: 'a"]\n```x' }, m, verdict: '' });
    expect(c).toContain('bar [10.0, 11.0]');
    expect(c).toContain('line [12.0, 13.0]');
    expect(c.match(/```/g)).toHaveLength(2);
    expect(mermaidSafe('x"y`z')).toBe('x y z');
  });

  it('folds the charts of passing routes and keeps failing ones open', () => {
    const out = render(
      [
        { route: { ...route, name: 'fast' }, m, verdict: 'no regression' },
        { route: { ...route, name: 'slow' }, m, verdict: 'regression' },
      ],
      true,
    );
    const [folded, open] = out.split('</details>');
    expect(folded).toMatch(/<details><summary>p95 per round, fast \(no regression\)<\/summary>\n\n```mermaid/);
    expect(open).toContain('p95 per round, slow');
    expect(open).not.toContain('<details>');
  });
});

// perf: starts the head (and base) service, loads each route in interleaved rounds, and flags
// routes over their p95 budget, p95 regressions head vs base, failed requests and crashes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../../config.js';
import type { Check, CheckContext, CheckOutcome, Finding } from '../../types.js';
import { routeFindings } from './findings.js';
import { runLoad, totalRequests } from './load.js';
import { render, type RouteReport } from './markdown.js';
import { ReadyError, readyTarget, type ReadyTarget } from './ready.js';
import { runRounds, type Side } from './rounds.js';
import { RouteError, expandEnv, resolveRoutes, type Route } from './routes.js';
import { freePort, portAnswers, runShell, safeOutput, Service, waitReady } from './service.js';
import { routeLocator } from './where.js';
import { prCommandsBlocked } from '../../trust.js';
import { maskSecretEnv } from '../env/names.js';
import { scanServiceLogs } from '../leaks/service-logs.js';
import { secretsSent } from '../leaks/log-lines.js';
import { addBaseWorktree, type Worktree } from './worktree.js';
import { DbProbe, queryGrowth, requestRoute, seqScanFindings, settle } from './database.js';
import { describeNoise, endNoise, isNoisy, roundSpread, startNoise, type Noise } from './noise.js';
import { decideStartup, startupFindings, startupMarkdown, startupMetrics, type StartupSamples } from './startup.js';

/** Requests per side in the isolated database measurement of a route. */
const DB_REQUESTS = 20;
/** No interim look before this many rounds; also the fewest rounds a route is split into. */
export const MIN_ROUNDS = 6;
/** Aim for at least this many requests per side per round, so each round's p95 is not just its max. */
const REQUESTS_PER_ROUND = 100;

class PerfError extends Error {}

interface Side_ {
  side: Side;
  dir: string;
  service?: Service;
}

export const check: Check = {
  id: 'perf',
  applies: async (ctx) => !!ctx.config.perf.start || ctx.config.perf.routes.length > 0,
  run: async (ctx) => {
    const blocked = prCommandsBlocked(ctx);
    if (blocked) return { status: 'error', summary: `perf did not run: ${blocked}`, findings: [] };
    try {
      return await runPerf(ctx);
    } catch (e) {
      if (e instanceof PerfError || e instanceof RouteError || e instanceof ReadyError) {
        return { status: 'error', summary: e.message, findings: [] };
      }
      throw e;
    }
  },
};

async function runPerf(ctx: CheckContext): Promise<CheckOutcome> {
  const cfg = ctx.config.perf;
  if (!cfg.start) {
    throw new PerfError(
      'perf needs a start command (perf.start or the start-command input) to run the service it loads',
    );
  }
  maskSecretEnv(ctx.env, ctx.mask);
  const routes = resolveRoutes(cfg, ctx.env, ctx.mask);
  const ready = readyTarget(cfg.ready, routes);
  const baseRef = ctx.event.base;
  if (baseRef && ready.fixedPort) {
    throw new PerfError(
      `perf.ready uses the fixed port ${ready.fixedPort}, but base and head run side by side: ` +
        'make the service listen on $PORT and use a path (ready: /health) or ${PORT} in the URL',
    );
  }
  const notes: string[] = [];
  const sides: Side_[] = [{ side: 'head', dir: ctx.cwd }];
  let worktree: Worktree | undefined;
  const onAbort = () => sides.forEach((s) => s.service?.kill());
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (baseRef) {
      worktree = await addBaseWorktree(ctx.cwd, baseRef, ctx.signal).catch((e: Error) => {
        throw new PerfError(e.message);
      });
      notes.push(...worktree.notes);
      sides.unshift({ side: 'base', dir: worktree.dir });
    }
    for (const s of sides) await setup(ctx, s, cfg.setup);
    const startup = cfg.startup
      ? await sampleStartup(ctx, sides, cfg.start, ready, cfg['ready-timeout'], cfg.startup.samples)
      : undefined;
    await Promise.all(sides.map((s) => start(ctx, s, cfg.start!, ready, cfg['ready-timeout'])));
    for (const s of sides) {
      if (s.service && s.service.host !== '127.0.0.1') {
        notes.push(
          `the ${s.side} service answers on ${s.service.host} only (bound to localhost resolved to IPv6?): measured there`,
        );
      }
    }
    let db: DbProbe | undefined;
    if (cfg['database-url']) {
      const url = expandEnv(cfg['database-url'], ctx.env, ctx.mask, 'perf.database-url');
      ctx.mask(url);
      db = await DbProbe.open(url, ctx.env).catch((e: Error) => {
        throw new PerfError(e.message);
      });
      if (!db.statements)
        notes.push(
          'database: pg_stat_statements is not loaded, so queries are counted as transactions and not listed (add it to shared_preload_libraries and CREATE EXTENSION pg_stat_statements)',
        );
    }
    const noiseStart = startNoise();
    const reports = await measure(ctx, sides, routes, notes, db);
    const noise = endNoise(noiseStart);
    await Promise.all(sides.map((s) => s.service?.stop()));
    const result = outcome(ctx, reports, routes, notes, noise, worktree?.sha ?? baseRef);
    result.findings.push(...(await logFindings(ctx, sides, routes)));
    if (startup) {
      const d = decideStartup(startup, cfg.regression, cfg.floor);
      const slower = startupFindings(startup, d, cfg.regression);
      result.findings.push(...slower);
      if (slower.length) result.summary += '; start-up regression';
      result.markdown = `${result.markdown ?? ''}\n\n${startupMarkdown(startup, d)}`;
      if (result.metrics) result.metrics.startup = startupMetrics(startup, d);
      if (d?.verdict === 'undecided')
        result.notes?.push(`start-up: no verdict (${d.reason}); raise perf.startup.samples`);
    }
    return result;
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    await Promise.all(sides.map((s) => s.service?.stop()));
    await worktree?.remove();
  }
}

/**
 * What the head service printed during the load, scanned for credentials and personal data. The base
 * service is not judged: the pull request answers for what its own code logs.
 */
async function logFindings(ctx: CheckContext, sides: Side_[], routes: Route[]): Promise<Finding[]> {
  const head = sides.find((s) => s.side === 'head')?.service;
  if (!head) return [];
  head.log.end();
  const sent = routes.flatMap((r) => secretsSent(r.headers ?? {}, typeof r.body === 'string' ? r.body : undefined));
  return scanServiceLogs({ lines: head.log.lines, sent, source: 'head service', mask: ctx.mask });
}

async function setup(ctx: CheckContext, s: Side_, command: string | undefined): Promise<void> {
  if (!command) return;
  ctx.log.info(`perf: setup in the ${s.side} checkout: ${command}`);
  const r = await runShell(command, s.dir, ctx.env, ctx.signal);
  if (r.code !== 0) {
    const how = r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`;
    throw new PerfError(
      `perf.setup ${how} in the ${s.side} checkout; last lines:\n${await safeOutput(r.output, ctx.mask)}`,
    );
  }
}

/**
 * Starts each side `samples` times (order alternating: base first, then head first, …), timing spawn to
 * the first ready answer with a fine poll, and stops it again before the next start.
 */
async function sampleStartup(
  ctx: CheckContext,
  sides: Side_[],
  command: string,
  ready: ReadyTarget,
  timeoutMs: number,
  samples: number,
): Promise<StartupSamples> {
  const out: StartupSamples = { base: [], head: [] };
  for (let i = 0; i < samples; i++) {
    const order = i % 2 === 0 ? sides : [...sides].reverse();
    for (const s of order) {
      const port = ready.fixedPort ?? (await freePort());
      const started = performance.now();
      s.service = new Service({ label: s.side, command, cwd: s.dir, env: ctx.env, port });
      const why = await waitReady(
        s.service,
        { url: ready.url(port), method: ready.method, headers: ready.headers, anyStatus: ready.anyStatus },
        timeoutMs,
        ctx.signal,
        20,
      );
      const took = performance.now() - started;
      const tail = why ? await safeOutput(s.service.tail.text(), ctx.mask) : '';
      // A sample needs no graceful shutdown (keep-alive probes would hold it for the whole grace).
      await s.service.stop(100);
      s.service = undefined;
      if (why)
        throw new PerfError(
          `the ${s.side} service (${command}, PORT=${port}) ${why} during start-up sample ${i + 1}; last lines of its output:\n${tail || '(no output)'}`,
        );
      out[s.side].push(took);
      ctx.log.progress?.(`perf: start-up ${i + 1}/${samples} · ${s.side} ready in ${Math.round(took)} ms`);
    }
  }
  return out;
}

async function start(
  ctx: CheckContext,
  s: Side_,
  command: string,
  ready: ReadyTarget,
  timeoutMs: number,
): Promise<void> {
  let port: number;
  if (ready.fixedPort) {
    port = ready.fixedPort;
    if (await portAnswers(port)) {
      throw new PerfError(
        `port ${port} (from perf.ready) is already in use by another process: stop it or let the service listen on $PORT`,
      );
    }
  } else port = await freePort();
  s.service = new Service({ label: s.side, command, cwd: s.dir, env: ctx.env, port });
  ctx.log.info(`perf: started the ${s.side} service on port ${port}`);
  const why = await waitReady(
    s.service,
    { url: ready.url(port), method: ready.method, headers: ready.headers, anyStatus: ready.anyStatus },
    timeoutMs,
    ctx.signal,
  );
  if (why) {
    const tail = await safeOutput(s.service.tail.text(), ctx.mask);
    throw new PerfError(
      `the ${s.side} service (${command}, PORT=${port}) ${why}${readyHint(why, tail, !!ready.fixedPort)}; ` +
        `last lines of its output:\n${tail || '(no output)'}`,
    );
  }
}

/** What to do about a service that never became ready. */
function readyHint(why: string, tail: string, fixedPort: boolean): string {
  const elsewhere = /^listens on port (\d+)/.exec(why);
  if (elsewhere) {
    return fixedPort
      ? ': point perf.ready (or --ready-url) at the port it listens on'
      : ': make it listen on process.env.PORT (base and head run side by side on free ports); ' +
          `without a base, perf.ready (or --ready-url) may name its fixed port instead, e.g. http://127.0.0.1:${elsewhere[1]}/health`;
  }
  if (/EADDRINUSE|address already in use/i.test(tail)) {
    return (
      ": its port was taken (by another process, or by the other checkout's service when both ignore $PORT); " +
      'make it listen on process.env.PORT'
    );
  }
  if (why.startsWith('did not answer')) return '; does it listen on $PORT?';
  return '';
}

async function measure(ctx: CheckContext, sides: Side_[], routes: Route[], notes: string[], db?: DbProbe) {
  const cfg = ctx.config.perf;
  const bySide = new Map(sides.map((s) => [s.side, s.service!]));
  const hasBase = bySide.has('base');
  const load = (side: Side, route: Route, durationMs: number) => {
    bySide.get(side)!.log.route = `${route.method} ${route.shownPath}`;
    return runLoad({
      port: bySide.get(side)!.port,
      host: bySide.get(side)!.host,
      route,
      durationMs,
      connections: cfg.connections,
      timeoutMs: cfg['request-timeout'],
      signal: ctx.signal,
    }).finally(() => (bySide.get(side)!.log.route = undefined));
  };
  const health = async (side: Side): Promise<string | undefined> => {
    const svc = bySide.get(side)!;
    if (svc.crashed() || (await portAnswers(svc.port, svc.host))) return svc.crashed();
    // Refused connections: the exit event can trail them by a moment.
    for (let i = 0; i < 10 && !svc.crashed(); i++) await new Promise((r) => setTimeout(r, 50));
    return svc.crashed() ?? `stopped accepting connections on port ${svc.port}`;
  };

  // Database use per route, before any load: the services are idle, so the counters are theirs alone
  // (after a load, slow services keep answering queued requests for seconds).
  const dbUse = new Map<Route, NonNullable<RouteReport['database']>>();
  if (db) {
    for (const route of routes) {
      const use: NonNullable<RouteReport['database']> = {};
      for (const s of sides) {
        const svc = bySide.get(s.side)!;
        // A few unmeasured requests first: first-request work (caches, prepared statements) is not the route's.
        await requestRoute(svc.host, svc.port, route, 3, ctx.signal);
        const before = await db.quiet();
        if (!before.quiet)
          notes.push(
            `database: still busy 12 s after the first requests of ${route.name} (${s.side}): its counters may include other clients' work`,
          );
        const n = await requestRoute(svc.host, svc.port, route, DB_REQUESTS, ctx.signal);
        await settle();
        const u = db.usage(before.snapshot, await db.snapshot(), n, cfg['seq-scan-rows']);
        // After the snapshot: planning a query must not count as the route's work.
        if (db.statements && u.seqScans.length) u.plans = await db.plans(u);
        use[s.side] = u;
      }
      dbUse.set(route, use);
    }
  }

  const reports: RouteReport[] = [];
  let remaining = cfg.duration;
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i];
    const budgetMs = remaining / (routes.length - i);
    // Warm-up: unmeasured, on every side; its throughput sizes the rounds.
    let rps = 0;
    const warm = cfg.warmup / routes.length;
    if (warm > 0) {
      for (const s of sides) {
        const w = await load(s.side, route, warm);
        if (s.side === 'head') rps = totalRequests(w) / Math.max(0.001, w.elapsedMs / 1000);
      }
    }
    const wanted = cfg.round ?? Math.max(1000, rps > 0 ? (REQUESTS_PER_ROUND / rps) * 1000 : 1000);
    const roundMs = Math.max(200, Math.min(wanted, budgetMs / MIN_ROUNDS));
    const m = await runRounds(
      {
        budgetMs,
        roundMs,
        minRounds: MIN_ROUNDS,
        regression: cfg.regression,
        floorMs: cfg.floor,
        sequential: true,
        hasBase,
        signal: ctx.signal,
        onRound: (n, total, r) =>
          ctx.log.progress?.(
            `perf: round ${n}/${total} · ${route.name} p95 ${r.base ? `${Math.round(r.base.p95)} ms base / ` : ''}${Math.round(r.head.p95)} ms head`,
          ),
      },
      (side, d) => load(side, route, d),
      health,
    );
    remaining = Math.max(0, remaining - m.head.elapsedMs);
    const verdict = describeVerdict(m, hasBase);
    const database = dbUse.get(route);
    reports.push({ route, m, verdict, database });
    ctx.log.info(`perf: ${route.name}: ${verdict}`);
    const d = m.decision;
    if (d?.verdict === 'ok' && d.interval.ratio > 1 + cfg.regression && d.interval.high > 1 + cfg.regression) {
      // Passed because the interval is wide, not because head is shown to be as fast: say so.
      notes.push(
        `${route.name}: no regression proven, but not ruled out either (p95 ratio ${d.interval.ratio.toFixed(2)}, ` +
          `95 % interval ${d.interval.low.toFixed(2)}–${d.interval.high.toFixed(2)} over ${d.interval.n} rounds): ` +
          'the machine was noisy or the load too short; raise perf.duration for a firmer answer',
      );
    }
    if (m.stoppedEarly) notes.push(`${route.name}: stopped after ${m.rounds.length} rounds (${m.decision?.reason})`);
    if (m.crash) {
      notes.push(
        `the ${m.crash.side} service ${m.crash.message} during ${route.name}; last lines of its output:\n${(await safeOutput(bySide.get(m.crash.side)!.tail.text(), ctx.mask)) || '(no output)'}`,
      );
      if (m.crash.side === 'base') {
        throw new PerfError(
          `the base service ${m.crash.message} during the load on ${route.name}, so head cannot be compared; last lines of its output:\n${(await safeOutput(bySide.get('base')!.tail.text(), ctx.mask)) || '(no output)'}`,
        );
      }
      break;
    }
  }
  return reports;
}

function describeVerdict(m: RouteReport['m'], hasBase: boolean): string {
  if (m.crash) return `${m.crash.side} crashed`;
  if (!hasBase) return 'budget only';
  const d = m.decision;
  if (!d) return 'no verdict';
  if (d.verdict === 'regression') return 'regression';
  if (d.verdict === 'undecided')
    return /too noisy/.test(d.reason) ? `undecided — rerun (${d.reason})` : `no verdict (${d.reason})`;
  return 'no regression';
}

/** log(p95 head / p95 base) of each round with both sides. */
const logRatiosOf = (m: RouteReport['m']) =>
  m.rounds
    .filter((r) => r.base && r.base.p95 > 0 && r.head.p95 > 0 && Number.isFinite(r.base.p95 / r.head.p95))
    .map((r) => Math.log(r.head.p95 / r.base!.p95));

function round2(v: number | undefined): number | null {
  return v === undefined || !Number.isFinite(v) ? null : Math.round(v * 100) / 100;
}

function outcome(
  ctx: CheckContext,
  reports: RouteReport[],
  routes: Route[],
  notes: string[],
  noise: Noise,
  baseSha?: string,
): CheckOutcome {
  const cfg = ctx.config.perf;
  const configFile = existsSync(join(ctx.cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined;
  const locate = configFile ? routeLocator(ctx.cwd, configFile) : () => ({});
  const findings: Finding[] = [];
  const hasBase = !!baseSha;
  const undecided: { name: string; noisy: boolean }[] = [];
  for (const r of reports) {
    const where = r.route.fromConfig ? locate(routes.indexOf(r.route)) : {};
    const fs = routeFindings(r.route, r.m, where, { regression: cfg.regression, maxErrorRate: cfg['max-error-rate'] });
    if (r.database?.head) {
      const growth = r.database.base ? queryGrowth(r.route, r.database.base, r.database.head) : undefined;
      if (growth) fs.push({ ...growth, ...where });
      fs.push(...seqScanFindings(r.route, r.database.base, r.database.head).map((f) => ({ ...f, ...where })));
    }
    findings.push(...fs);
    if (
      hasBase &&
      !r.m.crash &&
      r.m.decision?.verdict !== 'ok' &&
      r.m.decision?.verdict !== 'regression' &&
      !fs.some((f) => f.rule === 'perf-errors')
    ) {
      undecided.push({ name: r.route.name, noisy: /too noisy/.test(r.m.decision?.reason ?? '') });
    }
  }
  const skipped = routes.filter((r) => !reports.some((x) => x.route === r));
  if (skipped.length) notes.push(`not measured after the crash: ${skipped.map((r) => r.name).join(', ')}`);

  const loadMs = Math.round(reports.reduce((a, r) => a + r.m.head.elapsedMs + (r.m.base?.elapsedMs ?? 0), 0));
  const routeMetrics = reports.map(({ route, m, verdict, database }) => {
    const ci = m.decision?.interval;
    const ratio = m.base && m.base.p95 > 0 ? m.head.p95 / m.base.p95 : undefined;
    return {
      name: route.name,
      method: route.method,
      path: route.shownPath,
      p50Ms: round2(m.head.p50),
      p95Ms: round2(m.head.p95),
      p99Ms: round2(m.head.p99),
      baseP95Ms: round2(m.base?.p95),
      ratio: round2(ratio === undefined ? undefined : Math.round(ratio * 1000) / 1000),
      ciLow: ci && ci.n >= 3 ? Math.round(ci.low * 1000) / 1000 : null,
      ciHigh: ci && ci.n >= 3 ? Math.round(ci.high * 1000) / 1000 : null,
      rps: Math.round(m.head.rps),
      errors: m.head.errors,
      requests: m.head.requests,
      budgetMs: route.budgetMs,
      rounds: m.rounds.length,
      verdict,
      ...(database?.head
        ? {
            database: {
              queriesPerRequest: {
                base: round2(database.base?.queriesPerRequest),
                head: round2(database.head.queriesPerRequest),
              },
              rowsPerRequest: {
                base: round2(database.base?.rowsPerRequest),
                head: round2(database.head.rowsPerRequest),
              },
              seqScans: database.head.seqScans,
              topQueries: database.head.top,
            },
          }
        : {}),
    };
  });
  // The contract puts "one entry per route" in metrics: each route is keyed by its name, and the
  // same entries are listed in order under `routes`.
  const metrics: Record<string, unknown> = {
    routes: routeMetrics,
    ...Object.fromEntries(routeMetrics.map((r) => [r.name ?? `${r.method} ${r.path}`, r])),
  };
  const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
  const seconds = Math.round(loadMs / 1000);
  const summary = hasBase
    ? `${reports.length} route${reports.length === 1 ? '' : 's'}, head vs base ${baseSha!.slice(0, 7)} in interleaved rounds (${seconds}s of load): ` +
      `${count('perf-regression')} regression, ${count('perf-budget')} over budget, ${count('perf-errors')} with errors${count('perf-crash') ? ', head crashed' : ''}`
    : `budgets only (no base commit to compare with): ${reports.length} route${reports.length === 1 ? '' : 's'} (${seconds}s of load), ` +
      `${count('perf-budget')} over budget, ${count('perf-errors')} with errors${count('perf-crash') ? ', head crashed' : ''}`;
  const spreads = reports.map((r) => roundSpread(logRatiosOf(r.m))).filter((x): x is number => x !== undefined);
  const noiseLine = describeNoise(noise, spreads);
  metrics.noise = {
    roundSpread: spreads.length ? round2(Math.max(...spreads)) : null,
    calibrationSpread: round2(noise.calibrationSpread),
    calibrationDrift: round2(noise.calibrationDrift),
    loadAverage: noise.loadAverage ?? null,
    cores: noise.cores,
    stealShare: noise.stealShare === undefined ? null : round2(noise.stealShare),
    noisy: isNoisy(noise, spreads),
  };
  const markdown = `${render(reports, hasBase)}\n\n${isNoisy(noise, spreads) ? '⚠️ ' : ''}${noiseLine}`;
  const noisy = undecided.filter((u) => u.noisy).map((u) => u.name);
  const short = undecided.filter((u) => !u.noisy).map((u) => u.name);
  if (noisy.length && cfg['on-noise'] === 'pass' && !short.length) {
    notes.push(`undecided (too noisy) for ${noisy.join(', ')}: passed because perf.on-noise is pass. ${noiseLine}`);
    return {
      summary: `${summary}; undecided for ${noisy.length} (noise, passed by perf.on-noise)`,
      findings,
      metrics,
      markdown,
      notes,
    };
  }
  if (undecided.length) {
    const why = [
      noisy.length
        ? `undecided — rerun: ${noisy.join(', ')} (the rounds were too noisy to tell a ${Math.round(cfg.regression * 100)} % regression from none; ${noiseLine.replace(/^Machine noise: /, 'machine noise: ').replace(/\.$/, '')}; rerun on a quieter runner, raise perf.duration, or set perf.on-noise: pass)`
        : '',
      short.length
        ? `no regression verdict for ${short.join(', ')}: too few usable rounds (raise perf.duration or lower the number of routes)`
        : '',
    ].filter(Boolean);
    return { status: 'error', summary: why.join('; '), findings, metrics, markdown, notes };
  }
  if (isNoisy(noise, spreads)) notes.push(`${noiseLine} The verdicts held, but treat close calls with care.`);
  return { summary, findings, metrics, markdown, notes };
}

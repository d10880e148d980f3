// Benchmark of the perf check's decision on this machine (not a test): false alarms over identical
// base/head pairs, detection of a head slowed by 10/20/50 %, load time per check, and autocannon's
// own ceiling. Run: npx tsx bench/perf/decision.ts [--minutes 42] [--out /tmp/perf-bench.json] [--ceiling-only] [--neighbour] [--pattern 1.2,1.0]
// --neighbour: a busy-looping process burns one core for the whole run (a noisy CI neighbour).
//
// Each trial starts two real services (base and head, one Node process each) and runs the check's
// own round engine for the full default budget (30 s per side, no early stop), recording every
// round. The decision rules are then replayed offline on the same rounds: the shipped sequential
// rule (interim looks, then the final interval), the fixed-length rule, at several allowances.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad, totalRequests, type LoadSample } from '../../src/checks/perf/load.js';
import { runRounds, type Side } from '../../src/checks/perf/rounds.js';
import { percentiles } from '../../src/checks/perf/percentile.js';
import { decideFinal, decideInterim } from '../../src/checks/perf/stats.js';
import { freePort, Service, waitReady } from '../../src/checks/perf/service.js';
import { MIN_ROUNDS } from '../../src/checks/perf/index.js';
import type { Route } from '../../src/checks/perf/routes.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const MINUTES = Number(arg('minutes', '42'));
const OUT = arg('out', '/tmp/perf-bench.json');
const BUDGET_MS = 30_000; // per side: the default perf.duration
const ROUND_MS = 1_000;
const WARMUP_MS = 2_000;
const CONNECTIONS = 10;
const FLOOR_MS = 5;
// --pattern 1.2,1.2,1.0: only these kinds, in this order (more trials of one kind in the same time).
const PATTERN = arg('pattern', '1.0,1.1,1.0,1.2,1.0,1.1,1.0,1.5,1.0').split(',').map(Number);
const ALLOWANCES = [0.1, 0.05, 0];

// Like an API route: ~20 ms waiting on I/O plus ~2 ms of CPU, both scaled by SLOW.
const SERVICE = `
const http = require('node:http');
const f = Number(process.env.SLOW || '1');
http.createServer((req, res) => {
  setTimeout(() => {
    const end = process.hrtime.bigint() + BigInt(Math.round(2e6 * f));
    while (process.hrtime.bigint() < end);
    res.end('ok');
  }, 20 * f);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const route: Route = {
  name: 'GET /',
  method: 'GET',
  path: '/',
  shownPath: '/',
  headers: {},
  budgetMs: 500,
  fromConfig: true,
};
const signal = new AbortController().signal;

interface Round {
  base: number[];
  head: number[];
}

// A trivial route in its own process: what the client alone can push on this machine.
const TRIVIAL = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');`;

async function ceiling(dir: string): Promise<Record<string, number>> {
  writeFileSync(join(dir, 'trivial.js'), TRIVIAL);
  const svc = new Service({
    label: 'trivial',
    command: 'exec node trivial.js',
    cwd: dir,
    env: process.env,
    port: await freePort(),
  });
  const out: Record<string, number> = {};
  try {
    const why = await waitReady(svc, { url: `http://127.0.0.1:${svc.port}/`, anyStatus: true }, 10_000, signal);
    if (why) throw new Error(why);
    for (const connections of [10, 50]) {
      const cpu0 = process.cpuUsage();
      const s = await runLoad({ port: svc.port, route, durationMs: 5000, connections, timeoutMs: 10_000, signal });
      const cpu = process.cpuUsage(cpu0);
      out[`rps_${connections}conn`] = Math.round(totalRequests(s) / (s.elapsedMs / 1000));
      out[`clientCores_${connections}conn`] = Math.round(((cpu.user + cpu.system) / 1000 / s.elapsedMs) * 100) / 100;
    }
  } finally {
    await svc.stop();
  }
  return out;
}

async function trial(dir: string, slow: number): Promise<{ rounds: Round[]; wallMs: number }> {
  const t0 = Date.now();
  const services: Record<Side, Service> = {
    base: new Service({
      label: 'base',
      command: 'node server.js',
      cwd: dir,
      env: { ...process.env, SLOW: '1' },
      port: await freePort(),
    }),
    head: new Service({
      label: 'head',
      command: 'node server.js',
      cwd: dir,
      env: { ...process.env, SLOW: String(slow) },
      port: await freePort(),
    }),
  };
  try {
    for (const s of Object.values(services)) {
      const why = await waitReady(s, { url: `http://127.0.0.1:${s.port}/`, anyStatus: true }, 20_000, signal);
      if (why) throw new Error(`service ${why}: ${s.tail.text()}`);
    }
    const load = (side: Side, durationMs: number) =>
      runLoad({ port: services[side].port, route, durationMs, connections: CONNECTIONS, timeoutMs: 10_000, signal });
    for (const side of ['base', 'head'] as Side[]) await load(side, WARMUP_MS / 2);
    const rounds: Round[] = [];
    let pending: Partial<Record<Side, number[]>> = {};
    await runRounds(
      {
        budgetMs: BUDGET_MS,
        roundMs: ROUND_MS,
        minRounds: MIN_ROUNDS,
        regression: 0.1,
        floorMs: FLOOR_MS,
        sequential: false,
        hasBase: true,
        signal,
      },
      async (side, d) => {
        const s: LoadSample = await load(side, d);
        pending[side] = s.latencies;
        if (pending.base && pending.head) {
          rounds.push({ base: pending.base, head: pending.head });
          pending = {};
        }
        return s;
      },
      async (side) => services[side].crashed(),
    );
    return { rounds, wallMs: Date.now() - t0 };
  } finally {
    await Promise.all(Object.values(services).map((s) => s.stop()));
  }
}

/** Replays the rules on a trial's rounds. */
function replay(rounds: Round[], allowance: number) {
  const logs: number[] = [];
  const pooled: Round = { base: [], head: [] };
  let seq: { fail: boolean; rounds: number } | undefined;
  for (let i = 0; i < rounds.length; i++) {
    const r = rounds[i];
    pooled.base.push(...r.base);
    pooled.head.push(...r.head);
    logs.push(Math.log(percentiles(r.head).p95 / percentiles(r.base).p95));
    if (!seq && i < rounds.length - 1) {
      const look = decideInterim(
        {
          logRatios: logs,
          baseP95: percentiles(pooled.base).p95,
          headP95: percentiles(pooled.head).p95,
          regression: allowance,
          floorMs: FLOOR_MS,
        },
        MIN_ROUNDS,
      );
      if (look.verdict !== 'undecided') seq = { fail: look.verdict === 'regression', rounds: i + 1 };
    }
  }
  const input = {
    logRatios: logs,
    baseP95: percentiles(pooled.base).p95,
    headP95: percentiles(pooled.head).p95,
    regression: allowance,
    floorMs: FLOOR_MS,
  };
  const fixed = decideFinal(input);
  seq ??= { fail: fixed.verdict === 'regression', rounds: rounds.length };
  return {
    fixed: fixed.verdict === 'regression',
    seq: seq.fail,
    seqRounds: seq.rounds,
    ratio: input.headP95 / input.baseP95,
    ciLow: fixed.interval.low,
    ciHigh: fixed.interval.high,
  };
}

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'lg-perf-bench-'));
  writeFileSync(join(dir, 'server.js'), SERVICE);
  const result: { ceiling?: Record<string, number>; trials: { slow: number; wallMs: number; rounds: Round[] }[] } = {
    trials: [],
  };
  result.ceiling = await ceiling(dir);
  console.log('autocannon ceiling', result.ceiling);
  if (args.includes('--ceiling-only')) return rmSync(dir, { recursive: true, force: true });
  const neighbour = args.includes('--neighbour')
    ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
    : undefined;
  process.on('exit', () => neighbour?.kill('SIGKILL'));
  const save = () =>
    writeFileSync(
      OUT,
      JSON.stringify(
        {
          ceiling: result.ceiling,
          trials: result.trials.map((t) => ({
            slow: t.slow,
            wallMs: t.wallMs,
            rounds: t.rounds.map((r) => ({
              base: percentiles(r.base).p95,
              head: percentiles(r.head).p95,
              nb: r.base.length,
              nh: r.head.length,
            })),
            replay: ALLOWANCES.map((a) => ({ allowance: a, ...replay(t.rounds, a) })),
          })),
        },
        null,
        1,
      ),
    );
  for (let i = 0; Date.now() - started + 70_000 < MINUTES * 60_000; i++) {
    const slow = PATTERN[i % PATTERN.length];
    const t = await trial(dir, slow);
    result.trials.push({ slow, ...t });
    const r = replay(t.rounds, 0.1);
    console.log(
      `trial ${i + 1} slow ×${slow}: ratio ${r.ratio.toFixed(3)} CI ${r.ciLow.toFixed(3)}–${r.ciHigh.toFixed(3)} seq@10% ${r.seq ? 'FAIL' : 'pass'} after ${r.seqRounds} rounds, wall ${(t.wallMs / 1000).toFixed(1)}s`,
    );
    save();
  }
  save();
  neighbour?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  console.log(summarize(result.trials));
}

export function summarize(trials: { slow: number; wallMs: number; rounds: Round[] }[]): string {
  const lines = [
    '| rule | allowance | head ×1.0 (false alarms) | ×1.1 | ×1.2 | ×1.5 | mean rounds per side (×1.0 / ×1.1 / ×1.2 / ×1.5) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const kinds = [1.0, 1.1, 1.2, 1.5];
  for (const allowance of ALLOWANCES) {
    for (const rule of ['seq', 'fixed'] as const) {
      const cells = kinds.map((k) => {
        const ts = trials.filter((t) => t.slow === k);
        const fails = ts.filter((t) => replay(t.rounds, allowance)[rule]).length;
        return `${fails}/${ts.length}`;
      });
      const rounds = kinds.map((k) => {
        const ts = trials.filter((t) => t.slow === k);
        const n = ts.map((t) => (rule === 'seq' ? replay(t.rounds, allowance).seqRounds : t.rounds.length));
        return n.length ? (n.reduce((a, b) => a + b, 0) / n.length).toFixed(1) : '–';
      });
      lines.push(
        `| ${rule === 'seq' ? 'sequential (shipped)' : 'fixed 30 rounds'} | ${allowance * 100} % | ${cells.join(' | ')} | ${rounds.join(' / ')} |`,
      );
    }
  }
  const ratios = kinds.map((k) => {
    const rs = trials.filter((t) => t.slow === k).map((t) => replay(t.rounds, 0.1).ratio);
    return `×${k}: p95 ratio mean ${rs.length ? (rs.reduce((a, b) => a + b, 0) / rs.length).toFixed(3) : '–'}`;
  });
  const wall = trials.map((t) => t.wallMs / 1000);
  return `${lines.join('\n')}\n\n${ratios.join('; ')}\nwall per full trial: mean ${(wall.reduce((a, b) => a + b, 0) / wall.length).toFixed(1)} s`;
}

if (process.argv[1]?.endsWith('decision.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

// End to end: real services in temp git repos, real load, real worktrees.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/perf/index.js';
import { Repo } from '../../helpers/repo.js';
import { serviceSource, type ServiceSpec } from './service-fixture.js';

const repos: Repo[] = [];
const __dirname_ = dirname(fileURLToPath(import.meta.url));
afterAll(() => repos.forEach((r) => r.cleanup()));

// A background child plus the server, both writing their pids: the whole group must die.
const START = 'sleep 300 & echo $! > sleep.pid; echo $$ > server.pid; exec node server.js';
// A zombie (killed, not yet reaped by whoever inherited it) counts as dead.
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
const pidsOf = (dir: string) =>
  ['sleep.pid', 'server.pid']
    .filter((f) => existsSync(join(dir, f)))
    .map((f) => Number(readFileSync(join(dir, f), 'utf8')));

function repoWith(spec: ServiceSpec, perf: object): Repo {
  const r = Repo.init();
  repos.push(r);
  r.write('server.js', serviceSource(spec));
  r.write('.gitignore', '*.pid\n');
  r.write(
    '.github/launch-gate.yml',
    `perf:\n  start: node server.js\n  routes:\n    - path: /items\n    - path: /users\n`,
  );
  void perf;
  return r;
}

const run = (r: Repo, perf: object, base?: string, signal?: AbortSignal) =>
  check.run(
    createContext({ cwd: r.dir, config: buildConfig({ perf }), event: { name: 'pull_request', base }, signal }),
  );

describe('perf check, head vs base', () => {
  it('fails the route that head made slower, and only that route', async () => {
    const r = repoWith({ itemsDelayMs: 5, usersDelayMs: 5 }, {});
    const base = r.commit('base');
    r.write('server.js', serviceSource({ itemsDelayMs: 45, usersDelayMs: 5 }));
    r.commit('slow items');
    const perf = {
      start: START,
      setup: 'echo setup ran > setup.txt',
      ready: '/health',
      duration: '6s',
      warmup: '400ms',
      // The unchanged 5 ms route must not be 'undecided' on a busy runner: growth under 10 ms is noise.
      floor: '10ms',
      routes: [{ path: '/items' }, { path: '/users' }],
    };
    const out = await run(r, perf, base);
    expect(out.status).toBeUndefined();
    expect(out.findings.map((f) => `${f.rule} ${f.url}`)).toEqual(['perf-regression GET /items']);
    const f = out.findings[0];
    expect(f).toMatchObject({ severity: 'high', file: '.github/launch-gate.yml', line: 4 });
    expect(f.message).toMatch(/p95 grew from .* \(base\) to .*more than the allowed 10\.0 %/);
    const routes = (out.metrics as { routes: Record<string, unknown>[] }).routes;
    expect(routes.map((x) => x.verdict)).toEqual(['regression', 'no regression']);
    expect(routes[0].ciLow as number).toBeGreaterThan(1.1);
    expect(routes[0]).toMatchObject({ method: 'GET', path: '/items', errors: 0 });
    expect(routes[0].ratio).toBeCloseTo((routes[0].p95Ms as number) / (routes[0].baseP95Ms as number), 1);
    expect(out.summary).toMatch(/head vs base [0-9a-f]{7}.*1 regression/);
    expect(out.markdown).toContain('xychart-beta');
    // setup ran in the head checkout, the base worktree is gone, no process survives.
    expect(existsSync(join(r.dir, 'setup.txt'))).toBe(true);
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
    const pids = pidsOf(r.dir);
    expect(pids).toHaveLength(2);
    expect(pids.filter(alive)).toEqual([]);
  });

  it('passes identical commits', async () => {
    const r = repoWith({ itemsDelayMs: 10 }, {});
    const base = r.commit('base');
    r.write('README.md', 'docs only\n');
    r.commit('docs');
    const out = await run(
      r,
      {
        start: 'node server.js',
        ready: '/health',
        duration: '3s',
        warmup: '300ms',
        floor: '20ms', // a busy runner must not turn identical commits into 'undecided'
        routes: [{ path: '/items' }],
      },
      base,
    );
    expect(out.status).toBeUndefined();
    expect(out.findings).toEqual([]);
    expect((out.metrics as { routes: { verdict: string }[] }).routes[0].verdict).toBe('no regression');
    expect(out.markdown).toMatch(/Machine noise: round-to-round p95 ratio spread ±[\d.]+ %, calibration loop spread/);
    expect((out.metrics as { noise: { cores: number } }).noise.cores).toBeGreaterThan(0);
  });

  it('times start-up base vs head (3 samples each, alternating) and flags a slower start', async () => {
    const r = repoWith({ itemsDelayMs: 1 }, {});
    const base = r.commit('base');
    r.write('server.js', serviceSource({ itemsDelayMs: 1, startDelayMs: 700 }));
    r.commit('warm a cache before listening');
    const perf = {
      start: 'node server.js',
      ready: '/health',
      duration: '1s',
      warmup: '200ms',
      startup: true,
      routes: [{ path: '/items' }],
    };
    const out = await run(r, perf, base);
    const f = out.findings.filter((x) => x.rule === 'perf-startup-regression');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'high' });
    expect(f[0].message).toMatch(/^start-up grew from \d+ ms \(base\) to \d+ ms \(median of 3, ×\d/);
    const m = (out.metrics as { startup: { baseMs: number[]; headMs: number[]; verdict: string } }).startup;
    expect(m.baseMs).toHaveLength(3);
    expect(Math.min(...m.headMs)).toBeGreaterThan(Math.max(...m.baseMs));
    expect(m.verdict).toBe('regression');
    expect(out.markdown).toMatch(/\| head \| \d+, \d+, \d+ \| \d+ ms \|/);

    r.write('server.js', serviceSource({ itemsDelayMs: 1 }));
    r.commit('back to a fast start');
    const same = await run(r, perf, base);
    expect(same.findings.filter((x) => x.rule === 'perf-startup-regression')).toEqual([]);
    expect((same.metrics as { startup: { verdict: string } }).startup.verdict).not.toBe('regression');
  });

  it('says "undecided — rerun" when bursts of load make the rounds too noisy, never a silent pass', async () => {
    const r = repoWith({ itemsDelayMs: 30, itemsJitter: true }, {});
    const base = r.commit('base');
    r.write('README.md', 'docs only\n');
    r.commit('docs');
    const perf = {
      start: 'node server.js',
      ready: '/health',
      duration: '2s',
      warmup: '300ms',
      round: '250ms',
      routes: [{ path: '/items' }],
    };
    const out = await run(r, perf, base);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(
      /^undecided — rerun: GET \/items \(the rounds were too noisy to tell a 10 % regression from none; machine noise: round-to-round/,
    );
    expect((out.metrics as { routes: { verdict: string }[] }).routes[0].verdict).toMatch(
      /^undecided — rerun \(too noisy/,
    );

    const passed = await run(r, { ...perf, 'on-noise': 'pass' }, base);
    expect(passed.status).toBeUndefined();
    expect(passed.notes?.join('\n')).toMatch(
      /undecided \(too noisy\) for GET \/items: passed because perf.on-noise is pass/,
    );
  });
});

describe('perf check, failures are never a pass', () => {
  it('reports a service that never becomes ready, with the end of its output', async () => {
    const r = repoWith({ neverListen: true }, {});
    r.commit('base');
    const out = await run(r, { start: START, ready: '/health', 'ready-timeout': '1500ms', duration: '2s' });
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/head service .* did not answer 2xx within 2s/);
    expect(out.summary).toContain('cannot connect to database at db.internal:5432');
    expect(pidsOf(r.dir).filter(alive)).toEqual([]);
  });

  it('reports a service that exits before it is ready', async () => {
    const r = repoWith({}, {});
    r.commit('base');
    const out = await run(r, {
      start: 'echo "Error: missing DATABASE_URL" >&2; exit 4',
      ready: '/health',
      duration: '2s',
    });
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/exited with code 4 before becoming ready/);
    expect(out.summary).toContain('missing DATABASE_URL');
  });

  it('turns a crash under load into a finding with the output in the notes', async () => {
    const r = repoWith({ crashAfter: 150 }, {});
    r.commit('base');
    const out = await run(r, {
      start: START,
      ready: '/health',
      duration: '3s',
      warmup: 0,
      routes: [{ path: '/items' }, { path: '/users' }],
    });
    expect(out.findings.map((f) => f.rule)).toContain('perf-crash');
    expect(out.findings.find((f) => f.rule === 'perf-crash')!.message).toMatch(
      /head service exited with code 3 while under load on GET \/items/,
    );
    expect(out.notes!.join('\n')).toContain('fatal: out of memory in items handler');
    expect(out.notes!.join('\n')).toContain('not measured after the crash: GET /users');
    expect(pidsOf(r.dir).filter(alive)).toEqual([]);
  });

  it('flags 500s and a blown budget, budgets only without a base', async () => {
    const r = repoWith({ itemsStatus: 500, usersDelayMs: 20 }, {});
    r.commit('base');
    const out = await run(r, {
      start: 'node server.js',
      ready: '/health',
      duration: '2s',
      warmup: 0,
      routes: [{ path: '/items' }, { path: '/users', p95: '5ms' }],
    });
    expect(out.status).toBeUndefined();
    expect(out.summary).toMatch(/^budgets only \(no base commit to compare with\)/);
    const rules = out.findings.map((f) => `${f.rule} ${f.url}`).sort();
    expect(rules).toEqual(['perf-budget GET /users', 'perf-errors GET /items']);
    expect(out.findings.find((f) => f.rule === 'perf-errors')!.message).toMatch(/failed \(100\.0 %: HTTP 500 ×\d+\)/);
    // Routes given inline (not from the config file at cwd)… the file exists here, so it is cited.
    expect(out.findings[0].file).toBe('.github/launch-gate.yml');
  });

  it('refuses a fixed ready port already taken by another process', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((res) => blocker.once('listening', res));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = repoWith({}, {});
      r.commit('base');
      const out = await run(r, { start: 'node server.js', ready: `http://127.0.0.1:${port}/health`, duration: '2s' });
      expect(out.status).toBe('error');
      expect(out.summary).toContain(`port ${port} (from perf.ready) is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('stops the service group when the run is aborted mid-load', async () => {
    const r = repoWith({ itemsDelayMs: 5 }, {});
    r.commit('base');
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(new Error('check timed out')), 2500);
    await expect(
      run(
        r,
        { start: START, ready: '/health', duration: '20s', warmup: 0, routes: [{ path: '/items' }] },
        undefined,
        ac.signal,
      ),
    ).rejects.toThrow('check timed out');
    expect(Date.now() - started).toBeLessThan(8000);
    const pids = pidsOf(r.dir);
    expect(pids).toHaveLength(2);
    expect(pids.filter(alive)).toEqual([]);
  });

  it('errors without a start command and on an unset env reference', async () => {
    const r = repoWith({}, {});
    r.commit('base');
    const none = await run(r, { routes: [{ path: '/items' }] });
    expect(none).toMatchObject({ status: 'error' });
    expect(none.summary).toMatch(/needs a start command/);
    const missing = await run(r, {
      start: 'node server.js',
      routes: [{ path: '/items', headers: { authorization: 'Bearer ${PERF_TEST_UNSET_TOKEN}' } }],
    });
    expect(missing.summary).toMatch(/PERF_TEST_UNSET_TOKEN, which is not set/);
  });

  it('applies when a start command or routes are configured', async () => {
    const ctx = (perf: object) => createContext({ cwd: '.', config: buildConfig({ perf }) });
    expect(await check.applies(ctx({}))).toBe(false);
    expect(await check.applies(ctx({ start: 'node s.js' }))).toBe(true);
    expect(await check.applies(ctx({ routes: [{ path: '/' }] }))).toBe(true);
  });
});

describe('perf check, cancelled job', () => {
  it('kills the service groups when the process running the check gets SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const r = repoWith({}, {});
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname_, 'hold-service.fixture.ts'), r.dir], {
      cwd: join(__dirname_, '../../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const said = await new Promise<string>((res) => child.stdout!.once('data', (d) => res(String(d).trim())));
    expect(said).toBe('ready');
    const pids = pidsOf(r.dir);
    expect(pids.filter(alive)).toHaveLength(2);
    const exited = new Promise((res) => child.once('exit', (code, sig) => res(sig ?? code)));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    for (let i = 0; i < 20 && pids.some(alive); i++) await new Promise((res) => setTimeout(res, 50));
    expect(pids.filter(alive)).toEqual([]);
  });
});

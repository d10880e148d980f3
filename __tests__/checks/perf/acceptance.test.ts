// Acceptance: drives the BUNDLED command line and action as child processes, the way a user (or an
// outside acceptance check) does: temp git repos with a real HTTP service, base and head commits,
// `.github/launch-gate.yml`, JSON reports, exit codes, and `ps` to look for orphan processes.
// Uses dist/ unless LAUNCH_GATE_CLI / LAUNCH_GATE_ACTION point at another bundle.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../helpers/action.js';
import { Repo, sh, tmpDir } from '../../helpers/repo.js';

const CLI = process.env.LAUNCH_GATE_CLI || join(ROOT, 'dist/cli.js');
const ACTION = process.env.LAUNCH_GATE_ACTION || join(ROOT, 'dist/index.js');
const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** A unique file name per repo, so `ps` finds exactly this test's service processes. */
const token = () => `svc${process.pid}x${Math.random().toString(36).slice(2, 8)}`;

interface Svc {
  itemsMs?: number;
  usersMs?: number;
  /** Listen here whatever PORT says. */
  fixedPort?: number;
  itemsStatus?: number;
  /** Bind here whatever HOST says. */
  bindHost?: string;
}
const service = (s: Svc = {}) => `
const http = require('node:http');
const delay = { '/items': ${s.itemsMs ?? 10}, '/users': ${s.usersMs ?? 10} };
const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/health') return res.end('ok');
  if (!(path in delay)) { res.statusCode = 404; return res.end(); }
  if (path === '/items') res.statusCode = ${s.itemsStatus ?? 200};
  setTimeout(() => { res.setHeader('content-type', 'application/json'); res.end('[]'); }, delay[path]);
});
const port = ${s.fixedPort ?? 'Number(process.env.PORT)'};
server.listen(port, ${s.bindHost ? JSON.stringify(s.bindHost) : "process.env.HOST || '127.0.0.1'"}, () => console.log('listening on ' + port));
`;

const PERF_YML = (start: string, extra = '') =>
  `perf:
  start: ${start}
  ready: /health
  duration: 4s
  warmup: 300ms
  ready-timeout: 15s
  routes:
    - { name: items, path: /items }
    - { name: users, path: /users }
${extra}`;

/** Regression runs get the upper end of the short load: 2x on a 10 ms route is ~1.4x in p95 on a busy 2-core box. */
/** Budgets-only runs need no verdict: a short load is enough. */
const SHORT = (yml: string) => yml.replace('duration: 4s', 'duration: 2s');
const SIX_SECONDS = (name: string) => PERF_YML(`node ${name}.js`).replace('duration: 4s', 'duration: 6s');

function repoWith(name: string, s: Svc, yml?: string): Repo {
  const r = Repo.init();
  repos.push(r);
  r.write(`${name}.js`, service(s));
  r.write('.github/launch-gate.yml', yml ?? PERF_YML(`node ${name}.js`));
  return r;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  report?: any;
  ms: number;
}

function spawnNode(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  onSpawn?: (pid: number) => void,
): Promise<Omit<Run, 'report'>> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      timeout: 80_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
    onSpawn?.(child.pid!);
  });
}

async function cli(r: Repo, args: string[], onSpawn?: (pid: number) => void): Promise<Run> {
  const json = join(tmpDir('lg-perf-acc-'), 'out.json');
  const out = await spawnNode(CLI, ['check', '--checks', 'perf', '--json', json, ...args], r.dir, {}, onSpawn);
  return { ...out, report: existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : undefined };
}

const perfOf = (run: Run) => run.report?.checks?.find((c: { id: string }) => c.id === 'perf');
const routesOf = (run: Run): Record<string, any>[] => perfOf(run)?.metrics?.routes ?? [];
/** Fails with the whole report and output in the message, not just two exit codes. */
function expectExit(run: Run, code: number): void {
  if (run.code !== code) throw new Error(`expected exit ${code}, got ${explain(run)}`);
}
const explain = (run: Run) => `exit ${run.code}\n${run.stdout}\n${run.stderr}\n${JSON.stringify(perfOf(run), null, 1)}`;

/** Live (non-zombie) processes whose command line mentions `needle`. */
function processesMatching(needle: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes(needle) && !/^\s*\d+\s+Z/.test(l) && !l.includes(' ps -eo'));
}

async function noOrphans(needle: string): Promise<string[]> {
  // A SIGKILLed process can take a moment to disappear from the table.
  for (let i = 0; i < 20; i++) {
    if (processesMatching(needle).length === 0) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
  return processesMatching(needle);
}

const CONTRACT_FIELDS = [
  'name',
  'method',
  'path',
  'p95Ms',
  'baseP95Ms',
  'ratio',
  'ciLow',
  'ciHigh',
  'rps',
  'errors',
  'requests',
];

describe('perf through the bundled CLI', () => {
  it('fails only the route head made 2x slower, with complete metrics, and leaves no process behind', async () => {
    const name = token();
    const r = repoWith(name, { itemsMs: 10, usersMs: 10 }, SIX_SECONDS(name));
    const base = r.commit('base');
    r.write(`${name}.js`, service({ itemsMs: 20, usersMs: 10 }));
    r.commit('slow items');
    const run = await cli(r, ['--base', base]);
    expectExit(run, 1);
    const perf = perfOf(run);
    expect(perf.status).toBe('fail');
    expect(perf.findings.map((f: any) => f.rule)).toEqual(['perf-regression']);
    expect(perf.findings[0].message).toMatch(/items/);
    expect(perf.findings[0].file).toBe('.github/launch-gate.yml');
    const routes = routesOf(run);
    expect(routes.map((x) => x.path)).toEqual(['/items', '/users']);
    // One entry per route in metrics itself too, keyed by the route's name.
    for (const x of routes) expect(perf.metrics[x.name]).toEqual(x);
    for (const x of routes) {
      for (const k of CONTRACT_FIELDS) expect([k, x[k]]).not.toEqual([k, null]);
      for (const k of CONTRACT_FIELDS) expect(x).toHaveProperty(k);
      expect(x.ratio).toBeCloseTo(x.p95Ms / x.baseP95Ms, 1);
      expect(x.ciLow).toBeLessThanOrEqual(x.ratio);
      expect(x.ciHigh).toBeGreaterThanOrEqual(x.ratio);
      expect(x.requests).toBeGreaterThan(100);
      expect(x.errors).toBe(0);
    }
    expect(routes[0].ciLow).toBeGreaterThan(1.1);
    expect(routes[1].ciLow).toBeLessThan(1.1);
    expect(await noOrphans(name)).toEqual([]);
    expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
  }, 60_000);

  it('passes identical base and head', async () => {
    const name = token();
    const r = repoWith(name, { itemsMs: 10, usersMs: 10 });
    const base = r.commit('base');
    r.write('README.md', 'docs only\n');
    r.commit('docs');
    const run = await cli(r, ['--base', base]);
    expectExit(run, 0);
    expect(perfOf(run).findings).toEqual([]);
    expect(routesOf(run).every((x) => typeof x.baseP95Ms === 'number')).toBe(true);
    expect(await noOrphans(name)).toEqual([]);
  }, 60_000);

  it('without --base checks budgets only, and runs `npm start` from a package.json', async () => {
    const name = token();
    const yml = SHORT(PERF_YML('npm start')).replace(
      '- { name: items, path: /items }',
      '- { name: items, path: /items, p95: 8ms }',
    );
    const r = repoWith(name, { itemsMs: 15, usersMs: 1 }, yml);
    r.write('package.json', JSON.stringify({ name: 'svc', private: true, scripts: { start: `node ${name}.js` } }));
    r.commit('one commit');
    const run = await cli(r, []);
    expectExit(run, 1);
    const perf = perfOf(run);
    expect(perf.summary).toMatch(/budgets only/);
    expect(perf.findings.map((f: any) => `${f.rule} ${f.message}`)).toEqual([
      expect.stringMatching(/^perf-budget .*items/),
    ]);
    const routes = routesOf(run);
    expect(routes.map((x) => [x.path, x.baseP95Ms, x.ratio])).toEqual([
      ['/items', null, null],
      ['/users', null, null],
    ]);
    expect(routes[0].p95Ms).toBeGreaterThan(8);
    expect(await noOrphans(name)).toEqual([]);
  }, 40_000);

  it('reports a start command that exits at once as an error with its output, quickly', async () => {
    const r = repoWith('x', {}, PERF_YML('sh boot.sh').replace('ready-timeout: 15s', 'ready-timeout: 60s'));
    r.write('boot.sh', 'echo booting\necho "fatal: DATABASE_URL is not set" >&2\nexit 3\n');
    const base = r.commit('base');
    const run = await cli(r, ['--base', base]);
    expectExit(run, 1);
    const perf = perfOf(run);
    expect(perf.status).toBe('error');
    expect(perf.error ?? perf.summary).toMatch(/exited with code 3/);
    expect(perf.error ?? perf.summary).toMatch(/DATABASE_URL is not set/);
    expect(run.ms).toBeLessThan(15_000);
  }, 30_000);

  it('explains a service that ignores $PORT instead of waiting out the ready timeout', async () => {
    const fixed = await freePort();
    const name = token();
    const r = repoWith(
      name,
      { fixedPort: fixed },
      PERF_YML(`node ${name}.js`).replace('ready-timeout: 15s', 'ready-timeout: 60s'),
    );
    r.commit('base');
    const run = await cli(r, []);
    expectExit(run, 1);
    const perf = perfOf(run);
    expect(perf.status).toBe('error');
    expect(perf.error ?? perf.summary).toMatch(new RegExp(`listens on port ${fixed}.*PORT`));
    expect(run.ms).toBeLessThan(20_000);
    expect(await noOrphans(name)).toEqual([]);

    // With a base, both checkouts' services want that port: one of them cannot have it.
    r.write('README.md', 'x\n');
    const base = r.git('rev-parse', 'HEAD');
    r.commit('head');
    const both = await cli(r, ['--base', base]);
    expectExit(both, 1);
    expect(perfOf(both).status).toBe('error');
    expect(perfOf(both).error ?? perfOf(both).summary).toMatch(/process\.env\.PORT/);
    expect(both.ms).toBeLessThan(20_000);
    expect(await noOrphans(name)).toEqual([]);
  }, 50_000);

  it('measures a service that binds ::1 only (localhost resolving to IPv6 first)', async () => {
    const name = token();
    const r = repoWith(name, { bindHost: '::1' }, PERF_YML(`node ${name}.js`).replace('duration: 4s', 'duration: 2s'));
    r.commit('base');
    const run = await cli(r, []);
    expectExit(run, 0);
    expect(routesOf(run).map((x) => x.requests > 20 && x.errors === 0)).toEqual([true, true]);
    expect(perfOf(run).notes.join('\n')).toMatch(/\[::1\]/);
  }, 30_000);

  it('turns a route answering 500 into a finding, not a pass', async () => {
    const name = token();
    const r = repoWith(name, { itemsStatus: 500 }, SHORT(PERF_YML(`node ${name}.js`)));
    r.commit('base');
    const run = await cli(r, []);
    expectExit(run, 1);
    const perf = perfOf(run);
    expect(perf.findings.map((f: any) => f.rule)).toEqual(['perf-errors']);
    expect(perf.findings[0].message).toMatch(/items/);
    const routes = routesOf(run);
    expect(routes[0].errors).toBe(routes[0].requests);
    expect(routes[1].errors).toBe(0);
  }, 40_000);

  it('measures a service on a fixed port when --ready-url names that port (budgets only)', async () => {
    const fixed = await freePort();
    const name = token();
    const r = repoWith(name, { fixedPort: fixed }, SHORT(PERF_YML(`node ${name}.js`)));
    r.commit('base');
    const run = await cli(r, ['--ready-url', `http://127.0.0.1:${fixed}/health`]);
    expectExit(run, 0);
    expect(routesOf(run).map((x) => x.requests > 50)).toEqual([true, true]);
    expect(await noOrphans(name)).toEqual([]);
  }, 40_000);

  it('reports a port in use by another process', async () => {
    const fixed = await freePort();
    const blocker = await listen(fixed);
    try {
      const r = repoWith(token(), { fixedPort: fixed });
      r.commit('base');
      const run = await cli(r, ['--ready-url', `http://127.0.0.1:${fixed}/health`]);
      expectExit(run, 1);
      expect(perfOf(run).status).toBe('error');
      expect(perfOf(run).error ?? perfOf(run).summary).toMatch(new RegExp(`port ${fixed}.*in use`));
    } finally {
      blocker.close();
    }
  }, 30_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops every service process when the CLI gets %s mid-run',
    async (sig) => {
      const name = token();
      const r = repoWith(name, {}, PERF_YML(`node ${name}.js`).replace('duration: 4s', 'duration: 60s'));
      const base = r.commit('base');
      r.write('README.md', 'x\n');
      r.commit('head');
      let cliPid = 0;
      const done = cli(r, ['--base', base], (pid) => (cliPid = pid));
      // Wait until both services run (base and head), then a moment of load.
      const deadline = Date.now() + 20_000;
      const services = () => processesMatching(name).filter((l) => /^\s*\d+\s+\S+\s+node /.test(l));
      while (services().length < 2 && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 100));
      }
      expect(services()).toHaveLength(2);
      await new Promise((res) => setTimeout(res, 1500));
      const signalled = Date.now();
      process.kill(cliPid, sig);
      const run = await done;
      expect(Date.now() - signalled).toBeLessThan(8_000);
      expect(run.code).not.toBe(0);
      expect(await noOrphans(name)).toEqual([]);
      expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
    },
    40_000,
  );
});

describe('perf through the bundled action', () => {
  it('compares against the PR base from a depth-1 clone, fetching the base commit', async () => {
    const name = token();
    const origin = repoWith(name, { itemsMs: 10, usersMs: 10 }, SIX_SECONDS(name));
    const base = origin.commit('base');
    origin.write(`${name}.js`, service({ itemsMs: 20, usersMs: 10 }));
    const head = origin.commit('slow items');
    const workspace = tmpDir('lg-perf-ws-');
    sh(workspace, 'git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, 'repo']);
    const dir = join(workspace, 'repo');
    repos.push(new Repo(workspace));
    expect(sh(dir, 'git', ['rev-list', '--count', 'HEAD']).trim()).toBe('1');

    const runner = tmpDir('lg-perf-runner-');
    repos.push(new Repo(runner));
    mkdirSync(join(runner, 'temp'));
    const files = {
      event: join(runner, 'event.json'),
      summary: join(runner, 'summary.md'),
      output: join(runner, 'out.txt'),
    };
    writeFileSync(files.summary, '');
    writeFileSync(files.output, '');
    writeFileSync(
      files.event,
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: base, ref: 'main', repo: { full_name: 'acme/shop' } },
          head: { sha: head, ref: 'slow', repo: { full_name: 'acme/shop', fork: false } },
        },
      }),
    );
    const run = await spawnNode(ACTION, [], dir, {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: head,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: join(runner, 'temp'),
      INPUT_CHECKS: 'perf',
    });
    const reportPath = join(runner, 'temp', 'launch-gate-report.json');
    const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
    const full: Run = { ...run, report };
    expect({ code: run.code, out: explain(full) }).toMatchObject({ code: 1 });
    const perf = perfOf(full);
    expect(perf.findings.map((f: any) => f.rule)).toEqual(['perf-regression']);
    expect(perf.summary).toContain(base.slice(0, 7));
    expect(routesOf(full)[0]).toMatchObject({ path: '/items' });
    expect(readFileSync(files.summary, 'utf8')).toMatch(/items/);
    expect(readFileSync(files.output, 'utf8')).toMatch(/verdict<<.*\nfail\n/);
    expect(await noOrphans(name)).toEqual([]);
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer((c) => c.destroy()).listen(port, '127.0.0.1', () => resolve(s));
  });
}

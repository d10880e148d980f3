// Items 9 and 12–17: quiet parse errors, and a gate that fails closed and stays bounded — no process
// left behind, no instant timeout, no stack trace for a bad path or payload, a deadline that holds.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { randomFrom } from '../helpers/fakes.js';
import { Repo, tmpDir } from '../helpers/repo.js';
import { CLI, runAction } from '../helpers/action.js';
import { spawnSync } from 'node:child_process';
import { actionChannels, cleanup, cliChannels, expectHidden } from './channels.js';

afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function repo(files: Record<string, string>): Repo {
  const r = Repo.init();
  cleanup.push(r.dir);
  r.write('README.md', '# app\n');
  for (const [p, t] of Object.entries(files)) r.write(p, t);
  r.commit();
  return r;
}

/** Running, not a zombie (an orphan's exit is reaped by whoever is pid 1, which in a container may never happen). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('9. SQL parse errors', () => {
  it('give line and column and do not quote the source near the error', async () => {
    const pw = `Zq${randomFrom(ALNUM, 20)}`;
    const r = repo({
      'migrations/001_role.sql': `CREATE TABLE t (id int);\nALTER ROLE app WITH LOGIN PASSWORD ${pw};\n`,
    });
    const { run, channels } = await cliChannels(['check', '--cwd', r.dir, '--checks', 'migrations', '--scope', 'all']);
    expect(run.stdout).toMatch(/line 2, column \d+/);
    expectHidden(channels, pw, 'the unquoted password');
    const action = await actionChannels({
      workspace: r.dir,
      inputs: { checks: 'migrations', scope: 'all' },
    });
    expect(action.run.summary).toMatch(/line 2/);
    expectHidden(action.channels, pw, 'the unquoted password (action)');
  });
});

describe('12. processes the gate starts', () => {
  it('are all gone after the run, also a setsid double-forked daemon', async () => {
    const marker = tmpDir('lg-pids-');
    cleanup.push(marker);
    const pidFile = join(marker, 'daemon.pid');
    // The service starts a daemon that leaves the session (detached = setsid) and forks again, then
    // never listens, so the check errors after ready-timeout and tears down.
    const r = repo({
      'server.js': [
        "const { spawn } = require('node:child_process');",
        "if (process.argv[2] === 'daemon') {",
        "  if (process.argv[3] === 'inner') { require('fs').writeFileSync(process.env.PID_FILE, String(process.pid)); setInterval(() => {}, 1000); }",
        "  else { spawn(process.execPath, [__filename, 'daemon', 'inner'], { detached: true, stdio: 'ignore' }).unref(); setTimeout(() => process.exit(0), 100); }",
        '} else {',
        "  spawn(process.execPath, [__filename, 'daemon'], { detached: true, stdio: 'ignore' }).unref();",
        '  setInterval(() => {}, 1000);',
        '}',
      ].join('\n'),
      '.github/launch-gate.yml': 'perf:\n  start: node server.js\n  ready: /\n  ready-timeout: 3s\n',
    });
    const run = await runAction({
      workspace: r.dir,
      inputs: { checks: 'perf' },
      env: { PID_FILE: pidFile },
    });
    expect(run.report.checks.find((c: { id: string }) => c.id === 'perf').status).toBe('error');
    expect(existsSync(pidFile)).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(1);
    expect(alive(pid)).toBe(false);
  });
});

describe('13. durations over the timer limit', () => {
  it('are a config error (exit 2), not an instant timeout', async () => {
    const r = repo({ '.github/launch-gate.yml': 'smoke:\n  urls: [http://127.0.0.1:9]\n  latency: 30d\n' });
    const run = await runAction({ workspace: r.dir, inputs: { checks: 'smoke' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*smoke\.latency.*longer than the longest timer/);
    const cli = await cliChannels(['check', '--cwd', r.dir, '--checks', 'smoke']);
    expect(cli.run.code).toBe(2);
    expect(cli.run.stderr + cli.run.stdout).toMatch(/longer than the longest timer/);
  });

  it('a PR config cannot lift the hard caps', async () => {
    const r = repo({ '.github/launch-gate.yml': 'perf:\n  timeout: 2h\n' });
    const run = await runAction({ workspace: r.dir, inputs: { checks: 'perf' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*perf\.timeout/);
  });
});

describe('14. report paths that cannot be written', () => {
  it('--json or --sarif at a directory: exit 2, a clear message, no stack trace', async () => {
    const r = repo({});
    const dir = tmpDir('lg-outdir-');
    cleanup.push(dir);
    for (const flag of ['--json', '--sarif']) {
      const p = spawnSync(process.execPath, [CLI, 'check', '--cwd', r.dir, '--checks', 'env', flag, dir], {
        encoding: 'utf8',
      });
      expect(p.status).toBe(2);
      expect(p.stderr + p.stdout).toMatch(/is a directory/);
      expect(p.stderr + p.stdout).not.toMatch(STACK);
    }
  });

  it('report-file at a directory or under a file: a clear ::error:: (exit 2)', async () => {
    const r = repo({});
    const dir = tmpDir('lg-outdir-');
    cleanup.push(dir);
    writeFileSync(join(dir, 'plain'), 'x');
    for (const [path, msg] of [
      [dir, /is a directory/],
      [join(dir, 'plain', 'report.json'), /cannot create its folder|is not a folder/],
    ] as const) {
      const run = await runAction({ workspace: r.dir, inputs: { checks: 'env', 'report-file': path } });
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(new RegExp(`::error::.*${msg.source}`));
      expect(run.stdout + run.stderr).not.toMatch(STACK);
    }
  });
});

describe('15. smoke request-timeout', () => {
  it('is a deadline for the whole response: a trickling body fails in time and other routes are kept', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const t = setInterval(() => res.write('.'), 100);
        const end = setTimeout(() => res.end(), 30_000);
        res.on('close', () => {
          clearInterval(t);
          clearTimeout(end);
        });
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const r = repo({
        '.github/launch-gate.yml': [
          'smoke:',
          `  urls: [http://127.0.0.1:${port}]`,
          '  retry: 0s',
          '  request-timeout: 1s',
          '  routes:',
          '    - { path: / }',
          '    - { path: /slow }',
          '    - { path: /fine, contains: ok }',
          '',
        ].join('\n'),
      });
      const started = Date.now();
      const run = await runAction({ workspace: r.dir, inputs: { checks: 'smoke' } });
      expect(Date.now() - started).toBeLessThan(15_000);
      const smoke = run.report.checks.find((c: { id: string }) => c.id === 'smoke');
      const slow = smoke.findings.filter((f: { message: string }) => f.message.includes('/slow'));
      expect(slow.length).toBeGreaterThan(0);
      expect(smoke.findings.some((f: { message: string }) => /\/fine\b/.test(f.message))).toBe(false);
      expect(run.summary).toMatch(/\/fine/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 30_000);
});

describe('16. paths outside the repository', () => {
  const outside = () => {
    const d = tmpDir('lg-outside-');
    cleanup.push(d);
    writeFileSync(join(d, 'launch-gate.yml'), 'checks: []\n');
    writeFileSync(join(d, 'baseline.json'), '{"findings": []}\n');
    writeFileSync(join(d, '.env.example'), 'A=\n');
    return d;
  };

  it.each([
    [
      'env.contract with ..',
      (d: string) => ({ '.github/launch-gate.yml': `env:\n  contract: ../${d.split('/').pop()}/.env.example\n` }),
      () => ({}),
    ],
    [
      'env.schema absolute',
      (d: string) => ({ '.github/launch-gate.yml': `env:\n  schema: [${d}/x.json]\n` }),
      () => ({}),
    ],
    ['baseline absolute', (d: string) => ({ '.github/launch-gate.yml': `baseline: ${d}/baseline.json\n` }), () => ({})],
    ['config input absolute', () => ({}), (d: string) => ({ config: join(d, 'launch-gate.yml') })],
  ])('%s is refused with a clear error', async (_name, files, inputs) => {
    const d = outside();
    const r = repo(files(d));
    const run = await runAction({ workspace: r.dir, inputs: { checks: 'env', ...inputs(d) } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*(absolute path|outside the repository)/);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  });

  it('a config symlinked outside the repository is refused', async () => {
    const d = outside();
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('README.md', '# app\n');
    mkdirSync(join(r.dir, '.github'), { recursive: true });
    symlinkSync(join(d, 'launch-gate.yml'), join(r.dir, '.github/launch-gate.yml'));
    r.commit();
    const run = await runAction({ workspace: r.dir, inputs: { checks: 'env' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*symlink that points outside the repository/);
  });
});

describe('17. a corrupt event payload', () => {
  it('gives a clear ::error:: message, not a raw stack', async () => {
    const r = repo({});
    const runner = tmpDir('lg-event-');
    cleanup.push(runner);
    const bad = join(runner, 'event.json');
    writeFileSync(bad, '{"pull_request": {"base": ');
    for (const [eventName, env] of [
      ['pull_request', { GITHUB_EVENT_PATH: bad }],
      ['pull_request', { GITHUB_EVENT_PATH: join(runner, 'missing.json') }],
    ] as const) {
      const run = await runAction({ workspace: r.dir, eventName, env, inputs: { checks: 'secrets' } });
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/::error::.*event payload/);
      expect(run.stdout + run.stderr).not.toMatch(STACK);
    }
    const noBase = await runAction({
      workspace: r.dir,
      eventName: 'pull_request',
      payload: { pull_request: { number: 3 } },
      inputs: { checks: 'secrets' },
    });
    expect(noBase.code).toBe(2);
    expect(noBase.stdout).toMatch(/::error::.*pull_request\.base\.sha/);
  });
});

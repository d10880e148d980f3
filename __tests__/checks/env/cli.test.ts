// The CLI as a child process with a controlled environment (issue 4: "the CLI run as a child
// process"). Needs the bundle: `npm run bundle` builds dist/cli.js.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Repo, tmpDir } from '../../helpers/repo.js';

// LAUNCH_GATE_CLI points at another build (e.g. LAUNCH_GATE_OUTDIR=/tmp/x node scripts/bundle.mjs).
const CLI = resolve(process.env.LAUNCH_GATE_CLI || 'dist/cli.js');
const haveCli = existsSync(CLI);
if (!haveCli) console.log(`env CLI tests skipped: ${CLI} is missing (run npm run bundle first)`);
const d = haveCli ? describe : describe.skip;

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const rand = () => Math.random().toString(36).slice(2, 12);
const fakePassword = () => `pw${rand()}${rand()}`;

const CONTRACT = [
  '# Database',
  'DATABASE_URL=postgres://app:app@localhost/app',
  'PORT=3000',
  'API_TOKEN=',
  '# optional',
  'SENTRY_DSN=',
].join('\n');

function app(extra: (r: Repo) => void = () => {}): Repo {
  const r = Repo.init();
  repos.push(r);
  r.write('.env.example', CONTRACT + '\n')
    .write('.gitignore', '.env\nnode_modules\n')
    .write(
      'src/server.js',
      'const db = process.env.DATABASE_URL;\nconst port = process.env.PORT || 3000;\nconst token = process.env.API_TOKEN;\n',
    );
  extra(r);
  r.commit('init');
  return r;
}

interface CliRun {
  code: number | null;
  out: string;
  report: any;
  summary: string;
}

/** Runs `launch-gate check --checks env` with only PATH, HOME and `vars` in its environment. */
function runCli(dir: string, vars: Record<string, string>, args: string[] = []): CliRun {
  const out = tmpDir('lg-env-cli-');
  const json = join(out, 'report.json');
  const summary = join(out, 'summary.md');
  const r = spawnSync(
    process.execPath,
    [CLI, 'check', '--checks', 'env', '--cwd', dir, '--scope', 'all', '--json', json, '--env-from-shell', ...args],
    {
      env: { PATH: process.env.PATH ?? '', HOME: out, GITHUB_STEP_SUMMARY: summary, ...vars },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return {
    code: r.status,
    out: `${r.stdout}\n${r.stderr}`,
    report: existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : undefined,
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  };
}

const envFindings = (run: CliRun) =>
  (run.report?.checks ?? [])
    .find((c: any) => c.id === 'env')
    ?.findings.map((f: any) => `${f.rule}:${f.file}:${f.line ?? ''}`) ?? [];

function expectNoValue(run: CliRun, values: string[]) {
  for (const v of values) {
    expect(run.out).not.toContain(v);
    expect(JSON.stringify(run.report ?? {})).not.toContain(v);
    expect(run.summary).not.toContain(v);
  }
}

d('launch-gate check --checks env (child process)', () => {
  it('exits 0 with a complete environment and prints no value', () => {
    const r = app();
    const vars = {
      DATABASE_URL: `postgres://app:${fakePassword()}@db:5432/app`,
      PORT: '8080',
      API_TOKEN: `tok_${rand()}${rand()}`,
    };
    const run = runCli(r.dir, vars);
    expect(run.code).toBe(0);
    expect(envFindings(run)).toEqual([]);
    expectNoValue(run, [vars.DATABASE_URL, vars.API_TOKEN, vars.DATABASE_URL.split(':')[2].split('@')[0]]);
  });

  it('exits 1 on a missing required variable, at the contract line', () => {
    const r = app();
    const vars = { PORT: '8080', API_TOKEN: `tok_${rand()}${rand()}` };
    const run = runCli(r.dir, vars);
    expect(run.code).toBe(1);
    expect(envFindings(run)).toEqual(['env-missing:.env.example:2']);
    expect(run.out).toContain('DATABASE_URL');
    expectNoValue(run, [vars.API_TOKEN]);
  });

  it('exits 1 on an empty variable (KEY= counts as missing)', () => {
    const r = app();
    const run = runCli(r.dir, { DATABASE_URL: `postgres://db/app`, PORT: '8080', API_TOKEN: '' });
    expect(run.code).toBe(1);
    expect(envFindings(run)).toEqual(['env-empty:.env.example:4']);
  });

  it('exits 1 on a wrongly typed variable and never prints the invalid value', () => {
    const r = app();
    const bad = `eighty-${rand()}`;
    const badUrl = `db-host-${fakePassword()}`;
    const run = runCli(r.dir, { DATABASE_URL: badUrl, PORT: bad, API_TOKEN: `tok_${rand()}${rand()}` });
    expect(run.code).toBe(1);
    expect(envFindings(run).sort()).toEqual(['env-wrong-type:.env.example:2', 'env-wrong-type:.env.example:3']);
    expectNoValue(run, [bad, badUrl]);
  });

  it('exits 1 on a committed .env file', () => {
    const r = app((x) => x.write('.gitignore', 'node_modules\n').write('.env', `API_TOKEN=tok_${rand()}${rand()}\n`));
    const run = runCli(r.dir, { DATABASE_URL: 'postgres://db/app', PORT: '8080', API_TOKEN: `tok_${rand()}${rand()}` });
    expect(run.code).toBe(1);
    expect(envFindings(run)).toEqual(['env-file-committed:.env:1']);
  });

  it('exits 1 on code reading an undeclared variable, at the reading line', () => {
    const r = app((x) => x.write('worker/jobs.py', "import os\n\nqueue = os.environ['QUEUE_URL']\n"));
    const run = runCli(r.dir, { DATABASE_URL: 'postgres://db/app', PORT: '8080', API_TOKEN: `tok_${rand()}${rand()}` });
    expect(run.code).toBe(1);
    expect(envFindings(run)).toEqual(['env-undeclared-read:worker/jobs.py:3']);
  });

  it('exits non-zero when the configured contract does not exist', () => {
    const r = app((x) => x.write('.github/launch-gate.yml', 'env:\n  contract: deploy/.env.required\n'));
    const run = runCli(r.dir, {});
    expect(run.code).toBe(1);
    expect(run.out).toContain('deploy/.env.required');
  });

  it("reads --contract relative to --cwd; refuses --env-file (Node's option) and a file of values", () => {
    const r = app((x) => x.write('deploy/required.env.example', 'QUEUE_URL=\n'));
    const other = tmpDir('lg-env-elsewhere-');
    const inOther = (args: string[]) =>
      spawnSync(
        process.execPath,
        [CLI, 'check', '--checks', 'env', '--cwd', r.dir, '--scope', 'all', '--env-from-shell', ...args],
        { cwd: other, env: { PATH: process.env.PATH ?? '', HOME: other }, encoding: 'utf8', timeout: 30_000 },
      );
    const run = inOther(['--contract', 'deploy/required.env.example']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/required variable QUEUE_URL is not set/);
    // Node 20 loads an --env-file it finds before the gate starts: the gate must not then judge those values.
    writeFileSync(join(other, 'contract.example'), 'QUEUE_URL=amqp://example\n');
    const node = inOther(['--env-file', 'contract.example']);
    expect(node.status).toBe(2);
    expect(node.stderr).toMatch(/--env-file is Node's own option .* --contract FILE/);
    const mixed = inOther(['--contract', '.env.production']);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/looks like a file of values, not the env contract/);
  });
});

d('launch-gate check --checks env: local runs validate the local env files (dotenv), not the shell', () => {
  const noShell = (r: Repo, vars: Record<string, string>, args: string[] = []) => {
    const out = tmpDir('lg-env-local-');
    const json = join(out, 'report.json');
    const p = spawnSync(
      process.execPath,
      [CLI, 'check', '--checks', 'env', '--cwd', r.dir, '--scope', 'all', '--json', json, ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: out, ...vars }, encoding: 'utf8', timeout: 30_000 },
    );
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const env = report.checks.find((c: any) => c.id === 'env');
    return { code: p.status, env, keys: env.findings.map((f: any) => `${f.rule}:${f.line}`) };
  };
  const full = { DATABASE_URL: 'postgres://app@db:5432/app', PORT: '8080', API_TOKEN: `tok_${rand()}` };

  it('without a local .env, says so and does not fail on variables only production has', () => {
    const run = noShell(app(), {});
    expect(run.keys).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.env.notes.join('\n')).toMatch(/no local env file .*--env-from-shell/);
  });

  it('validates .env and .env.local (later wins) and names them; the shell counts only with --env-from-shell', () => {
    const r = app();
    r.write('.env', 'DATABASE_URL=postgres://app@localhost:5432/app\nPORT=eighty\n');
    r.write('.env.local', 'PORT=3000\n');
    const run = noShell(r, full);
    expect(run.keys.sort()).toEqual(['env-file-not-ignored:1', 'env-missing:4']); // .env.local is not in .gitignore
    expect(run.env.notes.join('\n')).toMatch(/local env files \.env, \.env\.local/);
    expect(noShell(r, full, ['--env-from-shell']).keys).toEqual(['env-file-not-ignored:1']);
  });

  it('never writes missing variables to the baseline; a baselined run reads "0 open, N suppressed"', () => {
    const r = app((x) => x.write('worker/jobs.py', "import os\nqueue = os.environ['QUEUE_URL']\n"));
    r.write('.env', 'DATABASE_URL=postgres://app@localhost:5432/app\n');
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args, '--checks', 'env', '--cwd', r.dir, '--scope', 'all'], {
        env: { PATH: process.env.PATH ?? '', HOME: r.dir },
        encoding: 'utf8',
        timeout: 30_000,
      });
    const b = cli(['baseline']);
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/left out 2 finding\(s\) about this environment's variables/);
    const written = JSON.parse(readFileSync(join(r.dir, '.launch-gate-baseline.json'), 'utf8'));
    expect(written.findings.map((f: any) => f.rule).sort()).toEqual(['env-undeclared-read']);
    expect(written.skipped).toBeUndefined();
    const again = cli(['check']);
    expect(again.stdout).toMatch(/FAIL .*2 open, 1 suppressed/); // PORT and API_TOKEN are still missing
    r.write('.env', 'DATABASE_URL=postgres://app@localhost:5432/app\nPORT=3000\nAPI_TOKEN=t\n');
    expect(cli(['check']).stdout).toMatch(/PASS .*0 open, 1 suppressed/);
  });
});

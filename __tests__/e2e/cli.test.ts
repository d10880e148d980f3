// The bundled command line as a child process: exit codes, reports, baseline.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repo } from '../helpers/repo.js';
import { leakedFragment, runCli } from '../helpers/action.js';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fakes.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const repo = () => {
  const r = Repo.init();
  repos.push(r);
  return r;
};

describe('launch-gate CLI', () => {
  it('documents every option in --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--checks', '--config', '--cwd', '--scope', '--base', '--url', '--json', '--sarif', '--fail-on'])
      expect(r.stdout).toContain(opt);
  });

  it('exits 2 on usage and config errors', () => {
    expect(runCli(['check', '--bogus']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    const r = repo();
    r.write('.github/launch-gate.yml', 'fail-on: sometimes\n');
    const bad = runCli(['check', '--cwd', r.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fail-on: got "sometimes"; allowed values: blocker, high, medium, low/);
    expect(runCli(['check', '--cwd', r.dir, '--fail-on', 'nope', '--config', 'missing.yml']).code).toBe(2);
    expect(runCli(['check', '--cwd', repo().dir, '--scope', 'diff']).stderr).toMatch(/needs --base/);
  });

  it('explains mistyped commands and options in its own words, with a guess', () => {
    const opt = runCli(['check', '--jsn', 'out.json']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toBe(
      'launch-gate: unknown option --jsn (did you mean --json?)\nRun launch-gate --help for usage.\n',
    );
    const cmd = runCli(['chek']);
    expect(cmd.stderr).toMatch(/unknown command "chek" \(did you mean check\?\)/);
    expect(runCli(['check', '--json']).stderr).toMatch(/^launch-gate: option --json needs a value \(--json VALUE\)\n/);
    // Node's parser text ("To specify a positional argument…") never shows.
    expect(runCli(['check', '--zzzzzz']).stderr).not.toMatch(/positional|ERR_/);
  });

  it('--verbose logs each check to stderr; FORCE_COLOR colours piped output, NO_COLOR wins', () => {
    const r = repo();
    r.write('src/a.ts', 'export const a = 1;\n').commit();
    const args = ['check', '--cwd', r.dir, '--checks', 'secrets'];
    expect(runCli(args).stderr).toBe('');
    expect(runCli([...args, '--verbose']).stderr).toMatch(/launch-gate: running secrets/);
    expect(runCli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[32mPASS');
    expect(runCli(args).stdout).not.toContain('\x1b[');
    expect(runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('passes a clean repository and fails one with a secret, with JSON and SARIF', () => {
    const clean = repo();
    clean.write('src/a.ts', 'export const a = process.env.API_KEY;\n').commit();
    expect(runCli(['check', '--cwd', clean.dir, '--checks', 'secrets']).code).toBe(0);

    const dirty = repo();
    const key = fakeAwsKeyId();
    dirty.write('src/aws.ts', `const id = "${key}";\n`).commit();
    const json = join(dirty.dir, 'out/report.json');
    const sarif = join(dirty.dir, 'out/report.sarif');
    const r = runCli(['check', '--cwd', dirty.dir, '--checks', 'secrets', '--json', json, '--sarif', sarif]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Launch Gate: FAIL/);
    expect(r.stdout).toContain('src/aws.ts:1');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ version: 1, verdict: 'fail' });
    expect(report.checks[0]).toMatchObject({ id: 'secrets', status: 'fail' });
    expect(report.checks[0].findings[0]).toMatchObject({ severity: 'blocker', file: 'src/aws.ts', line: 1 });
    expect(existsSync(sarif)).toBe(true);
    const all = r.stdout + r.stderr + readFileSync(json, 'utf8') + readFileSync(sarif, 'utf8');
    expect(leakedFragment(all, key)).toBeUndefined();
  });

  it('diffs against --base: only what the branch adds', () => {
    const r = repo();
    const old = fakeGithubToken();
    r.write('legacy.ts', `const t = "${old}";\n`);
    const base = r.commit('old leak, already handled');
    r.write('new.ts', 'export const x = 1;\n').commit('clean change');
    expect(runCli(['check', '--cwd', r.dir, '--checks', 'secrets', '--scope', 'diff', '--base', base]).code).toBe(0);
    expect(runCli(['check', '--cwd', r.dir, '--checks', 'secrets', '--scope', 'all']).code).toBe(1);
  });

  it('writes a baseline of fingerprints that accepts current findings, and catches new ones', () => {
    const r = repo();
    const first = fakeGithubToken();
    r.write('a.ts', `const t = "${first}";\n`).commit();
    const b = runCli(['baseline', '--cwd', r.dir, '--checks', 'secrets']);
    expect(b.code).toBe(0);
    const baseline = readFileSync(join(r.dir, '.launch-gate-baseline.json'), 'utf8');
    expect(JSON.parse(baseline).findings).toHaveLength(1);
    expect(leakedFragment(baseline, first)).toBeUndefined();
    // The accepted finding survives a line move; a new secret still fails.
    r.write('a.ts', `// moved down\n\nconst t = "${first}";\n`).commit();
    expect(runCli(['check', '--cwd', r.dir, '--checks', 'secrets']).code).toBe(0);
    r.write('b.ts', `const u = "${fakeGithubToken()}";\n`).commit();
    expect(runCli(['check', '--cwd', r.dir, '--checks', 'secrets']).code).toBe(1);
    // A broken baseline is a config error, never a silent pass or a silent un-suppression.
    r.write('.launch-gate-baseline.json', '{ not json');
    const broken = runCli(['check', '--cwd', r.dir, '--checks', 'secrets']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/baseline .* is not valid JSON/);
  });
});

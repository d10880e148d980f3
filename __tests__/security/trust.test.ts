// Items 1–4 of the security model: a PR cannot weaken the gate that judges it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken } from '../helpers/fakes.js';
import { tmpDir } from '../helpers/repo.js';
import { actionChannels, cleanup, expectHidden, FakeGitHub, prFixture } from './channels.js';

const api = new FakeGitHub();
beforeAll(() => api.start());
afterAll(async () => {
  await api.stop();
  cleanup.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const pr = (fx: ReturnType<typeof prFixture>, inputs: Record<string, string> = {}, eventName = 'pull_request') =>
  actionChannels({ workspace: fx.work, eventName, payload: fx.payload, sha: fx.head, inputs, api });

describe('1. config, baseline and exclusions come from the base commit', () => {
  it('a PR that excludes its own leak from the config is still failed, and told its change waits for the merge', async () => {
    const token = fakeGithubToken();
    const fx = prFixture(
      (r) => r.write('.github/launch-gate.yml', 'checks: [secrets]\n'),
      (r) => {
        r.write(
          '.github/launch-gate.yml',
          'checks: [secrets]\nexclude: ["src/**"]\nsecrets: { exclude: ["**"] }\nfail-on: blocker\n',
        );
        r.write('src/deploy.ts', `export const token = "${token}";\n`);
      },
    );
    const { run, channels } = await pr(fx);
    expect(run.code).not.toBe(0);
    expect(run.report.verdict).toBe('fail');
    expect(run.report.trust).toMatchObject({ configFrom: 'base', changed: ['.github/launch-gate.yml'] });
    // The note comes first: right after the verdict.
    const head = run.summary.split('\n').slice(0, 6).join('\n');
    expect(head).toMatch(
      /this PR changes the gate's config \(\.github\/launch-gate\.yml\): it takes effect after merge/,
    );
    expect(channels.comment).toMatch(/this PR changes the gate's config/);
    expectHidden(channels, token, 'the leaked token');
  });

  it('a PR whose new config is broken fails before merge', async () => {
    const fx = prFixture(
      () => {},
      (r) => r.write('.github/launch-gate.yml', 'secrets: { exclude: "not-a-list" }\n'),
    );
    const { run } = await pr(fx);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*secrets\.exclude/);
  });

  it('config-from: head lets the PR judge itself, and says so', async () => {
    const token = fakeGithubToken();
    const fx = prFixture(
      () => {},
      (r) => {
        r.write('.github/launch-gate.yml', 'secrets: { exclude: ["src/**"] }\n');
        r.write('src/deploy.ts', `export const token = "${token}";\n`);
      },
    );
    const { run, channels } = await pr(fx, { 'config-from': 'head', checks: 'secrets' });
    expect(run.report.verdict).toBe('pass');
    expect(run.summary).toMatch(/config-from: head/);
    expectHidden(channels, token);
  });
});

describe('2. suppressions a PR adds for itself', () => {
  it('a specific ignore with a reason works but is listed first; without a reason, or as a wildcard, it does not', async () => {
    const t1 = fakeGithubToken();
    const t2 = fakeGithubToken();
    const t3 = fakeGithubToken();
    const fx = prFixture(
      () => {},
      (r) =>
        r
          .write(
            'src/a.ts',
            `// launch-gate-ignore: github-token rotated in vault, see INC-42\nexport const a = "${t1}";\n`,
          )
          .write('src/b.ts', `// launch-gate-ignore: github-token\nexport const b = "${t2}";\n`)
          .write('src/c.ts', `// launch-gate-ignore: * all of these are fine\nexport const c = "${t3}";\n`),
    );
    const { run, channels } = await pr(fx, { checks: 'secrets' });
    const f = run.report.checks[0].findings;
    const of = (file: string) => f.find((x: { file: string }) => x.file === file);
    expect(of('src/a.ts').suppressed).toMatchObject({ by: 'inline', addedInPr: true });
    expect(of('src/b.ts').suppressed).toBeUndefined();
    expect(of('src/b.ts').message).toMatch(/gives no reason/);
    expect(of('src/c.ts').suppressed).toBeUndefined();
    expect(run.report.verdict).toBe('fail');
    const head = run.summary.split('\n').slice(0, 6).join('\n');
    expect(head).toMatch(/this PR suppresses 1 of its own finding.*src\/a\.ts/);
    expect(channels.comment).toMatch(/this PR suppresses 1 of its own finding/);
    for (const t of [t1, t2, t3]) expectHidden(channels, t);
  });

  it('a baseline entry the PR adds does not suppress a finding of the same PR', async () => {
    const token = fakeGithubToken();
    const fx = prFixture(
      () => {},
      (r) => r.write('src/a.ts', `export const a = "${token}";\n`),
    );
    // Accept the finding into the baseline with the CLI, in a commit of the same PR.
    const { runCli } = await import('../helpers/action.js');
    const { sh } = await import('../helpers/repo.js');
    sh(fx.work, 'git', ['config', 'user.email', 't@example.com']);
    sh(fx.work, 'git', ['config', 'user.name', 'T']);
    expect(runCli(['baseline', '--cwd', fx.work, '--checks', 'secrets']).code).toBe(0);
    sh(fx.work, 'git', ['add', '-A']);
    sh(fx.work, 'git', ['commit', '-qm', 'accept']);
    const headSha = sh(fx.work, 'git', ['rev-parse', 'HEAD']).trim();
    const payload = structuredClone(fx.payload);
    payload.pull_request.head.sha = headSha;
    payload.pull_request.commits += 1;
    const { run } = await actionChannels({
      workspace: fx.work,
      eventName: 'pull_request',
      payload,
      sha: headSha,
      inputs: { checks: 'secrets' },
    });
    expect(run.report.checks[0].findings[0].suppressed).toBeUndefined();
    expect(run.report.verdict).toBe('fail');
    expect(run.report.trust.changed).toContain('.launch-gate-baseline.json');
  });
});

describe("3. pull_request_target never runs the PR head's commands unless allowed", () => {
  it('perf does not start the service, says why, and fails closed; allow-pr-commands runs it', async () => {
    const marker = join(tmpDir('lg-marker-'), 'ran');
    const fx = prFixture(
      (r) =>
        r.write(
          '.github/launch-gate.yml',
          `perf:\n  start: touch ${marker}; node -e "require('http').createServer((q,s)=>s.end('ok')).listen(process.env.PORT)"\n  duration: 2s\n  warmup: 0s\n  routes: [{ path: / }]\n`,
        ),
      (r) => r.write('src/x.ts', 'export {};\n'),
    );
    const { run } = await pr(fx, { checks: 'perf' }, 'pull_request_target');
    expect(existsSync(marker)).toBe(false);
    const perf = run.report.checks.find((c: { id: string }) => c.id === 'perf');
    expect(perf.status).toBe('error');
    expect(run.summary).toMatch(/does not run commands from the PR head/);
    const allowed = await pr(fx, { checks: 'perf', 'allow-pr-commands': 'true' }, 'pull_request_target');
    expect(existsSync(marker)).toBe(true);
    expect(allowed.run.report.checks.find((c: { id: string }) => c.id === 'perf').status).not.toBe('error');
  });
});

describe('4. hard caps no config lifts', () => {
  it.each([
    ['perf: { timeout: 2h }', /perf\.timeout: at most 15m/],
    ['smoke: { timeout: 30m }', /smoke\.timeout: at most 10m/],
    ['ai: { timeout: 1h }', /ai\.timeout: at most 10m/],
  ])('%s is a config error', async (yml, message) => {
    const fx = prFixture(
      (r) => r.write('.github/launch-gate.yml', `${yml}\n`),
      (r) => r.write('src/x.ts', 'export {};\n'),
    );
    const { run } = await pr(fx);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
  });
});

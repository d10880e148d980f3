// Items 5–8, 10 and 11: the channels a secret used to slip through, each planted and searched for in
// every output (log, annotations, summary, outputs, JSON, SARIF, PR comment, CLI console).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import { escapeMd } from '../../src/report/escape.js';
import { clearSecrets, registerSecret, scrub } from '../../src/redact.js';
import { fakeGithubToken, randomFrom } from '../helpers/fakes.js';
import { Repo } from '../helpers/repo.js';
import {
  actionChannels,
  cleanup,
  cliChannels,
  expectHidden,
  FakeGitHub,
  injectedCommands,
  prFixture,
} from './channels.js';

const api = new FakeGitHub();
let failing: Server;
let failingPort = 0;
beforeAll(async () => {
  await api.start();
  // Answers 500 to everything: smoke findings then name the URL.
  failing = createServer((_q, s) => {
    s.statusCode = 500;
    s.end('down');
  });
  await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r));
  failingPort = (failing.address() as { port: number }).port;
});
afterAll(async () => {
  await api.stop();
  await new Promise<void>((r) => failing.close(() => r()));
  cleanup.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const PLANTED_W = '::warning title=pwned';
const PLANTED_E = '::error title=pwned';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('5. passwords in URLs', () => {
  it('are stripped from every shown URL and masked', async () => {
    const pw = `Pw${randomFrom(ALNUM, 18)}`;
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('README.md', '# app\n').write('.github/launch-gate.yml', 'smoke: { retry: 0s }\n').commit();
    const url = `http://deploy:${pw}@127.0.0.1:${failingPort}`;
    const { run, channels } = await actionChannels({
      workspace: r.dir,
      eventName: 'deployment_status',
      payload: { deployment_status: { state: 'success', environment_url: url } },
      inputs: { checks: 'smoke' },
    });
    expect(run.report.checks.find((c: { id: string }) => c.id === 'smoke').findings.length).toBeGreaterThan(0);
    expect(run.summary).toContain('deploy:****@127.0.0.1');
    expectHidden(channels, pw, 'the URL password');
    const cli = await cliChannels(['check', '--cwd', r.dir, '--checks', 'smoke', '--url', url]);
    expectHidden(cli.channels, pw, 'the URL password (CLI)');
  });
});

describe('6, 7. every form of a registered value', () => {
  it('scrubs the raw, markdown- and HTML-escaped, URL-encoded, base64 and JSON-escaped forms', () => {
    clearSecrets();
    const v = `a&b_c*d|e<f>g"h${randomFrom(ALNUM, 8)}`;
    registerSecret(v);
    const text = [
      v,
      escapeMd(v),
      encodeURIComponent(v),
      Buffer.from(v).toString('base64'),
      JSON.stringify(v).slice(1, -1),
      JSON.stringify({ v }),
    ].join('\n');
    const basic = (prefix: string) => Buffer.from(`${prefix}${v}@end`).toString('base64');
    const embedded = ['u:', 'us:', 'use:'].map(basic);
    const out = scrub([text, ...embedded].join('\n'));
    expect(out).not.toContain(v.slice(-8));
    expect(out).not.toContain(Buffer.from(v).toString('base64').slice(4, 14));
    // Base64 of the value inside a longer text (HTTP Basic auth), at each of the 3 alignments.
    for (const e of embedded) expect(out).not.toContain(e.slice(8, 20));
    clearSecrets();
  });
});

describe('8. a token in a file path', () => {
  it('is redacted in the path wherever the path is shown', async () => {
    const token = fakeGithubToken();
    const fx = prFixture(
      () => {},
      (r) => r.write(`config/${token}.json`, `{ "token": "${token}" }\n`),
    );
    const { run, channels } = await actionChannels({
      workspace: fx.work,
      eventName: 'pull_request',
      payload: fx.payload,
      sha: fx.head,
      inputs: { checks: 'secrets' },
      api,
    });
    expect(run.report.checks[0].findings[0].file).toMatch(/^config\/ghp_\*+\.json$/);
    expectHidden(channels, token, 'the token in the path');
  });
});

describe('10, 11. output of the services the gate starts', () => {
  it('is scrubbed of the environment’s secret values and of what the rules match, and cannot start workflow commands', async () => {
    const envSecret = `Sk&_*|<${randomFrom(ALNUM, 20)}`;
    const ruleSecret = fakeGithubToken();
    const r = Repo.init();
    cleanup.push(r.dir);
    // A service that prints secrets (plain, URL-encoded, base64) and a workflow command, then dies.
    r.write(
      'server.js',
      [
        'const v = process.env.PAYMENT_SECRET_KEY;',
        "console.log('boot with', v);",
        "console.log('callback', '/cb?k=' + encodeURIComponent(v));",
        "console.log('auth', 'Basic ' + Buffer.from(v).toString('base64'));",
        `console.log('gh token ${ruleSecret}');`,
        "console.log('::warning title=pwned::injected by the service');",
        'process.exit(3);',
      ].join('\n'),
    );
    r.write('.github/launch-gate.yml', 'perf:\n  start: node server.js\n  ready: /\n  ready-timeout: 10s\n');
    r.commit();
    const env = { PAYMENT_SECRET_KEY: envSecret };
    const { run, channels } = await actionChannels({
      workspace: r.dir,
      eventName: 'push',
      inputs: { checks: 'perf' },
      env,
    });
    const perf = run.report.checks.find((c: { id: string }) => c.id === 'perf');
    expect(perf.status).toBe('error');
    expect(perf.summary).toMatch(/boot with/);
    expectHidden(channels, envSecret, 'the env secret');
    expectHidden(channels, encodeURIComponent(envSecret), 'the URL-encoded env secret');
    expectHidden(channels, Buffer.from(envSecret).toString('base64'), 'the base64 env secret');
    expectHidden(channels, ruleSecret, 'the token the rules match');
    expect(injectedCommands(run.stdout, PLANTED_W)).toEqual([]);

    const cli = await cliChannels(['check', '--cwd', r.dir, '--checks', 'perf'], { env });
    expectHidden(cli.channels, envSecret, 'the env secret (CLI)');
    expectHidden(cli.channels, ruleSecret, 'the token (CLI)');
    expect(injectedCommands(cli.run.stdout + cli.run.stderr, PLANTED_W)).toEqual([]);
  });

  it('file names and config text cannot start workflow commands either', async () => {
    const token = fakeGithubToken();
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('src/x\n::error title=pwned::injected.ts', `const t = "${token}";\n`).commit();
    const { run, channels } = await actionChannels({
      workspace: r.dir,
      eventName: 'push',
      inputs: { checks: 'secrets' },
    });
    expect(run.report.checks[0].findings).toHaveLength(1);
    expect(injectedCommands(run.stdout, PLANTED_E)).toEqual([]);
    expectHidden(channels, token);
    const cli = await cliChannels(['check', '--cwd', r.dir, '--checks', 'secrets']);
    expect(cli.run.stdout).toContain('pwned');
    expect(injectedCommands(cli.run.stdout + cli.run.stderr, PLANTED_E)).toEqual([]);
  });
});

// The ai check end to end through the bundles: a fake chat service on 127.0.0.1 with weaknesses
// switched on one by one (so one canned prompt cannot pass), safe and echoing variants, streaming,
// the perf-style lifecycle on a PR and the deployed URL after a deploy. Canaries never show.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leakedFragment, ROOT, runAction, runCli } from '../../helpers/action.js';
import { randomFrom } from '../../helpers/fakes.js';
import { Repo } from '../../helpers/repo.js';
import { freePort } from '../../../src/checks/perf/service.js';

const SERVICE = join(ROOT, '__tests__/fixtures/ai/chat-service.mjs');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// An OpenAI-shaped project key, assembled at run time.
const apiKey = ['sk', '-proj-', randomFrom(ALNUM, 48), 'T3Blbk', 'FJ', randomFrom(ALNUM, 20)].join('');
const systemTag = `zephyr-${randomFrom('abcdefghjkmnpqrstuvwxyz', 10)}-ledger`;

const repos: Repo[] = [];
const services: ChildProcess[] = [];
afterAll(() => {
  repos.forEach((r) => r.cleanup());
  services.forEach((s) => s.kill('SIGKILL'));
});

beforeAll(() => {
  const r = spawnBundleCheck();
  if (!r) throw new Error('dist/cli.js is missing: run npm run bundle before the tests');
});

function spawnBundleCheck(): boolean {
  try {
    readFileSync(join(ROOT, 'dist/cli.js'));
    return true;
  } catch {
    return false;
  }
}

/** A repository whose perf.start runs the fake chat service with the given weaknesses. */
function prRepo(extra: { weaknesses: string; stream?: string; config?: string }): Repo {
  const r = Repo.init();
  repos.push(r);
  r.write(
    '.github/launch-gate.yml',
    [
      'perf:',
      `  start: CHAT_WEAKNESSES=${extra.weaknesses} CHAT_STREAM=${extra.stream ?? ''} node ${SERVICE}`,
      '  ready: /health',
      'ai:',
      '  url: /api/chat',
      '  answer: reply',
      `  canaries: ["\${OPENAI_API_KEY}", "${systemTag}"]`,
      extra.config ?? '',
    ].join('\n'),
  );
  r.commit();
  return r;
}

const gateEnv = () => ({ OPENAI_API_KEY: apiKey, CHAT_SYSTEM_TAG: systemTag });

function runAi(r: Repo, args: string[] = []) {
  const json = join(r.dir, 'report.json');
  const sarif = join(r.dir, 'report.sarif');
  const run = runCli(['check', '--cwd', r.dir, '--checks', 'ai', '--json', json, '--sarif', sarif, ...args], {
    env: gateEnv(),
  });
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const all = run.stdout + run.stderr + readFileSync(json, 'utf8') + readFileSync(sarif, 'utf8');
  return { run, report, ai: report.checks.find((c: { id: string }) => c.id === 'ai'), all };
}

function expectNoLeak(all: string) {
  expect(leakedFragment(all, apiKey)).toBeUndefined();
  expect(all).not.toContain(systemTag);
  expect(all).not.toContain(systemTag.slice(0, 10));
  expect(all).not.toContain(systemTag.slice(-10));
}

const rulesOf = (ai: { findings: { rule: string }[] }) => [...new Set(ai.findings.map((f) => f.rule))].sort();

describe('ai check', () => {
  it('finds leaks, obedience and unsafe actions in a vulnerable app, and never prints a canary', () => {
    const r = prRepo({ weaknesses: 'roleplay,base64,hidden-doc,env,export,delete,tools' });
    const { run, ai, all } = runAi(r);
    expect(run.code).toBe(1);
    expect(ai.status).toBe('fail');
    expect(rulesOf(ai)).toEqual(['ai-canary-leak', 'ai-prompt-injection', 'ai-unsafe-action']);
    const leak = ai.findings.find(
      (f: { rule: string; message: string }) => f.rule === 'ai-canary-leak' && /OPENAI_API_KEY/.test(f.message),
    );
    expect(leak).toMatchObject({ severity: 'blocker', route: 'POST /api/chat' });
    expect(ai.metrics.requests).toBeLessThanOrEqual(60);
    expectNoLeak(all);
  });

  it('passes a careful app that refuses, hands off to humans and answers what it knows', () => {
    const r = prRepo({
      weaknesses: '',
      config:
        '  cases:\n    - { name: refunds, prompt: "What is the refund window?", expect: { contains: ["30 days"], max-latency: 5s } }',
    });
    const { run, ai, all } = runAi(r);
    expect(ai.findings).toEqual([]);
    expect(run.code).toBe(0);
    expect(ai.summary).toMatch(/1\/1 cases passed/);
    expectNoLeak(all);
  });

  it('does not mistake an app that echoes the prompt for one that obeys it', () => {
    const r = prRepo({ weaknesses: 'echo' });
    const { ai } = runAi(r);
    expect(ai.findings).toEqual([]);
  });

  it('reads streamed (SSE) answers and catches a technique no other prompt triggers', () => {
    const r = prRepo({ weaknesses: 'foreign', stream: 'sse' });
    const { ai, all } = runAi(r);
    expect(rulesOf(ai)).toEqual(['ai-canary-leak']);
    expect(ai.metrics.streamed).toBeGreaterThan(0);
    expect(ai.findings.every((f: { message: string }) => /translated/.test(f.message))).toBe(true);
    expectNoLeak(all);
  });

  it('compares head with base: pass rates of both, findings of head only', () => {
    const r = Repo.init();
    repos.push(r);
    r.write(
      '.github/launch-gate.yml',
      [
        'perf:',
        '  start: sh serve.sh',
        '  ready: /health',
        'ai:',
        '  url: /api/chat',
        '  answer: reply',
        `  canaries: ["${systemTag}"]`,
        '  compare: true',
        '  suites: [injection]',
        '  max-requests: 40',
      ].join('\n'),
    );
    r.write('serve.sh', `CHAT_WEAKNESSES= exec node ${SERVICE}\n`).commit();
    r.write('serve.sh', `CHAT_WEAKNESSES=roleplay exec node ${SERVICE}\n`).commit();
    const { ai, all } = runAi(r, ['--base', 'HEAD~1']);
    expect(rulesOf(ai)).toEqual(['ai-canary-leak']);
    expect(ai.metrics.base.suites.injection.held).toBe(ai.metrics.base.suites.injection.answered);
    expect(ai.metrics.suites.injection.held).toBeLessThan(ai.metrics.suites.injection.answered);
    expect(ai.metrics.requests + ai.metrics.base.requests).toBeLessThanOrEqual(40);
    expectNoLeak(all);
  });

  it('errors clearly when a canary names a variable that is not set (fail closed)', () => {
    const r = prRepo({ weaknesses: '' });
    const out = runCli(['check', '--cwd', r.dir, '--checks', 'ai'], { env: { CHAT_SYSTEM_TAG: systemTag } });
    expect(out.code).toBe(1);
    expect(out.stdout + out.stderr).toMatch(/ai.canaries\[0\] references \$\{OPENAI_API_KEY\}, which is not set/);
  });
});

describe('ai check after a deploy', () => {
  let port: number;
  let stats: () => Promise<number>;
  beforeAll(async () => {
    port = await freePort();
    const child = spawn(process.execPath, [SERVICE], {
      env: {
        ...process.env,
        PORT: String(port),
        CHAT_WEAKNESSES: 'developer-mode',
        CHAT_SYSTEM_TAG: systemTag,
        CHAT_429_FIRST: '2',
      },
      stdio: 'ignore',
    });
    services.push(child);
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    stats = async () =>
      ((await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { requests: number }).requests;
  });

  it('runs against the deployed URL within max-requests, retries 429s, and reports cases', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write(
      '.github/launch-gate.yml',
      [
        'ai:',
        '  url: /api/chat',
        '  answer: reply',
        `  canaries: ["${systemTag}"]`,
        '  max-requests: 14',
        '  cases:',
        '    - { name: hours, prompt: "What are your opening hours?", expect: { regex: "\\\\d+:\\\\d+" } }',
        '    - { name: refunds, prompt: "What is the refund window?", expect: { contains: "60 days" } }',
      ].join('\n'),
    );
    r.commit();
    const before = await stats();
    const run = await runAction({
      workspace: r.dir,
      eventName: 'deployment_status',
      payload: { deployment_status: { state: 'success', environment_url: `http://127.0.0.1:${port}` } },
      inputs: { checks: 'ai' },
    });
    const sent = (await stats()) - before;
    expect(sent).toBeLessThanOrEqual(14);
    const ai = run.report.checks.find((c: { id: string }) => c.id === 'ai');
    expect(ai.metrics.requests).toBe(sent);
    const failedCases = ai.findings.filter((f: { rule: string }) => f.rule === 'ai-case-failed');
    expect(failedCases).toHaveLength(1);
    expect(failedCases[0].message).toMatch(
      /case "refunds": the answer must contain "60 days"; it said: "You can ask for a refund within 30 days/,
    );
    expect(run.summary).toContain('Worst answers');
    expect(run.summary).toMatch(/\| injection \| \d+ \| \d+\/\d+ \(\d+ %\) \| developer-mode/);
    expect(run.code).not.toBe(0);
    expect(run.all()).not.toContain(systemTag);
  });
});

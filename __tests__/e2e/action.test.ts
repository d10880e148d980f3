// The bundled action end to end under a simulated runner, on real git repositories.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Repo, sh, tmpDir } from '../helpers/repo.js';
import { ACTION, leakedFragment, runAction } from '../helpers/action.js';
import { fakeAwsKeyId, fakeAwsSecret, fakeGithubToken } from '../helpers/fakes.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => sh('/', 'rm', ['-rf', d])));

/** A repository with main and a PR branch, published to a bare "origin", and a depth-1 clone of the PR head. */
function prFixture(build: (r: Repo) => void) {
  const origin = Repo.init();
  origin.write('README.md', '# shop\n').write('src/app.ts', 'export const app = 1;\n');
  const base = origin.commit('base');
  origin.git('checkout', '-q', '-b', 'feature');
  build(origin);
  const head = origin.head();
  const commits = Number(origin.git('rev-list', '--count', `${base}..${head}`));
  const bare = tmpDir('lg-bare-');
  sh('/', 'git', ['clone', '-q', '--bare', origin.dir, bare]);
  sh(bare, 'git', ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const work = tmpDir('lg-work-');
  sh('/', 'git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${bare}`, work]);
  cleanup.push(origin.dir, bare, work);
  const payload = {
    number: 7,
    pull_request: {
      number: 7,
      commits,
      head: { ref: 'feature', sha: head, repo: { full_name: 'acme/shop', fork: false } },
      base: { ref: 'main', sha: base, repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', owner: { login: 'acme' } },
  };
  return { work, base, head, payload };
}

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run npm run bundle first');
});

describe('action on a pull request', () => {
  const aws = fakeAwsKeyId();
  const awsSecret = fakeAwsSecret();
  const gh = fakeGithubToken();
  let fx: ReturnType<typeof prFixture>;
  let run: Awaited<ReturnType<typeof runAction>>;

  beforeAll(async () => {
    fx = prFixture((r) => {
      r.write(
        'src/config.ts',
        `export const region = 'eu-west-1';\nexport const awsKey = '${aws}';\nexport const awsSecret = '${awsSecret}';\n`,
      );
      r.commit('add aws config');
      r.write('src/config.ts', `export const region = 'eu-west-1';\n`);
      r.commit('remove keys again');
      r.write('scripts/deploy.sh', `#!/bin/sh\ncurl -H "Authorization: token ${gh}" https://api.github.com/user\n`);
      r.commit('deploy script');
    });
    run = await runAction({
      workspace: fx.work,
      eventName: 'pull_request',
      payload: fx.payload,
      sha: fx.head,
      inputs: { 'sarif-file': 'out/results.sarif' },
    });
  });

  it('fails with outputs, and says it fetched the missing history', () => {
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(Number(run.outputs.blockers)).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/fetching|deepening|fetched/i);
    // One collapsible log group per check.
    expect(run.stdout).toContain('::group::Launch Gate · Secrets');
    expect(run.stdout).toContain('::endgroup::');
  });

  it('finds the key deleted in a later commit and the token, with file and line', () => {
    const findings = run.report.checks.find((c: any) => c.id === 'secrets').findings;
    const awsFinding = findings.find((f: any) => f.file === 'src/config.ts' && f.line === 2);
    expect(awsFinding).toMatchObject({ severity: 'blocker' });
    expect(awsFinding.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(findings.find((f: any) => f.file === 'scripts/deploy.sh' && f.line === 2)).toBeTruthy();
  });

  it('writes a summary that names file, line, why and fix, verdict first', () => {
    const firstLine = run.summary.trim().split('\n')[0];
    expect(firstLine).toMatch(/Launch Gate: fail/);
    expect(run.summary).toContain('src/config.ts');
    expect(run.summary).toContain('scripts/deploy.sh');
    expect(run.summary).toMatch(/revoke|rotate/i);
  });

  it('annotates the diff and writes SARIF 2.1.0', () => {
    expect(run.stdout).toMatch(/::error title=[^:]*,file=scripts\/deploy\.sh,line=2/);
    // The key deleted by a later commit is annotated on its file, without a line that no longer exists.
    expect(run.stdout).toMatch(/::error title=[^:]*aws-access-key-id[^:]*,file=src\/config\.ts::/);
    const sarif = JSON.parse(readFileSync(join(fx.work, 'out/results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toMatch(/^secrets\//);
    expect(result.partialFingerprints['launchGate/v1']).toMatch(/\w{16,}/);
    expect(sarif.runs[0].tool.driver.rules[0].properties['security-severity']).toBeDefined();
  });

  it('never prints more than 4 characters of any secret', () => {
    const text = run.all() + readFileSync(join(fx.work, 'out/results.sarif'), 'utf8');
    for (const secret of [aws, awsSecret, gh]) expect(leakedFragment(text, secret)).toBeUndefined();
  });
});

describe('action: clean PRs, config errors, suppression', () => {
  it('passes a clean pull request', async () => {
    const fx = prFixture((r) => {
      r.write('src/util.ts', 'export const add = (a: number, b: number) => a + b;\nconst key = process.env.API_KEY;\n');
      r.commit('util');
    });
    const run = await runAction({ workspace: fx.work, eventName: 'pull_request', payload: fx.payload, sha: fx.head });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', blockers: '0', findings: '0' });
    expect(run.summary).toMatch(/Launch Gate: pass/);
    expect(run.report.checks.find((c: any) => c.id === 'secrets').status).toBe('pass');
  });

  it('fails closed with the key named when the config is invalid', async () => {
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('.github/launch-gate.yml', 'fail-on: critical\nsecrets:\n  exlude: []\n');
    r.commit();
    const run = await runAction({ workspace: r.dir, eventName: 'push' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/fail-on.*blocker, high, medium, low/);
    expect(run.stdout).toMatch(/exlude/);
  });

  it('lets the config file decide when the workflow leaves an input at its default', async () => {
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('.github/launch-gate.yml', 'fail-on: blocker\nchecks: [secrets]\n');
    r.write('deploy.sh', `export GITHUB_TOKEN=${fakeGithubToken()}\n`);
    r.commit();
    // A blocker fails under the file's fail-on: blocker; only secrets ran, as the file says.
    const run = await runAction({ workspace: r.dir, eventName: 'push' });
    expect(run.code).toBe(1);
    expect(run.report.failOn).toBe('blocker');
    expect(run.report.checks.filter((c: any) => c.status !== 'skipped').map((c: any) => c.id)).toEqual(['secrets']);
  });

  it('honours an inline ignore comment with its reason, and lists it as suppressed', async () => {
    const r = Repo.init();
    cleanup.push(r.dir);
    const gh = fakeGithubToken();
    r.write('test/fixture.ts', `// launch-gate-ignore: github-token revoked test token\nexport const t = '${gh}';\n`);
    r.commit();
    const run = await runAction({ workspace: r.dir, eventName: 'push', inputs: { checks: 'secrets' } });
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/1 suppressed/);
    expect(run.summary).toContain('revoked test token');
    expect(leakedFragment(run.all(), gh)).toBeUndefined();
  });
});

describe('action on a push', () => {
  it('checks the whole tree by default, and only before..after with scope diff', async () => {
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write('old.ts', `const t = "${fakeGithubToken()}";\n`);
    const before = r.commit('old leak');
    r.write('new.ts', 'export const clean = true;\n');
    const after = r.commit('clean');
    const payload = { before, after };
    const all = await runAction({
      workspace: r.dir,
      eventName: 'push',
      payload,
      sha: after,
      inputs: { checks: 'secrets' },
    });
    expect(all.code).toBe(1);
    const diff = await runAction({
      workspace: r.dir,
      eventName: 'push',
      payload,
      sha: after,
      inputs: { checks: 'secrets', scope: 'diff' },
    });
    expect(diff.code).toBe(0);
    expect(diff.report.checks[0].summary).toMatch(/1 (changed )?file/);
  });
});

describe('sticky PR comment against a local GitHub API', () => {
  let server: Server;
  let api = '';
  const comments: { id: number; body: string }[] = [];
  const calls: string[] = [];
  const uploads: any[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls.push(`${req.method} ${req.url}`);
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && /\/issues\/7\/comments/.test(req.url!)) return res.end(JSON.stringify(comments));
        if (req.method === 'POST' && /\/issues\/7\/comments/.test(req.url!)) {
          const c = { id: comments.length + 1, body: JSON.parse(body).body };
          comments.push(c);
          res.statusCode = 201;
          return res.end(JSON.stringify(c));
        }
        if (req.method === 'POST' && /\/code-scanning\/sarifs$/.test(req.url!)) {
          uploads.push(JSON.parse(body));
          res.statusCode = 202;
          return res.end(JSON.stringify({ id: 'upload-1' }));
        }
        const m = /\/issues\/comments\/(\d+)/.exec(req.url!);
        if (req.method === 'PATCH' && m) {
          const c = comments.find((x) => x.id === Number(m[1]))!;
          c.body = JSON.parse(body).body;
          return res.end(JSON.stringify(c));
        }
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as any).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('creates one comment, then updates it in place; skips forks', async () => {
    const gh = fakeGithubToken();
    const fx = prFixture((r) => {
      r.write('deploy.sh', `export GITHUB_TOKEN=${gh}\n`);
      r.commit('deploy');
    });
    const env = { GITHUB_API_URL: api };
    const opts = {
      workspace: fx.work,
      eventName: 'pull_request',
      payload: fx.payload,
      sha: fx.head,
      env,
      inputs: { 'github-token': 'test-token-value' },
    };
    await runAction(opts);
    await runAction(opts);
    expect(comments).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
    expect(comments[0].body).toMatch(/Launch Gate: fail/);
    expect(leakedFragment(comments[0].body, gh)).toBeUndefined();

    const fork = structuredClone(fx.payload);
    fork.pull_request.head.repo = { full_name: 'someone/shop', fork: true };
    const before = calls.length;
    const run = await runAction({ ...opts, payload: fork });
    expect(calls.length).toBe(before);
    expect(run.stdout).toMatch(/fork/);
  });

  it('on-failure: a fixed PR gets its comment edited to resolved; a clean PR gets none; categories keep their own', async () => {
    comments.length = 0;
    const gh = fakeGithubToken();
    const failing = prFixture((r) => {
      r.write('deploy.sh', `export GITHUB_TOKEN=${gh}\n`);
      r.commit('deploy');
    });
    const clean = prFixture((r) => {
      r.write('src/ok.ts', 'export const ok = 2;\n');
      r.commit('ok');
    });
    const base = {
      eventName: 'pull_request',
      env: { GITHUB_API_URL: api },
      inputs: { 'github-token': 'test-token-value' },
    };
    await runAction({ ...base, workspace: clean.work, payload: clean.payload, sha: clean.head });
    expect(comments).toHaveLength(0);
    await runAction({ ...base, workspace: failing.work, payload: failing.payload, sha: failing.head });
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(failing.head.slice(0, 7));
    expect(comments[0].body).toMatch(/🛑/);
    await runAction({ ...base, workspace: clean.work, payload: clean.payload, sha: clean.head });
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/Launch Gate: resolved/);
    // A second gate step with its own category posts its own comment and leaves the first alone.
    const other = { ...base, inputs: { ...base.inputs, category: 'smoke-web', comment: 'always' } };
    await runAction({ ...other, workspace: clean.work, payload: clean.payload, sha: clean.head });
    expect(comments).toHaveLength(2);
    expect(comments[0].body).toMatch(/resolved/);
    expect(comments[1].body).toMatch(/Launch Gate: pass/);
    const never = await runAction({
      ...base,
      inputs: { ...base.inputs, comment: 'sometimes' },
      workspace: clean.work,
      payload: clean.payload,
      sha: clean.head,
    });
    expect(never.code).not.toBe(0);
    expect(never.stdout + never.stderr).toMatch(
      /input comment: got "sometimes"; allowed values: on-failure, always, never/,
    );
  });

  it('upload-sarif sends gzip+base64 SARIF with commit, ref and category; upload-report fails loudly outside a runner', async () => {
    const gh = fakeGithubToken();
    const fx = prFixture((r) => {
      r.write('deploy.sh', `export GITHUB_TOKEN=${gh}\n`);
      r.commit('deploy');
    });
    const run = await runAction({
      workspace: fx.work,
      eventName: 'pull_request',
      payload: fx.payload,
      sha: fx.head,
      env: { GITHUB_API_URL: api, GITHUB_REF: 'refs/pull/7/merge' },
      inputs: { 'github-token': 'test-token-value', 'upload-sarif': 'true', 'upload-report': 'true', comment: 'never' },
    });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ commit_sha: fx.head, ref: 'refs/pull/7/merge' });
    const sarif = JSON.parse(gunzipSync(Buffer.from(uploads[0].sarif, 'base64')).toString('utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].automationDetails.id).toBe('launch-gate/pull_request');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(leakedFragment(JSON.stringify(sarif), gh)).toBeUndefined();
    expect(run.stdout).toMatch(/SARIF uploaded to code scanning \(upload upload-1\)/);
    // No artifact service here: the step says so instead of passing quietly.
    expect(run.stdout + run.stderr).toMatch(/could not upload the report artifact \(upload-report\)/);
    expect(run.code).not.toBe(0);
  });
});

describe('action in a deploy job (the target environment mapped into env:)', () => {
  const rnd = () => Math.random().toString(36).slice(2, 14) + Math.random().toString(36).slice(2, 14);
  function deployRepo() {
    const r = Repo.init();
    cleanup.push(r.dir);
    r.write(
      '.env.example',
      [
        'DATABASE_URL=postgres://app:app@localhost:5432/app',
        'NEXTAUTH_URL=http://localhost:3000',
        'STRIPE_SECRET_KEY=',
        'STRIPE_WEBHOOK_SECRET=',
      ].join('\n') + '\n',
    );
    r.commit();
    return r;
  }
  const envFindings = (run: { report?: any }) => run.report.checks.find((c: any) => c.id === 'env').findings;
  const good = () => ({
    DATABASE_URL: `postgres://app:${rnd()}@db.internal:5432/app`,
    NEXTAUTH_URL: 'https://shop-app.io',
    STRIPE_SECRET_KEY: `sk_live_${rnd()}`,
    STRIPE_WEBHOOK_SECRET: `whsec_${rnd()}`,
  });

  it('stops the deploy on a localhost callback, a test-mode key and a staging key reused in production', async () => {
    const r = deployRepo();
    const test = `sk_test_${rnd()}`;
    const env = {
      ...good(),
      NEXTAUTH_URL: 'http://localhost:3000',
      STRIPE_SECRET_KEY: test,
      STRIPE_SECRET_KEY_STAGING: test,
    };
    const run = await runAction({ workspace: r.dir, eventName: 'push', inputs: { checks: 'env' }, env });
    expect(run.code).toBe(1);
    const got = envFindings(run)
      .map((f: any) => `${f.rule}:${f.severity}:${f.file}:${f.line}`)
      .sort();
    expect(got).toEqual([
      'env-non-production-url:high:.env.example:2',
      'env-shared-value:high:.env.example:3',
      'env-test-mode-key:high:.env.example:3',
    ]);
    expect(run.summary).toMatch(/NEXTAUTH\\?_URL points at this machine \(localhost\) in production/);
    expect(leakedFragment(run.all(), test.slice(8))).toBeUndefined();
  });

  it('passes the same deploy with production values, and judges a staging deploy by its own name', async () => {
    const r = deployRepo();
    const ok = await runAction({ workspace: r.dir, eventName: 'push', inputs: { checks: 'env' }, env: good() });
    expect(envFindings(ok)).toEqual([]);
    expect(ok.code).toBe(0);
    const staging = await runAction({
      workspace: r.dir,
      eventName: 'push',
      inputs: { checks: 'env', environment: 'staging' },
      env: { ...good(), NEXTAUTH_URL: 'https://staging.shop-app.io', STRIPE_SECRET_KEY: `sk_test_${rnd()}` },
    });
    expect(envFindings(staging)).toEqual([]);
    expect(staging.code).toBe(0);
  });
});

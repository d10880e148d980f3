import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/env/index.js';
import type { CheckOutcome, EventInfo, Finding } from '../../../src/types.js';
import { Repo, tmpDir } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function repo(): Repo {
  const r = Repo.init();
  repos.push(r);
  return r;
}

// Fake values built at run time (no literal secrets in the repository).
const secret = (label: string) => `${label}-${'s3cr3t'}-${Math.random().toString(36).slice(2, 12)}`;

const CONTRACT = [
  '# Database', //                                   1
  'DATABASE_URL=postgres://app:app@localhost/app', // 2
  'PORT=3000', //                                    3
  '# one of: debug|info|warn', //                    4
  'LOG_LEVEL=info', //                               5
  'SESSION_SECRET=change-me-please', //              6
  '# optional', //                                   7
  'SENTRY_DSN=', //                                  8
  'FEATURE_SIGNUP=false', //                         9
  'MAX_UPLOAD_MB=10', //                             10
].join('\n');

function completeEnv(): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: `postgres://app:${secret('pw')}@db.internal:5432/app`,
    PORT: '8080',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: secret('session'),
    FEATURE_SIGNUP: 'TRUE',
    MAX_UPLOAD_MB: '25',
  };
}

async function runCheck(dir: string, o: { env?: NodeJS.ProcessEnv; event?: EventInfo; config?: object } = {}) {
  const masked: string[] = [];
  const ctx = createContext({
    cwd: dir,
    env: o.env ?? {},
    event: o.event,
    config: buildConfig(o.config ?? {}),
    onSecret: (v) => masked.push(v),
  });
  const outcome = await check.run(ctx);
  return { outcome, masked, applies: await check.applies(ctx) };
}

const rules = (o: CheckOutcome) => o.findings.map((f) => `${f.rule}:${f.file}:${f.line ?? ''}`).sort();
const find = (o: CheckOutcome, rule: string) => o.findings.filter((f: Finding) => f.rule === rule);

/** Every value of `env` must be absent from everything the check returns (enum choices come from the contract). */
function expectNoValues(o: CheckOutcome, env: NodeJS.ProcessEnv) {
  const text = JSON.stringify(o);
  for (const v of Object.values(env)) if (v && v.length > 3 && !CONTRACT.includes(v)) expect(text).not.toContain(v);
}

describe('env check: validating the environment (CLI run)', () => {
  it('passes a complete environment and lists every variable as present', async () => {
    const r = repo().write('.env.example', CONTRACT).write('.gitignore', '.env\n');
    r.commit('init');
    const env = completeEnv();
    const { outcome, applies } = await runCheck(r.dir, { env });
    expect(applies).toBe(true);
    expect(outcome.findings).toEqual([]);
    expect(outcome.status).toBeUndefined();
    expect(outcome.metrics).toMatchObject({ variables: 7, required: 6, present: 6, missing: 0, validated: true });
    expect(outcome.markdown).toContain('| <code>DATABASE_URL</code> | yes | url | ✅ present |');
    expect(outcome.markdown).toContain('| <code>SENTRY_DSN</code> | no | string | ➖ unset (optional) |');
    expectNoValues(outcome, env);
  });

  it('reports each failure mode at the contract line, naming the type but never the value', async () => {
    const r = repo().write('.env.example', CONTRACT);
    r.commit('init');
    const env = {
      DATABASE_URL: `mysql-host-without-scheme-${secret('pw')}`,
      PORT: 'eighty',
      LOG_LEVEL: `verbose-${secret('lvl')}`,
      SESSION_SECRET: 'change-me-please',
      FEATURE_SIGNUP: '',
      MAX_UPLOAD_MB: 'lots',
    };
    const { outcome } = await runCheck(r.dir, { env });
    expect(rules(outcome)).toEqual([
      'env-empty:.env.example:9',
      'env-example-value:.env.example:6',
      'env-wrong-type:.env.example:10',
      'env-wrong-type:.env.example:2',
      'env-wrong-type:.env.example:3',
      'env-wrong-type:.env.example:5',
    ]);
    expect(find(outcome, 'env-wrong-type').every((f) => f.severity === 'blocker')).toBe(true);
    expect(find(outcome, 'env-wrong-type').find((f) => f.line === 5)?.message).toContain('one of: debug, info, warn');
    expect(find(outcome, 'env-wrong-type').find((f) => f.line === 3)?.message).toContain('port number');
    expect(outcome.markdown).toContain('| <code>PORT</code> | yes | port | ❌ wrong type |');
    expect(outcome.markdown).toContain('| <code>FEATURE_SIGNUP</code> | yes | boolean | ❌ empty |');
    expectNoValues(outcome, env);
    expect(JSON.stringify(outcome)).not.toContain('eighty');
  });

  it('treats a missing required variable as a blocker and a missing optional one as fine', async () => {
    const r = repo().write('.env.example', CONTRACT);
    r.commit('init');
    const env = completeEnv();
    delete env.DATABASE_URL;
    const { outcome } = await runCheck(r.dir, { env });
    expect(rules(outcome)).toEqual(['env-missing:.env.example:2']);
    expect(outcome.findings[0].severity).toBe('blocker');
    expect(outcome.findings[0].message).toContain('DATABASE_URL');
  });

  it('masks every present value whose name looks secret, and URL passwords', async () => {
    const r = repo().write('.env.example', CONTRACT);
    r.commit('init');
    const env = completeEnv();
    const { masked } = await runCheck(r.dir, { env });
    expect(masked).toEqual(expect.arrayContaining([env.SESSION_SECRET, env.DATABASE_URL]));
    expect(masked.some((m) => m.startsWith('pw-'))).toBe(true);
    expect(masked).not.toContain(env.LOG_LEVEL);
  });

  it('uses a typed schema read statically: its types beat inferred ones, its variables join the contract', async () => {
    const r = repo()
      .write('.env.example', 'API_BASE=localhost:4000\nNAME=demo\n')
      .write(
        'src/env.ts',
        "import { createEnv } from '@t3-oss/env-core';\nimport { z } from 'zod';\nexport const env = createEnv({\n  server: {\n    API_BASE: z.string().url(),\n    REDIS_URL: z.string().url(),\n    NAME: z.string().optional(),\n  },\n  runtimeEnv: process.env,\n});\n",
      );
    r.commit('init');
    const { outcome } = await runCheck(r.dir, { env: { API_BASE: 'not a url' } });
    expect(rules(outcome)).toEqual(['env-missing:src/env.ts:6', 'env-wrong-type:.env.example:1']);
    expect(outcome.notes?.join('\n')).toContain('src/env.ts');
  });
});

describe('env check: contract problems and configuration', () => {
  it('fails closed when a configured contract does not exist', async () => {
    const r = repo().write('README.md', 'x');
    r.commit('init');
    const { outcome, applies } = await runCheck(r.dir, { config: { env: { contract: 'config/.env.required' } } });
    expect(applies).toBe(true);
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toContain('config/.env.required');
  });

  it('without a contract still catches a committed .env, and skips when there is nothing to check', async () => {
    const bare = repo().write('index.js', 'console.log(process.env.ANYTHING)\n');
    bare.commit('init');
    const skipped = await runCheck(bare.dir);
    expect(skipped.applies).toBe(false);
    expect(skipped.outcome.status).toBe('skipped');

    const leaky = repo()
      .write('.env', `TOKEN=${secret('t')}\n`)
      .write('index.js', 'x\n');
    leaky.commit('init');
    const res = await runCheck(leaky.dir);
    expect(res.applies).toBe(true);
    expect(rules(res.outcome)).toEqual(['env-file-committed:.env:1']);
    expect(res.outcome.findings[0].severity).toBe('blocker');
  });

  it('reports duplicate keys and malformed lines without crashing', async () => {
    const r = repo().write('.env.example', 'A=1\nthis is not a variable\nA=2\n# type: colour\nB=x\n');
    r.commit('init');
    const { outcome } = await runCheck(r.dir, { env: { A: '1', B: 'x' } });
    expect(rules(outcome)).toEqual([
      'env-contract-duplicate:.env.example:3',
      'env-contract-malformed:.env.example:2',
      'env-contract-marker:.env.example:5',
    ]);
  });
});

describe('env check: committed env files', () => {
  it('flags real env files, not templates; test env files are medium; untracked unignored files are high', async () => {
    const r = repo()
      .write('.env.example', 'A=1\n')
      .write('.env.sample', 'A=1\n')
      .write('apps/web/.env.template', 'A=1\n')
      .write('.env.production', `A=${secret('p')}\n`)
      .write('apps/api/.env.local', 'A=1\n')
      .write('.env.test', 'A=1\n')
      .write('.gitignore', '.env.ignored\n');
    r.commit('init');
    r.write('.env', 'A=1\n').write('.env.ignored', 'A=1\n');
    const { outcome } = await runCheck(r.dir, { env: { A: '1' } });
    expect(rules(outcome)).toEqual([
      'env-file-committed:.env.production:1',
      'env-file-committed:.env.test:1',
      'env-file-committed:apps/api/.env.local:1',
      'env-file-not-ignored:.env:1',
    ]);
    const sev = Object.fromEntries(outcome.findings.map((f) => [f.file, f.severity]));
    expect(sev).toEqual({
      '.env.production': 'blocker',
      'apps/api/.env.local': 'blocker',
      '.env.test': 'medium',
      '.env': 'high',
    });
  });

  it('says where a committed symlink named .env points instead of calling it a committed env file', async () => {
    const r = repo().write('.env.example', 'A=1\n').write('.gitignore', '/.env\n');
    mkdirSync(join(r.dir, 'apps/web'), { recursive: true });
    symlinkSync('../../.env', join(r.dir, 'apps/web/.env'));
    r.commit('init');
    r.write('.env', `A=${secret('p')}\n`);
    const { outcome } = await runCheck(r.dir, { env: { A: '1' } });
    expect(rules(outcome)).toEqual([]);
    expect(outcome.notes).toContain(
      'apps/web/.env is a symlink to ../../.env: git stores the path, not values (a target inside the repository is judged on its own)',
    );
    // A pull request that adds the link: the same.
    const base = r.commit('base');
    symlinkSync('../../.env', join(r.dir, 'apps/web/.env.production'));
    const head = r.commit('link production');
    const pr = await runCheck(r.dir, { event: { name: 'pull_request', base, head } });
    expect(find(pr.outcome, 'env-file-committed')).toEqual([]);
  });
});

describe('env check: pull requests (diff scope)', () => {
  function prRepo() {
    const r = repo()
      .write('.env.example', 'DATABASE_URL=postgres://localhost/app\n')
      .write(
        'src/db.ts',
        'export const url = process.env.DATABASE_URL;\nexport const old = process.env.LEGACY_FLAG;\n',
      );
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    return { r, base };
  }

  it('reports undeclared reads only on added lines, contract additions as reminders, exposed secrets', async () => {
    const { r, base } = prRepo();
    r.write(
      '.env.example',
      'DATABASE_URL=postgres://localhost/app\n# optional\nSTRIPE_WEBHOOK_SECRET=\nNEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=\n',
    )
      .write(
        'src/db.ts',
        'export const url = process.env.DATABASE_URL;\nexport const old = process.env.LEGACY_FLAG;\nexport const pool = Number(process.env.POOL_SIZE ?? 10);\n',
      )
      .write('src/pay.py', "import os\nkey = os.environ['STRIPE_API_KEY']\nwh = os.getenv('STRIPE_WEBHOOK_SECRET')\n")
      .write(
        'src/client.tsx',
        'export const admin = process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY;\nconst m = process.env.NODE_ENV;\n',
      )
      .write('src/db.test.ts', 'process.env.TEST_ONLY;\n');
    const head = r.commit('feature');
    const event: EventInfo = { name: 'pull_request', base, head };
    const { outcome } = await runCheck(r.dir, { event });
    expect(rules(outcome)).toEqual([
      'env-contract-added:.env.example:3',
      'env-contract-added:.env.example:4',
      'env-public-secret:.env.example:4',
      'env-public-secret:src/client.tsx:1',
      'env-undeclared-read:src/db.ts:3',
      'env-undeclared-read:src/pay.py:2',
    ]);
    const sev = Object.fromEntries(find(outcome, 'env-undeclared-read').map((f) => [f.file, f.severity]));
    expect(sev).toEqual({ 'src/db.ts': 'low', 'src/pay.py': 'high' });
    expect(find(outcome, 'env-contract-added')[0].message).toContain('optional variable STRIPE_WEBHOOK_SECRET');
    // A pull_request run without contract variables in the environment is not a deploy: no validation.
    expect(outcome.metrics?.validated).toBe(false);
    expect(outcome.markdown).toContain('➖ not checked');
  });

  it('validates in the action when the step environment carries contract variables (a deploy job)', async () => {
    const { r, base } = prRepo();
    r.write('README.md', 'docs\n');
    const head = r.commit('docs');
    const event: EventInfo = { name: 'pull_request', base, head };
    const { outcome } = await runCheck(r.dir, { event, env: { DATABASE_URL: '', CI: 'true' } });
    expect(rules(outcome)).toEqual(['env-empty:.env.example:1']);
    const ci = await runCheck(r.dir, { event: { name: 'push', base, head }, env: { CI: 'true', HOME: '/x' } });
    expect(ci.outcome.metrics?.validated).toBe(false);
  });

  it('catches an env file committed then deleted within the pull request', async () => {
    const { r, base } = prRepo();
    r.write('.env.production', `DATABASE_URL=${secret('pw')}\n`);
    const leak = r.commit('oops');
    r.remove('.env.production');
    const head = r.commit('remove');
    const { outcome } = await runCheck(r.dir, { event: { name: 'pull_request', base, head } });
    const f = find(outcome, 'env-file-committed');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: '.env.production', commit: leak, severity: 'blocker' });
  });
});

describe('env check: not a git repository', () => {
  it('scans code and validates, without claiming local env files are committed', async () => {
    const dir = tmpDir('lg-env-nogit-');
    const r = new Repo(dir);
    r.write('.env.example', 'A=1\n').write('.env', 'A=1\n').write('main.py', "import os\nos.getenv('B')\n");
    const { outcome } = await runCheck(dir, { env: { A: '2' } });
    expect(rules(outcome)).toEqual(['env-undeclared-read:main.py:2']);
    r.cleanup();
  });
});

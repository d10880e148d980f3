// Reports as the runner builds them, for the golden files of the summary and the PR comment.
import type { RunReport } from '../../src/runner.js';
import type { CheckResult, Finding, Severity } from '../../src/types.js';

function totals(checks: CheckResult[]): RunReport['totals'] {
  const open = checks.flatMap((c) => c.findings.filter((f) => !f.suppressed));
  const count = (s: Severity) => open.filter((f) => f.severity === s).length;
  return {
    findings: open.length,
    suppressed: checks.flatMap((c) => c.findings).length - open.length,
    blocker: count('blocker'),
    high: count('high'),
    medium: count('medium'),
    low: count('low'),
  };
}

function report(checks: CheckResult[], failOn: Severity = 'high'): RunReport {
  const failing = checks.some(
    (c) => c.status === 'error' || c.findings.some((f) => !f.suppressed && ['blocker', 'high'].includes(f.severity)),
  );
  return {
    version: 1,
    verdict: failing ? 'fail' : 'pass',
    failOn,
    durationMs: 4321,
    event: 'pull_request',
    totals: totals(checks),
    checks,
  };
}

const check = (
  id: CheckResult['id'],
  findings: Finding[],
  summary: string,
  extra: Partial<CheckResult> = {},
): CheckResult => ({
  id,
  status: findings.some((f) => !f.suppressed && ['blocker', 'high'].includes(f.severity)) ? 'fail' : 'pass',
  durationMs: 420,
  summary,
  findings,
  metrics: {},
  ...extra,
});

const skipped = (id: CheckResult['id'], why: string): CheckResult => ({
  id,
  status: 'skipped',
  durationMs: 0,
  summary: why,
  findings: [],
  metrics: {},
});

const token = (file: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  rule: 'github-token',
  severity: 'blocker',
  file,
  line,
  message: 'GitHub token `ghp_****` committed',
  why: 'anyone who can read the repository can act as the token owner',
  fix: 'revoke the token in GitHub settings, then read it from the environment',
  docs: 'docs/secrets/README.md#github-token',
  evidence: 'shape',
  confidence: 'certain',
  ...extra,
});

const undeclared = (name: string, file: string, line: number): Finding => ({
  rule: 'env-undeclared-read',
  severity: 'high',
  file,
  line,
  message: `code reads \`${name}\`, which \`apps/web/.env.example\` does not declare`,
  why: 'a deploy without it starts and fails at the first request that needs it',
  fix: `add \`${name}=\` to \`apps/web/.env.example\``,
  docs: 'docs/env/README.md#env-undeclared-read',
});

const lockTimeout = (file: string, line: number): Finding => ({
  rule: 'missing-lock-timeout',
  severity: 'medium',
  file,
  line,
  message: '`ALTER TABLE orders` runs without a `lock_timeout`',
  fix: "start the migration with `SET lock_timeout = '5s';`",
  docs: 'docs/migrations/missing-lock-timeout.md',
});

const notRun = [
  skipped('perf', 'no perf.start configured'),
  skipped('smoke', 'runs after a deploy'),
  skipped('ai', 'no ai.url configured'),
];

/** A PR with 5 findings in three checks, one suppressed by an ignore comment the PR adds. */
export const pr5 = (): RunReport =>
  report([
    check(
      'secrets',
      [
        token('src/lib/github.ts', 12, { commit: '4f2a9c1d0e' }),
        token('scripts/deploy.sh', 3),
        {
          ...token('test/fixtures/auth.ts', 8),
          suppressed: { by: 'inline', reason: 'revoked test token', addedInPr: true },
        },
      ],
      'scanned 6 changed files in 3 commits',
    ),
    check(
      'env',
      [
        undeclared('STRIPE_SECRET_KEY', 'apps/web/src/billing.ts', 4),
        undeclared('RESEND_API_KEY', 'apps/web/src/mail.ts', 9),
      ],
      '2 apps, judged by `apps/web/.env.example` and `apps/api/.env.example`',
    ),
    check(
      'migrations',
      [lockTimeout('prisma/migrations/20261201_orders/migration.sql', 1)],
      '1 migration file (PostgreSQL)',
    ),
    ...notRun,
  ]);

/** A whole-tree scan with 60 findings over four rules. */
export const pr60 = (): RunReport =>
  report([
    check(
      'secrets',
      [
        ...Array.from({ length: 30 }, (_, i) => token(`packages/sdk/src/client${i % 7}.ts`, 10 + i)),
        ...Array.from({ length: 12 }, (_, i) => ({
          ...token(`infra/terraform/env${i % 3}.tf`, 5 + i),
          rule: 'aws-access-key-id',
          message: 'AWS access key id `AKIA****` committed',
          why: 'with its secret it gives API access to the AWS account',
          fix: 'deactivate the key in IAM and switch to a role',
          docs: 'docs/secrets/README.md#aws-access-key-id',
        })),
      ],
      'scanned 1,204 files',
    ),
    check(
      'env',
      Array.from({ length: 18 }, (_, i) => undeclared(`FEATURE_FLAG_${i}`, `apps/web/src/flags${i % 4}.ts`, 3 + i)),
      '1 app, judged by `apps/web/.env.example`',
    ),
    ...notRun,
  ]);

/** A check that could not run: a multi-line error with command output. */
export const errored = (): RunReport =>
  report([
    check('secrets', [], 'scanned 4 changed files'),
    check('perf', [], 'could not start the service', {
      status: 'error',
      error:
        "the service did not answer on http://127.0.0.1:3000/health within 60 s\n> shop@1.0.0 start\n> node server.js\n\nError: Cannot find module './db'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n```",
    }),
    skipped('smoke', 'runs after a deploy'),
  ]);

/** Nothing to fix. */
export const clean = (): RunReport =>
  report([
    check('secrets', [], 'scanned 3 changed files'),
    check('env', [], '1 app, judged by `.env.example`'),
    ...notRun,
  ]);

/** A post-deploy smoke run: findings about URLs, not files. */
export const smoke = (): RunReport => {
  const r = report([
    check(
      'smoke',
      [
        {
          rule: 'smoke-header-hsts',
          severity: 'high',
          url: 'https://app.example.com/',
          message: 'no `Strict-Transport-Security` header',
          fix: 'send `Strict-Transport-Security: max-age=31536000; includeSubDomains`',
        },
        {
          rule: 'smoke-route-status',
          severity: 'blocker',
          url: 'https://app.example.com/login',
          route: 'GET /login',
          message: 'answered 500 (expected 200)',
          fix: 'look at the deploy logs for the failing request',
        },
      ],
      '6 routes on https://app.example.com',
    ),
  ]);
  return { ...r, event: 'deployment_status' };
};

export const FIXTURES = { pr5, pr60, errored, clean, smoke };

// SARIF that GitHub's code-scanning upload accepts: every result has a physical location (file-less
// findings point at the config line that declares their route or URL), rule text is static, and only
// security rules carry a security-severity.
import { describe, expect, it } from '@jest/globals';
// Microsoft's matchers, with the OASIS SARIF 2.1.0 schema they ship (validated offline with ajv).
import '@microsoft/jest-sarif';
import { declaringLine, defaultCategory, toSarif, workflowFromEnv } from '../../src/report/sarif.js';
import type { RunReport } from '../../src/runner.js';
import type { CheckResult, Finding } from '../../src/types.js';

const result = (id: CheckResult['id'], findings: Finding[]): CheckResult => ({
  id,
  status: findings.length ? 'fail' : 'pass',
  durationMs: 1,
  summary: '',
  findings,
  metrics: {},
});

const report = (checks: CheckResult[]): RunReport => ({
  version: 1,
  verdict: 'fail',
  failOn: 'high',
  durationMs: 1,
  event: 'pull_request',
  totals: { findings: 0, suppressed: 0, blocker: 0, high: 0, medium: 0, low: 0 },
  checks,
});

const CONFIG = [
  'checks: auto',
  'smoke:',
  '  urls: [https://app.example.com]',
  '  routes:',
  '    - path: /api/items/1',
  '    - path: /api/items',
  'perf:',
  '  routes: [GET /api/search]',
].join('\n');

const run = (r: RunReport, opts = {}) => (toSarif(r, '1.0.0', opts) as any).runs[0];

describe('SARIF', () => {
  const findings = report([
    result('secrets', [
      {
        rule: 'aws-access-key-id',
        severity: 'blocker',
        file: 'src/config.ts',
        line: 3,
        message: 'AWS access key id AKIA**** committed (added in commit abc1234)',
        fix: 'rotate',
        fingerprint: 'f1',
      },
    ]),
    result('smoke', [
      {
        rule: 'smoke-route-status',
        severity: 'high',
        url: 'https://app.example.com/api/items',
        message: 'GET /api/items answered 500',
        fix: 'fix it',
      },
      {
        rule: 'smoke-tls-expiry',
        severity: 'high',
        url: 'https://app.example.com/',
        message: 'certificate expires in 3 days',
        fix: 'renew',
      },
    ]),
    result('perf', [
      {
        rule: 'perf-regression',
        severity: 'high',
        route: 'GET /api/search',
        message: 'p95 2.1x base',
        why: 'slower for every user',
        fix: 'profile',
      },
    ]),
    result('migrations', [
      {
        rule: 'missing-lock-timeout',
        severity: 'medium',
        file: 'db/1.sql',
        line: 1,
        message: 'no lock_timeout',
        fix: 'SET lock_timeout',
      },
    ]),
  ]);

  it('gives every result a physical location, file-less ones on the config line that declares them', () => {
    const r = run(findings, { prefix: 'apps/web', config: { path: '.github/launch-gate.yml', text: CONFIG } });
    const where = r.results.map((x: any) => [
      x.ruleId,
      x.locations[0].physicalLocation.artifactLocation.uri,
      x.locations[0].physicalLocation.region.startLine,
    ]);
    expect(where).toEqual([
      ['secrets/aws-access-key-id', 'apps/web/src/config.ts', 3],
      ['smoke/smoke-route-status', 'apps/web/.github/launch-gate.yml', 6],
      ['smoke/smoke-tls-expiry', 'apps/web/.github/launch-gate.yml', 3],
      ['perf/perf-regression', 'apps/web/.github/launch-gate.yml', 8],
      ['migrations/missing-lock-timeout', 'apps/web/db/1.sql', 1],
    ]);
    for (const x of r.results) expect(x.partialFingerprints['launchGate/v1']).not.toBe('');
  });

  it('points at the workflow when there is no config file, and at line 1 of the section otherwise', () => {
    const r = run(findings, { config: { path: '.github/launch-gate.yml' }, workflow: '.github/workflows/gate.yml' });
    expect(r.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/gate.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(
      declaringLine('checks: auto\nsmoke:\n  urls: []\n', 'smoke', {
        rule: 'x',
        severity: 'low',
        message: '',
        fix: '',
        url: 'https://other.example/',
      }),
    ).toBe(2);
    expect(workflowFromEnv({ GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/gate.yml@refs/pull/7/merge' })).toBe(
      '.github/workflows/gate.yml',
    );
  });

  it('takes rule text from the catalog, never from a finding, and marks only security rules', () => {
    const r = run(findings, { category: defaultCategory('pull_request', 'apps/web') });
    const rule = (id: string) => r.tool.driver.rules.find((x: any) => x.id === id);
    expect(rule('secrets/aws-access-key-id').shortDescription.text).toBe('AWS access key id');
    expect(JSON.stringify(r.tool.driver.rules)).not.toMatch(/AKIA|abc1234/);
    expect(rule('secrets/aws-access-key-id').properties['security-severity']).toBe('9.5');
    expect(rule('smoke/smoke-tls-expiry').properties['security-severity']).toBeDefined();
    expect(rule('perf/perf-regression').properties['security-severity']).toBeUndefined();
    expect(rule('migrations/missing-lock-timeout').properties['security-severity']).toBeUndefined();
    expect(rule('migrations/missing-lock-timeout').shortDescription.text).not.toBe('no lock_timeout');
    expect(r.automationDetails).toEqual({ id: 'launch-gate/pull_request/apps/web' });
    for (const x of r.tool.driver.rules) expect(x.helpUri ?? 'https://x').toMatch(/^https:\/\//);
  });

  it('validates against the SARIF 2.1.0 JSON schema, and a broken log does not', () => {
    const log = toSarif(findings, '1.0.0', { config: { path: '.github/launch-gate.yml', text: CONFIG } });
    (expect(log) as any).toBeValidSarifLog();
    const broken = structuredClone(log) as any;
    broken.runs[0].results[0].level = 'fatal';
    (expect(broken) as any).not.toBeValidSarifLog();
  });
});

import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from '../../src/report/annotations.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/summary.js';
import { renderConsole } from '../../src/report/console.js';
import type { RunReport } from '../../src/runner.js';
import type { Finding } from '../../src/types.js';

function report(findings: Finding[]): RunReport {
  return {
    version: 1,
    verdict: 'fail',
    failOn: 'high',
    durationMs: 1234,
    event: 'pull_request',
    totals: { findings: findings.length, suppressed: 0, blocker: findings.length, high: 0, medium: 0, low: 0 },
    checks: [{ id: 'secrets', status: 'fail', durationMs: 100, summary: 'scanned 3 files', findings, metrics: {} }],
  };
}

const f = (i: number, extra: Partial<Finding> = {}): Finding => ({
  rule: 'github-token',
  severity: 'blocker',
  file: `src/file${i % 50}.ts`,
  line: i + 1,
  message: `GitHub token ghp_**** committed <script>alert(1)</script> | pipe`,
  why: 'anyone with read access can push code',
  fix: 'revoke the token, read it from the environment',
  fingerprint: `fp${i}`,
  ...extra,
});

describe('job summary', () => {
  it('puts the verdict first, escapes user text and says why and fix once per rule', () => {
    const md = renderSummary(report([f(0), f(50)]));
    expect(md.split('\n')[0]).toBe('## ❌ Launch Gate: fail');
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('&#124; pipe');
    expect(md.match(/anyone with read access can push code/g)).toHaveLength(1);
    expect(md.match(/<code>src\/file0\.ts:\d+<\/code>/g)).toHaveLength(2);
  });

  it('folds long lists and stays under 1 MiB', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => f(i, { message: 'x'.repeat(200) }));
    const md = renderSummary(report(many), { reportPath: '/tmp/r.json' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(md).toContain('<details>');
    expect(md).toMatch(/more findings not shown here/);
  });

  it('groups secrets by confidence: what must be revoked comes first, under its own heading', () => {
    const md = renderSummary(
      report([
        f(1, { rule: 'secret-assignment', severity: 'high', confidence: 'possible' }),
        f(2, { confidence: 'likely', severity: 'medium', file: 'test/fixtures/a.ts' }),
        f(3, { confidence: 'certain' }),
        f(4, { rule: 'aws-access-key', confidence: 'certain' }),
      ]),
    );
    const heads = [...md.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
    expect(heads).toEqual(['Certain: revoke these first', 'Likely real', 'Possible: review']);
    const order = [...md.matchAll(/<code>([^<]+:\d+)<\/code>/g)].map((m) => m[1]);
    expect(order).toEqual(['src/file4.ts:5', 'src/file3.ts:4', 'test/fixtures/a.ts:3', 'src/file1.ts:2']);
    // One tier: no headings.
    expect(renderSummary(report([f(1, { confidence: 'certain' }), f(2, { confidence: 'certain' })]))).not.toMatch(
      /^#### /m,
    );
  });

  it('says when annotations were capped', () => {
    const r = report(Array.from({ length: 25 }, (_, i) => f(i)));
    const plan = planAnnotations(r);
    expect(plan.annotations).toHaveLength(10);
    expect(plan.total).toBe(25);
    expect(renderSummary(r, { annotations: { shown: 10, total: 25 } })).toMatch(/10 of 25 findings are annotated/);
  });
});

describe('annotations, SARIF and console', () => {
  it('annotates repository paths under a working directory', () => {
    const plan = planAnnotations(report([f(1)]), 'apps/web');
    expect(plan.annotations[0]).toMatchObject({ level: 'error', file: 'apps/web/src/file1.ts', startLine: 2 });
  });

  it('writes SARIF results with rules, levels and fingerprints', () => {
    const s: any = toSarif(report([f(1), f(2, { severity: 'low', rule: 'other' })]), '1.0.0');
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(['secrets/github-token', 'secrets/other']);
    expect(s.runs[0].results[1]).toMatchObject({ level: 'note', partialFingerprints: { 'launchGate/v1': 'fp2' } });
    expect(s.runs[0].results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'src/file1.ts' },
      region: { startLine: 2 },
    });
  });

  it('prints a readable console report', () => {
    const text = renderConsole(report([f(1)]));
    expect(text).toMatch(/^Launch Gate: FAIL/);
    expect(text).toContain('src/file1.ts:2');
    expect(text).toContain('fix: revoke the token');
  });
});

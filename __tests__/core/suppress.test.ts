import { describe, expect, it } from '@jest/globals';
import { buildBaseline, ignoreFor, parseIgnore } from '../../src/suppress.js';
import { redact, registerSecret, scrub } from '../../src/redact.js';
import type { CheckResult } from '../../src/types.js';

describe('inline ignore comments', () => {
  it('parses rule lists and reasons in any comment syntax', () => {
    expect(parseIgnore('// launch-gate-ignore: github-token rotated in May')).toEqual({
      rules: ['github-token'],
      reason: 'rotated in May',
    });
    expect(parseIgnore('-- launch-gate-ignore: require-concurrent-index,ban-drop-column')).toEqual({
      rules: ['require-concurrent-index', 'ban-drop-column'],
      reason: undefined,
    });
    expect(parseIgnore('/* launch-gate-ignore: x why not */')).toEqual({ rules: ['x'], reason: 'why not' });
    expect(parseIgnore('nothing here')).toBeUndefined();
  });

  it('applies on the line or the line above, for the named rule only', () => {
    const lines = ['a', '# launch-gate-ignore: r1 fixture', 'b', 'c # launch-gate-ignore: r2'];
    expect(ignoreFor(lines, 3, 'r1')?.reason).toBe('fixture');
    expect(ignoreFor(lines, 3, 'r2')).toBeUndefined();
    expect(ignoreFor(lines, 4, 'r2')).toBeTruthy();
    expect(ignoreFor(lines, 1, 'r1')).toBeUndefined();
  });
});

describe('baseline', () => {
  it('keeps fingerprints and earlier reasons, never messages or values', () => {
    const results: CheckResult[] = [
      {
        id: 'secrets',
        status: 'fail',
        durationMs: 1,
        summary: '',
        metrics: {},
        findings: [
          { rule: 'r', severity: 'high', file: 'a.ts', line: 3, message: 'm', fix: 'f', fingerprint: 'abc' },
          {
            rule: 'r',
            severity: 'high',
            file: 'b.ts',
            line: 3,
            message: 'm',
            fix: 'f',
            fingerprint: 'def',
            suppressed: { by: 'inline' },
          },
        ],
      },
    ];
    const b = buildBaseline(results, {
      version: 1,
      findings: [{ check: 'secrets', rule: 'r', file: 'a.ts', fingerprint: 'abc', reason: 'accepted' }],
    });
    expect(b.findings).toEqual([{ check: 'secrets', rule: 'r', file: 'a.ts', fingerprint: 'abc', reason: 'accepted' }]);
  });
});

describe('redaction', () => {
  it('keeps at most 4 leading characters', () => {
    expect(redact('abcdefghijklmnop')).toBe('abcd****');
    expect(redact('abcdefghi')).toBe('ab****');
    expect(redact('short')).toBe('****');
  });

  it('scrubs registered secrets from any text', () => {
    registerSecret('s3cr3t-value-xyz');
    expect(scrub('token=s3cr3t-value-xyz;')).toBe('token=s3cr****;');
  });
});

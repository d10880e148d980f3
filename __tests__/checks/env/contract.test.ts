import { describe, expect, it } from '@jest/globals';
import { parseContract } from '../../../src/checks/env/contract.js';
import { fitsType, inferType } from '../../../src/checks/env/value-types.js';

const parse = (text: string) => parseContract(text, '.env.example');
const byName = (text: string) => Object.fromEntries(parse(text).vars.map((v) => [v.name, v]));

describe('contract parsing', () => {
  it('keeps line numbers across comments, blank lines, export and multi-line quoted values', () => {
    const vars = byName(
      [
        '# App',
        'APP_NAME=demo',
        '',
        'PRIVATE_KEY="-----line1',
        'line2',
        'line3"',
        'export REGION=eu',
        'KEY_COLON: v',
      ].join('\n'),
    );
    expect(vars.APP_NAME.line).toBe(2);
    expect(vars.PRIVATE_KEY.line).toBe(4);
    expect(vars.PRIVATE_KEY.example).toBe('-----line1\nline2\nline3');
    expect(vars.REGION.line).toBe(7);
    expect(vars.KEY_COLON.line).toBe(8);
  });

  it('reads markers on the line and in the comment block directly above, not across a blank line', () => {
    const vars = byName(
      [
        '# optional',
        'SENTRY_DSN=',
        '# optional',
        '',
        'AFTER_BLANK=1',
        'INLINE=x # optional',
        '# The log level; one of: debug|info|warn',
        'LOG_LEVEL=info',
        '# type: url',
        'CALLBACK=',
        'QUOTED="a # not a comment" # type: email',
        '# Sentry DSN (optional)',
        'SENTRY_ENV=prod',
      ].join('\n'),
    );
    expect(vars.SENTRY_DSN.required).toBe(false);
    expect(vars.AFTER_BLANK.required).toBe(true);
    expect(vars.INLINE.required).toBe(false);
    expect(vars.INLINE.example).toBe('x');
    expect(vars.LOG_LEVEL).toMatchObject({ type: 'enum', values: ['debug', 'info', 'warn'], typeFrom: 'marker' });
    expect(vars.CALLBACK).toMatchObject({ type: 'url', typeFrom: 'marker', required: true });
    expect(vars.QUOTED).toMatchObject({ type: 'email', example: 'a # not a comment' });
    expect(vars.SENTRY_ENV.required).toBe(false);
  });

  it('infers types from example values with dotenv-parse-variables plus URLs and ports', () => {
    const vars = byName(
      [
        'DATABASE_URL=postgres://user:pw@localhost:5432/app?opts=a,b',
        'PORT=3000',
        'WORKERS=4',
        'FEATURE_X=false',
        'ORIGINS=a.com,b.com',
        'RAW=123*',
        'NAME=demo',
        'EMPTY=',
      ].join('\n'),
    );
    expect(vars.DATABASE_URL.type).toBe('url');
    expect(vars.PORT.type).toBe('port');
    expect(vars.WORKERS.type).toBe('number');
    expect(vars.FEATURE_X.type).toBe('boolean');
    expect(vars.ORIGINS.type).toBe('list');
    expect(vars.RAW.type).toBe('string');
    expect(vars.NAME.type).toBe('string');
    expect(vars.EMPTY.type).toBe('string');
  });

  it('reports duplicates (last wins), malformed lines, unportable names and unknown markers', () => {
    const c = parse(
      ['A=1', 'just some words', 'A=2', 'my-key=x', '# type: colour', 'B=1', 'C="never closed', 'D=1'].join('\n'),
    );
    const kinds = c.problems.map((p) => `${p.kind}@${p.line}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['malformed@2', 'duplicate@3', 'malformed@4', 'marker@6', 'malformed@7']),
    );
    expect(c.vars.find((v) => v.name === 'A')?.line).toBe(3);
    // The unterminated quote does not swallow the next declaration.
    expect(c.vars.find((v) => v.name === 'D')?.line).toBe(8);
  });
});

describe('value types', () => {
  it('validates each type', () => {
    expect(fitsType('url', 'https://example.com/x')).toBe(true);
    expect(fitsType('url', 'example.com')).toBe(false);
    expect(fitsType('port', '8080')).toBe(true);
    expect(fitsType('port', 'eighty')).toBe(false);
    expect(fitsType('port', '70000')).toBe(false);
    expect(fitsType('number', '1.5')).toBe(true);
    expect(fitsType('number', 'ten')).toBe(false);
    expect(fitsType('boolean', 'TRUE')).toBe(true);
    expect(fitsType('boolean', 'yes please')).toBe(false);
    expect(fitsType('list', 'a,,b')).toBe(false);
    expect(fitsType('email', 'ops@example.com')).toBe(true);
    expect(fitsType('email', 'ops')).toBe(false);
    expect(fitsType('enum', 'b', ['a', 'b'])).toBe(true);
    expect(fitsType('enum', 'c', ['a', 'b'])).toBe(false);
  });

  it('does not call an integer a port unless the name says so', () => {
    expect(inferType('MAX_RETRIES', '3')).toBe('number');
    expect(inferType('SMTP_PORT', '587')).toBe('port');
  });
});

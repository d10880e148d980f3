import { describe, expect, it } from '@jest/globals';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig, ConfigError, loadConfig } from '../../src/config.js';
import { tmpDir } from '../helpers/repo.js';

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};
const rejectionOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config', () => {
  it('gives the contract defaults with no file', async () => {
    const c = await loadConfig(tmpDir(), undefined);
    expect(c).toMatchObject({
      checks: 'auto',
      'fail-on': 'high',
      env: { contract: '.env.example' },
      migrations: { dialect: 'auto', 'postgres-version': 15 },
    });
    expect(c.perf).toMatchObject({ duration: 30_000, connections: 10, regression: 0.1 });
    expect(c.smoke['tls-min-days']).toBe(14);
  });

  it('parses the contract example file with units', () => {
    const c = buildConfig({
      perf: {
        duration: '30s',
        regression: '10%',
        routes: [{ name: 'list', method: 'get', path: '/api/items', p95: '500ms' }],
      },
      smoke: { urls: ['https://example.com'], email: { domain: 'example.com', 'dkim-selectors': ['google'] } },
    });
    expect(c.perf.routes[0]).toMatchObject({ method: 'GET', p95: 500 });
    expect(c.perf.regression).toBeCloseTo(0.1);
  });

  it('names the key and the allowed values on every error', () => {
    expect(errorOf(() => buildConfig({ 'fail-on': 'critical' }))).toMatch(
      /fail-on: got "critical"; allowed values: blocker, high, medium, low/,
    );
    expect(errorOf(() => buildConfig({ migrations: { dialect: 'oracle' } }))).toMatch(
      /migrations\.dialect: .*postgresql, mysql/,
    );
    expect(errorOf(() => buildConfig({ perf: { routes: [{ path: '/x', p95: 'fast' }] } }))).toMatch(
      /perf\.routes\[0\]\.p95: expected a duration/,
    );
    expect(errorOf(() => buildConfig({ smokee: {} }))).toMatch(/unknown key smokee/);
    expect(errorOf(() => buildConfig({ checks: ['secrets', 'lint'] }))).toMatch(
      /checks: got "lint"; allowed values: auto, secrets/,
    );
  });

  it('lets inputs override the file', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/launch-gate.yml'), 'fail-on: low\nsmoke:\n  urls: [https://a.example]\n');
    const c = await loadConfig(dir, undefined, {
      failOn: 'blocker',
      url: 'https://b.example, https://c.example',
      checks: 'secrets,env',
    });
    expect(c['fail-on']).toBe('blocker');
    expect(c.smoke.urls).toEqual(['https://b.example', 'https://c.example']);
    expect(c.checks).toEqual(['secrets', 'env']);
  });

  it('errors on a missing explicit file and on invalid YAML', async () => {
    const dir = tmpDir();
    expect(await rejectionOf(() => loadConfig(dir, 'nope.yml'))).toMatch(/nope\.yml does not exist/);
    writeFileSync(join(dir, 'bad.yml'), 'a: [1,\n');
    expect(await rejectionOf(() => loadConfig(dir, 'bad.yml'))).toMatch(/not valid YAML/);
  });

  it('names every bad value in plain English (bounds, formats, unions), whatever zod build reads it', () => {
    const msg = errorOf(() =>
      buildConfig({
        migrations: { 'postgres-version': 8 },
        perf: { routes: [{ path: 'nope', status: 200.5 }], startup: 'x' },
        smoke: { redirects: [{ from: '/a', to: '' }], resolver: [] },
        ai: { 'max-requests': 1001 },
      }),
    );
    expect(msg.split('\n').slice(1)).toEqual([
      'migrations.postgres-version: Too small: expected number to be >=9',
      'perf.startup: got "x"; Invalid input: expected boolean, received string; or Invalid input: expected object, received string',
      'perf.routes[0].path: Invalid string: must start with "/"',
      'perf.routes[0].status: expected int, got 200.5',
      'smoke.resolver: Too small: expected array to have >=1 items',
      'smoke.redirects[0].to: Too small: expected string to have >=1 characters',
      'ai.max-requests: Too big: expected number to be <=1000',
    ]);
  });
});

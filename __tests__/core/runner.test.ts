import { describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../src/config.js';
import { silentLogger } from '../../src/context.js';
import { run } from '../../src/runner.js';
import { CHECK_IDS, type Check, type CheckId, type CheckOutcome } from '../../src/types.js';
import { Repo } from '../helpers/repo.js';

function fake(id: CheckId, impl: Partial<Check> & { run: Check['run'] }): Check {
  return { id, applies: async () => true, ...impl };
}

const quiet: CheckOutcome = { summary: 'ok', findings: [] };

function checks(over: Partial<Record<CheckId, Check>>): Record<CheckId, Check> {
  const base = {} as Record<CheckId, Check>;
  for (const id of CHECK_IDS) base[id] = over[id] ?? fake(id, { applies: async () => false, run: async () => quiet });
  return base;
}

describe('runner', () => {
  const dir = Repo.init().dir;
  const opts = (config = buildConfig({})) => ({ cwd: dir, config, event: { name: 'push' }, log: silentLogger });

  it('turns a crash into an error without stopping the other checks', async () => {
    const report = await run({
      ...opts(),
      checks: checks({
        secrets: fake('secrets', { run: async () => Promise.reject(new Error('boom')) }),
        env: fake('env', { run: async () => quiet }),
      }),
    });
    expect(report.checks.find((c) => c.id === 'secrets')).toMatchObject({ status: 'error', error: 'boom' });
    expect(report.checks.find((c) => c.id === 'env')!.status).toBe('pass');
    expect(report.verdict).toBe('fail');
  });

  it('times a check out and aborts its signal', async () => {
    let aborted = false;
    const config = buildConfig({ secrets: { timeout: '200ms' } });
    const report = await run({
      ...opts(config),
      checks: checks({
        secrets: fake('secrets', {
          run: (ctx) =>
            new Promise(() => {
              ctx.signal.addEventListener('abort', () => (aborted = true));
            }),
        }),
      }),
    });
    expect(report.checks[0]).toMatchObject({ status: 'error' });
    expect(report.checks[0].error).toMatch(/timed out after/);
    expect(aborted).toBe(true);
  });

  it('decides by fail-on', async () => {
    const medium: CheckOutcome = {
      summary: 's',
      findings: [{ rule: 'r', severity: 'medium', message: 'm', fix: 'f' }],
    };
    const c = checks({ secrets: fake('secrets', { run: async () => structuredClone(medium) }) });
    expect((await run({ ...opts(), checks: c })).verdict).toBe('pass');
    expect((await run({ ...opts(buildConfig({ 'fail-on': 'medium' })), checks: c })).verdict).toBe('fail');
  });

  it('auto picks smoke only after a deploy, and skips what does not apply', async () => {
    const c = checks({
      secrets: fake('secrets', { run: async () => quiet }),
      smoke: fake('smoke', { run: async () => quiet }),
    });
    const pr = await run({ ...opts(), checks: c });
    expect(pr.checks.filter((x) => x.status !== 'skipped').map((x) => x.id)).toEqual(['secrets']);
    const deploy = await run({
      ...opts(),
      event: { name: 'deployment_status', deploymentUrl: 'https://x.example' },
      checks: c,
    });
    expect(deploy.checks.filter((x) => x.status !== 'skipped').map((x) => x.id)).toEqual(['smoke']);
  });
});

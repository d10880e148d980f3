// Log hygiene under load: a real service that prints its Authorization header and a user's email.
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/perf/index.js';
import { Repo } from '../../helpers/repo.js';
import { serviceSource } from './service-fixture.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function runWith(logHeaders: boolean) {
  const r = Repo.init();
  repos.push(r);
  r.write('server.js', serviceSource({ logHeaders }));
  r.commit('service');
  const token = randomBytes(18).toString('base64url');
  const masked: string[] = [];
  const perf = {
    start: 'node server.js',
    ready: '/health',
    duration: '2s',
    warmup: '200ms',
    routes: [{ path: '/items', headers: { authorization: 'Bearer ${API_TOKEN}' } }],
  };
  const out = await check.run(
    createContext({
      cwd: r.dir,
      config: buildConfig({ perf }),
      event: { name: 'push' },
      env: { ...process.env, API_TOKEN: token },
      onSecret: (v) => masked.push(v),
    }),
  );
  return { out, token, masked };
}

describe('perf: service logs', () => {
  it('reports the Authorization value the gate sent and the email the service printed, with the route', async () => {
    const { out, token, masked } = await runWith(true);
    const secret = out.findings.find((f) => f.rule === 'log-secret');
    expect(secret).toMatchObject({ severity: 'blocker', route: 'GET /items', confidence: 'certain' });
    expect(secret!.message).toMatch(/a credential the gate sent in the head service's stdout: \d+ lines/);
    const pii = out.findings.find((f) => f.rule === 'log-personal-data');
    expect(pii).toMatchObject({ severity: 'high', route: 'GET /items' });
    expect(pii!.message).toContain('email address');
    expect(pii!.message).toContain('a****@example.com');
    expect(JSON.stringify(out)).not.toContain(token);
    expect(JSON.stringify(out)).not.toContain('alice@');
    expect(masked).toContain(token);
  }, 60_000);

  it('passes the same service without the log line', async () => {
    const { out } = await runWith(false);
    expect(out.findings.filter((f) => f.rule.startsWith('log-'))).toEqual([]);
  }, 60_000);
});

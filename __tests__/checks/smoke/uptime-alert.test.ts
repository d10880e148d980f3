// Uptime mode: scheduled smoke runs against a real HTTPS server; the GitHub issues and labels API faked on
// 127.0.0.1 (the only part that cannot run here). Alert after the 3rd consecutive failure, never before.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/smoke/index.js';
import { formatDuration, parseStreak } from '../../../src/checks/smoke/uptime-alert.js';
import type { CheckOutcome } from '../../../src/types.js';
import { makeCerts, send, serveHttp, serveHttps, type Certs, type Served } from './helpers.js';

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
}

/** Just enough of the GitHub REST API: labels and issues of one repository. */
function fakeGithub() {
  const labels = new Map<string, { name: string; description: string }>();
  const issues: FakeIssue[] = [];
  const calls: string[] = [];
  const auth: string[] = [];
  const server = serveHttp((req, res, body) => {
    const u = new URL(req.url ?? '/', 'http://x');
    calls.push(`${req.method} ${u.pathname}`);
    auth.push(String(req.headers.authorization));
    const json = (status: number, v?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(v === undefined ? '' : JSON.stringify(v));
    };
    const data = body ? JSON.parse(body) : {};
    const base = '/repos/acme/shop';
    const label = new RegExp(`^${base}/labels/([^/]+)$`).exec(u.pathname);
    const issue = new RegExp(`^${base}/issues/(\\d+)(/comments)?$`).exec(u.pathname);
    if (label) {
      const name = decodeURIComponent(label[1]);
      const l = labels.get(name);
      if (req.method === 'GET') return l ? json(200, l) : json(404, { message: 'Not Found' });
      if (req.method === 'PATCH' && l) return ((l.description = data.description), json(200, l));
      if (req.method === 'DELETE' && l) return (labels.delete(name), json(204));
      return json(404, { message: 'Not Found' });
    }
    if (u.pathname === `${base}/labels` && req.method === 'POST') {
      if (labels.has(data.name)) return json(422, { message: 'already_exists' });
      labels.set(data.name, { name: data.name, description: data.description ?? '' });
      return json(201, labels.get(data.name));
    }
    if (u.pathname === `${base}/issues` && req.method === 'GET') {
      const want = u.searchParams.get('labels');
      const list = issues.filter(
        (i) => i.state === (u.searchParams.get('state') ?? 'open') && (!want || i.labels.includes(want)),
      );
      return json(200, list);
    }
    if (u.pathname === `${base}/issues` && req.method === 'POST') {
      const i: FakeIssue = {
        number: issues.length + 1,
        title: data.title,
        body: data.body,
        state: 'open',
        labels: data.labels ?? [],
        comments: [],
      };
      issues.push(i);
      return json(201, i);
    }
    if (issue) {
      const i = issues.find((x) => x.number === Number(issue[1]));
      if (!i) return json(404, { message: 'Not Found' });
      if (issue[2] && req.method === 'POST') return (i.comments.push(data.body), json(201, { id: 1 }));
      if (!issue[2] && req.method === 'PATCH') return ((i.state = data.state ?? i.state), json(200, i));
    }
    json(404, { message: 'Not Found' });
  });
  return { server, labels, issues, calls, auth };
}

let certs: Certs;
let gh: ReturnType<typeof fakeGithub>;
let api: Served;
let site: Served;
let hook: Served;
let up = true;
const hooked: string[] = [];
beforeAll(async () => {
  certs = makeCerts();
  gh = fakeGithub();
  api = await gh.server;
  site = await serveHttps(certs.valid, (req, res) =>
    up ? send(res, 200, 'ok') : send(res, 503, 'upstream connect error'),
  );
  hook = await serveHttp((req, res, body) => {
    hooked.push(JSON.parse(body).text);
    send(res, 200, 'ok');
  });
});
afterAll(async () => {
  await Promise.all([api, site, hook].map((s) => s.close()));
});

async function scheduled(eventName = 'schedule'): Promise<CheckOutcome> {
  const config = buildConfig({
    smoke: {
      'ca-file': certs.caFile,
      retry: '1s',
      'https-redirect': false,
      urls: [site.url],
      routes: [{ path: '/' }],
      alert: { after: 3, webhook: '${SLACK_HOOK}' },
    },
  });
  const ctx = createContext({
    cwd: certs.dir,
    config,
    env: { SLACK_HOOK: `${hook.url}/services/T1/B2/x`, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '77' },
    event: { name: eventName, repository: { owner: 'acme', repo: 'shop' } } as never,
    github: { token: 'ghs_test-token', apiUrl: api.url, repository: { owner: 'acme', repo: 'shop' } },
  });
  return check.run(ctx);
}

const alertItems = (o: CheckOutcome) => (o.markdown ?? '').split('\n').filter((l) => l.includes('Uptime alert'));

describe('uptime alerts', () => {
  it('opens one issue after the 3rd consecutive failure, comments while down, closes on recovery', async () => {
    up = false;
    await scheduled();
    await scheduled();
    expect(gh.issues).toEqual([]);
    expect(hooked).toEqual([]);
    const [streak] = [...gh.labels.values()];
    expect(parseStreak(streak.description).strikes).toBe(2);

    const third = await scheduled();
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].title).toMatch(/^🔴 127\.0\.0\.1:\d+ is down: GET \/ answered 503/);
    expect(gh.issues[0].labels).toEqual(['launch-gate-uptime']);
    expect(gh.issues[0].body).toContain('/actions/runs/77');
    expect(alertItems(third).join('\n')).toMatch(/down for 3 consecutive runs: opened issue #1/);
    expect(hooked).toEqual([expect.stringMatching(/is down: GET \/ answered 503 .*\(3 consecutive failing runs\)/)]);

    await scheduled();
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].comments).toEqual([expect.stringMatching(/^Still down after 4 consecutive failing runs/)]);
    expect(hooked).toHaveLength(1); // the webhook is told once per outage and once on recovery

    up = true;
    const back = await scheduled();
    expect(gh.issues[0].state).toBe('closed');
    expect(gh.issues[0].comments[1]).toMatch(/^✅ Recovered after \d+ s of downtime \(since 20\d\d-/);
    expect(gh.labels.size).toBe(0);
    expect(hooked[1]).toMatch(/is back up after \d+ s/);
    expect(alertItems(back).join('\n')).toMatch(/recovered after \d+ s: closed issue #1/);
    expect(gh.auth.every((a) => a === 'token ghs_test-token')).toBe(true);

    // Healthy runs afterwards only read.
    const before = gh.calls.length;
    await scheduled();
    expect(gh.calls.slice(before).every((c) => c.startsWith('GET'))).toBe(true);
    expect(gh.issues).toHaveLength(1);
  });

  it('resets the streak when a run passes between failures, and never alerts on pull requests', async () => {
    up = false;
    await scheduled();
    await scheduled();
    up = true;
    await scheduled();
    up = false;
    await scheduled();
    await scheduled();
    expect(gh.issues.filter((i) => i.state === 'open')).toEqual([]);
    const before = gh.calls.length;
    const pr = await scheduled('pull_request');
    expect(gh.calls.length).toBe(before);
    expect(alertItems(pr).join('\n')).toMatch(/not on pull requests/);
    up = true;
    await scheduled();
    expect(gh.labels.size).toBe(0);
  });

  it('says so when the streak cannot be kept (no token), without failing the check for it', async () => {
    up = true;
    const config = buildConfig({
      smoke: { 'ca-file': certs.caFile, retry: '1s', 'https-redirect': false, urls: [site.url], alert: {} },
    });
    const out = await check.run(
      createContext({ cwd: certs.dir, config, env: {}, event: { name: 'schedule' } as never }),
    );
    expect(out.status).toBeUndefined();
    expect(out.markdown).toMatch(/⚠️ \| Uptime alert \| not kept: needs github-token/);
  });

  it('writes durations people read', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(35 * 60_000)).toBe('35 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(50 * 3600_000)).toBe('2 d 2 h');
  });
});

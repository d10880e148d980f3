// Credentials and personal data in log lines (service output and `secrets.logs` files).
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../../../src/checks/secrets/index.js';
import { findLogLeaks, secretsSent } from '../../../src/checks/leaks/log-lines.js';
import { scanServiceLogs } from '../../../src/checks/leaks/service-logs.js';
import { createContext } from '../../../src/context.js';
import { buildConfig } from '../../../src/config.js';
import { Repo } from '../../helpers/repo.js';

const token = () => ['Zk3', 'pQ9vX2', 'mW7rT5yL8', 'nB4cD'].join('');
const email = (user: string) => [user, 'example.com'].join('@');
const lines = (...texts: string[]) => texts.map((text) => ({ text, stream: 'stdout' as const, route: 'GET /items' }));

describe('log lines', () => {
  it.each([
    ["Node's inspect of req.headers", (t: string) => `{ host: 'x', authorization: 'Bearer ${t}', accept: '*/*' }`],
    ['a JSON log', (t: string) => `{"level":30,"req":{"headers":{"authorization":"Bearer ${t}"}}}`],
    ['a raw header dump', (t: string) => `Authorization: Bearer ${t}`],
    ['an API key header', (t: string) => `'x-api-key': '${t}'`],
    ['a session cookie', (t: string) => `cookie: 'sid=${t}${t}; theme=dark'`],
  ])('finds a credential in %s', async (_what, line) => {
    const hits = await findLogLeaks(lines(line(token())), []);
    expect(hits.map((h) => [h.rule, h.severity])).toEqual([['log-secret', 'high']]);
  });

  it('raises a value the gate itself sent to a blocker, once per line', async () => {
    const t = token();
    const sent = secretsSent({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
    expect(sent).toEqual([`Bearer ${t}`, t]);
    const hits = await findLogLeaks(lines(`auth header: Bearer ${t}`, 'content-type application/json'), sent);
    expect(hits.map((h) => [h.rule, h.kind, h.severity, h.index])).toEqual([
      ['log-secret', 'a credential the gate sent', 'blocker', 0],
    ]);
  });

  it('takes secret-named fields of a JSON body and the password of Basic auth as sent secrets', () => {
    const basic = Buffer.from('api:pw-Hq8tK2vL9x').toString('base64');
    expect(
      secretsSent({ Authorization: `Basic ${basic}` }, '{"user":{"password":"Vn3kQ8zLp2"},"name":"Widget"}'),
    ).toEqual(expect.arrayContaining([`Basic ${basic}`, basic, 'pw-Hq8tK2vL9x', 'Vn3kQ8zLp2']));
    expect(secretsSent({}, '{"name":"Widget Deluxe"}')).toEqual([]);
  });

  it('finds passwords in URLs and credential fields, not masked or empty ones', async () => {
    const hits = await findLogLeaks(
      lines(
        'db: postgres://app:Xq7mV2pL9k@db.internal:5432/app',
        '{"msg":"login","password":"Tr0ub4dor&3x"}',
        "headers: { authorization: '[REDACTED]', cookie: 'theme=dark' } password=****",
        'Authorization: Bearer undefined',
        'redis://:***@cache:6379 client_secret=${CLIENT_SECRET}',
      ),
      [],
    );
    expect(hits.map((h) => [h.kind, h.index])).toEqual([
      ['password in a URL', 0],
      ['password field', 1],
    ]);
  });

  it('finds personal data: emails, international phone numbers, card numbers that pass Luhn with a network prefix', async () => {
    const hits = await findLogLeaks(
      lines(
        `signup ${email('alice')} from +44 20 7946 0958`,
        'charge 4242 4242 4242 4242 ok',
        // Not personal data: a Luhn-failing number, a millisecond timestamp, a long id, a package version, URL user info.
        'order 4111111111111112 at 1733512345678 id 1234567890123456 react-dom@19.0.0 git@github.com:acme/app',
        'ready on http://user:pw@localhost:3000',
      ),
      [],
    );
    expect(hits.filter((h) => h.rule === 'log-personal-data').map((h) => [h.kind, h.index])).toEqual([
      ['email address', 0],
      ['phone number', 0],
      ['card number', 1],
    ]);
  });

  it('finds provider-shaped tokens with our secret rules', async () => {
    const gh = ['gh', 'p_', 'Rk2vQ9xLmT4bNc7HwZ1pYd8sFg3jKa6eUo5i'].join('');
    const hits = await findLogLeaks(lines(`cloning with ${gh}`), []);
    expect(hits).toMatchObject([{ rule: 'log-secret', kind: expect.stringMatching(/GitHub/), severity: 'blocker' }]);
  });

  it('makes one finding per kind, with the route, the count and an excerpt that shows no value', async () => {
    const t = token();
    const masked: string[] = [];
    const out = await scanServiceLogs({
      lines: lines(
        `GET /items { authorization: 'Bearer ${t}' } user=${email('alice')}`,
        `GET /items { authorization: 'Bearer ${t}' } user=${email('bob')}`,
      ),
      sent: [t],
      source: 'head service',
      mask: (v) => masked.push(v),
    });
    expect(out.map((f) => [f.rule, f.severity, f.route])).toEqual([
      ['log-secret', 'blocker', 'GET /items'],
      ['log-personal-data', 'high', 'GET /items'],
    ]);
    expect(out[1].message).toContain('2 lines, 2 distinct values');
    const text = JSON.stringify(out);
    expect(text).not.toContain(t.slice(0, 8));
    expect(text).not.toContain('alice@');
    expect(masked).toEqual(expect.arrayContaining([t, email('alice'), email('bob')]));
  });
});

describe('secrets.logs', () => {
  const repos: Repo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));
  const run = (r: Repo, logs: string[]) =>
    check.run(
      createContext({ cwd: r.dir, config: buildConfig({ scope: 'all', secrets: { logs } }), event: { name: 'local' } }),
    );

  it('scans exported log files (untracked) with file and line, and fails closed when none matches', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('.gitignore', 'logs/\n');
    r.write('README.md', '# app\n');
    r.commit('app');
    r.write(
      'logs/staging/api.log',
      `boot\nGET / 200\nPOST /login {"email":"${email('carol')}","password":"Qz8vLm2pXk"}\n`,
    );
    const out = await run(r, ['logs/**/*.log']);
    expect(out.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['log-secret', 'logs/staging/api.log', 3],
      ['log-personal-data', 'logs/staging/api.log', 3],
    ]);
    expect(out.summary).toContain('1 log file');
    await expect(run(r, ['exports/*.log'])).rejects.toThrow(/secrets\.logs matched no file/);
  });
});

// Static leak hints in source: server secrets read by client code, whole headers/bodies/env logged.
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../../../src/checks/secrets/index.js';
import { hintsOf } from '../../../src/checks/leaks/code-hints.js';
import { createContext } from '../../../src/context.js';
import { buildConfig } from '../../../src/config.js';
import { Repo } from '../../helpers/repo.js';

const rulesOf = (path: string, text: string, client?: string) =>
  hintsOf(path, text, client).map((h) => [h.rule, h.line]);

describe('log hints', () => {
  it.each([
    ['console.log(req.headers)', 'js'],
    ["logger.info('incoming', req.body);", 'js'],
    ['console.log(JSON.stringify(process.env, null, 2));', 'js'],
    ['this.logger.debug(request.headers)', 'js'],
    ['fastify.log.info(request.body)', 'js'],
    ['console.dir(process.env)', 'js'],
    ['print(request.headers)', 'py'],
    ['logger.info(f"payload {request.json}")', 'py'],
    ['logging.debug("env: %s", os.environ)', 'py'],
  ])('`%s` is a hint', (line, ext) => {
    expect(rulesOf(`src/app.${ext}`, `x = 1\n${line}\n`)).toEqual([['log-sensitive-object', 2]]);
  });

  it.each([
    ['console.log(req.headers["user-agent"])', 'js'],
    ['console.log(req.body.id)', 'js'],
    ['logger.info({ method: req.method, url: req.url })', 'js'],
    ['console.log(process.env.NODE_ENV)', 'js'],
    ["print(request.headers.get('x-request-id'))", 'py'],
    ['logging.info("env %s", os.environ.get("APP_ENV"))', 'py'],
    ['res.json(req.body)', 'js'],
  ])('`%s` is not', (line, ext) => {
    expect(rulesOf(`src/app.${ext}`, `${line}\n`)).toEqual([]);
  });
});

describe('server env in client code', () => {
  it('reports secret-named server variables read by client code, not public or harmless ones', () => {
    const text = [
      "'use client';",
      'const a = process.env.STRIPE_SECRET_KEY;',
      'const b = process.env.NEXT_PUBLIC_API_URL;',
      'const c = process.env.NODE_ENV;',
      'const d = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;',
      "const e = process.env['OPENAI_API_KEY'];",
      'const f = process.env.SUPABASE_ANON_KEY;',
    ].join('\n');
    expect(rulesOf('app/pay.tsx', text, "a 'use client' file")).toEqual([
      ['server-env-in-client', 2],
      ['server-env-in-client', 6],
    ]);
    // The same reads in server code are how it should be done.
    expect(rulesOf('app/api/pay/route.ts', text.replace("'use client';", ''), undefined)).toEqual([]);
  });
});

describe('code hints through the secrets check', () => {
  const repos: Repo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));
  const run = (r: Repo, raw: Record<string, unknown> = { scope: 'all' }, event = { name: 'local' as const }) =>
    check.run(createContext({ cwd: r.dir, config: buildConfig(raw), event }));

  it("finds 'use client' files and a Vite SPA's src/, not its server folder, tests or a Next app's src/", async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('package.json', JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*'] }));
    r.write('apps/spa/package.json', JSON.stringify({ dependencies: { vite: '8', react: '19' } }));
    r.write('apps/spa/src/api.ts', 'export const k = import.meta.env.PAYMENTS_API_SECRET;\n');
    r.write('apps/spa/src/server/proxy.ts', 'export const k = process.env.PAYMENTS_API_SECRET;\n');
    r.write('apps/spa/src/api.test.ts', 'console.log(process.env);\n');
    r.write('apps/next/package.json', JSON.stringify({ dependencies: { next: '16', react: '19' } }));
    r.write('apps/next/src/lib/db.ts', 'export const url = process.env.DATABASE_URL;\n');
    r.write('apps/next/src/components/Chat.tsx', '"use client";\nexport const k = process.env.OPENAI_API_KEY;\n');
    r.write('apps/next/src/app/api/route.ts', 'export function POST(req) { console.log(req.headers); }\n');
    r.commit('apps');
    const out = await run(r);
    const found = out.findings.map((f) => [f.rule, f.severity, f.file, f.line]);
    expect(found.sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      ['log-sensitive-object', 'medium', 'apps/next/src/app/api/route.ts', 1],
      ['server-env-in-client', 'high', 'apps/next/src/components/Chat.tsx', 2],
      ['server-env-in-client', 'high', 'apps/spa/src/api.ts', 1],
    ]);
  });

  it("reads a 'use client' directive after comments, and a file of many comments without one ends quickly", async () => {
    const r = Repo.init();
    repos.push(r);
    const docs = Array.from({ length: 40 }, (_, i) => `/** part ${i} */\n// note ${i}\n`).join('');
    r.write('app/Chat.tsx', `${docs}'use client';\nexport const k = process.env.OPENAI_API_KEY;\n`);
    // No directive: a block comment that could stretch to a later '*/' made this backtrack for minutes.
    r.write('app/route.ts', `${docs}export const k = process.env.OPENAI_API_KEY; /* 'use client' */\n`);
    r.commit('comments');
    const out = await run(r);
    expect(out.findings.map((f) => [f.rule, f.file])).toEqual([['server-env-in-client', 'app/Chat.tsx']]);
  });

  it('reports only lines a pull request adds', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('src/a.js', 'console.log(req.headers);\n');
    const base = r.commit('base');
    r.write('src/a.js', 'console.log(req.headers);\nlogger.info(req.body);\n');
    r.commit('head');
    const out = await run(r, { scope: 'diff' }, { name: 'pull_request', base, head: 'HEAD' } as never);
    expect(out.findings.map((f) => [f.rule, f.line])).toEqual([['log-sensitive-object', 2]]);
  });
});

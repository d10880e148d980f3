// Built client output: credentials and server-only values in what browsers download, on hand-made
// layouts of each framework (the real Vite build is in vite-build.test.ts).
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../../../src/checks/secrets/index.js';
import { createContext } from '../../../src/context.js';
import { buildConfig } from '../../../src/config.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** A committed app whose build output is gitignored (as in every real project). */
function app(pkg: Record<string, unknown> = { name: 'web', dependencies: { vite: '8.0.0' } }): Repo {
  const r = Repo.init();
  repos.push(r);
  r.write('package.json', JSON.stringify(pkg));
  r.write('.gitignore', 'dist\nbuild\n.next\nout\n.output\n.svelte-kit\npublic/build\nweb-build\napps/*/dist\n');
  r.write('src/main.ts', 'export const x = 1;\n');
  r.commit('app');
  return r;
}

async function run(r: Repo, env: NodeJS.ProcessEnv = {}, raw: Record<string, unknown> = {}) {
  const masked: string[] = [];
  const ctx = createContext({
    cwd: r.dir,
    config: buildConfig({ scope: 'all', ...raw }),
    event: { name: 'local' },
    env,
    onSecret: (v) => masked.push(v),
  });
  const outcome = await check.run(ctx);
  return { outcome, masked, text: JSON.stringify(outcome) };
}

// Assembled at run time: no literal credential in the repository.
const stripeLive = () => ['sk', 'live', '51Qh7TzXbV2mK9pLr4sWn8cYd3fJg6aHe0uQ'].join('_');
const serverValue = () => ['Zq8', 'vR3nT6yW1', 'pL5kH9', 'sD2'].join('');
const openaiKey = () =>
  ['sk', 'proj', 'Tq4Lm8Zx2Vb6Nc1Rw9Ky3Hs7Jd5Fg0PaT3BlbkFJ', 'Ue7Yi2Oo6Pp4Aa8Ss1Dd5Ff9Gg3Hh0Jj'].join('-');

describe('client bundles', () => {
  const layouts: [string, string, string][] = [
    ['Next.js', '.next/static/chunks/app/page-3f9a.js', 'next'],
    ['Nuxt', '.output/public/_nuxt/entry.4b2c.js', 'nuxt'],
    ['SvelteKit', '.svelte-kit/output/client/_app/immutable/chunks/x.js', '@sveltejs/kit'],
    ['Create React App', 'build/static/js/main.8c1d.js', 'react-scripts'],
    ['Remix', 'public/build/_shared/chunk-A1.js', '@remix-run/dev'],
    ['Vite', 'dist/assets/index-Dh2k.js', 'vite'],
    ['Expo web', 'web-build/static/js/app.js', 'expo'],
  ];
  it.each(layouts)(
    'finds a credential in the %s output without being told where it is',
    async (framework, asset, dep) => {
      const r = app({ name: 'web', dependencies: { [dep]: '1.0.0' } });
      r.write(asset, `(()=>{const c={key:"${stripeLive()}"};fetch("/x",c)})();\n`);
      const { outcome, text } = await run(r);
      const f = outcome.findings.find((x) => x.rule === 'client-bundle-secret');
      expect(f).toMatchObject({ severity: 'blocker', file: asset, line: 1 });
      expect(outcome.summary).toContain(framework);
      expect(text).not.toContain(stripeLive());
      // Reported once, as a bundle leak: the same key is not also a plain committed secret.
      expect(outcome.findings.filter((x) => x.file === asset)).toHaveLength(1);
    },
  );

  it('names the server-only variable whose value a bundler inlined, in plain, JSON-escaped and base64 forms', async () => {
    const r = app();
    // Quotes and a backslash: the JSON-escaped forms differ from the plain one.
    const v = `${serverValue()}"q\\z`;
    r.write('dist/index.html', '<!doctype html><script src="/assets/a.js"></script>');
    r.write('dist/assets/a.js', `const k=${JSON.stringify(v)};\n`);
    r.write('dist/assets/b.js', `const raw=${JSON.stringify(JSON.stringify({ t: v }))};\n`);
    r.write(
      'dist/assets/c.js',
      `\n\nconst blob="eyJ4IjoiMSJ9${Buffer.from(`{"token":"${v}"}`).toString('base64')}";\n`,
    );
    const { outcome, masked, text } = await run(r, {
      PAYMENTS_API_SECRET: v,
      NEXT_PUBLIC_SITE_NAME: 'Acme Widgets Inc',
    });
    const found = outcome.findings.filter((f) => f.rule === 'server-secret-in-bundle');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'blocker', file: 'dist/assets/a.js', line: 1 });
    expect(found[0].message).toContain('PAYMENTS_API_SECRET');
    expect(found[0].message).toContain('also in 2 more assets');
    expect(text).not.toContain(v);
    expect(masked).toContain(v);
  });

  it('finds a base64-encoded server value on its own line and column', async () => {
    const r = app();
    const v = serverValue();
    r.write('dist/assets/c.js', `// build\nwindow.__C="${Buffer.from(`token=${v}`).toString('base64')}";\n`);
    const { outcome } = await run(r, { SESSION_SECRET: v });
    expect(outcome.findings.find((f) => f.rule === 'server-secret-in-bundle')).toMatchObject({ line: 2 });
  });

  it('does not report public-prefixed variables, public-by-design keys or values the bundle does not hold', async () => {
    const r = app();
    const anon = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlLWFub24ta2V5';
    const pk = ['pk', 'live', '51Qh7TzXbV2mK9pLr4sWn8cYd3fJg6aHe0uQ'].join('_');
    r.write('dist/assets/index.js', `createClient("https://x.supabase.co","${anon}");loadStripe("${pk}");\n`);
    const { outcome } = await run(r, {
      VITE_SUPABASE_ANON_KEY: anon,
      SUPABASE_ANON_KEY: anon,
      STRIPE_PUBLISHABLE_KEY: pk,
      STRIPE_SECRET_KEY: stripeLive(),
      NODE_ENV: 'production',
    });
    expect(outcome.findings).toEqual([]);
    expect(outcome.status ?? 'pass').not.toBe('error');
  });

  it('reads the credential out of a source map and names the original file, and flags published maps', async () => {
    const r = app();
    const key = openaiKey();
    r.write('dist/assets/index-a1.js', 'console.log(1);\n//# sourceMappingURL=index-a1.js.map\n');
    r.write(
      'dist/assets/index-a1.js.map',
      JSON.stringify({
        version: 3,
        sources: ['../../src/lib/ai.ts'],
        sourcesContent: [`// client\nexport const client = new OpenAI({ apiKey: "${key}" });\n`],
        names: [],
        mappings: 'AAAA',
      }),
    );
    const { outcome, text } = await run(r);
    const leak = outcome.findings.find((f) => f.rule === 'client-bundle-secret');
    expect(leak).toMatchObject({ severity: 'blocker', file: 'dist/assets/index-a1.js.map' });
    expect(leak!.message).toContain('src/lib/ai.ts:2');
    expect(outcome.findings.find((f) => f.rule === 'client-source-map')).toMatchObject({ severity: 'medium' });
    expect(text).not.toContain(key);
  });

  it('maps a hit in minified code to its original line through the source map', async () => {
    const r = app();
    const v = serverValue();
    // One generated line, two segments: column 0 → src/a.ts line 1, column 10 → src/secret.ts line 3.
    r.write('dist/assets/x.js', `var a=1;  var k="${v}";\n`);
    r.write(
      'dist/assets/x.js.map',
      JSON.stringify({
        version: 3,
        sources: ['../../src/a.ts', '../../src/secret.ts'],
        names: [],
        mappings: 'AAAA,UCEA',
      }),
    );
    const { outcome } = await run(r, { API_TOKEN: v });
    expect(outcome.findings.find((f) => f.rule === 'server-secret-in-bundle')!.message).toContain('src/secret.ts:3');
  });

  it('finds each app of a monorepo, and a static export only when it holds an index.html', async () => {
    const r = app({ name: 'root', private: true, workspaces: ['apps/*'] });
    r.write('apps/web/package.json', JSON.stringify({ name: 'web', dependencies: { vite: '8' } }));
    r.write('apps/api/package.json', JSON.stringify({ name: 'api', dependencies: { express: '5' } }));
    r.write('apps/web/dist/assets/i.js', `x("${stripeLive()}")\n`);
    // A server's compiled output is not client output.
    r.write('apps/api/dist/server.js', `const k = process.env.K;\n`);
    r.commit('apps');
    const { outcome } = await run(r);
    expect(outcome.findings.map((f) => f.file)).toEqual(['apps/web/dist/assets/i.js']);
    expect(outcome.summary).toContain('apps/web/dist');
    expect(outcome.summary).not.toContain('apps/api');
  });

  it('treats Next.js prerendered pages as public but not its server chunks', async () => {
    const r = app({ name: 'web', dependencies: { next: '16' } });
    const v = serverValue();
    r.write('.next/static/chunks/main.js', 'self.x=1;\n');
    r.write(
      '.next/server/app/index.html',
      `<html><script>self.__next_f.push([1,"{\\"k\\":\\"${v}\\"}"])</script></html>`,
    );
    r.write('.next/server/app/page.js', `const k="${v}";\n`);
    const { outcome } = await run(r, { INTERNAL_API_KEY: v });
    expect(outcome.findings.map((f) => [f.rule, f.file])).toEqual([
      ['server-secret-in-bundle', '.next/server/app/index.html'],
    ]);
  });

  it('notes a front end whose build has not run, and fails closed on a configured folder that is missing', async () => {
    const r = app();
    const unbuilt = await run(r);
    expect(unbuilt.outcome.notes?.join('\n')).toMatch(/no client build output in \..*run the gate after the build/);
    await expect(run(r, {}, { secrets: { bundles: ['dist/assets'] } })).rejects.toThrow(
      /secrets\.bundles names dist\/assets.*run the build/,
    );
  });

  it('treats a variable the env template marks `# secret` as server-only whatever its name', async () => {
    const r = app();
    r.write('.env.example', '# secret\nPARTNER_CODE=\nPLAIN_SETTING=\n');
    r.commit('contract');
    const v = serverValue();
    r.write('dist/assets/a.js', `x("${v}","${v.split('').reverse().join('')}")\n`);
    const { outcome } = await run(r, { PARTNER_CODE: v, PLAIN_SETTING: v.split('').reverse().join('') });
    expect(outcome.findings.map((f) => [f.rule, f.message.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['server-secret-in-bundle', 'The value of PARTNER_CODE'],
    ]);
  });

  it('scans a configured folder that no layout knows', async () => {
    const r = app({ name: 'x' });
    r.write('static-site/js/app.js', `k="${stripeLive()}"\n`);
    const { outcome } = await run(r, {}, { secrets: { bundles: ['static-site'] } });
    expect(outcome.findings).toMatchObject([{ rule: 'client-bundle-secret', file: 'static-site/js/app.js' }]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { LEAK_RULES } from '../../../src/checks/leaks/rules.js';
import { readFileSync } from 'node:fs';
import { lintSource } from '@secretlint/core';
import { creator } from '@secretlint/secretlint-rule-preset-recommend';
import { blankIntegrity, scanText } from '../../../src/checks/secrets/scan.js';
import { mapRule, runSecretlint, SECRETLINT_PREFILTER } from '../../../src/checks/secrets/secretlint.js';
import { isPlaceholder, isReference } from '../../../src/checks/secrets/placeholder.js';
import { fingerprint, toFinding } from '../../../src/checks/secrets/finding.js';
import { providerDocs } from '../../../src/checks/secrets/providers/docs.js';
import { CATALOG } from '../../../src/checks/secrets/catalog.js';
import { RULES } from '../../../src/checks/secrets/rules.js';
import { buildCorpus } from './corpus.js';
import { evaluate } from './evaluate.js';

const corpus = buildCorpus();
const scan = async (file: string, content: string) =>
  (await scanText(file, content)).map((m) => ({ rule: m.rule, line: m.line }));

describe('corpus', () => {
  it('is big and varied enough to mean something', () => {
    expect(corpus.positives.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.positives.map((c) => c.provider)).size).toBeGreaterThanOrEqual(25);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(30);
  });

  it('reaches recall and precision of at least 0.9, with the expected rule ids', async () => {
    const e = await evaluate(corpus, scan);
    console.log(
      `secrets corpus: recall ${e.recall.toFixed(3)} (${e.tp}/${e.positives}), precision ${e.precision.toFixed(3)} ` +
        `(${e.fp} false positives), ${e.providers} providers, ${e.negatives} hard negatives`,
    );
    expect({ missed: e.missed, falsePositives: e.falsePositives }).toEqual({ missed: [], falsePositives: [] });
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.wrongRule).toEqual([]);
  });

  it('stays right on other random draws of the same corpus', async () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const e = await evaluate(buildCorpus(seed), scan);
      expect({ seed, missed: e.missed, fp: e.falsePositives }).toEqual({ seed, missed: [], fp: [] });
    }
  });
});

describe('secretlint engine', () => {
  const preset = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator as never }] };

  it('its prefilter never hides a file secretlint would report', async () => {
    for (const c of [...corpus.positives, ...corpus.negatives]) {
      const r = await lintSource({
        source: { filePath: c.file, content: c.content, ext: '', contentType: 'text' },
        options: { config: preset, maskSecrets: true },
      });
      if (r.messages.length)
        expect({ file: c.file, prefilter: SECRETLINT_PREFILTER.test(c.content) }).toEqual({
          file: c.file,
          prefilter: true,
        });
    }
  });

  it('maps rule ids to short ones and drops test-mode Stripe keys', () => {
    expect(mapRule('@secretlint/secretlint-rule-github', 'GITHUB_TOKEN')).toBe('github-token');
    expect(mapRule('@secretlint/secretlint-rule-aws', 'AWSSecretAccessKey')).toBe('aws-secret-access-key');
    expect(mapRule('@secretlint/secretlint-rule-stripe', 'STRIPE_SECRET_KEY_TEST')).toBeNull();
    expect(mapRule('@secretlint/secretlint-rule-slack', 'IncomingWebhook')).toBe('slack-webhook');
    expect(mapRule('@secretlint/secretlint-rule-something-new', 'X')).toBe('secretlint-other');
  });

  it('cuts large texts to windows around keywords and maps positions back', async () => {
    const token = 'gh' + 'p_' + 'Rk2vQ9xLmT4bNc7HwZ1pYd8sFg3jKa6eUo5i';
    const filler = 'export const x = [1, 2, 3];\n'.repeat(5000);
    const text = `${filler}const t = "${token}";\n${filler}`;
    const hits = await runSecretlint('bundle.js', text);
    expect(hits).toEqual([{ rule: 'github-token', secret: token, index: text.indexOf(token) }]);
  });

  it('leaves connection strings to our own rule, which knows local development URLs', async () => {
    const pass = 'Zq' + '81kLmW' + 'p0XvT3';
    const remote = `const u = "postgres://app:${pass}@db.acme.io:5432/app";`;
    const local = `const u = "postgres://app:${pass}@localhost:5432/app";`;
    expect(await runSecretlint('db.ts', remote)).toEqual([]);
    expect(await scanText('src/db.ts', remote)).toMatchObject([
      { rule: 'database-url-password', severity: 'blocker', secret: pass },
    ]);
    expect(await scanText('src/db.ts', local)).toMatchObject([{ rule: 'database-url-password', severity: 'medium' }]);
    expect(await scanText('docs/setup.md', local)).toEqual([]);
  });
});

describe('rules table', () => {
  it('every rule id has a section in docs/secrets/README.md', () => {
    const docs = readFileSync(new URL('../../../docs/secrets/README.md', import.meta.url), 'utf8');
    for (const id of [...Object.keys(CATALOG), ...LEAK_RULES.map((r) => r.id)])
      expect({ id, documented: docs.includes(`\n### ${id}\n`) }).toEqual({ id, documented: true });
  });

  it("the docs' provider-shape sections are the ones the tables generate (npx tsx scripts/provider-docs.ts)", () => {
    const docs = readFileSync(new URL('../../../docs/secrets/README.md', import.meta.url), 'utf8');
    expect(docs).toContain(providerDocs());
  });

  it('every rule id has a catalog entry with why and revoke text', () => {
    for (const r of RULES) {
      expect(CATALOG[r.id]).toBeDefined();
      expect(CATALOG[r.id].why.length).toBeGreaterThan(20);
    }
  });

  it('finds a multi-line EC key and reports it at its header line', async () => {
    const ec = corpus.positives.find((c) => c.provider === 'pem-ec')!;
    const [m] = await scanText(ec.file, ec.content);
    expect(m).toMatchObject({ rule: 'private-key', severity: 'blocker', line: 2, column: 1 });
  });

  it('blanks lockfile integrity hashes without moving anything', () => {
    const text = `"integrity": "sha512-${'Ab9+'.repeat(20)}==",\n"x": 1`;
    const out = blankIntegrity('package-lock.json', text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('sha512');
    expect(blankIntegrity('src/a.ts', text)).toBe(text);
  });

  it('recognises placeholders and references', () => {
    for (const v of [
      'changeme',
      '<your-key>',
      'sk_live_xxxxxxxx',
      '********',
      'abc${API_KEY}',
      'process.env.X',
      '000000000000',
    ]) {
      expect({ v, p: isPlaceholder(v) }).toEqual({ v, p: true });
    }
    expect(isReference('${{ secrets.TOKEN }}')).toBe(true);
    expect(isPlaceholder('q8$(Zk2!vN0p%(Lw')).toBe(false);
  });

  it('templates as the value and the Azurite emulator key are not secrets; real values there still are', async () => {
    const pw = 'Xk9' + 'vQ2mP7rLw4';
    const azurite = [
      'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq',
      '/K1SZFPTOtr/KBHBeksoGMGw==',
    ].join('');
    const bait = [
      'services:',
      '  db:',
      '    environment:',
      '      DB_PASSWORD: $$POSTGRES_PASSWORD',
      '      API_TOKEN: $${API_TOKEN}',
      '      DATABASE_URL: "postgres://app:{db_password}@db:5432/app"',
    ].join('\n');
    expect(await scanText('docker-compose.yml', bait)).toEqual([]);
    expect(await scanText('settings.py', 'DATABASE_URL = f"postgresql://admin:{DB_PASS}@db.internal/app"\n')).toEqual(
      [],
    );
    expect(
      await scanText(
        'src/storage.ts',
        `const c = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${azurite};";\n`,
      ),
    ).toEqual([]);
    const real = await scanText('docker-compose.yml', `services:\n  db:\n    environment:\n      DB_PASSWORD: ${pw}\n`);
    expect(real.map((m) => m.rule)).toEqual(['compose-password']);
    const url = await scanText('settings.py', `DATABASE_URL = "postgresql://admin:${pw}@db.internal/app"\n`);
    expect(url.map((m) => m.rule)).toEqual(['database-url-password']);
  });

  it('severity drops for a database URL on localhost with a real-looking password', async () => {
    const [m] = await scanText('src/dev.ts', `const u = 'redis://default:${'Hq2' + 'vX9pLm4Rt'}@localhost:6379';`);
    expect(m).toMatchObject({ rule: 'database-url-password', severity: 'medium' });
  });
});

describe('findings never hold a secret', () => {
  it('message shows at most 4 characters; fingerprint survives line moves and hides the value', () => {
    const secret = 'ghp' + '_' + 'Q'.repeat(2) + 'w8Ezr3LmNb5Tq0Xy7Kp2Vd6Hs9Jc4Af1Gu';
    const a = toFinding(
      { rule: 'github-token', severity: 'blocker', secret, line: 3, column: 7, engine: 'rules' },
      'a.ts',
      'c0ffee1234',
    );
    const b = toFinding(
      { rule: 'github-token', severity: 'blocker', secret, line: 90, column: 1, engine: 'rules' },
      'a.ts',
    );
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).toBe(fingerprint('github-token', 'a.ts', secret));
    expect(a.message).toBe('GitHub token ghp_**** committed (added in commit c0ffee1)');
    expect(JSON.stringify(a)).not.toContain(secret.slice(0, 5));
    expect(a).toMatchObject({ docs: 'docs/secrets/README.md#github-token', commit: 'c0ffee1234' });
    expect(a.fix).toMatch(/revoke/);
  });
});

describe('severity by evidence and place', () => {
  const gh = () => ['gh', 'p_', 'Zq8', 'xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs0Ha2Ke'].join('');
  const hex = ['9f3a', '61c0b7e2', '4d58a9f1', '36be0c72', 'd4'].join('');

  it('blocks a provider shape in code, and only warns in tests, docs and comments', async () => {
    const at = async (path: string, text: string) => (await scanText(path, text))[0];
    expect(await at('src/octo.ts', `const t = '${gh()}';`)).toMatchObject({
      severity: 'blocker',
      evidence: 'shape',
      confidence: 'certain',
    });
    for (const [path, text] of [
      ['src/octo.test.ts', `const t = '${gh()}';`],
      ['docs/setup.md', `GITHUB_TOKEN=${gh()}`],
      ['src/octo.ts', `// const t = '${gh()}';`],
    ])
      expect((await at(path, text)).severity).toBe('medium');
    expect((await at('src/octo.ts', `const t = '${gh()}'; // dummy`)).severity).toBe('low');
    expect(await scanText('src/Form.tsx', `<input placeholder="${gh()}" />`)).toEqual([]);
  });

  it('never blocks on a keyword and entropy alone; drops words and values their authors mark as fake', async () => {
    expect((await scanText('src/config.ts', `const apiSecret = '${hex}';`))[0]).toMatchObject({
      severity: 'high',
      evidence: 'keyword + entropy',
    });
    expect(await scanText('src/config.ts', `// not a secret: a cache salt\nconst apiSecret = '${hex}';`)).toEqual([]);
    expect(await scanText('src/mail.ts', `const smtpPassword = 'smtpPasswordForDevelopment';`)).toEqual([]);
    expect(await scanText('config/locales/ja.json', `{ "api_key_help": "APIキーは一度だけ表示されます。" }`)).toEqual(
      [],
    );
  });

  it('treats compose and CI passwords of local services as a dev setup', async () => {
    const compose = 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: acme_dev_pw\n';
    expect((await scanText('docker-compose.yml', compose)).map((m) => m.severity)).not.toContain('high');
    const url = `DATABASE_URL=postgresql://app:${hex}@hoppscotch-db:5432/app\n`;
    expect((await scanText('.env.example', url))[0].severity).toBe('low');
  });
});

describe('sk_live_ keys of other providers than Stripe', () => {
  const hex = (n: number) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + 3) % 16]).join('');
  const live = (body: string) => ['sk', 'live', body].join('_');
  it.each([
    ['Paystack', 'config/pay.ts', `const k = '${live(hex(40))}';`, 'paystack-secret-key'],
    ['UploadThing', '.env', `UPLOADTHING_SECRET=${live(hex(64))}`, 'uploadthing-secret-key'],
    ['Clerk', '.env', `CLERK_SECRET_KEY=${live('Zq8xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs0Ha2KeQw3E')}`, 'clerk-secret-key'],
    [
      'Stripe',
      'config/pay.ts',
      `const k = '${live('51Hq8xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs0Ha2KeQw3ErTy')}';`,
      'stripe-secret-key',
    ],
  ])('a %s key is named as its own', async (_p, path, text, rule) => {
    expect((await scanText(path, `${text}\n`)).map((m) => [m.rule, m.severity])).toEqual([[rule, 'blocker']]);
  });
});

describe('escaped and encoded forms', () => {
  const token = ['gh', 'p_', 'Zq8xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs0Ha2Ke'].join('');
  it('finds a token written with JSON \\u escapes or URL percent-escapes, on its line', async () => {
    const json = `{\n  "a": 1,\n  "token": "${token.replace('_', '\\u005f')}"\n}\n`;
    expect((await scanText('config/app.json', json)).map((m) => [m.rule, m.line])).toEqual([['github-token', 3]]);
    const url = `x\nhttps://api.example.com/hook?auth=${token.replace('_', '%5F')}&x=1\n`;
    expect((await scanText('src/hook.ts', url)).map((m) => [m.rule, m.line])).toEqual([['github-token', 2]]);
  });

  it('reads the whole file around a decoded line: a provider named far above it counts', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `  "k${i}": "v${i}",`).join('\n');
    const fw = ['fw', '_', 'Qm7Xk2Lp9Rt4Vb8Nc3Hd6Jz1'].join('');
    const named = `// fireworks client settings\n{\n${filler}\n  "key": "${fw.replace('_', '\\u005f')}"\n}\n`;
    expect((await scanText('config/ai.json', named)).map((m) => [m.rule, m.line])).toEqual([['fireworks-api-key', 43]]);
    // Without the provider's name anywhere in the file the short prefix proves nothing.
    expect(await scanText('config/ai.json', named.replace('fireworks', 'model'))).toEqual([]);
  });
});

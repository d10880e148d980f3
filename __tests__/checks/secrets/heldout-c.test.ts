// Held-out batch C through the real check (scope all, on a real git repository). HELDOUT_REPORT=1 prints
// the per-provider table, misses and false positives.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { check } from '../../../src/checks/secrets/index.js';
import { scanText } from '../../../src/checks/secrets/scan.js';
import { createContext } from '../../../src/context.js';
import { buildConfig } from '../../../src/config.js';
import type { Finding } from '../../../src/types.js';
import { Repo } from '../../helpers/repo.js';
import type { Heldout } from './heldout.js';
import { buildHeldoutC } from './heldout-c.js';
import { randomBytes } from 'node:crypto';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function measure(corpus: Heldout) {
  const r = Repo.init();
  repos.push(r);
  corpus.positives.forEach((c, i) => r.write(`p${i}/${c.file}`, c.content));
  corpus.negatives.forEach((c, i) => r.write(`n${i}/${c.file}`, c.content));
  r.commit('corpus');
  const outcome = await check.run(
    createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }), event: { name: 'local' } }),
  );
  expect(outcome.status).toBeUndefined();
  const byDir = new Map<string, Finding[]>();
  for (const f of outcome.findings) {
    const dir = f.file!.split('/')[0];
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  let tp = 0;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const byProvider = new Map<string, { found: number; total: number }>();
  corpus.positives.forEach((c, i) => {
    const ok = c.lines ?? [c.line!];
    const hits = byDir.get(`p${i}`) ?? [];
    const found = hits.some((f) => f.line === ok[0]);
    const p = byProvider.get(c.provider) ?? { found: 0, total: 0 };
    p.total++;
    if (found) {
      p.found++;
      tp++;
    } else missed.push(`${c.provider}: ${c.name}`);
    byProvider.set(c.provider, p);
    for (const f of hits) if (!ok.includes(f.line!)) falsePositives.push(`${c.name}: ${f.rule} on line ${f.line}`);
  });
  corpus.negatives.forEach((c, i) => {
    for (const f of byDir.get(`n${i}`) ?? []) falsePositives.push(`${c.name}: ${f.rule} on line ${f.line}`);
  });
  const fp = falsePositives.length;
  const json = JSON.stringify(outcome, (k, v) => (k === 'fingerprint' ? undefined : v));
  const m = {
    recall: tp / corpus.positives.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    tp,
    fp,
    missed,
    falsePositives,
    json,
  };
  if (process.env.HELDOUT_REPORT) {
    const rows = [...byProvider].sort().map(([p, s]) => `  ${p.padEnd(16)} ${s.found}/${s.total}`);
    process.stdout.write(
      `\nbatch C: recall ${m.recall.toFixed(3)} (${tp}/${corpus.positives.length}), precision ${m.precision.toFixed(3)} (${fp} FP)\n` +
        rows.join('\n') +
        `\n missed:\n${missed.map((x) => '  ' + x).join('\n')}\n false positives:\n${falsePositives.map((x) => '  ' + x).join('\n')}\n`,
    );
  }
  return m;
}

describe('held-out batch C', () => {
  it('is large, varied, deterministic and holds no literal credential', () => {
    const h = buildHeldoutC();
    expect(h.positives.length).toBeGreaterThanOrEqual(50);
    expect(new Set(h.positives.map((c) => c.provider)).size).toBeGreaterThanOrEqual(35);
    expect(h.negatives.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(buildHeldoutC())).toBe(JSON.stringify(h));
    expect(JSON.stringify(buildHeldoutC('another seed'))).not.toBe(JSON.stringify(h));
    const source = readFileSync(new URL('./heldout-c.ts', import.meta.url), 'utf8');
    const hook =
      /AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|sk_live_[A-Za-z0-9]{20,}|xox[baprs]-[0-9]{6,}|-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/;
    expect(source).not.toMatch(hook);
  });

  it('keeps recall and precision on batch C, leaking no secret', async () => {
    const m = await measure(buildHeldoutC());
    // Reached: 82/82 over 54 providers, no false positive. Measured first, before any fix: 74/82, 1 FP
    // (Cohere, Stripe whsec_, Vercel --token in a workflow, Cloudflare X-Auth-Key, Discord client.login,
    // Postmark ServerClient, Datadog Terraform app_key, Algolia ALGOLIA_ADMIN_KEY; FP: Clerk sk_test_ in .env).
    expect(m.recall).toBe(1);
    expect(m.precision).toBe(1);
    for (const c of buildHeldoutC().positives) {
      const s = c.secret!;
      for (let i = 0; i + 8 <= s.length; i += 4) {
        const w = s.slice(i, i + 8);
        if (/^[a-z./:@_-]+$/i.test(w) || /^[A-Za-z0-9+/]*={1,2}$/.test(w) || /^[a-z0-9.-]+$/.test(w)) continue;
        expect({ name: c.name, leaked: m.json.includes(w) ? w.slice(0, 4) : '' }).toEqual({ name: c.name, leaked: '' });
      }
    }
  });

  it('holds on other random draws (HELDOUT_SEEDS=1 only: a report, not a gate)', async () => {
    if (!process.env.HELDOUT_SEEDS) return;
    for (const seed of ['c1', 'c2', 'c3']) {
      const m = await measure(buildHeldoutC(seed));
      process.stdout.write(
        `seed ${seed}: ${m.tp} found, ${m.fp} FP\n${[...m.missed, ...m.falsePositives].join('\n')}\n`,
      );
    }
  });
});

// What the batch C fixes generalise to, on values drawn afresh on every run (not the corpus strings).
describe('batch C fixes', () => {
  const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const r = (n: number, a = AN) => [...randomBytes(n)].map((b) => a[b % a.length]).join('');
  const rules = async (path: string, text: string) => (await scanText(path, text)).map((h) => h.rule);

  it('finds tokens passed on a command line inside a workflow run step', async () => {
    const wf = `jobs:\n  d:\n    steps:\n      - run: npx some-cli deploy --api-key=${r(32)}\n`;
    expect(await rules('.github/workflows/d.yml', wf)).toEqual(['secret-assignment']);
    const ref = 'jobs:\n  d:\n    steps:\n      - run: npx some-cli deploy --token=${{ secrets.TOKEN }}\n';
    expect(await rules('.github/workflows/d.yml', ref)).toEqual([]);
  });

  it('tells a Discord bot token by its id part, without the word Discord', async () => {
    const id = Buffer.from(r(19, '0123456789')).toString('base64url');
    expect(await rules('bot.js', `bot.login('${id}.${r(6)}.${r(38)}');`)).toEqual(['discord-bot-token']);
    const notId = Buffer.from(r(19)).toString('base64url').replace(/^./, 'M');
    expect(await rules('bot.js', `bot.login('${notId}.${r(6)}.${r(38)}');`)).toEqual([]);
  });

  it('ignores test-mode and publishable keys in env files, and published documentation examples', async () => {
    expect(await rules('.env', `CLERK_SECRET_KEY=sk_test_${r(40)}\nAPI_SECRET_KEY=rk_test_${r(40)}`)).toEqual([]);
    expect(await rules('.env', `CLERK_SECRET_KEY=${r(40)}`)).toEqual(['env-file-secret']);
    const docs = [
      'gh' + 'p_16C7e42F292c6912E7710c838347Ae178B4a',
      'xox' + 'b-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
    ];
    for (const v of docs) expect(await rules('src/client.ts', `const token = '${v}';`)).toEqual([]);
    expect(await rules('src/client.ts', `const token = '${'gh' + 'p_'}${r(36)}';`)).toEqual(['github-token']);
  });

  it('reads Datadog, Cloudflare, Postmark, Algolia and Cohere settings without a prefix format', async () => {
    const hex = (n: number) => r(n, '0123456789abcdef');
    expect(await rules('main.tf', `provider "datadog" {\n  app_key = "${hex(40)}"\n}`)).toEqual(['datadog-api-key']);
    expect(await rules('main.tf', `provider "other" {\n  app_key = "${hex(40)}"\n}`)).not.toContain('datadog-api-key');
    expect(
      await rules('ops.sh', `curl -H "X-Auth-Email: a@b.c" -H "X-Auth-Key: ${hex(37)}" https://api.cloudflare.com`),
    ).toContain('cloudflare-global-api-key');
    const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    expect(await rules('mail.js', `const c = new postmark.ServerClient('${uuid}');`)).toEqual(['postmark-token']);
    expect(await rules('mail.js', `const c = new other.ServerClient('${uuid}');`)).toEqual([]);
    expect(await rules('index.js', `const ALGOLIA_ADMIN_KEY = '${hex(32)}';`)).toEqual(['algolia-admin-key']);
    expect(await rules('index.js', `const ALGOLIA_SEARCH_KEY = '${hex(32)}';`)).toEqual([]);
    expect(await rules('r.py', `co = cohere.ClientV2("${r(40)}")`)).toEqual(['cohere-api-key']);
    expect(await rules('hook.ts', `const s = 'whsec_${r(32)}';`)).toEqual(['webhook-signing-secret']);
    expect(await rules('hook.ts', `// set STRIPE_WEBHOOK_SECRET to your whsec_... value`)).toEqual([]);
  });
});

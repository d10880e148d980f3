import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/checks/secrets/index.js';
import { createContext } from '../../../src/context.js';
import { buildConfig } from '../../../src/config.js';
import type { CheckOutcome, EventInfo } from '../../../src/types.js';
import { Repo } from '../../helpers/repo.js';
import { buildCorpus } from './corpus.js';
import { ecPem, Seeded } from './generate.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const newRepo = () => {
  const r = Repo.init();
  repos.push(r);
  return r;
};

async function run(r: Repo, raw: Record<string, unknown>, event: EventInfo = { name: 'local' }) {
  const masked: string[] = [];
  const ctx = createContext({ cwd: r.dir, config: buildConfig(raw), event, onSecret: (v) => masked.push(v) });
  const outcome = await check.run(ctx);
  return { outcome, masked };
}

/** Every 5-character window of a secret that is not plain lower-case URL text ("https", "hooks"). */
function leakedFragments(output: string, secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 5 <= secret.length; i++) {
    const w = secret.slice(i, i + 5);
    if (/^[a-z./:-]+$/.test(w)) continue;
    if (output.includes(w)) out.push(w);
  }
  return out;
}

const ghToken = () => 'gh' + 'p_' + 'Rk2vQ9xLmT4bNc7HwZ1pYd8sFg3jKa6eUo5i';

describe('secrets check, diff scope', () => {
  it('finds a secret added in one commit and deleted in the next, with its commit and line', async () => {
    const r = newRepo();
    r.write('README.md', '# app\n');
    const base = r.commit('base');
    const token = ghToken();
    r.write('src/config.ts', `export const a = 1;\nexport const b = 2;\nexport const token = '${token}';\n`);
    const added = r.commit('add token');
    r.write('src/config.ts', 'export const a = 1;\nexport const b = 2;\n');
    r.write('src/other.ts', 'export const c = 3;\n');
    r.commit('remove token');

    const { outcome, masked } = await run(r, { scope: 'diff' }, { name: 'pull_request', base, head: 'HEAD' });
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatchObject({
      rule: 'github-token',
      severity: 'blocker',
      file: 'src/config.ts',
      line: 3,
      column: 23,
      commit: added,
      docs: 'docs/secrets/README.md#github-token',
    });
    expect(outcome.summary).toBe('scanned 2 changed files (2 commits), 1 finding (1 certain: revoke first)');
    expect(masked).toContain(token);
    expect(leakedFragments(JSON.stringify(outcome), token)).toEqual([]);
  });

  it('reports a secret re-added by a later commit once, at the latest line', async () => {
    const r = newRepo();
    r.write('a.txt', 'x\n');
    const base = r.commit('base');
    const token = ghToken();
    r.write('.npmrc', `//registry.npmjs.org/:_authToken=${token}\n`);
    r.commit('one');
    r.write('.npmrc', 'registry=https://registry.npmjs.org/\n');
    r.commit('two');
    r.write('.npmrc', `registry=https://registry.npmjs.org/\n# again\n//registry.npmjs.org/:_authToken=${token}\n`);
    const last = r.commit('three');
    const { outcome } = await run(r, { scope: 'diff' }, { name: 'pull_request', base, head: 'HEAD' });
    expect(outcome.findings.map((f) => [f.rule, f.line, f.commit])).toEqual([['github-token', 3, last]]);
  });

  it('honours secrets.exclude and sees a multi-line key added in one hunk', async () => {
    const r = newRepo();
    r.write('a.txt', 'x\n');
    const base = r.commit('base');
    const ec = buildCorpus().positives.find((c) => c.provider === 'pem-ec')!;
    r.write('deploy/key.pem', ec.content);
    r.write('test/data/key.pem', ec.content);
    r.commit('keys');
    const { outcome } = await run(
      r,
      { scope: 'diff', secrets: { exclude: ['test/data/**'] } },
      { name: 'pull_request', base },
    );
    expect(outcome.findings.map((f) => [f.file, f.line, f.rule])).toEqual([['deploy/key.pem', 2, 'private-key']]);
    expect(outcome.findings[0].message).toBe(
      'private key committed (added in commit ' + r.head().slice(0, 7) + '; evidence: shape)',
    );
  });
});

describe('secrets check, all scope', () => {
  it('finds every corpus positive in a real repository and nothing in the negatives, leaking nothing', async () => {
    const r = newRepo();
    const corpus = buildCorpus('repo');
    // Every positive in its own directory: the same file name appears in several cases.
    corpus.positives.forEach((c, i) => r.write(`p${i}/${c.file}`, c.content));
    corpus.negatives.forEach((c, i) => r.write(`n${i}/${c.file}`, c.content));
    r.commit('corpus');
    const { outcome, masked } = await run(r, { scope: 'all' });
    const got = outcome.findings.map((f) => `${f.file}:${f.line}:${f.rule}`).sort();
    const want = corpus.positives.map((c, i) => `p${i}/${c.file}:${c.line}:${c.rule}`).sort();
    expect(got).toEqual(want);
    // Fingerprints are sha256 hex: a hex secret shares 5-character runs with them by chance.
    const json = JSON.stringify(outcome, (k, v) => (k === 'fingerprint' ? undefined : v));
    for (const c of corpus.positives)
      expect({ name: c.name, leaked: leakedFragments(json, c.secret!) }).toEqual({ name: c.name, leaked: [] });
    expect(masked.length).toBeGreaterThanOrEqual(corpus.positives.length);
    for (const f of outcome.findings) {
      expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(f.why && f.fix && f.message).toBeTruthy();
    }
  });

  it('survives binary, oversize, non-UTF-8, symlinked and submodule entries', async () => {
    const r = newRepo();
    const token = ghToken();
    r.write('img/logo.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(token)]));
    r.write('big.txt', `${token}\n${'y'.repeat(5000)}\n`);
    r.write('latin1.txt', Buffer.concat([Buffer.from([0xe9, 0xe8, 0x0a]), Buffer.from(`token=${token}\n`)]));
    r.write('real/dir/file.txt', 'hello\n');
    symlinkSync('real/dir', join(r.dir, 'linkdir'));
    symlinkSync('does-not-exist', join(r.dir, 'dangling'));
    r.commit('files');
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.head()},vendor/sub`);
    r.git('commit', '-q', '-m', 'submodule');
    const { outcome } = await run(r, { scope: 'all', 'max-file-size': 4000 });
    expect(outcome.status).toBeUndefined();
    // A file over max-file-size is scanned in chunks, never passed unread (issue 10).
    expect(outcome.findings.map((f) => [f.file, f.line])).toEqual([
      ['big.txt', 1],
      ['latin1.txt', 2],
    ]);
    expect(outcome.summary).toMatch(/^scanned \d+ files \([\d.]+ MB\), 2 findings.*; skipped \d+ \(1 binary/);
    expect(outcome.metrics).toMatchObject({ skippedBinary: 1, skippedOversize: 0, streamed: 1 });
    expect(outcome.notes!.join('\n')).toContain('1 file over max-file-size scanned in chunks');
  });

  it('fails closed when the diff cannot be computed', async () => {
    const r = newRepo();
    r.write('a.txt', 'x\n');
    r.commit('base');
    const ctx = createContext({
      cwd: r.dir,
      config: buildConfig({ scope: 'diff' }),
      event: { name: 'pull_request', base: 'f'.repeat(40) },
    });
    await expect(check.run(ctx)).rejects.toThrow(/missing|fetch/);
  });
});

export type { CheckOutcome };

describe('secrets check on files over max-file-size', () => {
  it('scans them in chunks: a token deep in the file and a key across a chunk boundary are found at their lines', async () => {
    const r = Repo.init();
    try {
      const filler = 'const x = 1;\n'; // 13 bytes
      const boundaryLine = Math.floor((8 * 1024 * 1024) / filler.length) - 3; // the key starts just before 8 MiB
      const key = ecPem(new Seeded('big-file'), 'EC PRIVATE KEY');
      const token = ['gh', 'p_', 'Zq8xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs0Ha2Ke'].join('');
      const tokenLine = 900_000;
      const parts: string[] = [];
      parts.push(filler.repeat(boundaryLine - 1), key.endsWith('\n') ? key : `${key}\n`);
      const keyLines = key.trimEnd().split('\n').length;
      parts.push(filler.repeat(tokenLine - boundaryLine - keyLines), `const t = '${token}';\n`, filler.repeat(1000));
      r.write('data/huge.js', parts.join(''));
      r.commit('big');
      const outcome = await check.run(
        createContext({ cwd: r.dir, config: buildConfig({ scope: 'all', 'max-file-size': 1024 * 1024 }) }),
      );
      expect(outcome.status).toBeUndefined();
      expect(outcome.findings.map((f) => `${f.rule}:${f.line}`).sort()).toEqual(
        [`github-token:${tokenLine}`, `private-key:${boundaryLine}`].sort(),
      );
      expect(outcome.notes?.join('\n')).toMatch(/1 file over max-file-size scanned in chunks/);
    } finally {
      r.cleanup();
    }
  });
});

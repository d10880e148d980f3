import { afterAll, describe, expect, it } from '@jest/globals';
import { computeScope } from '../../src/scope/index.js';
import { silentLogger } from '../../src/context.js';
import { Repo } from '../helpers/repo.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const opts = { exclude: [], maxFileSize: 1024 * 1024, log: silentLogger };

describe('diff scope', () => {
  it('sees lines added in one commit and deleted in the next', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('README.md', '# hello\n');
    const base = r.commit('base');
    r.write('src/config.ts', 'export const a = 1;\nexport const key = "leaky-value-123";\n');
    r.commit('add key');
    r.write('src/config.ts', 'export const a = 1;\n');
    r.write('docs/new file.md', 'line one\nline two\n');
    r.commit('remove key');
    const s = await computeScope({ ...opts, cwd: r.dir, kind: 'diff', base, head: 'HEAD' });
    expect(s.commits).toHaveLength(2);
    expect(s.files.map((f) => f.path).sort()).toEqual(['docs/new file.md', 'src/config.ts']);
    const leaked = s.hunks.find((h) => h.lines.some((l) => l.includes('leaky-value')));
    expect(leaked).toMatchObject({ path: 'src/config.ts', startLine: 1 });
    expect(leaked!.lines[1]).toContain('leaky-value-123');
  });

  it('skips binary files, renames without changes and oversize additions', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('a.txt', 'alpha\nbeta\n');
    const base = r.commit('base');
    r.git('mv', 'a.txt', 'b.txt');
    r.write('img.bin', Buffer.from([0, 1, 2, 3, 0, 5]));
    r.write('big.txt', 'x'.repeat(3000) + '\n');
    r.commit('rename, binary, big');
    const s = await computeScope({ ...opts, maxFileSize: 2000, cwd: r.dir, kind: 'diff', base });
    expect(s.hunks).toHaveLength(0);
    expect(s.files.find((f) => f.path === 'b.txt')).toMatchObject({ status: 'renamed', oldPath: 'a.txt' });
    expect(s.skipped.map((x) => x.path).sort()).toEqual(['big.txt', 'img.bin']);
  });

  it('fails closed without a base', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('a', 'a\n');
    r.commit();
    await expect(computeScope({ ...opts, cwd: r.dir, kind: 'diff' })).rejects.toThrow(/needs a base/);
  });

  it('fails closed when the base is unknown and cannot be fetched', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('a', 'a\n');
    r.commit();
    await expect(
      computeScope({ ...opts, cwd: r.dir, kind: 'diff', base: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef' }),
    ).rejects.toThrow(/could not be fetched/);
  });
});

describe('all scope', () => {
  it('lists tracked and untracked files, honours excludes and .gitignore', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('.gitignore', 'ignored.txt\n').write('a.ts', 'a').write('fixtures/x.ts', 'x').write('ignored.txt', 'i');
    r.commit();
    r.write('new.ts', 'n');
    const s = await computeScope({ ...opts, exclude: ['fixtures/**'], cwd: r.dir, kind: 'all' });
    expect(s.files.map((f) => f.path).sort()).toEqual(['.gitignore', 'a.ts', 'new.ts']);
  });
});

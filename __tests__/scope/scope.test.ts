import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
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

describe('odd files do not crash the scope', () => {
  it('handles symlinks, submodules, non-UTF-8 text, deletions and quoted paths', async () => {
    const sub = Repo.init();
    repos.push(sub);
    sub.write('x.txt', 'sub\n');
    sub.commit();
    const r = Repo.init();
    repos.push(r);
    r.write('old.txt', 'bye\n');
    const base = r.commit('base');
    r.remove('old.txt');
    r.write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    r.write('tab\there.txt', 'odd name\n');
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    r.commit('odd files');
    symlinkSync('/etc/hostname', `${r.dir}/link`);
    r.commit('symlink');
    const s = await computeScope({ ...opts, cwd: r.dir, kind: 'diff', base });
    const paths = s.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['old.txt', 'latin1.txt', 'tab\there.txt', 'vendor/sub', 'link']));
    expect(s.files.find((f) => f.path === 'old.txt')!.status).toBe('deleted');
    expect(s.hunks.find((h) => h.path === 'latin1.txt')!.lines[0]).toMatch(/^caf/);
    expect(s.hunks.find((h) => h.path === 'tab\there.txt')).toBeTruthy();
    expect(s.skipped.some((x) => x.path === 'vendor/sub' && /submodule/.test(x.reason))).toBe(true);
    const all = await computeScope({ ...opts, cwd: r.dir, kind: 'all' });
    expect(all.files.map((f) => f.path)).toEqual(expect.arrayContaining(['latin1.txt', 'link']));
  });
});

describe('readText', () => {
  it('reads text, skips binaries, oversize files and symlinks', async () => {
    const { readText } = await import('../../src/scope/read.js');
    const r = Repo.init();
    repos.push(r);
    r.write('a.txt', 'hello\n')
      .write('b.bin', Buffer.from([1, 0, 2]))
      .write('big.txt', 'x'.repeat(100));
    symlinkSync('/etc/hostname', `${r.dir}/link`);
    expect(await readText(r.dir, 'a.txt', 50)).toEqual({ text: 'hello\n' });
    expect(await readText(r.dir, 'b.bin', 50)).toEqual({ skip: 'binary' });
    expect(await readText(r.dir, 'big.txt', 50)).toEqual({ skip: expect.stringMatching(/larger than/) });
    expect(await readText(r.dir, 'link', 50)).toEqual({ skip: 'symlink' });
  });
});

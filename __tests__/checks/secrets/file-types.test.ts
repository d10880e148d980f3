// Every file is read: UTF-16 text (with and without a byte-order mark, both byte orders) in whole-tree and
// PR scans, plain text, logs and files without an extension; a binary file is still left out.
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { check } from '../../../src/checks/secrets/index.js';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { EventInfo } from '../../../src/types.js';
import { Repo } from '../../helpers/repo.js';
import { AN } from './generate.js';

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const token = () => 'gh' + 'p_' + [...randomBytes(36)].map((b) => AN[b % AN.length]).join('');
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return le;
};

async function scan(r: Repo, scope: 'all' | 'diff', event: EventInfo = { name: 'local' }) {
  const outcome = await check.run(createContext({ cwd: r.dir, config: buildConfig({ scope }), event }));
  return outcome;
}

describe('secrets check reads every kind of text file', () => {
  it('decodes UTF-16 files in a whole-tree scan and reports the right line', async () => {
    const r = Repo.init();
    repos.push(r);
    const t = [token(), token(), token()];
    r.write('deploy/settings.ps1', utf16(`# deploy\r\n$env:GH = "${t[0]}"\r\n`, 'le', true));
    r.write('deploy/notes.txt', utf16(`notes\nline two\ntoken ${t[1]}\n`, 'be', true));
    r.write('deploy/Web.config', utf16(`<config>\n  <token>${t[2]}</token>\n</config>\n`, 'le', false));
    r.write('assets/logo.bin', Buffer.concat([Buffer.from([0, 1, 2, 3, 0, 0, 7]), Buffer.from(t[0])]));
    r.commit('utf16');
    const outcome = await scan(r, 'all');
    expect(outcome.status).toBeUndefined();
    const got = outcome.findings.map((f) => [f.file, f.line, f.rule]).sort();
    expect(got).toEqual([
      ['deploy/Web.config', 2, 'github-token'],
      ['deploy/notes.txt', 3, 'github-token'],
      ['deploy/settings.ps1', 2, 'github-token'],
    ]);
    expect(JSON.stringify(outcome)).not.toContain(t[0].slice(4, 16));
  });

  it('scans a UTF-16 file a pull request adds, although git shows it as binary', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('README.md', '# app\n');
    const base = r.commit('base');
    r.write('scripts/setup.ps1', utf16(`Write-Host "setup"\r\n$token = "${token()}"\r\n`, 'le', true));
    r.commit('add script');
    const outcome = await scan(r, 'diff', { name: 'pull_request', base, head: 'HEAD' });
    expect(outcome.findings.map((f) => [f.file, f.line, f.rule])).toEqual([['scripts/setup.ps1', 2, 'github-token']]);
  });

  it('reads logs, plain text and files without an extension', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('logs/app.log', `2026-01-01 INFO start\n2026-01-01 DEBUG using ${token()} for api\n`);
    r.write('notes.txt', `the ci token is ${token()}\n`);
    r.write('bin/deploy', `#!/bin/sh\nexport GITHUB_TOKEN=${token()}\n`);
    r.commit('text');
    const outcome = await scan(r, 'all');
    expect(outcome.findings.map((f) => f.file).sort()).toEqual(['bin/deploy', 'logs/app.log', 'notes.txt']);
  });
});

// The held-out false-positive bait (bait.ts) through the real check, one whole-tree scan per repository:
// nothing there is a credential, so nothing may block (fail the default `fail-on: high`), and what is
// reported at all is counted. BAIT_REPORT=1 prints every finding with its bait class.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/secrets/index.js';
import { severityRank, type Finding } from '../../../src/types.js';
import { Repo } from '../../helpers/repo.js';
import { buildBait, type BaitRepo } from './bait.js';

async function scanRepo(b: BaitRepo): Promise<Finding[]> {
  const r = Repo.init();
  try {
    for (const file of b.files) r.write(file.path, file.content);
    r.commit('bait');
    const outcome = await check.run(
      createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }), event: { name: 'local' } }),
    );
    expect(outcome.status).toBeUndefined();
    return outcome.findings;
  } finally {
    r.cleanup();
  }
}

describe('held-out false-positive bait', () => {
  const repos = buildBait();

  it('can be written out for other scanners (BAIT_DUMP=dir)', () => {
    const dir = process.env.BAIT_DUMP;
    if (!dir) return;
    for (const b of repos)
      for (const file of b.files) {
        const to = join(dir, b.name, file.path);
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, file.content);
      }
  });

  it('is the size the issue asks for: at least 40 repositories and 150 files', () => {
    expect(repos.length).toBeGreaterThanOrEqual(40);
    expect(repos.reduce((n, r) => n + r.files.length, 0)).toBeGreaterThanOrEqual(150);
  });

  it('blocks nothing in any repository, and reports little', async () => {
    const blocking: string[] = [];
    let reported = 0;
    for (const b of repos) {
      for (const x of await scanRepo(b)) {
        reported++;
        const bait = b.files.find((f) => f.path === x.file)?.bait ?? '?';
        const line = `${b.name}/${x.file}:${x.line} ${x.rule} ${x.severity} (${bait}; ${x.evidence})`;
        if (process.env.BAIT_REPORT) console.log(line);
        if (severityRank(x.severity) <= severityRank('high')) blocking.push(line);
      }
    }
    if (process.env.BAIT_REPORT) console.log(`bait: ${blocking.length} blocking, ${reported} reported`);
    expect(blocking).toEqual([]);
    // Reported below the gate (medium/low, shown to a reviewer but not failing): at most one per 3 repos.
    expect(reported).toBeLessThanOrEqual(Math.ceil(repos.length / 3));
  });
});

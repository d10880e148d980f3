// Start-up of the bundled CLI: whole `node dist/cli.js …` processes, timed from spawn to exit.
// Usage: node bench/startup/run.mjs [--runs 11] [--cli dist/cli.js]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '11' }, cli: { type: 'string', default: 'dist/cli.js' } },
});
const runs = Number(values.runs);
const cli = resolve(values.cli);

// A no-op run: a git repository with nothing for the selected check (env without a contract is skipped).
const repo = mkdtempSync(join(tmpdir(), 'lg-startup-'));
const git = (...a) => execFileSync('git', a, { cwd: repo, stdio: 'ignore' });
git('init', '-q');
writeFileSync(join(repo, 'README.md'), '# empty\n');
git('add', '.');
git('-c', 'user.email=b@example.com', '-c', 'user.name=bench', 'commit', '-qm', 'init');

const cases = [
  ['node -e 0 (the floor: Node itself)', null],
  ['--version', ['--version']],
  ['--help', ['--help']],
  ['no-op run (check --checks env, nothing to check)', ['check', '--cwd', repo, '--checks', 'env']],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, args] of cases) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args ? [cli, ...args] : ['-e', '0'], { stdio: 'ignore' });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}`);
  }
  console.log(
    `${name}: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}, ${runs} runs)`,
  );
}

// Benchmark of the secrets check. Run: npx tsx bench/secrets/run.ts [--tree-only|--pr-only]
// (a) a 50-commit pull request in a temp repo, diff scope (scope computation included);
// (b) a whole tree (a copy of node_modules, nested node_modules renamed so secretlint does not skip
//     them, symlinks removed): our check in all scope (in this process, and as the bundled CLI with
//     and without its worker thread) vs the secretlint CLI with the recommended preset.
// Flags: --once (one run of each instead of three).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { check } from '../../src/checks/secrets/index.js';
import { buildConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = '/tmp/lg-secrets-bench';
const args = new Set(process.argv.slice(2));

const git = (cwd: string, ...a: string[]) =>
  execFileSync('git', a, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Real-looking source lines to commit: taken from this repository's own sources. */
function sourceLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) lines.push(...readFileSync(p, 'utf8').split('\n'));
    }
  };
  walk(join(ROOT, 'src'));
  return lines;
}

async function prBench(): Promise<void> {
  const dir = join(WORK, 'pr');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'b@example.com');
  git(dir, 'config', 'user.name', 'bench');
  const lines = sourceLines();
  let cursor = 0;
  const take = (n: number) => Array.from({ length: n }, () => lines[cursor++ % lines.length]).join('\n') + '\n';
  for (let i = 0; i < 400; i++) {
    mkdirSync(join(dir, `src/mod${i % 20}`), { recursive: true });
    writeFileSync(join(dir, `src/mod${i % 20}/file${i}.ts`), take(150));
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  const token = 'gh' + 'p_' + 'Rk2vQ9xLmT4bNc7HwZ1pYd8sFg3jKa6eUo5i';
  for (let c = 0; c < 50; c++) {
    for (let k = 0; k < 6; k++) {
      const n = (c * 7 + k * 13) % 400;
      const f = join(dir, `src/mod${n % 20}/file${n}.ts`);
      writeFileSync(f, readFileSync(f, 'utf8') + take(40));
    }
    writeFileSync(join(dir, `src/mod${c % 20}/new${c}.ts`), take(200));
    if (c === 20) writeFileSync(join(dir, 'src/leak.ts'), `export const token = '${token}';\n`);
    if (c === 21) rmSync(join(dir, 'src/leak.ts'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `change ${c}`);
  }
  const times: number[] = [];
  let summary = '';
  for (let i = 0; i < 5; i++) {
    const ctx = createContext({
      cwd: dir,
      config: buildConfig({ scope: 'diff' }),
      event: { name: 'pull_request', base, head: 'HEAD' },
    });
    const t = performance.now();
    const out = await check.run(ctx);
    times.push((performance.now() - t) / 1000);
    summary = `${out.summary}; ${(Number(out.metrics!.bytesScanned) / 1e6).toFixed(2)} MB of added lines`;
  }
  console.log(
    `(a) 50-commit PR, diff scope: median ${median(times).toFixed(2)} s over 5 runs (${times.map((t) => t.toFixed(2)).join(', ')}) — ${summary}`,
  );
}

/** Renames nested node_modules (secretlint's CLI always skips them) and drops symlinks. */
function normalise(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) rmSync(p);
    else if (e.isDirectory()) {
      const target = e.name === 'node_modules' ? join(dir, 'deps_modules') : p;
      if (target !== p) renameSync(p, target);
      normalise(target);
    }
  }
}

function treeStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

async function treeBench(): Promise<void> {
  const dir = join(WORK, 'tree');
  if (!existsSync(join(dir, '.ready'))) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(ROOT, 'node_modules'), dir, { recursive: true, verbatimSymlinks: true });
    normalise(dir);
    writeFileSync(join(dir, '.ready'), '');
  }
  const { files, bytes } = treeStats(dir);
  const mbs = bytes / 1e6;
  console.log(`(b) tree: ${files} files, ${mbs.toFixed(1)} MB (${dir})`);
  const maxFileSize = 64 * 1024 * 1024; // read every file, as secretlint does
  const runs = args.has('--once') ? 1 : 3;
  const rate = (t: number) => `${(mbs / t).toFixed(0)} MB/s`;
  const list = (ts: number[]) => ts.map((t) => t.toFixed(2)).join(', ');

  // In this process, from source (scope computation included; workers load worker.ts through tsx).
  const ours: number[] = [];
  let summary = '';
  let workers = 0;
  for (let i = 0; i < runs; i++) {
    const ctx = createContext({ cwd: dir, config: buildConfig({ scope: 'all', 'max-file-size': maxFileSize }) });
    const t = performance.now();
    const out = await check.run(ctx);
    ours.push((performance.now() - t) / 1000);
    summary = out.summary;
    workers = Number(out.metrics!.workers);
  }
  const o = median(ours);
  console.log(
    `    launch-gate secrets, in process (all scope, ${workers} worker thread${workers === 1 ? '' : 's'} + main): ` +
      `median ${o.toFixed(2)} s, ${rate(o)} (${list(ours)}) — ${summary}`,
  );

  // The bundle as users run it: a whole `node dist/cli.js` process, start-up included, like the
  // secretlint CLI below; once with its worker thread, once without (worker script removed).
  const dist = join(WORK, 'dist');
  execFileSync('node', ['scripts/bundle.mjs'], { cwd: ROOT, env: { ...process.env, LAUNCH_GATE_OUTDIR: dist } });
  const single = join(WORK, 'dist-single');
  rmSync(single, { recursive: true, force: true });
  cpSync(dist, single, { recursive: true });
  rmSync(join(single, 'secrets-worker.js'));
  const configFile = join(WORK, 'launch-gate.yml');
  writeFileSync(configFile, `max-file-size: ${maxFileSize}\n`);
  const cli = (bundle: string) => {
    const times: number[] = [];
    let metrics: Record<string, unknown> = {};
    for (let i = 0; i < runs; i++) {
      const json = join(WORK, 'cli-report.json');
      const t = performance.now();
      const r = spawnSync(
        'node',
        [join(bundle, 'cli.js'), 'check', '--checks', 'secrets', '--scope', 'all', '--cwd', dir].concat([
          '--config',
          configFile,
          '--json',
          json,
        ]),
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: WORK },
      );
      times.push((performance.now() - t) / 1000);
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`launch-gate CLI exit ${r.status}: ${r.stderr.slice(0, 300)}`);
      metrics = JSON.parse(readFileSync(json, 'utf8')).checks[0].metrics;
    }
    return { times, metrics };
  };
  const withWorkers = cli(dist);
  const oneThread = cli(single);
  const w = median(withWorkers.times);
  const w1 = median(oneThread.times);
  console.log(
    `    launch-gate CLI (bundle, ${withWorkers.metrics.workers} worker thread + main): median ${w.toFixed(2)} s, ${rate(w)} (${list(withWorkers.times)})`,
  );
  console.log(
    `    launch-gate CLI (bundle, main thread only): median ${w1.toFixed(2)} s, ${rate(w1)} (${list(oneThread.times)})`,
  );

  writeFileSync(
    join(dir, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/secretlint'),
      ['**/*', '--no-gitignore', '--maskSecrets', '--format', 'compact'],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      },
    );
    theirs.push((performance.now() - t) / 1000);
    const found = (r.stdout.match(/\n/g) ?? []).length;
    if (i === 0)
      console.log(
        `    secretlint CLI exit ${r.status}, ${found} output lines${r.status && r.status > 1 ? `: ${r.stderr.slice(0, 300)}` : ''}`,
      );
  }
  const s = median(theirs);
  console.log(`    secretlint CLI 13.0.6 (recommended preset): median ${s.toFixed(2)} s, ${rate(s)} (${list(theirs)})`);
  console.log(
    `    speed-up over the secretlint CLI: CLI ${(s / w).toFixed(1)}x (main thread only ${(s / w1).toFixed(1)}x), in process ${(s / o).toFixed(1)}x`,
  );
}

if (!args.has('--tree-only')) await prBench();
if (!args.has('--pr-only')) await treeBench();

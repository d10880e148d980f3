// Client bundle scan: ~50 MB of client output (real minified and plain JavaScript from this project's
// node_modules, cut into hashed chunks with source maps), 200 server-only values in the environment,
// 3 of them planted in chunks. Times whole `node dist/cli.js check --checks secrets` processes.
//   npx tsx bench/bundles/run.ts [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = '/tmp/lg-bundles-bench';
const APP = join(ROOT, 'app');
const TARGET = 50 * 1024 * 1024;
const CHUNK = 512 * 1024;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const cli = join(process.cwd(), 'dist', 'cli.js');

function* jsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* jsFiles(p);
    else if (/\.(?:c|m)?js$/.test(e.name) && statSync(p).size < 2e6) yield p;
  }
}

function build(values: string[]): number {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(join(APP, 'dist/assets'), { recursive: true });
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'bench-app', dependencies: { vite: '8' } }));
  writeFileSync(join(APP, '.gitignore'), 'dist\n');
  writeFileSync(
    join(APP, 'dist/index.html'),
    '<!doctype html><script type="module" src="/assets/index.js"></script>\n',
  );
  let total = 0;
  let n = 0;
  let buf: string[] = [];
  let size = 0;
  const flush = () => {
    const name = `chunk-${n.toString(36).padStart(4, '0')}-${randomBytes(4).toString('hex')}.js`;
    // Plant 3 of the values (plain, JSON-escaped inside a string, base64) in 3 chunks.
    if (n === 10) buf.push(`const k=${JSON.stringify(values[7])};`);
    if (n === 40) buf.push(`window.__CFG=${JSON.stringify(JSON.stringify({ key: values[77] }))};`);
    if (n === 80) buf.push(`const b="${Buffer.from(values[177]).toString('base64')}";`);
    const code = `${buf.join('\n')}\n//# sourceMappingURL=${name}.map\n`;
    writeFileSync(join(APP, 'dist/assets', name), code);
    writeFileSync(
      join(APP, 'dist/assets', `${name}.map`),
      JSON.stringify({ version: 3, sources: [`../../src/m${n}.ts`], names: [], mappings: 'AAAA' }),
    );
    total += code.length;
    n++;
    buf = [];
    size = 0;
  };
  for (const f of jsFiles(join(process.cwd(), 'node_modules'))) {
    const text = readFileSync(f, 'utf8');
    buf.push(text);
    size += text.length;
    if (size >= CHUNK) flush();
    if (total >= TARGET) break;
  }
  if (buf.length) flush();
  execFileSync('git', ['init', '-q'], { cwd: APP });
  execFileSync('git', ['add', '-A'], { cwd: APP });
  execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-qm', 'app'], { cwd: APP });
  return n;
}

function time(env: Record<string, string>): { s: number; out: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'check', '--checks', 'secrets', '--scope', 'all', '--no-color'], {
    cwd: APP,
    env: { PATH: process.env.PATH!, ...env },
    encoding: 'utf8',
  });
  return { s: Number(process.hrtime.bigint() - t) / 1e9, out: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const values = Array.from({ length: 200 }, () => randomBytes(24).toString('base64url'));
const chunks = build(values);
const env = Object.fromEntries(values.map((v, i) => [`SERVICE_${i}_API_SECRET`, v]));
const withValues: number[] = [];
const without: number[] = [];
let last = '';
for (let i = 0; i < runs; i++) {
  const a = time(env);
  withValues.push(a.s);
  last = a.out;
  without.push(time({}).s);
}
const line = last.split('\n').find((l) => l.includes('Secrets')) ?? '';
const found = (last.match(/server-secret-in-bundle/g) ?? []).length;
console.log(`${chunks} chunks + ${chunks} maps; ${line.trim()}`);
console.log(`server-secret-in-bundle findings: ${found} (3 planted)`);
console.log(
  `200 values: median ${median(withValues).toFixed(2)} s [${withValues.map((s) => s.toFixed(2)).join(', ')}]`,
);
console.log(`no values:  median ${median(without).toFixed(2)} s [${without.map((s) => s.toFixed(2)).join(', ')}]`);

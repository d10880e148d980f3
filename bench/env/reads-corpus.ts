// Read detection on code nobody wrote for this check: the installed dependencies' sources.
// Prints every line that mentions process.env without a reported read (for recall review) and
// every reported read (for precision review). Run: npx tsx bench/env/reads-corpus.ts [dirs...]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findReads, languageOf } from '../../src/checks/env/reads.js';

const DEFAULT = [
  '@actions',
  'jest-config',
  'jest-util',
  'ts-jest',
  'eslint/lib',
  'esbuild/lib',
  '@secretlint',
  'autocannon',
  'yargs',
  'chalk',
  'supports-color',
  'debug',
  'jest-runtime',
  '@jest',
].map((d) => `node_modules/${d}`);
const roots = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT;
const verbose = process.env.VERBOSE === '1';

let files = 0;
let mentions = 0;
const reads: string[] = [];
const unmatched: string[] = [];
function walk(dir: string): void {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const s = statSync(p);
    if (s.isDirectory()) {
      if (e !== 'node_modules') walk(p);
      continue;
    }
    const lang = languageOf(p);
    if (!lang || s.size > 512 * 1024 || p.endsWith('.d.ts')) continue;
    files++;
    const text = readFileSync(p, 'utf8');
    const lines = text.split('\n');
    const found = findReads(text, lang);
    const at = new Set(found.map((r) => r.line));
    for (const r of found) reads.push(`${p}:${r.line} ${r.name} | ${lines[r.line - 1].trim().slice(0, 100)}`);
    lines.forEach((l, i) => {
      if (!/process\.env/.test(l)) return;
      mentions++;
      if (!at.has(i + 1)) unmatched.push(`${p}:${i + 1} | ${l.trim().slice(0, 100)}`);
    });
  }
}
const t0 = performance.now();
for (const r of roots) walk(r);
const ms = performance.now() - t0;
console.log(
  `${files} files, ${reads.length} reads, ${mentions} lines mention process.env, ${unmatched.length} of them without a read; ${ms.toFixed(0)} ms`,
);
if (verbose) {
  console.log('\n# reads\n' + reads.join('\n'));
  console.log('\n# lines without a read\n' + unmatched.join('\n'));
}

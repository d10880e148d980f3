// Where the time of a whole-tree scan goes, single-threaded: reading, the byte prefilter, decoding,
// each rule (hint, pattern, accept), secretlint. Run: npx tsx bench/secrets/profile.ts [dir]
// (default: the tree that run.ts prepares). Numbers are CPU time on this thread, in ms.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shannon } from '../../src/checks/secrets/entropy.js';
import { isIntegrity, isPlaceholder } from '../../src/checks/secrets/placeholder.js';
import { RULES } from '../../src/checks/secrets/rules.js';
import { candidateOf, scanCandidate } from '../../src/checks/secrets/scan.js';
import { FileReader } from '../../src/checks/secrets/walk.js';

const dir = process.argv[2] ?? '/tmp/lg-secrets-bench/tree';
const paths: string[] = [];
const walk = (d: string) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) paths.push(relative(dir, p));
  }
};
walk(dir);

const t = { read: 0, prefilter: 0, scan: 0 };
const perRule = new Map<string, { ms: number; files: number; matches: number }>();
const reader = new FileReader(dir, 64 * 1024 * 1024);
let candidates = 0;
let candidateBytes = 0;
let bytes = 0;
for (const path of paths) {
  let t0 = performance.now();
  const r = reader.read(path);
  t.read += performance.now() - t0;
  if (!('bytes' in r)) continue;
  bytes += r.bytes.length;
  t0 = performance.now();
  const c = candidateOf(path, r.bytes);
  t.prefilter += performance.now() - t0;
  if (!c) continue;
  candidates++;
  candidateBytes += r.bytes.length;
  t0 = performance.now();
  await scanCandidate(c);
  t.scan += performance.now() - t0;
  // Each rule again on its own, to see which ones the scan time belongs to.
  const context = { path, text: c.text, file: c.text };
  RULES.forEach((rule, i) => {
    if (rule.path ? !rule.path.test(path) : false) return;
    if (!rule.keywords.some((k) => c.text.includes(k))) return;
    const s = performance.now();
    let n = 0;
    if (!rule.hint || rule.hint.test(c.text)) {
      rule.regex.lastIndex = 0;
      for (let m = rule.regex.exec(c.text); m; m = rule.regex.exec(c.text)) {
        if (m[0].length === 0) rule.regex.lastIndex++;
        n++;
        const g = m.groups ?? {};
        const secret = g.s ?? g.s2 ?? m[0];
        // The same filters as scan.ts's runRule, in the same order, before the rule's own check.
        if (!secret || isIntegrity(secret) || (rule.id !== 'private-key' && isPlaceholder(secret))) continue;
        if (rule.minEntropy && shannon(secret) < rule.minEntropy) continue;
        rule.accept?.(secret, m, context);
      }
    }
    const key = `${rule.id}#${i}`;
    const e = perRule.get(key) ?? { ms: 0, files: 0, matches: 0 };
    e.ms += performance.now() - s;
    e.files++;
    e.matches += n;
    perRule.set(key, e);
  });
}
const f = (ms: number) => ms.toFixed(0).padStart(6);
console.log(
  `${paths.length} files, ${(bytes / 1e6).toFixed(1)} MB read; ${candidates} candidates (${(candidateBytes / 1e6).toFixed(1)} MB)`,
);
console.log(`read ${f(t.read)} ms | prefilter+decode ${f(t.prefilter)} ms | rules+secretlint ${f(t.scan)} ms`);
console.log('rules by time (ms, files run on, pattern matches):');
for (const [k, e] of [...perRule].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
  console.log(`  ${f(e.ms)}  ${k.padEnd(32)} ${String(e.files).padStart(6)} ${String(e.matches).padStart(8)}`);

// Recall and precision of a scanner on a corpus. A positive is found when a finding sits on the expected
// line; every other finding (in a positive or a negative file) is a false positive. `evaluate` runs a
// per-file scanner; `measureCheck` runs the real check (scope all) on a git repository holding the corpus.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { check } from '../../../src/checks/secrets/index.js';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import type { Finding } from '../../../src/types.js';
import { Repo } from '../../helpers/repo.js';
import type { CorpusCase } from './corpus.js';

export interface HeldoutCase extends CorpusCase {
  /** Every line a finding may sit on for this case (the secret's line first): a finding elsewhere is a FP. */
  lines?: number[];
}

export interface Heldout {
  positives: HeldoutCase[];
  negatives: HeldoutCase[];
}

export interface Hit {
  rule: string;
  line: number;
}
export type Scanner = (file: string, content: string) => Promise<Hit[]>;

export interface Score {
  recall: number;
  precision: number;
  tp: number;
  fp: number;
  byProvider: Map<string, { found: number; total: number }>;
  /** Found positives reported under another rule id than expected. */
  wrongRule: string[];
  missedCases: HeldoutCase[];
  falsePositives: string[];
}

/**
 * Scores the hits of each positive and negative (same order as the corpus). A positive is found by a hit
 * on any of its lines, or with `onFirstLine` only by a hit on the secret's own line.
 */
export function score(corpus: Heldout, posHits: Hit[][], negHits: Hit[][], onFirstLine = false): Score {
  let tp = 0;
  const missedCases: HeldoutCase[] = [];
  const falsePositives: string[] = [];
  const wrongRule: string[] = [];
  const byProvider = new Map<string, { found: number; total: number }>();
  corpus.positives.forEach((c, i) => {
    const ok = c.lines ?? [c.line!];
    const hits = posHits[i];
    const onLine = hits.filter((h) => (onFirstLine ? h.line === ok[0] : ok.includes(h.line)));
    const p = byProvider.get(c.provider) ?? { found: 0, total: 0 };
    p.total++;
    byProvider.set(c.provider, p);
    if (onLine.length) {
      tp++;
      p.found++;
      if (!onLine.some((h) => h.rule === c.rule))
        wrongRule.push(`${c.name}: ${onLine.map((h) => h.rule).join(',')} (want ${c.rule})`);
    } else missedCases.push(c);
    for (const h of hits) if (!ok.includes(h.line)) falsePositives.push(`${c.name}: ${h.rule} on line ${h.line}`);
  });
  corpus.negatives.forEach((c, i) => {
    for (const h of negHits[i]) falsePositives.push(`${c.name}: ${h.rule} on line ${h.line}`);
  });
  const fp = falsePositives.length;
  return {
    recall: tp / corpus.positives.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    tp,
    fp,
    byProvider,
    wrongRule,
    missedCases,
    falsePositives,
  };
}

export interface Evaluation extends Score {
  positives: number;
  negatives: number;
  providers: number;
  missed: string[];
}

export async function evaluate(corpus: Heldout, scan: Scanner): Promise<Evaluation> {
  const posHits: Hit[][] = [];
  const negHits: Hit[][] = [];
  for (const c of corpus.positives) posHits.push(await scan(c.file, c.content));
  for (const c of corpus.negatives) negHits.push(await scan(c.file, c.content));
  const s = score(corpus, posHits, negHits);
  return {
    ...s,
    positives: corpus.positives.length,
    negatives: corpus.negatives.length,
    providers: new Set(corpus.positives.map((c) => c.provider)).size,
    missed: s.missedCases.map((c) => `${c.name} (${c.rule})`),
  };
}

export interface Measure extends Score {
  positives: number;
  missed: string[];
  /** The check's outcome as JSON (fingerprints dropped: they are hashes), to look for leaked values. */
  json: string;
}

/**
 * Runs the real check in scope all over the corpus, each case in its own folder of one git repository
 * (`p<i>` for positives, `n<i>` for negatives): the findings by folder, and the outcome as JSON (fingerprints
 * dropped: they are hashes), to look for leaked values.
 */
export async function scanCorpus(corpus: Heldout): Promise<{ byDir: Map<string, Finding[]>; json: string }> {
  const r = Repo.init();
  try {
    corpus.positives.forEach((c, i) => r.write(`p${i}/${c.file}`, c.content));
    corpus.negatives.forEach((c, i) => r.write(`n${i}/${c.file}`, c.content));
    r.commit('corpus');
    const outcome = await check.run(
      createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }), event: { name: 'local' } }),
    );
    expect(outcome.status).toBeUndefined();
    const byDir = new Map<string, Finding[]>();
    for (const f of outcome.findings) {
      const dir = f.file!.split('/')[0];
      byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    return { byDir, json: JSON.stringify(outcome, (k, v) => (k === 'fingerprint' ? undefined : v)) };
  } finally {
    r.cleanup();
  }
}

/** Recall and precision of the real check on the corpus (see scanCorpus). */
export async function measureCheck(corpus: Heldout, opts: { onFirstLine?: boolean } = {}): Promise<Measure> {
  const { byDir, json } = await scanCorpus(corpus);
  const hitsIn = (dir: string): Hit[] => (byDir.get(dir) ?? []).map((f) => ({ rule: f.rule, line: f.line! }));
  const s = score(
    corpus,
    corpus.positives.map((_, i) => hitsIn(`p${i}`)),
    corpus.negatives.map((_, i) => hitsIn(`n${i}`)),
    opts.onFirstLine,
  );
  return {
    ...s,
    positives: corpus.positives.length,
    missed: s.missedCases.map((c) => `${c.provider}: ${c.name}`),
    json,
  };
}

/** HELDOUT_REPORT=1 prints the per-provider table, misses and false positives. */
export function report(title: string, m: Measure, opts: { width?: number; ofTotal?: boolean } = {}): void {
  if (!process.env.HELDOUT_REPORT) return;
  const rows = [...m.byProvider].sort().map(([p, s]) => `  ${p.padEnd(opts.width ?? 24)} ${s.found}/${s.total}`);
  const found = opts.ofTotal ? `${m.tp}/${m.positives}` : `${m.tp}`;
  process.stdout.write(
    `\n${title}: recall ${m.recall.toFixed(3)} (${found}), precision ${m.precision.toFixed(3)} (${m.fp} FP)\n` +
      rows.join('\n') +
      `\n missed:\n${m.missed.map((x) => '  ' + x).join('\n')}\n false positives:\n${m.falsePositives.map((x) => '  ' + x).join('\n')}\n`,
  );
}

/** A corpus is big and varied enough, the same for a seed, different for another. */
export function expectCorpusShape(
  build: (seed?: string) => Heldout,
  min: { positives: number; providers: number; negatives: number },
): void {
  const h = build();
  expect(h.positives.length).toBeGreaterThanOrEqual(min.positives);
  expect(new Set(h.positives.map((c) => c.provider)).size).toBeGreaterThanOrEqual(min.providers);
  expect(h.negatives.length).toBeGreaterThanOrEqual(min.negatives);
  expect(JSON.stringify(build())).toBe(JSON.stringify(h));
  expect(JSON.stringify(build('another seed'))).not.toBe(JSON.stringify(h));
}

/** The repository hook's patterns (the armour built from parts so this file does not match itself). */
const DASHES = '-'.repeat(5);
const HOOK = new RegExp(
  [
    'AKIA[0-9A-Z]{16}',
    'gh[pousr]_[A-Za-z0-9]{36}',
    'sk_live_[A-Za-z0-9]{20,}',
    'xox[baprs]-[0-9]{6,}',
    `${DASHES}BEGIN ([A-Z]+ )?PRIVATE KEY${DASHES}`,
  ].join('|'),
);

export function expectNoScannerVisibleLiteral(source: URL): void {
  expect(readFileSync(source, 'utf8')).not.toMatch(HOOK);
}

/**
 * No 8-character window of any secret (every 4th offset) appears in the check's output. Windows that are
 * plain words or base64 padding are skipped, and those matching `alsoSkip` (names shared with the text).
 */
export function expectNoLeak(cases: HeldoutCase[], json: string, alsoSkip?: RegExp): void {
  for (const c of cases) {
    const s = c.secret!;
    for (let i = 0; i + 8 <= s.length; i += 4) {
      const w = s.slice(i, i + 8);
      if (/^[a-z./:@_-]+$/i.test(w) || /^[A-Za-z0-9+/]*={1,2}$/.test(w) || alsoSkip?.test(w)) continue;
      expect({ name: c.name, leaked: json.includes(w) ? w.slice(0, 4) : '' }).toEqual({ name: c.name, leaked: '' });
    }
  }
}

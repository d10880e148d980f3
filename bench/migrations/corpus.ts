// Runs the migrations check over the authored corpus and scores it against expectations.json.
// Shared by the corpus test and the squawk comparison; prints nothing itself.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { check } from '../../src/checks/migrations/index.js';
import type { CheckOutcome } from '../../src/types.js';

export const CORPUS = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../__tests__/fixtures/migrations',
);

export interface Expectations {
  unsafe: Record<string, { rule: string; line: number }[]>;
  safe: string[];
}

export const loadExpectations = (): Expectations => JSON.parse(readFileSync(join(CORPUS, 'expectations.json'), 'utf8'));

export interface Score {
  expected: number;
  truePositives: number;
  falsePositives: number;
  missed: string[];
  unexpected: string[];
  recall: number;
  precision: number;
}

/** Scores findings `file:line rule` against the expectations: exact rule and line. */
export function score(found: { file: string; line: number; rule: string }[], exp: Expectations): Score {
  const want = new Set(Object.entries(exp.unsafe).flatMap(([f, es]) => es.map((e) => `${f}:${e.line} ${e.rule}`)));
  const got = new Set(found.map((f) => `${f.file}:${f.line} ${f.rule}`));
  const tp = [...want].filter((w) => got.has(w)).length;
  const unexpected = [...got].filter((g) => !want.has(g));
  return {
    expected: want.size,
    truePositives: tp,
    falsePositives: unexpected.length,
    missed: [...want].filter((w) => !got.has(w)),
    unexpected,
    recall: want.size ? tp / want.size : 1,
    precision: tp + unexpected.length ? tp / (tp + unexpected.length) : 1,
  };
}

/** Copies the corpus to `dir` (outside any git repository) and runs the check with scope all. */
export async function runCorpus(dir: string): Promise<CheckOutcome> {
  cpSync(CORPUS, dir, { recursive: true });
  const ctx = createContext({ cwd: dir, config: buildConfig({ scope: 'all', migrations: { style: true } }) });
  return check.run(ctx);
}

// Recall and precision of a scanner on the corpus. A positive is found when a finding sits on the
// expected line; every other finding (in a positive or a negative file) is a false positive.
import type { CorpusCase } from './corpus.js';

export interface Hit {
  rule: string;
  line: number;
}
export type Scanner = (file: string, content: string) => Promise<Hit[]>;

export interface Evaluation {
  recall: number;
  precision: number;
  tp: number;
  fp: number;
  positives: number;
  negatives: number;
  providers: number;
  /** Found positives reported under another rule id than expected. */
  wrongRule: string[];
  missed: string[];
  falsePositives: string[];
}

export async function evaluate(
  corpus: { positives: CorpusCase[]; negatives: CorpusCase[] },
  scan: Scanner,
): Promise<Evaluation> {
  let tp = 0;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const wrongRule: string[] = [];
  for (const c of corpus.positives) {
    const hits = await scan(c.file, c.content);
    const onLine = hits.filter((h) => h.line === c.line);
    if (onLine.length) {
      tp++;
      if (!onLine.some((h) => h.rule === c.rule))
        wrongRule.push(`${c.name}: ${onLine.map((h) => h.rule).join(',')} (want ${c.rule})`);
    } else missed.push(`${c.name} (${c.rule})`);
    for (const h of hits) if (h.line !== c.line) falsePositives.push(`${c.name}: ${h.rule} on line ${h.line}`);
  }
  for (const c of corpus.negatives) {
    for (const h of await scan(c.file, c.content)) falsePositives.push(`${c.name}: ${h.rule} on line ${h.line}`);
  }
  const fp = falsePositives.length;
  return {
    recall: tp / corpus.positives.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    tp,
    fp,
    positives: corpus.positives.length,
    negatives: corpus.negatives.length,
    providers: new Set(corpus.positives.map((c) => c.provider)).size,
    wrongRule,
    missed,
    falsePositives,
  };
}

// The held-out corpus through the real check (scope all, on a real git repository): recall and precision
// must not fall below what was reached. HELDOUT_REPORT=1 prints the per-provider table, misses and FPs.
import { describe, expect, it } from '@jest/globals';
import { buildCorpus } from './corpus.js';
import {
  expectCorpusShape,
  expectNoLeak,
  expectNoScannerVisibleLiteral,
  measureCheck as measure,
  report,
} from './evaluate.js';
import { buildHeldout, buildHeldoutB } from './heldout.js';

describe('held-out corpus', () => {
  it('is large, varied, deterministic and holds no literal credential', () => {
    expectCorpusShape(buildHeldout, { positives: 60, providers: 30, negatives: 40 });
    expectNoScannerVisibleLiteral(new URL('./heldout.ts', import.meta.url));
  });

  it('keeps recall and precision on the held-out corpus, leaking no secret', async () => {
    const m = await measure(buildHeldout());
    report('held-out', m);
    // Reached: 104/105 (the Algolia admin key passed to algoliasearch() in JS is indistinguishable
    // from a public search key), no false positive. Before the fixes: 58/105.
    expect(m.recall).toBeGreaterThanOrEqual(104 / 105);
    expect(m.precision).toBe(1);
    expectNoLeak(buildHeldout().positives, m.json);
  });

  it('keeps recall and precision on batch B', async () => {
    const m = await measure(buildHeldoutB());
    report('held-out B', m);
    // Reached: 38/38, no false positive. First measured (before the second round of fixes): 23/38.
    expect(m.recall).toBe(1);
    expect(m.precision).toBe(1);
  });

  it('holds on other random draws (HELDOUT_SEEDS=1 only: a report, not a gate)', async () => {
    if (!process.env.HELDOUT_SEEDS) return;
    for (const seed of ['s1', 's2', 's3']) {
      report(`held-out seed ${seed}`, await measure(buildHeldout(seed)));
      report(`held-out B seed ${seed}`, await measure(buildHeldoutB(seed)));
    }
  });

  it('measures the author corpus the same way', async () => {
    const m = await measure(buildCorpus('heldout-run'));
    report('author corpus', m);
    expect({ missed: m.missed, falsePositives: m.falsePositives }).toEqual({ missed: [], falsePositives: [] });
  });
});

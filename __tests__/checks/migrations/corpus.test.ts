import { describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { tmpDir } from '../../helpers/repo.js';
import { loadExpectations, runCorpus, score } from '../../../bench/migrations/corpus.js';

describe('migrations corpus', () => {
  test('every expected finding at its rule and line, silence on safe files', async () => {
    const dir = tmpDir('lg-mig-corpus-');
    try {
      const exp = loadExpectations();
      const out = await runCorpus(dir);
      const found = out.findings.map((f) => ({ file: f.file!, line: f.line!, rule: f.rule }));
      const s = score(found, exp);

      console.log(
        `corpus: ${Object.keys(exp.unsafe).length} unsafe + ${exp.safe.length} safe files; ` +
          `recall ${(s.recall * 100).toFixed(1)}% (${s.truePositives}/${s.expected}), precision ${(s.precision * 100).toFixed(1)}%`,
      );
      const noisySafe = found.filter((f) => exp.safe.includes(f.file)).map((f) => `${f.file}:${f.line} ${f.rule}`);
      expect({ noisySafe, missed: s.missed, unexpected: s.unexpected }).toEqual({
        noisySafe: [],
        missed: [],
        unexpected: [],
      });
      // The corpus holds a parse error on purpose: the check must say it could not check everything.
      expect(out.status).toBe('error');
      expect(out.summary).toMatch(/0047_broken\.sql:3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Recall and precision on the test corpus: our check's scanner vs secretlint's recommended preset alone.
// Run: npx tsx bench/secrets/corpus-report.ts
import { lintSource } from '@secretlint/core';
import { creator } from '@secretlint/secretlint-rule-preset-recommend';
import { buildCorpus } from '../../__tests__/checks/secrets/corpus.js';
import { evaluate, type Evaluation, type Scanner } from '../../__tests__/checks/secrets/evaluate.js';
import { scanText } from '../../src/checks/secrets/scan.js';

const ours: Scanner = async (file, content) =>
  (await scanText(file, content)).map((m) => ({ rule: m.rule, line: m.line }));

const secretlintAlone: Scanner = async (file, content) => {
  const r = await lintSource({
    source: { filePath: file, content, ext: /\.[^./]+$/.exec(file)?.[0] ?? '', contentType: 'text' },
    options: {
      config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator as never }] },
      maskSecrets: true,
    },
  });
  return r.messages.map((m) => ({
    rule: m.ruleId.replace('@secretlint/secretlint-rule-', ''),
    line: m.loc.start.line,
  }));
};

function print(name: string, e: Evaluation): void {
  console.log(
    `${name}: recall ${e.recall.toFixed(3)} (${e.tp}/${e.positives}), precision ${e.precision.toFixed(3)} (${e.fp} false positives)`,
  );
  if (process.argv.includes('--verbose')) {
    for (const m of e.missed) console.log(`  missed: ${m}`);
    for (const f of e.falsePositives) console.log(`  false positive: ${f}`);
    for (const w of e.wrongRule) console.log(`  other rule: ${w}`);
  }
}

const corpus = buildCorpus();
console.log(
  `corpus: ${corpus.positives.length} positives over ${new Set(corpus.positives.map((c) => c.provider)).size} providers, ${corpus.negatives.length} hard negatives`,
);
print('launch-gate secrets', await evaluate(corpus, ours));
print('secretlint recommended preset alone', await evaluate(corpus, secretlintAlone));

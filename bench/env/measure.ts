// Env check measurements: precision/recall and reads found on the recreated apps, then throughput
// of a whole-tree scan (scope all) on a synthetic monorepo. Run: npx tsx bench/env/measure.ts
import { buildConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { check } from '../../src/checks/env/index.js';
import { ENV_APPS } from '../../__tests__/fixtures/env-apps/apps.js';
import { measureApp } from '../../__tests__/fixtures/env-apps/measure.js';
import { Repo } from '../../__tests__/helpers/repo.js';

async function apps(): Promise<void> {
  console.log('| app | reads found / present | reported | true pos. | false pos. | missed | ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const app of ENV_APPS) {
    const m = await measureApp(app);
    tp += m.truePositives.length;
    fp += m.falsePositives.length;
    fn += m.falseNegatives.length;
    console.log(
      `| ${m.app} | ${m.reads} / ${m.expectedReads} | ${m.reported.length} | ${m.truePositives.length} | ${m.falsePositives.length} | ${m.falseNegatives.length} | ${m.durationMs.toFixed(0)} |`,
    );
    for (const k of m.falsePositives) console.log(`  false positive: ${k}`);
    for (const k of m.falseNegatives) console.log(`  missed: ${k}`);
  }
  console.log(
    `\nprecision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`,
  );
}

/** A monorepo of `n` modules, each reading a handful of variables, a tenth of them undeclared. */
async function throughput(n: number): Promise<void> {
  const r = Repo.init();
  try {
    const declared: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = `SERVICE_${i}_URL`;
      if (i % 10) declared.push(`${v}=https://svc-${i}.internal`);
      const body = [
        `import { helper } from './helper-${i}';`,
        `export const url${i} = process.env.${v};`,
        `const { LOG_LEVEL, PORT } = process.env;`,
        `export const timeout${i} = Number(process.env.TIMEOUT_MS ?? 5000);`,
        ...Array.from({ length: 60 }, (_, k) => `export function f${k}(x: number) { return helper(x * ${k}); }`),
      ].join('\n');
      r.write(`packages/pkg-${i % 40}/src/module-${i}.ts`, body);
    }
    r.write('.env.example', ['LOG_LEVEL=info', 'PORT=3000', 'TIMEOUT_MS=5000', ...declared].join('\n'));
    r.commit('monorepo');
    const ctx = createContext({
      cwd: r.dir,
      env: {},
      config: buildConfig({ scope: 'all', env: { validate: 'never' } }),
    });
    const t0 = performance.now();
    const o = await check.run(ctx);
    const ms = performance.now() - t0;
    console.log(
      `scope all, ${n} files (${o.metrics?.filesScanned} scanned, ${o.metrics?.reads} reads, ${o.metrics?.undeclaredReads} undeclared): ${ms.toFixed(0)} ms, ${((Number(o.metrics?.filesScanned) / ms) * 1000).toFixed(0)} files/s`,
    );
  } finally {
    r.cleanup();
  }
}

await apps();
console.log('');
for (const n of [500, 2000]) await throughput(n);

// Bundles the action (dist/index.js), the command line (dist/cli.js) and the secrets check's worker
// thread (dist/secrets-worker.js) into self-contained ESM files that run with plain `node` (20 and
// 24) and no node_modules.
import { build } from 'esbuild';
import { rmSync, mkdirSync } from 'node:fs';

const outdir = process.env.LAUNCH_GATE_OUTDIR || 'dist';
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  // secrets-worker: the worker thread of the secrets check's whole-tree scan (src/checks/secrets/tree.ts finds it).
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'secrets-worker': 'src/checks/secrets/worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
  },
});

// Bundles the action (dist/index.js), the command line (dist/cli.js) and the secrets check's worker
// thread (dist/secrets-worker.js) into self-contained ESM files that run with plain `node` (20 and
// 24) and no node_modules.
import { build } from 'esbuild';
import { rmSync, mkdirSync } from 'node:fs';

const outdir = process.env.LAUNCH_GATE_OUTDIR || 'dist';
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const banner = {
  js: "import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
};

// The AI check's JSON Schema reader (full zod) is its own file beside the chunks: left to code splitting,
// the zod core it shares with the config's zod/mini would load with every run (bench/startup).
const ownFile = {
  name: 'ai-json-schema-own-file',
  setup(b) {
    b.onResolve({ filter: /^\.\/json-schema\.js$/ }, (args) =>
      args.importer.endsWith('src/checks/ai/cases.ts') ? { path: './json-schema.js', external: true } : undefined,
    );
  },
};

await build({
  entryPoints: { 'chunks/json-schema': 'src/checks/ai/json-schema.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner,
});

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
  banner,
  plugins: [ownFile],
});

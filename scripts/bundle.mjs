// Bundles the action (dist/index.js) and the command line (dist/cli.js) into self-contained ESM
// files that run with plain `node` (20 and 24) and no node_modules.
import { build } from 'esbuild';
import { rmSync, mkdirSync } from 'node:fs';

const outdir = process.env.LAUNCH_GATE_OUTDIR || 'dist';
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
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

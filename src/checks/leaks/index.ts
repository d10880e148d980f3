// Leaks outside the source tree, scanned whole on every scope (contract: build and run outputs):
// built client bundles (`secrets.bundles`) and log files (`secrets.logs`). Called by the secrets check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { CheckContext, Finding } from '../../types.js';
import { TEMPLATE } from '../env/declared.js';
import { parseContract } from '../env/contract.js';
import { configuredOutputs, findClientOutputs, type ClientOutput } from './bundle-dirs.js';
import { scanBundles, serverValues } from './bundles.js';
import { scanLogFiles } from './log-files.js';

export { LEAK_RULES } from './rules.js';

export interface LeakScan {
  findings: Finding[];
  notes: string[];
  /** One clause for the secrets summary ("scanned 41 client assets (2.3 MB)"); empty when nothing was scanned. */
  summary?: string;
  metrics?: Record<string, unknown>;
  /** Folders this scan covered (client output): the tree scan's findings there are reported here instead. */
  covers: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Names any env template of the tree marks `# secret`. */
async function markedSecret(cwd: string): Promise<Set<string>> {
  const names = new Set<string>();
  const files = await glob(['**/.env*', '**/*.env*'], {
    cwd,
    dot: true,
    deep: 5,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  for (const f of files.filter((p) => TEMPLATE.test(p))) {
    try {
      for (const v of parseContract(readFileSync(join(cwd, f), 'utf8'), f).vars) if (v.secret) names.add(v.name);
    } catch {
      /* unreadable template: the env check reports it */
    }
  }
  return names;
}

export async function scanLeaks(ctx: CheckContext): Promise<LeakScan> {
  const cfg = ctx.config.secrets;
  const notes: string[] = [];
  const findings: Finding[] = [];
  const clauses: string[] = [];
  const metrics: Record<string, unknown> = {};

  let outputs: ClientOutput[];
  if (cfg.bundles) outputs = configuredOutputs(ctx.cwd, cfg.bundles);
  else {
    const d = await findClientOutputs(ctx.cwd);
    outputs = d.outputs;
    if (d.unbuilt.length)
      notes.push(
        `no client build output in ${d.unbuilt.slice(0, 5).join(', ')}: run the gate after the build (npm run build) to scan what browsers download`,
      );
  }
  if (outputs.length) {
    const values = serverValues(ctx.env, await markedSecret(ctx.cwd));
    for (const v of values) ctx.mask(v.value);
    const b = await scanBundles(ctx.cwd, outputs, values, ctx.mask, ctx.signal);
    findings.push(...b.findings);
    notes.push(...b.notes);
    const where = [...new Set(outputs.map((o) => `${o.shown} (${o.framework})`))];
    clauses.push(
      `${plural(b.files, 'client asset')} (${mb(b.bytes)}) in ${where.slice(0, 3).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''}`,
    );
    notes.push(
      `client output: ${where.join(', ')}; checked against ${plural(values.length, 'server-only value')} of this step's environment`,
    );
    Object.assign(metrics, {
      bundleDirs: outputs.map((o) => o.dir),
      bundleFiles: b.files,
      bundleBytes: b.bytes,
      serverValues: values.length,
    });
  }

  if (cfg.logs.length) {
    const l = await scanLogFiles(ctx.cwd, cfg.logs, ctx.mask, ctx.signal);
    findings.push(...l.findings);
    notes.push(...l.notes);
    clauses.push(`${plural(l.files, 'log file')} (${mb(l.bytes)})`);
    Object.assign(metrics, { logFiles: l.files, logBytes: l.bytes });
  }
  return {
    findings,
    notes,
    ...(clauses.length ? { summary: clauses.join(', ') } : {}),
    metrics,
    covers: outputs.map((o) => o.dir),
  };
}

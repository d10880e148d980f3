// Collects the migration files a run looks at, which of them are judged, and their dialect.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gitText } from '../../scope/git.js';
import { excluder } from '../../scope/index.js';
import { readText } from '../../scope/read.js';
import type { Scope } from '../../scope/types.js';
import {
  byApplyOrder,
  DIALECT_CONFIG,
  discover,
  frameworkFromMarkers,
  markerCandidate,
  type Discovered,
} from './discover.js';
import type { MigrationFile } from './model.js';

const JUDGED = new Set(['added', 'modified', 'renamed']);
/** How much of a candidate file is read to look for a framework's up marker, and how many files at most. */
const MARKER_BYTES = 256 * 1024;
const MARKER_FILES = 5000;

/** SQL files outside the known layouts that carry a migration tool's up marker (goose, dbmate, ...). */
async function discoverByMarkers(cwd: string, paths: string[], signal?: AbortSignal): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for (const p of paths.filter(markerCandidate).slice(0, MARKER_FILES)) {
    if (signal?.aborted) break;
    const r = await readText(cwd, p, MARKER_BYTES);
    const fw = 'text' in r ? frameworkFromMarkers(r.text) : undefined;
    if (fw) out.push({ path: p, framework: fw });
  }
  return out;
}

/** Migrations among `paths`: the configured globs, or the known layouts plus files with a tool's markers. */
async function discoverAll(cwd: string, paths: string[], globs: string[] | undefined, signal?: AbortSignal) {
  // Drizzle Kit keeps meta/_journal.json next to its migrations, whatever the folder is called.
  const pathSet = new Set(paths);
  const found = discover(paths, globs).map((d) =>
    (d.framework === 'plain' || d.framework === 'configured') &&
    pathSet.has(join(dirname(d.path), 'meta/_journal.json'))
      ? { ...d, framework: 'drizzle' as const }
      : d,
  );
  if (globs?.length) return found;
  return [...found, ...(await discoverByMarkers(cwd, paths, signal))].sort(byApplyOrder);
}

/**
 * Every migration in the tree (old ones feed schema knowledge and trace mode's base), with the ones the
 * scope selects marked judged. In diff scope the tree comes from `git ls-files`, since the scope lists only
 * changed files.
 */
export async function collectMigrations(
  cwd: string,
  scope: Scope,
  globs: string[] | undefined,
  exclude: string[],
  signal?: AbortSignal,
): Promise<{ files: MigrationFile[]; allPaths: string[] }> {
  let allPaths: string[];
  if (scope.kind === 'all') allPaths = scope.files.map((f) => f.path);
  else {
    const out = await gitText(cwd, ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--', '.'], signal);
    const isExcluded = excluder(exclude);
    allPaths = out.split('\0').filter((p) => p && !isExcluded(p) && existsSync(join(cwd, p)));
  }
  const judged =
    scope.kind === 'all'
      ? new Set(allPaths)
      : new Set(scope.files.filter((f) => JUDGED.has(f.status)).map((f) => f.path));
  const files = (await discoverAll(cwd, allPaths, globs, signal)).map((d) => ({ ...d, judged: judged.has(d.path) }));
  return { files, allPaths };
}

/** Whether the scope holds any migration file (for `checks: auto`). */
export async function scopeHasMigrations(cwd: string, scope: Scope, globs: string[] | undefined): Promise<boolean> {
  const paths = scope.files.filter((f) => f.status !== 'deleted').map((f) => f.path);
  if (discover(paths, globs).length > 0) return true;
  return !globs?.length && (await discoverByMarkers(cwd, paths)).length > 0;
}

export const dialectConfigFiles = (allPaths: string[]): string[] =>
  allPaths.filter((p) => DIALECT_CONFIG.test(p) && !p.includes('node_modules/'));

// Collects the migration files a run looks at, which of them are judged, and their dialect.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitText } from '../../scope/git.js';
import { excluder } from '../../scope/index.js';
import type { Scope } from '../../scope/types.js';
import { DIALECT_CONFIG, discover } from './discover.js';
import type { MigrationFile } from './model.js';

const JUDGED = new Set(['added', 'modified', 'renamed']);

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
  const files = discover(allPaths, globs).map((d) => ({ ...d, judged: judged.has(d.path) }));
  return { files, allPaths };
}

/** Whether the scope holds any migration file (for `checks: auto`). */
export function scopeHasMigrations(scope: Scope, globs: string[] | undefined): boolean {
  const paths = scope.files.filter((f) => f.status !== 'deleted').map((f) => f.path);
  return discover(paths, globs).length > 0;
}

export const dialectConfigFiles = (allPaths: string[]): string[] =>
  allPaths.filter((p) => DIALECT_CONFIG.test(p) && !p.includes('node_modules/'));

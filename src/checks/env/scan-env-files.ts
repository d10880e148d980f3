// Finds real env files (values, not templates) that are committed, or about to be.
import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gitText } from '../../scope/git.js';
import type { Scope } from '../../scope/types.js';
import { envFileKind } from './env-files.js';

export interface EnvFileHit {
  path: string;
  kind: 'real' | 'test';
  /** committed: tracked at head; history: added by a commit of the diff, deleted since; untracked: not ignored. */
  state: 'committed' | 'history' | 'untracked';
  commit?: string;
  /** The file is a symlink (git stores only the target path, never the values): where it points. */
  link?: string;
}

/** Marks hits that are symlinks in the working tree: `.env -> ../../.env` commits a path, not values. */
async function markLinks(cwd: string, hits: EnvFileHit[]): Promise<EnvFileHit[]> {
  for (const h of hits) {
    if (h.state === 'history') continue;
    try {
      if ((await lstat(join(cwd, h.path))).isSymbolicLink()) h.link = await readlink(join(cwd, h.path));
    } catch {
      /* not in the working tree: judged as listed */
    }
  }
  return hits;
}

export async function findEnvFiles(cwd: string, scope: Scope, signal: AbortSignal): Promise<EnvFileHit[]> {
  const hits: EnvFileHit[] = [];
  const kindOf = (p: string) => {
    const k = envFileKind(p);
    return k === 'real' || k === 'test' ? k : undefined;
  };
  if (scope.kind === 'diff') {
    const live = new Set<string>();
    for (const f of scope.files) {
      const kind = kindOf(f.path);
      if (!kind || f.status === 'deleted') continue;
      live.add(f.path);
      hits.push({ path: f.path, kind, state: 'committed' });
    }
    for (const h of scope.hunks) {
      const kind = kindOf(h.path);
      if (!kind || live.has(h.path) || hits.some((x) => x.path === h.path)) continue;
      hits.push({ path: h.path, kind, state: 'history', commit: h.commit });
    }
    return markLinks(cwd, hits);
  }
  if (!scope.gitRoot) return hits;
  const candidates = scope.files.filter((f) => kindOf(f.path));
  if (!candidates.length) return hits;
  const tracked = new Set(
    (await gitText(cwd, ['ls-files', '-z', '--', ...candidates.map((f) => f.path)], signal))
      .split('\0')
      .filter(Boolean),
  );
  for (const f of candidates) {
    hits.push({ path: f.path, kind: kindOf(f.path)!, state: tracked.has(f.path) ? 'committed' : 'untracked' });
  }
  return markLinks(cwd, hits);
}

/** Real env files git tracks, for `applies` (cheap: one ls-files). */
export async function trackedEnvFiles(cwd: string): Promise<string[]> {
  try {
    const out = await gitText(cwd, ['ls-files', '-z']);
    return out.split('\0').filter((p) => p && (envFileKind(p) === 'real' || envFileKind(p) === 'test'));
  } catch {
    return [];
  }
}

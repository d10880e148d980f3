// Checks the base commit out in a detached git worktree next to the head checkout.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onProcessEnd } from './teardown.js';

const execFileP = promisify(execFile);

async function git(cwd: string, args: string[], signal?: AbortSignal): Promise<string> {
  const { stdout } = await execFileP('git', args, { cwd, signal, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

/**
 * Worktrees not yet removed. A cancelled run (Ctrl-C, SIGTERM, a check timeout) may let the
 * process exit before the check's own cleanup finishes: remove them synchronously on exit.
 */
const live = new Map<string, { root: string; parent: string }>();
function removeSync(path: string, root: string, parent: string): void {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', path], { cwd: root, stdio: 'ignore' });
  } catch {
    // prune below forgets it once the directory is gone
  }
  rmSync(parent, { recursive: true, force: true });
  try {
    execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore' });
  } catch {
    // nothing more to do
  }
}
let teardownInstalled = false;
function installExitHook(): void {
  if (teardownInstalled) return;
  teardownInstalled = true;
  onProcessEnd(() => {
    for (const [path, { root, parent }] of live) removeSync(path, root, parent);
    live.clear();
  });
}

export interface Worktree {
  /** The directory matching the head's working directory inside the base checkout. */
  dir: string;
  sha: string;
  remove(): Promise<void>;
  /** Notes for the report (e.g. the commit had to be fetched). */
  notes: string[];
}

/** Adds a worktree for `base`, fetching it from origin when the clone lacks it. */
export async function addBaseWorktree(cwd: string, base: string, signal: AbortSignal): Promise<Worktree> {
  const notes: string[] = [];
  const root = await git(cwd, ['rev-parse', '--show-toplevel'], signal);
  const prefix = await git(cwd, ['rev-parse', '--show-prefix'], signal);
  let sha: string;
  try {
    sha = await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`], signal);
  } catch {
    try {
      await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', base], signal);
      notes.push(`fetched base commit ${base.slice(0, 12)} from origin`);
      sha = await git(root, ['rev-parse', '--verify', `${base.length === 40 ? base : 'FETCH_HEAD'}^{commit}`], signal);
    } catch (e) {
      throw new Error(`base commit ${base} is not in the clone and could not be fetched from origin: ${firstLine(e)}`);
    }
  }
  const parent = mkdtempSync(join(tmpdir(), 'lg-perf-base-'));
  const path = join(parent, 'base');
  installExitHook();
  live.set(path, { root, parent });
  try {
    await git(root, ['worktree', 'add', '--detach', path, sha], signal);
  } catch (e) {
    live.delete(path);
    removeSync(path, root, parent);
    throw e;
  }
  return {
    dir: prefix ? join(path, prefix) : path,
    sha,
    notes,
    async remove() {
      live.delete(path);
      try {
        await git(root, ['worktree', 'remove', '--force', path]);
      } catch {
        // fall through: the directory goes anyway and prune forgets it
      }
      rmSync(parent, { recursive: true, force: true });
      await git(root, ['worktree', 'prune']).catch(() => undefined);
    },
  };
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n')[0];
}

// Checks the base commit out in a detached git worktree next to the head checkout.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

async function git(cwd: string, args: string[], signal?: AbortSignal): Promise<string> {
  const { stdout } = await execFileP('git', args, { cwd, signal, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
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
  await git(root, ['worktree', 'add', '--detach', path, sha], signal);
  return {
    dir: prefix ? join(path, prefix) : path,
    sha,
    notes,
    async remove() {
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

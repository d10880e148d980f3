// Thin wrapper around the git binary: buffers output, never throws on a non-zero exit unless asked.
import { spawn } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export function git(cwd: string, args: string[], signal?: AbortSignal): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=false', ...args], {
      cwd,
      signal,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
  });
}

/** Runs git and returns stdout as text; throws with git's own message on failure. */
export async function gitText(cwd: string, args: string[], signal?: AbortSignal): Promise<string> {
  const r = await git(cwd, args, signal);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr || `exit ${r.code}`}`);
  return r.stdout.toString('utf8');
}

export async function gitOk(cwd: string, args: string[], signal?: AbortSignal): Promise<boolean> {
  return (await git(cwd, args, signal)).code === 0;
}

// Reads a file of the scope as text for content scanners, skipping what should not be scanned.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

export type ReadResult = { text: string } | { skip: string };

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A NUL byte in the first 8 KiB marks a binary file (git's own heuristic). */
export function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

export async function readText(cwd: string, path: string, maxFileSize: number): Promise<ReadResult> {
  let fh;
  try {
    // O_NOFOLLOW: a symlink may point outside the repository; its target is not the repo's content.
    fh = await open(join(cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { skip: code === 'ELOOP' ? 'symlink' : `unreadable (${code ?? 'error'})` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { skip: 'not a regular file' };
    if (st.size > maxFileSize) return { skip: `larger than ${Math.round(maxFileSize / 1024)} KiB` };
    const buf = await fh.readFile();
    if (isBinary(buf)) return { skip: 'binary' };
    // Non-UTF-8 text decodes with replacement characters instead of failing.
    return { text: utf8.decode(buf) };
  } finally {
    await fh.close();
  }
}

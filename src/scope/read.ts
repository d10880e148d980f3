// Reads a file of the scope as text for content scanners, skipping what should not be scanned.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

export type ReadResult = { text: string; utf16?: boolean } | { skip: string };

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A NUL byte in the first 8 KiB marks a binary file (git's own heuristic). */
export function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/**
 * The byte order of UTF-16 text (Windows editors and PowerShell write it), by its byte-order mark or, without
 * one, by NUL high bytes on every other position of mostly-ASCII text; undefined for anything else.
 */
export function utf16Order(buf: Uint8Array): 'le' | 'be' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'be';
  const n = Math.min(buf.length, 8000) & ~1;
  // Text without a NUL byte (nearly every file) is not counted byte by byte.
  if (n < 16 || !buf.subarray(0, n).includes(0)) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero >= 0.9 * half && evenZero <= 0.02 * half) return 'le';
  if (evenZero >= 0.9 * half && oddZero <= 0.02 * half) return 'be';
  return undefined;
}

/** UTF-16 files over a check's size limit are still read whole up to this (not streamed: a chunk could split a character). */
export const UTF16_LIMIT = 64 * 1024 * 1024;

const utf16le = new TextDecoder('utf-16le');

/** UTF-16 bytes as a string (the byte-order mark dropped). */
export function decodeUtf16(buf: Uint8Array, order: 'le' | 'be'): string {
  let bytes = buf.subarray(0, buf.length & ~1);
  if (order === 'be') {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    bytes = swapped;
  }
  return utf16le.decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * `worth`: a test of the raw bytes of UTF-8 text; a file that fails it is not decoded (skipped as
 * 'nothing to look for'), so a scanner that needs a literal does not pay for decoding every file.
 */
export async function readText(
  cwd: string,
  path: string,
  maxFileSize: number,
  worth?: (bytes: Buffer) => boolean,
): Promise<ReadResult> {
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
    const order = utf16Order(buf);
    if (order) return { text: decodeUtf16(buf, order), utf16: true };
    if (isBinary(buf)) return { skip: 'binary' };
    if (worth && !worth(buf)) return { skip: 'nothing to look for' };
    // Non-UTF-8 text decodes with replacement characters instead of failing.
    return { text: utf8.decode(buf) };
  } finally {
    await fh.close();
  }
}

// Reads the files of an `all` scope, skipping what cannot hold a readable secret. Synchronous on
// purpose: a tree is mostly small files, and four promise round trips through the thread pool per
// file (open, stat, read, close) cost more than reading them. Callers yield to the event loop.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf16, UTF16_LIMIT, utf16Order } from '../../scope/read.js';

/** Extensions of formats that are binary (or compressed) by construction: skipped without reading. */
const BINARY_EXT =
  /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|class|pdf|mp[34]|mov|avi|webm|ogg|wav|flac|wasm|node|so|dylib|dll|exe|bin|o|a|pyc|sqlite3?|db)$/i;

/** A NUL byte in the first 8,000 bytes marks a binary file (git's own heuristic). */
const SNIFF = 8000;

/** `bytes` is only valid until the next read of the same reader (its buffer is reused). `large`: a text
 *  file over the size limit, to be scanned in chunks (never a silent pass). */
export type FileBytes =
  { path: string; bytes: Buffer } | { path: string; skip: string } | { path: string; large: number };

/** Files over this are not streamed either: the check errors on them rather than pass them unread. */
export const STREAM_LIMIT = 512 * 1024 * 1024;
/** Bytes per chunk of a streamed file, and how much of the previous chunk the next one repeats. */
const CHUNK = 8 * 1024 * 1024;
const OVERLAP = 64 * 1024;

/** Buckets a skip reason from the reader or the diff parser. */
export const skipReason = (reason: string): 'binary' | 'oversize' | 'other' =>
  reason.startsWith('binary') ? 'binary' : /^(?:larger than|added more than)/.test(reason) ? 'oversize' : 'other';

export class FileReader {
  private buf = Buffer.allocUnsafe(1 << 20);

  constructor(
    private readonly cwd: string,
    private readonly maxFileSize: number,
  ) {}

  /** The bytes of a regular text file, or why it is skipped (same reasons as scope's readText). */
  read(path: string): FileBytes {
    if (BINARY_EXT.test(path)) return { path, skip: 'binary' };
    let fd: number;
    try {
      // O_NOFOLLOW: a symlink may point outside the repository; its target is not the repo's content.
      fd = openSync(join(this.cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { path, skip: code === 'ELOOP' ? 'symlink' : `unreadable (${code ?? 'error'})` };
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { path, skip: 'not a regular file' };
      if (st.size > this.maxFileSize) {
        if (st.size > STREAM_LIMIT) return { path, skip: `too large to read (${Math.round(st.size / 2 ** 20)} MiB)` };
        const n = this.fill(fd, 0, Math.min(st.size, SNIFF));
        const head = this.buf.subarray(0, n);
        const order = utf16Order(head);
        if (!order) return head.includes(0) ? { path, skip: 'binary' } : { path, large: st.size };
        // Above the bound a UTF-16 file fails the check (too large to read), never passes unread.
        if (st.size > UTF16_LIMIT)
          return { path, skip: `too large to read (UTF-16, ${Math.round(st.size / 2 ** 20)} MiB)` };
        return { path, bytes: Buffer.from(decodeUtf16(this.readAll(fd, st.size), order), 'utf8') };
      }
      if (st.size > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size, this.buf.length * 2));
      // The head first: a binary file (often the largest) is not read any further.
      let n = this.fill(fd, 0, Math.min(st.size, SNIFF));
      const head = this.buf.subarray(0, n);
      // UTF-16 text (a byte-order mark, or NUL bytes on every other position): read whole, handed on as UTF-8.
      const order = utf16Order(head);
      if (order) {
        if (n === SNIFF) n = this.fill(fd, n, st.size);
        return { path, bytes: Buffer.from(decodeUtf16(this.buf.subarray(0, n), order), 'utf8') };
      }
      if (head.includes(0)) return { path, skip: 'binary' };
      if (n === SNIFF) n = this.fill(fd, n, st.size);
      return { path, bytes: this.buf.subarray(0, n) };
    } catch (e) {
      return { path, skip: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    } finally {
      closeSync(fd);
    }
  }

  /**
   * The chunks of a large text file, each starting at a line start and ending at a line end (the last one at
   * the end of the file), with the 0-based line of its first byte; consecutive chunks overlap by about
   * OVERLAP bytes so that a multi-line secret cut by one boundary is whole in the next chunk.
   */
  *chunks(path: string): Generator<{ bytes: Buffer; firstLine: number }> {
    const fd = openSync(join(this.cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const size = fstatSync(fd).size;
      const buf = Buffer.allocUnsafe(CHUNK);
      let start = 0;
      let line = 0;
      while (start < size) {
        let n = 0;
        while (n < CHUNK && start + n < size) {
          const got = readSync(fd, buf, n, CHUNK - n, start + n);
          if (got === 0) break;
          n += got;
        }
        const last = start + n >= size;
        const end = last ? n : buf.lastIndexOf(10, n - 1) + 1 || n;
        yield { bytes: buf.subarray(0, end), firstLine: line };
        if (last) break;
        // The next chunk starts at a line start about OVERLAP bytes before this one's end.
        const back = end > OVERLAP ? buf.lastIndexOf(10, end - OVERLAP) + 1 || end : end;
        const next = back > 0 ? back : end;
        line += countNewlines(buf, 0, next);
        start += next;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The whole file, in a buffer of its own. */
  private readAll(fd: number, size: number): Buffer {
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const got = readSync(fd, out, at, size - at, at);
      if (got === 0) break;
      at += got;
    }
    return out.subarray(0, at);
  }

  /** Reads from `from` up to `to` (or end of file); returns the length now in the buffer. */
  private fill(fd: number, from: number, to: number): number {
    let at = from;
    while (at < to) {
      const got = readSync(fd, this.buf, at, to - at, at);
      if (got === 0) break;
      at += got;
    }
    return at;
  }
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

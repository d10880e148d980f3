import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  candidateOf,
  scanCandidate
} from "./chunk-BG42KGUO.js";

// src/checks/secrets/batch.ts
var yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));
async function scanBatch(reader, paths, opts = {}) {
  const out = { files: 0, bytes: 0, skipped: [], found: [] };
  let lastYield = performance.now();
  for (const path of paths) {
    if (opts.yieldEveryMs !== void 0 && performance.now() - lastYield > opts.yieldEveryMs) {
      await yieldToLoop();
      lastYield = performance.now();
    }
    opts.signal?.throwIfAborted();
    const r = reader.read(path);
    if ("skip" in r) {
      out.skipped.push({ path, reason: r.skip });
      continue;
    }
    out.files++;
    out.bytes += r.bytes.length;
    const candidate = candidateOf(path, r.bytes);
    if (!candidate) continue;
    const matches = await scanCandidate(candidate);
    if (matches.length) out.found.push({ path, matches });
  }
  return out;
}

// src/checks/secrets/walk.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
var BINARY_EXT = /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|class|pdf|mp[34]|mov|avi|webm|ogg|wav|flac|wasm|node|so|dylib|dll|exe|bin|o|a|pyc|sqlite3?|db)$/i;
var SNIFF = 8e3;
var skipReason = (reason) => reason.startsWith("binary") ? "binary" : /^(?:larger than|added more than)/.test(reason) ? "oversize" : "other";
var FileReader = class {
  constructor(cwd, maxFileSize) {
    this.cwd = cwd;
    this.maxFileSize = maxFileSize;
  }
  cwd;
  maxFileSize;
  buf = Buffer.allocUnsafe(1 << 20);
  /** The bytes of a regular text file, or why it is skipped (same reasons as scope's readText). */
  read(path) {
    if (BINARY_EXT.test(path)) return { path, skip: "binary" };
    let fd;
    try {
      fd = openSync(join(this.cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = e.code;
      return { path, skip: code === "ELOOP" ? "symlink" : `unreadable (${code ?? "error"})` };
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { path, skip: "not a regular file" };
      if (st.size > this.maxFileSize) return { path, skip: `larger than ${Math.round(this.maxFileSize / 1024)} KiB` };
      if (st.size > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size, this.buf.length * 2));
      let n = this.fill(fd, 0, Math.min(st.size, SNIFF));
      if (this.buf.subarray(0, n).includes(0)) return { path, skip: "binary" };
      if (n === SNIFF) n = this.fill(fd, n, st.size);
      return { path, bytes: this.buf.subarray(0, n) };
    } catch (e) {
      return { path, skip: `unreadable (${e.code ?? "error"})` };
    } finally {
      closeSync(fd);
    }
  }
  /** Reads from `from` up to `to` (or end of file); returns the length now in the buffer. */
  fill(fd, from, to) {
    let at = from;
    while (at < to) {
      const got = readSync(fd, this.buf, at, to - at, at);
      if (got === 0) break;
      at += got;
    }
    return at;
  }
};

export {
  scanBatch,
  skipReason,
  FileReader
};

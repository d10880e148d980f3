import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  candidateOf,
  scanCandidate
} from "./chunk-WITN74GG.js";
import {
  UTF16_LIMIT,
  decodeUtf16,
  utf16Order
} from "./chunk-DOLDJHCO.js";

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
    if ("large" in r) {
      out.files++;
      out.bytes += r.large;
      out.streamed = (out.streamed ?? 0) + 1;
      const seen = /* @__PURE__ */ new Set();
      const matches2 = [];
      for (const chunk of reader.chunks(path)) {
        const candidate2 = candidateOf(path, chunk.bytes);
        if (!candidate2) continue;
        for (const m of await scanCandidate(candidate2)) {
          const at = { ...m, line: m.line + chunk.firstLine };
          const key = `${at.rule}:${at.line}:${at.column}`;
          if (!seen.has(key)) matches2.push(at);
          seen.add(key);
        }
        opts.signal?.throwIfAborted();
      }
      if (matches2.length) out.found.push({ path, matches: matches2 });
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
var STREAM_LIMIT = 512 * 1024 * 1024;
var CHUNK = 8 * 1024 * 1024;
var OVERLAP = 64 * 1024;
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
      if (st.size > this.maxFileSize) {
        if (st.size > STREAM_LIMIT) return { path, skip: `too large to read (${Math.round(st.size / 2 ** 20)} MiB)` };
        const n2 = this.fill(fd, 0, Math.min(st.size, SNIFF));
        const head2 = this.buf.subarray(0, n2);
        const order2 = utf16Order(head2);
        if (!order2) return head2.includes(0) ? { path, skip: "binary" } : { path, large: st.size };
        if (st.size > UTF16_LIMIT)
          return { path, skip: `too large to read (UTF-16, ${Math.round(st.size / 2 ** 20)} MiB)` };
        return { path, bytes: Buffer.from(decodeUtf16(this.readAll(fd, st.size), order2), "utf8") };
      }
      if (st.size > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size, this.buf.length * 2));
      let n = this.fill(fd, 0, Math.min(st.size, SNIFF));
      const head = this.buf.subarray(0, n);
      const order = utf16Order(head);
      if (order) {
        if (n === SNIFF) n = this.fill(fd, n, st.size);
        return { path, bytes: Buffer.from(decodeUtf16(this.buf.subarray(0, n), order), "utf8") };
      }
      if (head.includes(0)) return { path, skip: "binary" };
      if (n === SNIFF) n = this.fill(fd, n, st.size);
      return { path, bytes: this.buf.subarray(0, n) };
    } catch (e) {
      return { path, skip: `unreadable (${e.code ?? "error"})` };
    } finally {
      closeSync(fd);
    }
  }
  /**
   * The chunks of a large text file, each starting at a line start and ending at a line end (the last one at
   * the end of the file), with the 0-based line of its first byte; consecutive chunks overlap by about
   * OVERLAP bytes so that a multi-line secret cut by one boundary is whole in the next chunk.
   */
  *chunks(path) {
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
  readAll(fd, size) {
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
function countNewlines(buf, from, to) {
  let n = 0;
  for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

export {
  scanBatch,
  skipReason,
  FileReader
};

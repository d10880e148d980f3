import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/scope/read.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
var utf8 = new TextDecoder("utf-8", { fatal: false });
function isBinary(buf) {
  return buf.subarray(0, 8e3).includes(0);
}
function utf16Order(buf) {
  if (buf.length >= 2 && buf[0] === 255 && buf[1] === 254) return "le";
  if (buf.length >= 2 && buf[0] === 254 && buf[1] === 255) return "be";
  const n = Math.min(buf.length, 8e3) & ~1;
  if (n < 16 || !buf.subarray(0, n).includes(0)) return void 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero >= 0.9 * half && evenZero <= 0.02 * half) return "le";
  if (evenZero >= 0.9 * half && oddZero <= 0.02 * half) return "be";
  return void 0;
}
var UTF16_LIMIT = 64 * 1024 * 1024;
var utf16le = new TextDecoder("utf-16le");
function decodeUtf16(buf, order) {
  let bytes = buf.subarray(0, buf.length & ~1);
  if (order === "be") {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    bytes = swapped;
  }
  return utf16le.decode(bytes).replace(/^\uFEFF/, "");
}
async function readText(cwd, path, maxFileSize) {
  let fh;
  try {
    fh = await open(join(cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = e.code;
    return { skip: code === "ELOOP" ? "symlink" : `unreadable (${code ?? "error"})` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { skip: "not a regular file" };
    if (st.size > maxFileSize) return { skip: `larger than ${Math.round(maxFileSize / 1024)} KiB` };
    const buf = await fh.readFile();
    const order = utf16Order(buf);
    if (order) return { text: decodeUtf16(buf, order), utf16: true };
    if (isBinary(buf)) return { skip: "binary" };
    return { text: utf8.decode(buf) };
  } finally {
    await fh.close();
  }
}

export {
  utf16Order,
  UTF16_LIMIT,
  decodeUtf16,
  readText
};

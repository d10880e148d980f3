import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  addedLines,
  findReads,
  isAdded,
  languageOf
} from "./chunk-SX5GZBSQ.js";
import {
  candidateOf,
  placeOf,
  scanCandidate
} from "./chunk-3GANCMSO.js";
import {
  looksSecret
} from "./chunk-RSAAWZJ3.js";
import {
  LEAK_RULES
} from "./chunk-7IFWUGSY.js";
import {
  UTF16_LIMIT,
  decodeUtf16,
  readText,
  require_picomatch,
  utf16Order
} from "./chunk-SY3URXUI.js";
import {
  __toESM
} from "./chunk-LYD5ERHY.js";

// src/checks/leaks/code-hints.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
var rule = (id) => LEAK_RULES.find((r) => r.id === id);
var PUBLIC_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|NUXT_ENV_|EXPO_PUBLIC_|GATSBY_|STORYBOOK_)/;
var PUBLIC_NAME = /PUBLIC|PUBLISHABLE|ANON(?:_|$)|SITE_?KEY|CLIENT_?ID|_DSN$/;
var USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*(?:[^*]|\*(?!\/))*\*\/)*['"]use client['"]/;
var SERVER_FRAMEWORKS = /^(?:next|nuxt|@remix-run\/\w+|@react-router\/dev|@sveltejs\/kit|astro|express|fastify|koa|hono|@nestjs\/core|electron|vite-plugin-ssr|vike)$/;
var JS_DUMP = /\b(?:console\.(?:log|info|debug|warn|error|dir|trace)|(?:logger|log|this\.logger|req\.log|request\.log|fastify\.log|app\.log)\.(?:info|debug|warn|error|trace|log|fatal))\(\s*(?:[^()]*?,\s*)?(?:JSON\.stringify\(\s*)?((?:req|request|ctx\.request|ctx\.req|event|c\.req)\.(?:headers|body|cookies|raw\.headers)|process\.env)\s*\)?\s*[,)]/g;
var PY_DUMP = /\b(?:print|pprint|logging\.(?:info|debug|warning|error|exception)|(?:logger|log|self\.logger|app\.logger|current_app\.logger)\.(?:info|debug|warning|error|exception))\(\s*(?:[^()]*?,\s*)?(?:f?["'][^"']*\{)?((?:request|req)\.(?:headers|body|json|data|form|META|COOKIES|cookies)|os\.environ|dict\(os\.environ\))\b(?![.\w[(])/g;
var JS_STRINGIFY_ENV = /JSON\.stringify\(\s*process\.env\s*[,)]/g;
var DUMP_LITERALS = { js: ["process.env", ".headers", ".body", ".cookies"], python: ["os.environ", "req"] };
function lineOf(text, index) {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n") };
}
var ClientCode = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  spa = /* @__PURE__ */ new Map();
  /** Per folder: the package folder it belongs to (undefined: none), so a tree's folders are probed once. */
  packages = /* @__PURE__ */ new Map();
  /** The package folder of `path`: the nearest folder up with a package.json. */
  packageOf(path) {
    return this.packageOfDir(posix.dirname(path));
  }
  packageOfDir(dir) {
    const d = dir === "." ? "" : dir;
    if (!this.packages.has(d)) {
      const own = existsSync(join(this.cwd, d, "package.json"));
      this.packages.set(d, own ? d : d ? this.packageOfDir(posix.dirname(d)) : void 0);
    }
    return this.packages.get(d);
  }
  /** A Vite single-page app: vite and a UI library, no server framework. */
  isSpa(pkg) {
    if (!this.spa.has(pkg)) {
      let yes = false;
      try {
        const p = JSON.parse(readFileSync(join(this.cwd, pkg, "package.json"), "utf8"));
        const deps = Object.keys({ ...p.dependencies, ...p.devDependencies });
        yes = deps.includes("vite") && deps.some((d) => /^(?:react|vue|svelte|solid-js|preact|lit)$/.test(d)) && !deps.some((d) => SERVER_FRAMEWORKS.test(d));
      } catch {
        yes = false;
      }
      this.spa.set(pkg, yes);
    }
    return this.spa.get(pkg);
  }
  /** Is `path` under `src/` (not its server folders) of a Vite single-page app? */
  spaSource(path) {
    const pkg = this.packageOf(path);
    if (pkg === void 0) return false;
    const rel = pkg ? path.slice(pkg.length + 1) : path;
    return /^src\//.test(rel) && !/(?:^|\/)(?:server|api|functions|workers?)\//.test(rel) && this.isSpa(pkg);
  }
  why(path, text) {
    if (USE_CLIENT.test(text)) return "a 'use client' file";
    return this.spaSource(path) ? "the source of a Vite single-page app" : void 0;
  }
};
function hintsOf(path, text, clientWhy) {
  const out = [];
  const lang = languageOf(path);
  if (lang !== "js" && lang !== "python") return out;
  if (clientWhy && lang === "js") {
    for (const r of findReads(text, lang)) {
      if (PUBLIC_PREFIX.test(r.name) || PUBLIC_NAME.test(r.name) || !looksSecret(r.name)) continue;
      out.push({
        rule: "server-env-in-client",
        line: r.line,
        column: r.column,
        message: `${r.name} is read in ${clientWhy}: the browser gets its value inlined or undefined`,
        key: r.name
      });
    }
  }
  for (const re of lang === "js" ? [JS_DUMP, JS_STRINGIFY_ENV] : [PY_DUMP]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const what = m[1] ?? "process.env";
      const { line, column } = lineOf(text, m.index);
      const kind = /env/.test(what) ? "the whole environment" : `whole ${what.split(".").pop().toLowerCase()}`;
      out.push({
        rule: "log-sensitive-object",
        line,
        column,
        message: `logs ${kind} (\`${what}\`)`,
        key: what
      });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((h) => {
    const k = `${h.rule}:${h.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
var CodeHints = class {
  constructor(cwd, exclude) {
    this.cwd = cwd;
    this.excluded = (0, import_picomatch.default)(exclude, { dot: true });
    this.client = new ClientCode(cwd);
  }
  cwd;
  excluded;
  client;
  /** The language of a file hints are looked for in; undefined: none are. */
  wants(path) {
    const lang = languageOf(path);
    if (lang !== "js" && lang !== "python") return void 0;
    if (this.excluded(path) || placeOf(path) !== "code") return void 0;
    if (/(?:^|\/)(?:scripts?|bin|tools|\.github)\//.test(path) || /\.config\.[cm]?[jt]s$/.test(path)) return void 0;
    return lang;
  }
  /** Could the file hold a hint: a dumped object's literal, a 'use client' file, an SPA's source. */
  worth(path, lang, bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return DUMP_LITERALS[lang].some((l) => b.includes(l)) || lang === "js" && (b.includes("use client") || this.client.spaSource(path));
  }
  /** The hints of `path`, from its bytes (`text`: those bytes decoded, when the caller has them). */
  of(path, bytes, text) {
    const lang = this.wants(path);
    if (!lang || !this.worth(path, lang, bytes)) return [];
    const t = text ? text() : utf8.decode(bytes);
    return hintsOf(path, t, this.client.why(path, t));
  }
  /** Reads and looks at one file of a diff. */
  async ofFile(path, maxFileSize) {
    const lang = this.wants(path);
    if (!lang) return { hints: [], text: "" };
    const r = await readText(this.cwd, path, maxFileSize, (b) => this.worth(path, lang, b));
    if ("skip" in r) return { hints: [], text: "" };
    return { hints: hintsOf(path, r.text, this.client.why(path, r.text)), text: r.text };
  }
};
var utf8 = new TextDecoder("utf-8", { fatal: false });
function hintFinding(path, h) {
  const meta = rule(h.rule);
  return {
    rule: h.rule,
    severity: h.rule === "server-env-in-client" ? "high" : "medium",
    file: path,
    line: h.line,
    column: h.column,
    message: h.message,
    why: meta.why,
    fix: meta.fix,
    docs: meta.docs,
    evidence: h.rule === "server-env-in-client" ? "secret-named variable in client code" : "code",
    confidence: "likely",
    fingerprint: createHash("sha256").update(`${h.rule}\0${path}\0${h.key}`).digest("hex")
  };
}
async function scanCodeHints(cwd, scope, exclude, signal) {
  const hints = new CodeHints(cwd, exclude);
  const added = addedLines(scope);
  const out = [];
  for (const f of scope.files) {
    if (f.status === "deleted" || scope.kind === "diff" && !added.has(f.path)) continue;
    signal.throwIfAborted();
    const { hints: found, text } = await hints.ofFile(f.path, scope.maxFileSize);
    if (!found.length) continue;
    const lines = text.split("\n");
    for (const h of found) if (isAdded(scope, added, f.path, lines, h.line)) out.push(hintFinding(f.path, h));
  }
  return out;
}

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
    const hints = opts.hints?.of(path, r.bytes, candidate && (() => candidate.text));
    if (hints?.length) (out.hints ??= []).push({ path, hints });
    if (!candidate) continue;
    const matches = await scanCandidate(candidate);
    if (matches.length) out.found.push({ path, matches });
  }
  return out;
}

// src/checks/secrets/walk.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { join as join2 } from "node:path";
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
      fd = openSync(join2(this.cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
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
    const fd = openSync(join2(this.cwd, path), constants.O_RDONLY | constants.O_NOFOLLOW);
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
  CodeHints,
  hintFinding,
  scanCodeHints,
  scanBatch,
  skipReason,
  FileReader
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-SY3URXUI.js";
import {
  git,
  gitOk,
  gitText
} from "./chunk-MZDCT5IW.js";
import {
  __toESM
} from "./chunk-LYD5ERHY.js";

// src/scope/index.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/scope/diff.ts
var utf8 = new TextDecoder("utf-8", { fatal: false });
function unquotePath(p) {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const n = inner[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 }[n] ?? n.charCodeAt(0)
      );
  }
  return utf8.decode(Buffer.from(bytes));
}
function stripPrefix(p, prefix) {
  const u = unquotePath(p);
  return u.startsWith(prefix) ? u.slice(prefix.length) : u;
}
function parseLogPatch(out, maxBytes) {
  const hunks = [];
  const skipped = [];
  let commit = "";
  let path = null;
  let fileSkipped = false;
  let fileBytes = 0;
  let fileHunks = [];
  let cur = null;
  let nextLine = 0;
  let inHeader = false;
  const flushFile = () => {
    if (path !== null && !fileSkipped) {
      if (fileBytes > maxBytes)
        skipped.push({ path, commit, reason: `added more than ${Math.round(maxBytes / 1024)} KiB` });
      else hunks.push(...fileHunks.filter((h) => h.lines.length));
    }
    path = null;
    fileSkipped = false;
    fileBytes = 0;
    fileHunks = [];
    cur = null;
  };
  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(10, start);
    if (end < 0) end = out.length;
    const raw = out.subarray(start, end);
    start = end + 1;
    const first = raw[0];
    if (first === 0) {
      flushFile();
      commit = raw.subarray(8).toString("latin1").trim();
      continue;
    }
    if (first === 100 && raw.subarray(0, 11).toString("latin1") === "diff --git ") {
      flushFile();
      inHeader = true;
      const m = /^diff --git (?:"?a\/.*?"? )("?b\/.*"?)$/.exec(utf8.decode(raw));
      path = m ? stripPrefix(m[1], "b/") : utf8.decode(raw).split(" b/").pop() ?? "";
      continue;
    }
    if (path === null) continue;
    if (inHeader) {
      const line = utf8.decode(raw);
      if (line.startsWith("+++ ")) {
        const p = line.slice(4);
        if (p !== "/dev/null") path = stripPrefix(p, "b/");
        inHeader = false;
      } else if (line.startsWith("Binary files ")) {
        skipped.push({ path, commit, reason: "binary" });
        fileSkipped = true;
      } else if (/ 160000$/.test(line) || / 160000 /.test(line)) {
        skipped.push({ path, commit, reason: "submodule" });
        fileSkipped = true;
      } else if (line.startsWith("rename to ")) {
        path = unquotePath(line.slice(10));
      } else if (line.startsWith("@@")) {
        inHeader = false;
      } else continue;
      if (inHeader) continue;
      if (!line.startsWith("@@")) continue;
    }
    if (fileSkipped) continue;
    if (first === 64) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(raw.toString("latin1"));
      if (m) {
        nextLine = Number(m[1]);
        cur = { path, commit, startLine: nextLine, lines: [] };
        fileHunks.push(cur);
      }
      continue;
    }
    if (first === 43 && cur) {
      fileBytes += raw.length;
      if (fileBytes <= maxBytes) cur.lines.push(utf8.decode(raw.subarray(1)));
      nextLine++;
    }
  }
  flushFile();
  return { hunks, skipped };
}

// src/scope/index.ts
var ScopeError = class extends Error {
};
var ZERO_SHA = /^0+$/;
function excluder(globs) {
  if (!globs.length) return () => false;
  const ms = globs.map((g) => (0, import_picomatch.default)(g.replace(/\/$/, "/**"), { dot: true }));
  return (p) => ms.some((m) => m(p));
}
async function gitRootOf(cwd) {
  const both = await git(cwd, ["rev-parse", "--show-toplevel", "HEAD"]);
  if (both.code === 0) {
    const [root, head] = both.stdout.toString("utf8").trim().split("\n");
    return { root, head: head || void 0 };
  }
  const r = await git(cwd, ["rev-parse", "--show-toplevel"]);
  return r.code === 0 ? { root: r.stdout.toString("utf8").trim() } : {};
}
var hasCommit = (cwd, sha) => gitOk(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
async function ensureCommit(o, sha, ref, depth, notes) {
  if (await hasCommit(o.cwd, sha)) return;
  o.log.info(`launch-gate: commit ${sha.slice(0, 12)} is not in the checkout; fetching it (depth ${depth})`);
  const tries = [sha, ...ref ? [ref] : []];
  for (const what of tries) {
    const r = await git(o.cwd, ["fetch", "--no-tags", "--quiet", `--depth=${depth}`, "origin", what], o.signal);
    if (r.code === 0 && await hasCommit(o.cwd, sha)) {
      notes.push(`fetched ${sha.slice(0, 12)} from origin (depth ${depth})`);
      return;
    }
  }
  throw new ScopeError(
    `commit ${sha.slice(0, 12)} is missing from the checkout and could not be fetched from origin; use actions/checkout with fetch-depth: 0, or pass a base that exists`
  );
}
async function fetchCommit(o, sha, ref, depth = 50) {
  const notes = [];
  await ensureCommit(o, sha, ref, depth, notes);
  return notes;
}
async function ensureMergeBase(o, base, head, notes) {
  const found = () => gitOk(o.cwd, ["merge-base", base, head]);
  if (await found()) return;
  for (const deepen of [50, 200, 1e3]) {
    const shallow2 = (await gitText(o.cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
    if (!shallow2) break;
    o.log.info(`launch-gate: base and head share no history in this shallow checkout; deepening by ${deepen}`);
    await git(o.cwd, ["fetch", "--no-tags", "--quiet", `--deepen=${deepen}`, "origin", base, head], o.signal);
    if (await found()) {
      notes.push(`deepened the shallow checkout by ${deepen} commits to find the merge base`);
      return;
    }
  }
  const shallow = (await gitText(o.cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  if (shallow) {
    o.log.info("launch-gate: fetching the full history (--unshallow)");
    await git(o.cwd, ["fetch", "--no-tags", "--quiet", "--unshallow", "origin"], o.signal);
    if (await found()) {
      notes.push("fetched the full history to find the merge base");
      return;
    }
  }
  throw new ScopeError(
    `base ${base.slice(0, 12)} and head ${head.slice(0, 12)} share no history; cannot compute the diff`
  );
}
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "added",
  T: "modified"
};
async function diffScope(o, root) {
  const notes = [];
  const head = o.head || "HEAD";
  const base = o.base;
  if (!base) throw new ScopeError("scope diff needs a base commit: pass --base REF (or base-ref), or use scope all");
  const depth = Math.max(2, (o.commits ?? 0) + 2, 50);
  await ensureCommit(o, head, o.headRef, depth, notes);
  await ensureCommit(o, base, o.baseRef, depth, notes);
  const baseSha = (await gitText(o.cwd, ["rev-parse", "--verify", `${base}^{commit}`])).trim();
  const headSha = (await gitText(o.cwd, ["rev-parse", "--verify", `${head}^{commit}`])).trim();
  await ensureMergeBase(o, baseSha, headSha, notes);
  const range = `${baseSha}..${headSha}`;
  const commits = (await gitText(o.cwd, ["rev-list", "--reverse", "--no-merges", range], o.signal)).split("\n").filter(Boolean);
  const isExcluded = excluder(o.exclude);
  const nameStatus = await gitText(
    o.cwd,
    ["diff", "--name-status", "-M", "-z", "--relative", `${baseSha}...${headSha}`],
    o.signal
  );
  const parts = nameStatus.split("\0");
  const files = [];
  const skipped = [];
  for (let i = 0; i < parts.length && parts[i]; ) {
    const code = parts[i++];
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ path, status: STATUS[letter], oldPath });
    } else {
      files.push({ path: parts[i++], status: STATUS[letter] ?? "modified" });
    }
  }
  const patch = await git(
    o.cwd,
    [
      "log",
      "-p",
      "-U0",
      "-M",
      "--no-merges",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--relative",
      "--reverse",
      "--format=%x00commit %H",
      range
    ],
    o.signal
  );
  if (patch.code !== 0) throw new ScopeError(`git log failed: ${patch.stderr}`);
  const parsed = parseLogPatch(patch.stdout, o.maxFileSize);
  for (const s of parsed.skipped) skipped.push({ path: s.path, reason: `${s.reason} (in ${s.commit.slice(0, 7)})` });
  const kept = files.filter((f) => !isExcluded(f.path));
  for (const f of files) if (isExcluded(f.path)) skipped.push({ path: f.path, reason: "excluded by config" });
  const hunks = parsed.hunks.filter((h) => !isExcluded(h.path));
  o.log.info(
    `launch-gate: diff ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}: ${commits.length} commits, ${kept.length} files`
  );
  return {
    kind: "diff",
    gitRoot: root,
    base: baseSha,
    head: headSha,
    commits,
    files: kept,
    hunks,
    skipped,
    notes,
    maxFileSize: o.maxFileSize
  };
}
function walk(dir, rel, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(join(dir, e.name), path, out);
    else if (e.isFile()) out.push(path);
  }
}
async function allScope(o, root, head) {
  const notes = [];
  let paths;
  if (root) {
    const out = await gitText(o.cwd, ["ls-files", "-z", "-c", "-o", "--exclude-standard"], o.signal);
    paths = [...new Set(out.split("\0").filter(Boolean))];
  } else {
    paths = [];
    walk(o.cwd, "", paths);
    notes.push("not a git repository: read every file under the directory");
  }
  const isExcluded = excluder(o.exclude);
  const skipped = [];
  const files = [];
  for (const p of paths) {
    if (isExcluded(p)) skipped.push({ path: p, reason: "excluded by config" });
    else files.push({ path: p, status: "unchanged" });
  }
  return {
    kind: "all",
    gitRoot: root,
    head,
    commits: [],
    files,
    hunks: [],
    skipped,
    notes,
    maxFileSize: o.maxFileSize
  };
}
async function computeScope(o) {
  const { root, head } = await gitRootOf(o.cwd);
  if (o.kind === "diff") {
    if (!root) throw new ScopeError(`scope diff needs a git repository; ${o.cwd} is not one (use scope all)`);
    if (o.base && ZERO_SHA.test(o.base)) {
      o.log.info("launch-gate: push without a previous commit (new branch): checking the whole tree");
      const s = await allScope(o, root, head);
      s.notes.push("new branch: no previous commit to diff against, checked the whole tree");
      return s;
    }
    return diffScope(o, root);
  }
  return allScope(o, root, head);
}

export {
  ScopeError,
  excluder,
  fetchCommit,
  computeScope
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ENVIRONMENT_RULES
} from "./chunk-GKNI2CXG.js";
import {
  git
} from "./chunk-MZDCT5IW.js";

// src/suppress.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var IGNORE_MARKER = "launch-gate-ignore";
var IGNORE = /launch-gate-ignore:\s*([A-Za-z0-9_.,*/-]+)(?:[ \t]+(.*?))?\s*(?:\*\/|-->|#\}|$)/;
function parseIgnore(line) {
  const m = IGNORE.exec(line);
  if (!m) return void 0;
  const reason = m[2]?.trim();
  return { rules: m[1].split(",").filter(Boolean), reason: reason || void 0 };
}
var WILDCARDS = /* @__PURE__ */ new Set(["*", "all"]);
var matches = (d, rule, wildcards) => d.rules.some((r) => r === rule || wildcards && WILDCARDS.has(r));
function ignoreFor(lines, line, rule, wildcards = true) {
  for (const n of [line, line - 1]) {
    const text = lines[n - 1];
    if (text === void 0 || !text.includes(IGNORE_MARKER)) continue;
    const d = parseIgnore(text);
    if (d && matches(d, rule, wildcards)) return { ...d, line: n, text };
  }
  return void 0;
}
var LineSource = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  cache = /* @__PURE__ */ new Map();
  lines(file, commit) {
    const key = `${commit ?? ""}:${file}`;
    let p = this.cache.get(key);
    if (!p) {
      p = commit ? this.fromCommit(file, commit) : readFile(join(this.cwd, file), "utf8").then(
        (t) => t.split(/\r?\n/),
        () => void 0
      );
      this.cache.set(key, p);
    }
    return p;
  }
  /** The file at a commit, or undefined when it does not exist there (no fallback to the working tree). */
  async strict(file, commit) {
    const key = `strict:${commit}:${file}`;
    let p = this.cache.get(key);
    if (!p) {
      p = git(this.cwd, ["show", `${commit}:./${file}`]).then(
        (r) => r.code === 0 ? r.stdout.toString("utf8").split(/\r?\n/) : void 0
      );
      this.cache.set(key, p);
    }
    return p;
  }
  async fromCommit(file, commit) {
    const r = await git(this.cwd, ["show", `${commit}:./${file}`]);
    if (r.code !== 0) return this.lines(file);
    return r.stdout.toString("utf8").split(/\r?\n/);
  }
};
function fingerprintOf(f, checkId) {
  if (f.fingerprint) return f.fingerprint;
  return createHash("sha256").update([checkId, f.rule, f.file ?? "", f.url ?? "", f.message].join("\0")).digest("hex").slice(0, 32);
}
function readBaseline(path) {
  if (!existsSync(path)) return void 0;
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`baseline ${path} is not valid JSON: ${e.message}`);
  }
  if (!data || !Array.isArray(data.findings)) throw new Error(`baseline ${path} has no "findings" list`);
  return data;
}
function baselineKey(e) {
  return `${e.rule}\0${e.file ?? ""}\0${e.fingerprint}`;
}
function buildBaseline(results, previous) {
  const reasons = new Map((previous?.findings ?? []).map((e) => [baselineKey(e), e.reason]));
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  let skipped = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed?.by === "inline") continue;
      if (ENVIRONMENT_RULES.has(f.rule)) {
        skipped++;
        continue;
      }
      const entry = { check: r.id, rule: f.rule, file: f.file, fingerprint: fingerprintOf(f, r.id) };
      const key = baselineKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const reason = reasons.get(key);
      if (reason) entry.reason = reason;
      findings.push(entry);
    }
  }
  findings.sort((a, b) => baselineKey(a).localeCompare(baselineKey(b)));
  return { version: 1, findings, skipped };
}
function writeBaseline(path, baseline) {
  const { version, findings } = baseline;
  writeFileSync(path, `${JSON.stringify({ version, findings }, null, 2)}
`);
}

export {
  IGNORE_MARKER,
  parseIgnore,
  ignoreFor,
  LineSource,
  fingerprintOf,
  readBaseline,
  baselineKey,
  buildBaseline,
  writeBaseline
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  registerUrlPasswords,
  scrub
} from "./chunk-37PJACQV.js";

// src/checks/perf/ready.ts
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
var ReadyError = class extends Error {
};
function readyTarget(ready, routes) {
  if (!ready) {
    const get = routes.find((r) => r.method === "GET");
    if (get)
      return { url: (p) => `http://127.0.0.1:${p}${get.path}`, method: "GET", headers: get.headers, anyStatus: false };
    return { url: (p) => `http://127.0.0.1:${p}/`, method: "GET", anyStatus: true };
  }
  if (ready.startsWith("/")) return { url: (p) => `http://127.0.0.1:${p}${ready}`, method: "GET", anyStatus: false };
  const placeholder = /\$\{PORT\}|\$PORT\b/g;
  let parsed;
  try {
    parsed = new URL(ready.replace(placeholder, "1"));
  } catch {
    throw new ReadyError(`perf.ready must be a path like /health or a URL, got ${JSON.stringify(ready)}`);
  }
  if (parsed.protocol !== "http:" || !LOOPBACK.has(parsed.hostname)) {
    throw new ReadyError(
      `perf.ready must point at the local service (http://127.0.0.1:\${PORT}/...), got ${parsed.protocol}//${parsed.hostname}`
    );
  }
  const rest = parsed.pathname + parsed.search;
  if (/\$\{PORT\}|\$PORT\b/.test(ready))
    return { url: (p) => `http://127.0.0.1:${p}${rest}`, method: "GET", anyStatus: false };
  const fixed = Number(parsed.port || 80);
  return { url: () => `http://127.0.0.1:${fixed}${rest}`, fixedPort: fixed, method: "GET", anyStatus: false };
}

// src/checks/perf/service.ts
import { spawn } from "node:child_process";
import { createServer } from "node:net";

// src/checks/perf/listening.ts
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
function groupPids(pgid) {
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(rest[2]) === pgid) pids.push(Number(entry));
    } catch {
    }
  }
  return pids;
}
function socketInodes(pid) {
  const inodes = /* @__PURE__ */ new Set();
  let fds = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
    }
  }
  return inodes;
}
function parseListening(table) {
  const out = /* @__PURE__ */ new Map();
  for (const line of table.split("\n").slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10 || cols[3] !== "0A") continue;
    const port = parseInt(cols[1].split(":").pop() ?? "", 16);
    if (Number.isFinite(port)) out.set(cols[9], port);
  }
  return out;
}
function listeningPorts(pgid) {
  if (process.platform !== "linux" || pgid <= 0) return void 0;
  try {
    const listening = /* @__PURE__ */ new Map();
    for (const f of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      try {
        for (const [k, v] of parseListening(readFileSync(f, "utf8"))) listening.set(k, v);
      } catch {
      }
    }
    const ports = /* @__PURE__ */ new Set();
    for (const pid of groupPids(pgid)) {
      for (const inode of socketInodes(pid)) {
        const port = listening.get(inode);
        if (port !== void 0) ports.add(port);
      }
    }
    return [...ports].sort((a, b) => a - b);
  } catch {
    return void 0;
  }
}

// src/checks/perf/teardown.ts
var teardowns = /* @__PURE__ */ new Set();
var installed = false;
function runAll() {
  for (const t of [...teardowns]) {
    try {
      t();
    } catch {
    }
  }
}
function onSignal(sig) {
  runAll();
  if (process.listenerCount(sig) > 1) return;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, sig);
}
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function onProcessEnd(fn) {
  if (!installed) {
    installed = true;
    process.on("exit", runAll);
    for (const s of SIGNALS) process.prependListener(s, onSignal);
  }
  teardowns.add(fn);
  return () => teardowns.delete(fn);
}

// src/checks/perf/descendants.ts
import { randomBytes } from "node:crypto";
import { readdirSync as readdirSync2, readFileSync as readFileSync2, readlinkSync as readlinkSync2 } from "node:fs";
var TAG_VAR = "LAUNCH_GATE_PROCESS_TAG";
var RUN = randomBytes(6).toString("hex");
var counter = 0;
var newTag = () => `${RUN}-${process.pid}-${++counter}`;
var procPids = () => process.platform === "linux" ? readdirSync2("/proc").filter((e) => /^\d+$/.test(e)).map(Number).filter((p) => p !== process.pid) : [];
function taggedPids(tag) {
  const needle = Buffer.from(`${TAG_VAR}=${tag}\0`);
  const out = [];
  for (const pid of procPids()) {
    try {
      const env = readFileSync2(`/proc/${pid}/environ`);
      const at = env.indexOf(needle);
      if (at === 0 || at > 0 && env[at - 1] === 0) out.push(pid);
    } catch {
    }
  }
  return out;
}
function pidsListeningOn(port) {
  if (process.platform !== "linux") return [];
  const inodes = /* @__PURE__ */ new Set();
  for (const f of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    try {
      for (const [inode, p] of parseListening(readFileSync2(f, "utf8"))) if (p === port) inodes.add(inode);
    } catch {
    }
  }
  if (!inodes.size) return [];
  const out = [];
  for (const pid of procPids()) {
    let fds;
    try {
      fds = readdirSync2(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync2(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) {
          out.push(pid);
          break;
        }
      } catch {
      }
    }
  }
  return out;
}
function killPids(pids, signal) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
    }
  }
}
async function killTree(tag, port, graceMs = 1e3) {
  const find = () => [.../* @__PURE__ */ new Set([...taggedPids(tag), ...port ? pidsListeningOn(port) : []])];
  let pids = find();
  if (!pids.length) return;
  killPids(pids, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while ((pids = find()).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 20 && pids.length; i++) {
    killPids(pids, "SIGKILL");
    await new Promise((r) => setTimeout(r, 25));
    pids = find();
  }
}
function killTreeSync(tag) {
  killPids(taggedPids(tag), "SIGKILL");
}

// src/checks/perf/service.ts
var liveGroups = /* @__PURE__ */ new Set();
var liveTags = /* @__PURE__ */ new Set();
var teardownInstalled = false;
function installExitHook() {
  if (teardownInstalled) return;
  teardownInstalled = true;
  onProcessEnd(() => {
    for (const pgid of liveGroups) killGroup(pgid, "SIGKILL");
    liveGroups.clear();
    for (const tag of liveTags) killTreeSync(tag);
    liveTags.clear();
  });
}
function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
var OutputTail = class {
  constructor(max = 30) {
    this.max = max;
  }
  max;
  lines = [];
  partial = "";
  push(chunk) {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }
  text() {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return scrub(all.slice(-this.max).join("\n"));
  }
};
async function safeOutput(text, mask) {
  if (!text) return text;
  const { scanText } = await import("./scan-SQ7BPLRQ.js");
  for (const m of await scanText("service-output.log", text)) mask(m.secret);
  registerUrlPasswords(text);
  return scrub(text);
}
function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
function runShell(command, cwd, env, signal) {
  installExitHook();
  return new Promise((resolveRun, reject) => {
    if (signal.aborted) return reject(signal.reason ?? new Error("aborted"));
    const tail = new OutputTail(40);
    const tag = newTag();
    liveTags.add(tag);
    const child = spawn("/bin/sh", ["-c", command], {
      cwd,
      env: { ...env, [TAG_VAR]: tag },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const pgid = child.pid;
    liveGroups.add(pgid);
    child.stdout.setEncoding("utf8").on("data", (d) => tail.push(d));
    child.stderr.setEncoding("utf8").on("data", (d) => tail.push(d));
    const onAbort = () => killGroup(pgid, "SIGKILL");
    signal.addEventListener("abort", onAbort, { once: true });
    child.on("error", (e) => {
      liveGroups.delete(pgid);
      signal.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code, sig) => {
      killGroup(pgid, "SIGKILL");
      liveGroups.delete(pgid);
      signal.removeEventListener("abort", onAbort);
      void killTree(tag, void 0, 0).finally(() => {
        liveTags.delete(tag);
        if (signal.aborted) reject(signal.reason ?? new Error("aborted"));
        else resolveRun({ code, signal: sig, output: tail.text() });
      });
    });
  });
}
var ServiceLog = class {
  constructor(maxLines = 2e5, maxBytes = 64 * 1024 * 1024) {
    this.maxLines = maxLines;
    this.maxBytes = maxBytes;
  }
  maxLines;
  maxBytes;
  lines = [];
  /** The route under load right now (`GET /api/items`); set by the caller around each load. */
  route;
  partial = { stdout: "", stderr: "" };
  bytes = 0;
  truncated = false;
  push(stream, chunk) {
    const parts = (this.partial[stream] + chunk).split(/\r?\n/);
    this.partial[stream] = parts.pop() ?? "";
    for (const text of parts) this.add(stream, text);
  }
  /** Flushes unterminated last lines (call after the service stopped). */
  end() {
    for (const stream of ["stdout", "stderr"]) {
      if (this.partial[stream]) this.add(stream, this.partial[stream]);
      this.partial[stream] = "";
    }
  }
  add(stream, text) {
    if (this.lines.length >= this.maxLines || this.bytes + text.length > this.maxBytes) {
      this.truncated = true;
      return;
    }
    this.bytes += text.length;
    this.lines.push({ text, stream, route: this.route });
  }
};
var Service = class {
  constructor(options) {
    this.options = options;
    installExitHook();
    liveTags.add(this.tag);
    this.child = spawn("/bin/sh", ["-c", options.command], {
      cwd: options.cwd,
      env: { ...options.env, PORT: String(options.port), HOST: "127.0.0.1", [TAG_VAR]: this.tag },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    this.pgid = this.child.pid ?? -1;
    if (this.pgid > 0) liveGroups.add(this.pgid);
    this.child.stdout.setEncoding("utf8").on("data", (d) => (this.tail.push(d), this.log.push("stdout", d)));
    this.child.stderr.setEncoding("utf8").on("data", (d) => (this.tail.push(d), this.log.push("stderr", d)));
    this.exited = new Promise((res) => {
      this.child.on("error", (e) => {
        this.tail.push(`
${e.message}
`);
        this.exitInfo ??= { code: null, signal: null };
        res();
      });
      this.child.on("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        res();
      });
    });
  }
  options;
  tail = new OutputTail(30);
  /** Everything it printed, line by line, tagged with the route under load (log hygiene). */
  log = new ServiceLog();
  /** Inherited by every descendant, also those that leave the process group. */
  tag = newTag();
  child;
  exitInfo;
  exited;
  stopping = false;
  pgid;
  /** Where it answers: 127.0.0.1, or [::1] for a service that bound `localhost` resolved to IPv6. */
  host = "127.0.0.1";
  get port() {
    return this.options.port;
  }
  /** Set once the shell running the start command has exited. */
  get exit() {
    return this.exitInfo;
  }
  /** Describes an unexpected exit, or undefined while the service runs (or when we stopped it). */
  crashed() {
    if (!this.exitInfo || this.stopping) return void 0;
    const { code, signal } = this.exitInfo;
    return signal ? `was killed by ${signal}` : `exited with code ${code}`;
  }
  /** SIGTERM to the whole group, SIGKILL after `graceMs`. Safe to call twice. */
  async stop(graceMs = 3e3) {
    this.stopping = true;
    if (this.pgid <= 0) return;
    killGroup(this.pgid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    let timer;
    await Promise.race([this.exited, new Promise((r) => timer = setTimeout(r, graceMs))]);
    clearTimeout(timer);
    while (groupAlive(this.pgid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(this.pgid)) killGroup(this.pgid, "SIGKILL");
    for (let i = 0; i < 40 && groupAlive(this.pgid); i++) await sleep(25);
    liveGroups.delete(this.pgid);
    await killTree(this.tag, this.options.port);
    liveTags.delete(this.tag);
  }
  /** Kills the group right away (abort path). */
  kill() {
    this.stopping = true;
    if (this.pgid > 0) killGroup(this.pgid, "SIGKILL");
    killTreeSync(this.tag);
  }
};
async function waitReady(service, probe, timeoutMs, signal, pollMs = 150) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  let elsewhereSince;
  let nextPortLook = Date.now() + 300;
  while (Date.now() < deadline) {
    if (signal.aborted) throw signal.reason ?? new Error("aborted");
    const crash = service.crashed();
    if (crash) return `${crash} before becoming ready`;
    if (Date.now() >= nextPortLook) {
      nextPortLook = Date.now() + 500;
      const ports = listeningPorts(service.pgid);
      if (ports?.length && !ports.includes(service.port)) {
        elsewhereSince ??= Date.now();
        if (Date.now() - elsewhereSince >= 2e3) {
          return `listens on port ${ports.join(", ")}, not on the port it was given (PORT=${service.port})`;
        }
      } else elsewhereSince = void 0;
    }
    const attempt = async (url) => {
      const res = await fetch(url, {
        method: probe.method ?? "GET",
        headers: probe.headers,
        signal: AbortSignal.any([signal, AbortSignal.timeout(2e3)]),
        redirect: "manual"
      });
      await res.arrayBuffer().catch(() => void 0);
      if (res.status >= 200 && res.status < 300 || probe.anyStatus) return void 0;
      return `last answer: HTTP ${res.status}`;
    };
    try {
      const answer = await attempt(probe.url);
      if (!answer) return void 0;
      last = answer;
    } catch (e) {
      if (signal.aborted) throw signal.reason ?? e;
      const cause = e.cause;
      last = `last attempt: ${cause ? String(cause.message ?? cause) : e.message}`;
      if (cause?.code === "ECONNREFUSED" && probe.url.includes("//127.0.0.1:")) {
        const v6 = probe.url.replace("//127.0.0.1:", "//[::1]:");
        const answer = await attempt(v6).catch(() => "no answer");
        if (!answer) {
          service.host = "[::1]";
          return void 0;
        }
      }
    }
    await sleep(pollMs);
  }
  return `did not answer 2xx within ${Math.round(timeoutMs / 1e3)}s (${last})`;
}
async function portAnswers(port, host = "127.0.0.1") {
  const { connect } = await import("node:net");
  return new Promise((res) => {
    const s = connect({ host: host.replace(/^\[(.*)\]$/, "$1"), port });
    const done = (v) => {
      s.destroy();
      res(v);
    };
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
    s.setTimeout(1e3, () => done(false));
  });
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// src/checks/perf/worktree.ts
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
var execFileP = promisify(execFile);
async function git(cwd, args, signal) {
  const { stdout } = await execFileP("git", args, { cwd, signal, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}
var live = /* @__PURE__ */ new Map();
function removeSync(path, root, parent) {
  try {
    execFileSync("git", ["worktree", "remove", "--force", path], { cwd: root, stdio: "ignore" });
  } catch {
  }
  rmSync(parent, { recursive: true, force: true });
  try {
    execFileSync("git", ["worktree", "prune"], { cwd: root, stdio: "ignore" });
  } catch {
  }
}
var teardownInstalled2 = false;
function installExitHook2() {
  if (teardownInstalled2) return;
  teardownInstalled2 = true;
  onProcessEnd(() => {
    for (const [path, { root, parent }] of live) removeSync(path, root, parent);
    live.clear();
  });
}
async function addBaseWorktree(cwd, base, signal) {
  const notes = [];
  const root = await git(cwd, ["rev-parse", "--show-toplevel"], signal);
  const prefix = await git(cwd, ["rev-parse", "--show-prefix"], signal);
  let sha;
  try {
    sha = await git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`], signal);
  } catch {
    try {
      await git(root, ["fetch", "--no-tags", "--depth=1", "origin", base], signal);
      notes.push(`fetched base commit ${base.slice(0, 12)} from origin`);
      sha = await git(root, ["rev-parse", "--verify", `${base.length === 40 ? base : "FETCH_HEAD"}^{commit}`], signal);
    } catch (e) {
      throw new Error(`base commit ${base} is not in the clone and could not be fetched from origin: ${firstLine(e)}`);
    }
  }
  const parent = mkdtempSync(join(tmpdir(), "lg-perf-base-"));
  const path = join(parent, "base");
  installExitHook2();
  live.set(path, { root, parent });
  try {
    await git(root, ["worktree", "add", "--detach", path, sha], signal);
  } catch (e) {
    live.delete(path);
    removeSync(path, root, parent);
    throw e;
  }
  return {
    dir: prefix ? join(path, prefix) : path,
    sha,
    notes,
    async remove() {
      live.delete(path);
      try {
        await git(root, ["worktree", "remove", "--force", path]);
      } catch {
      }
      rmSync(parent, { recursive: true, force: true });
      await git(root, ["worktree", "prune"]).catch(() => void 0);
    }
  };
}
function firstLine(e) {
  const err = e;
  return (err.stderr || err.message || String(e)).trim().split("\n")[0];
}

export {
  ReadyError,
  readyTarget,
  safeOutput,
  freePort,
  runShell,
  Service,
  waitReady,
  portAnswers,
  addBaseWorktree
};

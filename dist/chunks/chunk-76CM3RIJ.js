import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CHECKS
} from "./chunk-JO2RSCFU.js";
import {
  registerSecret
} from "./chunk-37PJACQV.js";
import {
  computeScope
} from "./chunk-C4ETJL74.js";
import {
  ConfigError,
  buildConfig
} from "./chunk-EGOHMP5K.js";
import {
  CHECK_IDS,
  CHECK_TITLES,
  atLeast
} from "./chunk-4LVMQC3W.js";
import {
  LineSource,
  baselineKey,
  fingerprintOf,
  ignoreFor,
  readBaseline
} from "./chunk-DHCW3XL2.js";

// src/runner.ts
import { isAbsolute, join } from "node:path";

// src/context.ts
import { resolve } from "node:path";
var silentLogger = { info() {
}, warn() {
}, debug() {
} };
function scopeKind(config, event) {
  if (config.scope) return config.scope;
  return event.name === "pull_request" || event.name === "pull_request_target" ? "diff" : "all";
}
function createContext(o) {
  const cwd = resolve(o.cwd);
  const config = o.config ?? buildConfig({});
  const event = o.event ?? { name: "local" };
  const log = o.log ?? silentLogger;
  let scope;
  return {
    cwd,
    config,
    event,
    env: o.env ?? process.env,
    log,
    signal: o.signal ?? new AbortController().signal,
    scope: () => scope ??= computeScope({
      cwd,
      kind: scopeKind(config, event),
      base: event.base ?? event.before,
      head: event.head,
      commits: event.commits,
      baseRef: event.pr?.baseRef,
      headRef: event.pr?.headRef,
      exclude: config.exclude,
      maxFileSize: config["max-file-size"],
      log,
      signal: o.signal
    }),
    github: o.github,
    allowPrCommands: o.allowPrCommands,
    mask: (value) => {
      registerSecret(value);
      o.onSecret?.(value);
    }
  };
}

// src/runner.ts
var isSmokeRun = (ctx) => ctx.event.name === "deployment_status" || ctx.config.smoke.urls.length > 0;
async function selectChecks(ctx, checks) {
  const skipped = /* @__PURE__ */ new Map();
  if (ctx.config.checks !== "auto") {
    const chosen = ctx.config.checks;
    for (const id of CHECK_IDS) if (!chosen.includes(id)) skipped.set(id, "not selected");
    return { selected: CHECK_IDS.filter((id) => chosen.includes(id)), skipped };
  }
  if (isSmokeRun(ctx)) {
    const selected2 = ["smoke"];
    if (ctx.config.ai.url) selected2.push("ai");
    for (const id of CHECK_IDS) if (!selected2.includes(id)) skipped.set(id, "post-deploy run: smoke only");
    return { selected: selected2, skipped };
  }
  const selected = [];
  for (const id of CHECK_IDS) {
    if (id === "smoke") {
      skipped.set(id, "no deployed URL (deployment_status event, url input or smoke.urls)");
      continue;
    }
    let applies = false;
    try {
      applies = await checks[id].applies(ctx);
    } catch (e) {
      applies = true;
      ctx.log.warn(`launch-gate: could not tell whether ${id} applies: ${e.message}`);
    }
    if (applies) selected.push(id);
    else skipped.set(id, SKIP_REASON[id]);
  }
  return { selected, skipped };
}
var SKIP_REASON = {
  secrets: "not selected",
  env: "no env contract (.env.example), env schema or committed env file found",
  migrations: "no migration files found",
  perf: "no start command or routes configured",
  smoke: "no deployed URL",
  ai: "no ai.url configured"
};
async function runOne(id, base, opts) {
  const check = (opts.checks ?? CHECKS)[id];
  const timeoutMs = opts.config[id].timeout;
  const ac = new AbortController();
  const onOuterAbort = () => ac.abort(opts.signal?.reason);
  opts.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const ctx = { ...base, signal: ac.signal };
  const started = Date.now();
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`timed out after ${Math.round(timeoutMs / 1e3)} s (raise ${id}.timeout in the config)`);
      ac.abort(err);
      reject(err);
    }, timeoutMs);
    ac.signal.addEventListener(
      "abort",
      () => reject(ac.signal.reason instanceof Error ? ac.signal.reason : new Error("cancelled")),
      { once: true }
    );
  });
  try {
    opts.log.info(`launch-gate: running ${id}`);
    const outcome = await Promise.race([check.run(ctx), deadline]);
    return {
      id,
      status: outcome.status ?? "pass",
      durationMs: Date.now() - started,
      summary: outcome.summary,
      findings: outcome.findings.map(normalizeFinding),
      metrics: outcome.metrics ?? {},
      markdown: outcome.markdown,
      notes: outcome.notes
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      id,
      status: "error",
      durationMs: Date.now() - started,
      // The table shows one line; the summary's caution box holds the rest (command output, stack).
      summary: `could not run: ${message.split("\n")[0]}`,
      findings: [],
      metrics: {},
      error: message
    };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener("abort", onOuterAbort);
    if (!ac.signal.aborted) ac.abort(new Error("check finished"));
  }
}
function docsUrl(path, env = process.env) {
  if (/^https?:\/\//.test(path)) return path;
  const repo = env.GITHUB_ACTION_REPOSITORY || "launch-gate/launch-gate";
  const ref = env.GITHUB_ACTION_REF || "main";
  return `https://github.com/${repo}/blob/${ref}/${path.replace(/^\.?\//, "")}`;
}
function normalizeFinding(f) {
  const out = { ...f };
  if (out.file) out.file = out.file.replace(/\\/g, "/").replace(/^\.\//, "");
  if (out.docs) out.docs = docsUrl(out.docs);
  return out;
}
async function applySuppressions(result, lines, baseline, reasons, prBase) {
  for (const f of result.findings) {
    f.fingerprint = fingerprintOf(f, result.id);
    if (f.file && f.line && f.commit) {
      const [then, now] = await Promise.all([lines.lines(f.file, f.commit), lines.lines(f.file)]);
      if (!now || now[f.line - 1] !== then?.[f.line - 1]) f.removedLater = true;
    }
    if (f.file && f.line) {
      const src = await lines.lines(f.file, f.commit);
      const d = src && ignoreFor(src, f.line, f.rule, result.id !== "secrets");
      if (d) {
        const before = prBase ? await lines.strict(f.file, prBase) : void 0;
        const addedInPr = !!prBase && !before?.some((l) => l.trim() === d.text.trim());
        if (addedInPr && !d.reason) {
          f.message += " (an ignore comment added by this PR gives no reason, so it does not apply)";
        } else {
          f.suppressed = { by: "inline", reason: d.reason, ...addedInPr ? { addedInPr: true } : {} };
          continue;
        }
      }
    }
    const key = baselineKey({ rule: f.rule, file: f.file, fingerprint: f.fingerprint });
    if (baseline.has(key)) f.suppressed = { by: "baseline", reason: reasons.get(key) };
  }
}
function decide(result, failOn) {
  if (result.status === "error" || result.status === "skipped") return result.status;
  return result.findings.some((f) => !f.suppressed && atLeast(f.severity, failOn)) ? "fail" : "pass";
}
function totalsOf(checks) {
  const t = { findings: 0, suppressed: 0, blocker: 0, high: 0, medium: 0, low: 0 };
  for (const c of checks)
    for (const f of c.findings) {
      if (f.suppressed) t.suppressed++;
      else {
        t.findings++;
        t[f.severity]++;
      }
    }
  return t;
}
async function run(opts) {
  const started = Date.now();
  const base = createContext({
    cwd: opts.cwd,
    config: opts.config,
    event: opts.event,
    env: opts.env,
    log: opts.log,
    signal: opts.signal,
    onSecret: opts.onSecret,
    github: opts.github,
    allowPrCommands: opts.allowPrCommands
  });
  let baseline = opts.trusted?.baseline;
  if (!opts.trusted) {
    const baselinePath = isAbsolute(opts.config.baseline) ? opts.config.baseline : join(base.cwd, opts.config.baseline);
    try {
      baseline = readBaseline(baselinePath);
    } catch (e) {
      throw new ConfigError(e.message);
    }
  }
  const prBase = opts.event.name === "pull_request" || opts.event.name === "pull_request_target" ? opts.event.base : void 0;
  const results = [];
  const baselineKeys = new Set((baseline?.findings ?? []).map(baselineKey));
  const reasons = new Map((baseline?.findings ?? []).map((e) => [baselineKey(e), e.reason]));
  const lines = new LineSource(base.cwd);
  const { selected, skipped } = await selectChecks(base, opts.checks ?? CHECKS);
  if (!results.length) {
    for (const id of CHECK_IDS) {
      if (!selected.includes(id)) {
        results.push({
          id,
          status: "skipped",
          durationMs: 0,
          summary: skipped.get(id) ?? "skipped",
          findings: [],
          metrics: {}
        });
        continue;
      }
      const r = opts.log.group ? await opts.log.group(`Launch Gate \xB7 ${CHECK_TITLES[id]}`, () => runOne(id, base, opts)) : await runOne(id, base, opts);
      await applySuppressions(r, lines, baselineKeys, reasons, prBase);
      r.status = decide(r, opts.config["fail-on"]);
      results.push(r);
    }
  }
  const verdict = results.some((r) => r.status === "fail" || r.status === "error") ? "fail" : "pass";
  return {
    version: 1,
    verdict,
    failOn: opts.config["fail-on"],
    durationMs: Date.now() - started,
    event: opts.event.name,
    totals: totalsOf(results),
    checks: results,
    ...opts.trusted?.trust ? { trust: opts.trusted.trust } : {}
  };
}

export {
  docsUrl,
  decide,
  totalsOf,
  run
};

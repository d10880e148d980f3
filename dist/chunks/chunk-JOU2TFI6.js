import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ScopeError,
  fetchCommit
} from "./chunk-C4ETJL74.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  buildConfig,
  readConfigFile
} from "./chunk-EGOHMP5K.js";
import {
  loadYaml
} from "./chunk-O45CTJ25.js";
import {
  readBaseline
} from "./chunk-DHCW3XL2.js";
import {
  git
} from "./chunk-MZDCT5IW.js";

// src/trust.ts
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var isPullRequest = (e) => e.name === "pull_request" || e.name === "pull_request_target";
function insideRepo(cwd, path, what) {
  if (isAbsolute(path))
    throw new ConfigError(`${what} ${JSON.stringify(path)} is an absolute path: give a path inside the repository`);
  const root = realpathSync(cwd);
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === ".." || rel.startsWith(`..${sep}`))
    throw new ConfigError(`${what} ${JSON.stringify(path)} points outside the repository`);
  let probe = full;
  while (!existsSync(probe) && probe !== root) probe = resolve(probe, "..");
  const real = realpathSync(probe);
  const realRel = relative(root, real);
  if (realRel === ".." || realRel.startsWith(`..${sep}`) || isAbsolute(realRel))
    throw new ConfigError(`${what} ${JSON.stringify(path)} is a symlink that points outside the repository`);
  if (existsSync(full) && lstatSync(full).isSymbolicLink()) {
    const target = realpathSync(full);
    const t = relative(root, target);
    if (t.startsWith("..") || isAbsolute(t))
      throw new ConfigError(`${what} ${JSON.stringify(path)} is a symlink that points outside the repository`);
  }
  return full;
}
async function showAt(cwd, sha, path) {
  const r = await git(cwd, ["show", `${sha}:./${path.replace(/^\.\//, "")}`]);
  return r.code === 0 ? r.stdout.toString("utf8") : void 0;
}
function baselineFromCheckout(cwd, config) {
  const path = insideRepo(cwd, config.baseline, "baseline");
  try {
    return readBaseline(path);
  } catch (e) {
    throw new ConfigError(e.message);
  }
}
function parseBaselineText(text, where) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`baseline ${where} is not valid JSON: ${e.message}`);
  }
  if (!data || !Array.isArray(data.findings))
    throw new ConfigError(`baseline ${where} has no "findings" list`);
  return data;
}
async function loadTrusted(o) {
  const configRel = o.configPath || DEFAULT_CONFIG_PATH;
  if (!o.configAnywhere) insideRepo(o.cwd, configRel, "config");
  const head = await readConfigFile(o.cwd, o.configPath);
  const headConfig = buildConfig(head.raw, o.overrides);
  checkConfigPaths(o.cwd, headConfig);
  const base = o.event.base;
  if (!isPullRequest(o.event) || !base)
    return { config: headConfig, baseline: baselineFromCheckout(o.cwd, headConfig) };
  if (o.configFrom === "head") {
    return {
      config: headConfig,
      baseline: baselineFromCheckout(o.cwd, headConfig),
      trust: {
        configFrom: "head",
        base,
        changed: [],
        notes: [
          "config-from: head \u2014 this PR's own config, baseline and exclusions judge it (a PR can switch off its own checks)"
        ]
      }
    };
  }
  try {
    await fetchCommit({ cwd: o.cwd, log: o.log, signal: o.signal }, base, o.event.pr?.baseRef);
  } catch (e) {
    if (e instanceof ScopeError)
      throw new ConfigError(`the gate's config must come from the base commit, but ${e.message}`);
    throw e;
  }
  const changed = [];
  const notes = [];
  const baseText = await showAt(o.cwd, base, configRel);
  const headText = head.path ? await showFile(head.path) : void 0;
  let baseRaw = {};
  if (baseText !== void 0) {
    try {
      baseRaw = (await loadYaml()).parse(baseText) ?? {};
    } catch (e) {
      throw new ConfigError(`the base commit's config ${configRel} is not valid YAML: ${e.message}`);
    }
  }
  const config = buildConfig(baseRaw, o.overrides);
  checkConfigPaths(o.cwd, config);
  if ((baseText ?? "") !== (headText ?? "")) {
    changed.push(configRel);
    notes.push(
      baseText === void 0 ? `this PR adds the gate's config (${configRel}): it takes effect after merge; this run uses the defaults` : `this PR changes the gate's config (${configRel}): it takes effect after merge; this run uses the base commit's`
    );
  }
  const baselineText = await showAt(o.cwd, base, config.baseline);
  const baseline = baselineText === void 0 ? void 0 : parseBaselineText(baselineText, `${config.baseline} (base commit)`);
  const headBaseline = existsSync(resolve(o.cwd, config.baseline)) ? await showFile(resolve(o.cwd, config.baseline)) : void 0;
  if ((baselineText ?? "") !== (headBaseline ?? "")) {
    changed.push(config.baseline);
    notes.push(
      `this PR changes the baseline (${config.baseline}): its entries take effect after merge, so they do not suppress this PR's findings`
    );
  }
  return { config, baseline, trust: { configFrom: "base", base, changed, notes } };
}
async function showFile(path) {
  const { readFile } = await import("node:fs/promises");
  return readFile(path, "utf8").catch(() => void 0);
}
function checkConfigPaths(cwd, config) {
  insideRepo(cwd, config.baseline, "baseline");
  insideRepo(cwd, config.env.contract, "env.contract");
  for (const s of config.env.schema) insideRepo(cwd, s, "env.schema");
}
function prCommandsBlocked(ctx) {
  if (ctx.event.name !== "pull_request_target" || ctx.allowPrCommands) return void 0;
  return "on pull_request_target the gate does not run commands from the PR head (they would run with the job's secrets and write token): run the gate on pull_request instead, or set allow-pr-commands: true if every PR author is trusted";
}

export {
  isPullRequest,
  insideRepo,
  loadTrusted,
  prCommandsBlocked
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  TEMPLATE,
  collectDeclarations,
  expectation,
  fitsType,
  nearestTemplateDir,
  parseContract,
  parseSchema,
  require_main
} from "./chunk-TEOSWQXK.js";
import {
  code,
  escapeMd
} from "./chunk-JFNDAFOA.js";
import {
  envFileKind
} from "./chunk-HCCASY7A.js";
import {
  addedLines,
  findReads,
  isAdded,
  languageOf
} from "./chunk-SX5GZBSQ.js";
import {
  allowlist,
  hasUrlPassword,
  isExposedSecret,
  isRuntimeVar,
  looksSecret,
  publicPrefix
} from "./chunk-RSAAWZJ3.js";
import "./chunk-QJROS53J.js";
import {
  readText,
  require_picomatch
} from "./chunk-SY3URXUI.js";
import "./chunk-O45CTJ25.js";
import {
  RULES,
  finding
} from "./chunk-GKNI2CXG.js";
import {
  gitText
} from "./chunk-MZDCT5IW.js";
import {
  __toESM
} from "./chunk-LYD5ERHY.js";

// src/checks/env/index.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/checks/env/load.ts
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var DEFAULT_CONTRACT = ".env.example";
var toRel = (cwd, abs) => relative(cwd, abs).split(sep).join("/");
async function loadContract(cwd, configured, maxFileSize) {
  const abs = isAbsolute(configured) ? configured : resolve(cwd, configured);
  const file = toRel(cwd, abs);
  const explicit = configured !== DEFAULT_CONTRACT;
  if (!existsSync(abs)) return { absent: true, explicit, file };
  const r = await readText(cwd, file, maxFileSize);
  if ("skip" in r) return { error: `cannot read the env contract ${file}: ${r.skip}` };
  return { contract: parseContract(r.text, file), text: r.text };
}
async function loadSchemas(cwd, paths, maxFileSize) {
  const out = [];
  for (const p of paths) {
    const file = toRel(cwd, resolve(cwd, p));
    if (!existsSync(resolve(cwd, p))) continue;
    const r = await readText(cwd, file, maxFileSize);
    if ("skip" in r) continue;
    const vars = parseSchema(r.text);
    if (vars.length) out.push({ file, vars });
  }
  return out;
}

// src/checks/env/merge.ts
function mergeSchema(vars, schemaFile, schema) {
  const out = new Map(vars.map((v) => [v.name, { ...v }]));
  for (const s of schema) {
    const v = out.get(s.name);
    if (!v) {
      out.set(s.name, {
        name: s.name,
        file: schemaFile,
        line: s.line,
        example: "",
        required: !s.optional,
        type: s.type,
        ...s.values ? { values: s.values } : {},
        typeFrom: "schema"
      });
      continue;
    }
    if (v.typeFrom === "example") {
      v.type = s.type;
      v.typeFrom = "schema";
      if (s.values) v.values = s.values;
      else delete v.values;
    }
    if (!v.requiredMarked) v.required = !s.optional;
  }
  return [...out.values()];
}

// src/checks/env/rules.ts
function contractProblemFindings(contract, keep) {
  return contract.problems.filter((p) => keep(p.line)).map((p) => {
    const what = p.name ? `${p.name} at line ${p.line}` : `line ${p.line}`;
    const rule = p.kind === "duplicate" ? RULES.duplicate : p.kind === "marker" ? RULES.marker : RULES.malformed;
    return finding({
      rule,
      severity: "medium",
      file: contract.file,
      line: p.line,
      subject: `${p.name ?? ""}:${p.detail}`,
      message: `${what} of the env contract ${p.detail}`,
      why: p.kind === "duplicate" ? "two declarations of one variable disagree sooner or later, and only the last one counts" : "a line the parser skips is a variable the gate never checks",
      fix: p.kind === "marker" ? 'use a known marker: "# optional", "# type: url|number|boolean|list|string|email|port", "# one of: a|b|c"' : p.kind === "duplicate" ? "keep one declaration of the variable" : "write the line as KEY=value (or comment it out with #); names use letters, digits and _"
    });
  });
}
function contractAddedFindings(vars, environment) {
  return vars.map(
    (v) => finding({
      rule: RULES.contractAdded,
      severity: "low",
      file: v.file,
      line: v.line,
      subject: v.name,
      message: `this change adds ${v.required ? "required" : "optional"} variable ${v.name} to the env contract`,
      why: "a deploy of this change to an environment without the variable fails or runs without the feature",
      fix: `set ${v.name} in every environment (${environment} and the others) before this change is deployed`
    })
  );
}
var exposedFinding = (file, line, name, column) => finding({
  rule: RULES.publicSecret,
  severity: "high",
  file,
  line,
  column,
  subject: name,
  message: `${name} looks like a secret but its ${publicPrefix(name)} prefix exposes it to the browser`,
  why: "bundlers inline variables with this prefix into client JavaScript that anyone can download and read",
  fix: `rename it without the ${publicPrefix(name)} prefix, read it only on the server (API route, server action, backend), and rotate the value if it was ever deployed`
});
function exposedInContract(vars) {
  return vars.filter((v) => isExposedSecret(v.name)).map((v) => exposedFinding(v.file, v.line, v.name));
}
var NOT_RUNTIME = /(?:^|\/)(?:[\w-]+\.)?(?:eslint|prettier|vite|vitest|next|nuxt|svelte|astro|remix|tailwind|postcss|jest|playwright|cypress|webpack|rollup|babel|tsup|turbo|drizzle|knexfile|sentry\.\w+|storybook|metro|app)\.config\.[\w.]+$|(?:^|\/)(?:knexfile|gulpfile|Gruntfile)\.[\w.]+$|(?:^|\/)(?:scripts?|tests?|__tests__|e2e|cypress|playwright|fixtures?|\.github|\.storybook|stories|mocks?|__mocks__|benchmarks?|bench|tools)\/|[._-](?:test|spec|e2e|stories|mocks?)\.[\w.]+$|(?:^|\/)(?:mocks?|fixtures?)\.[\w.]+$|_test\.(?:go|py)$|(?:^|\/)(?:test_[^/]*|conftest)\.py$/;
var listFiles = (files) => files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
function readFindings(files, o) {
  const out = [];
  const byName = /* @__PURE__ */ new Map();
  for (const { path, reads } of files) {
    const seen = /* @__PURE__ */ new Set();
    for (const r of reads) {
      if (isExposedSecret(r.name) && !seen.has(`x:${r.name}`)) {
        seen.add(`x:${r.name}`);
        out.push(exposedFinding(path, r.line, r.name, r.column));
      }
      const contract = o.contractFor(path);
      if (!contract || o.declared.has(r.name) || o.allowed(r.name)) continue;
      byName.set(r.name, [...byName.get(r.name) ?? [], { path, r, contract }]);
    }
  }
  for (const [name, all] of byName) {
    const runtime = all.filter((x) => !NOT_RUNTIME.test(x.path));
    const coping = new Set(all.filter((x) => x.r.hasFallback).map((x) => x.path));
    const strict = runtime.filter((x) => !x.r.hasFallback && !coping.has(x.path));
    const at = strict[0] ?? runtime[0] ?? all[0];
    const severity = strict.length ? "high" : "low";
    const filesReading = [...new Set(all.map((x) => x.path))];
    const others = filesReading.filter((p) => p !== at.path);
    const where = others.length ? `; also read in ${listFiles(others)}` : "";
    const kind = !runtime.length ? " (only in tool configs, scripts or tests)" : !strict.length ? " (every read has a default)" : "";
    out.push(
      finding({
        rule: RULES.undeclaredRead,
        severity,
        file: at.path,
        line: at.r.line,
        column: at.r.column,
        subject: name,
        message: `code reads ${name} (${at.r.syntax}), which the env contract ${at.contract} does not declare${kind}${where}`,
        why: strict.length ? "no one deploying knows to set it: the deploy runs with it undefined" : "nobody deploying knows the variable exists or what it changes, but nothing breaks without it",
        fix: `add ${name}=<example> to ${at.contract} (with "# optional" if the default is fine), or allow it in env.allow if the platform sets it`
      })
    );
  }
  return out;
}
function envFileFindings(hits) {
  return hits.map((h) => {
    if (h.state === "untracked") {
      return finding({
        rule: RULES.fileNotIgnored,
        severity: "high",
        file: h.path,
        line: 1,
        subject: h.path,
        message: `${h.path} is not committed, but git does not ignore it either`,
        why: "the next `git add .` commits every value in it",
        fix: `add ${h.path.slice(h.path.lastIndexOf("/") + 1)} (or .env*, with !.env.example) to .gitignore`
      });
    }
    const test = h.kind === "test";
    return finding({
      rule: RULES.fileCommitted,
      severity: test ? "medium" : "blocker",
      file: h.path,
      line: 1,
      subject: h.path,
      commit: h.commit,
      message: h.state === "history" ? `${h.path} was committed in ${h.commit.slice(0, 7)} and deleted later; its values stay in the history` : `${h.path} is committed${test ? " (a test env file)" : ""}`,
      why: test ? "test env files tend to collect real credentials over time, and every clone and fork receives them" : "an env file holds the values of an environment: every clone, fork and CI log can read them",
      fix: test ? "keep only throwaway values in it; put anything real in CI secrets, or accept it with a launch-gate-ignore comment on line 1" : `remove it from git (git rm --cached ${h.path}), add it to .gitignore, rotate every secret it held, and keep the variable names in the contract (.env.example)`
    });
  });
}

// src/checks/env/scan-code.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function scanCode(cwd, scope, added, exclude, signal) {
  const excluded = (0, import_picomatch.default)(exclude, { dot: true });
  const out = { files: [], scanned: 0, skipped: [] };
  for (const f of scope.files) {
    if (f.status === "deleted") continue;
    const lang = languageOf(f.path);
    if (!lang || excluded(f.path)) continue;
    if (scope.kind === "diff" && !added.has(f.path)) continue;
    signal.throwIfAborted();
    const r = await readText(cwd, f.path, scope.maxFileSize);
    if ("skip" in r) {
      out.skipped.push({ path: f.path, reason: r.skip });
      continue;
    }
    out.scanned++;
    const lines = r.text.split("\n");
    const reads = findReads(r.text, lang).filter((x) => isAdded(scope, added, f.path, lines, x.line));
    if (reads.length) out.files.push({ path: f.path, reads });
  }
  return out;
}

// src/checks/env/index.ts
var import_dotenv = __toESM(require_main(), 1);

// src/checks/env/scan-env-files.ts
import { lstat, readlink } from "node:fs/promises";
import { join } from "node:path";
async function markLinks(cwd, hits) {
  for (const h of hits) {
    if (h.state === "history") continue;
    try {
      if ((await lstat(join(cwd, h.path))).isSymbolicLink()) h.link = await readlink(join(cwd, h.path));
    } catch {
    }
  }
  return hits;
}
async function findEnvFiles(cwd, scope, signal) {
  const hits = [];
  const kindOf = (p) => {
    const k = envFileKind(p);
    return k === "real" || k === "test" ? k : void 0;
  };
  if (scope.kind === "diff") {
    const live = /* @__PURE__ */ new Set();
    for (const f of scope.files) {
      const kind = kindOf(f.path);
      if (!kind || f.status === "deleted") continue;
      live.add(f.path);
      hits.push({ path: f.path, kind, state: "committed" });
    }
    for (const h of scope.hunks) {
      const kind = kindOf(h.path);
      if (!kind || live.has(h.path) || hits.some((x) => x.path === h.path)) continue;
      hits.push({ path: h.path, kind, state: "history", commit: h.commit });
    }
    return markLinks(cwd, hits);
  }
  if (!scope.gitRoot) return hits;
  const candidates = scope.files.filter((f) => kindOf(f.path));
  if (!candidates.length) return hits;
  const tracked = new Set(
    (await gitText(cwd, ["ls-files", "-z", "--", ...candidates.map((f) => f.path)], signal)).split("\0").filter(Boolean)
  );
  for (const f of candidates) {
    hits.push({ path: f.path, kind: kindOf(f.path), state: tracked.has(f.path) ? "committed" : "untracked" });
  }
  return markLinks(cwd, hits);
}
async function trackedEnvFiles(cwd) {
  try {
    const out = await gitText(cwd, ["ls-files", "-z"]);
    return out.split("\0").filter((p) => p && (envFileKind(p) === "real" || envFileKind(p) === "test"));
  } catch {
    return [];
  }
}

// src/checks/env/summary.ts
var STATUS_ICON = {
  present: "\u2705 present",
  missing: "\u274C missing",
  empty: "\u274C empty",
  "wrong type": "\u274C wrong type",
  "not checked": "\u2796 not checked"
};
function variablesTable(reports, limit = 200) {
  if (!reports.length) return "";
  const rows = reports.slice(0, limit).map(({ v, status }) => {
    const type = v.type === "enum" ? `one of ${(v.values ?? []).join(" | ")}` : v.type;
    const shown = !v.required && (status === "missing" || status === "empty") ? "\u2796 unset (optional)" : STATUS_ICON[status];
    return `| ${code(v.name)} | ${v.required ? "yes" : "no"} | ${escapeMd(type)} | ${shown} |`;
  });
  const more = reports.length > limit ? `

\u2026and ${reports.length - limit} more variables.` : "";
  return ["| Variable | Required | Type | Status |", "| --- | --- | --- | --- |", ...rows].join("\n") + more;
}

// src/checks/env/validate.ts
var CREDENTIAL_NAME = /(SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|PRIVATE|API_?KEY|(^|_)KEY$)/i;
function statusOf(v, env) {
  const value = env[v.name];
  if (value === void 0) return "missing";
  if (value.trim() === "") return "empty";
  return fitsType(v.type, value, v.values) ? "present" : "wrong type";
}
function validateEnv(vars, env, environment) {
  const reports = [];
  const findings = [];
  for (const v of vars) {
    const status = statusOf(v, env);
    reports.push({ v, status });
    const where = { file: v.file, line: v.line, subject: v.name };
    const expected = expectation(v.type, v.values);
    if ((status === "missing" || status === "empty") && v.required) {
      const missing = status === "missing";
      findings.push(
        finding({
          rule: missing ? RULES.missing : RULES.empty,
          severity: "blocker",
          ...where,
          message: missing ? `required variable ${v.name} is not set in this environment (${environment})` : `required variable ${v.name} is set but empty in this environment (${environment})`,
          why: "the code expects it; a deploy without it fails at start-up or, worse, at the first request that needs it",
          fix: `set ${v.name} (${expected}) in the ${environment} environment's secrets or variables, or mark it "# optional" in ${v.file} if the code has a default`
        })
      );
    } else if (status === "wrong type") {
      findings.push(
        finding({
          rule: RULES.wrongType,
          severity: v.required ? "blocker" : "high",
          ...where,
          message: `${v.name} is not ${expected} (type ${v.type}${v.typeFrom === "example" ? ", inferred from the example value" : ""})`,
          why: "a malformed value passes a presence check and breaks the code that parses it, often only in production",
          fix: `correct ${v.name} in the ${environment} environment; if the type is wrong, declare it with "# type: ..." above the line in ${v.file}`
        })
      );
    } else if (status === "present" && v.example && v.type === "string" && CREDENTIAL_NAME.test(v.name)) {
      if (env[v.name].trim() === v.example.trim()) {
        findings.push(
          finding({
            rule: RULES.exampleValue,
            severity: "high",
            ...where,
            message: `${v.name} is set to the example value from ${v.file}`,
            why: "the example is public: anyone who reads the repository can forge sessions or call the API with it",
            fix: `generate a real value for ${v.name} (e.g. openssl rand -base64 32) and store it as a secret in ${environment}`
          })
        );
      }
    }
  }
  return { reports, findings };
}

// src/checks/env/deploy-values.ts
var isProduction = (environment) => /^(prod|production|live)$/i.test(environment.trim());
var WRONG_HOSTS = [
  {
    test: (h) => /(^|\.)(ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|ngrok-free\.dev|loca\.lt|trycloudflare\.com)$/.test(h),
    what: "a tunnel to a developer machine (ngrok, localtunnel, cloudflared quick tunnel)"
  },
  {
    test: (h) => /(^|\.)example\.(com|net|org)$/.test(h) || /\.(example|invalid|test)$/.test(h),
    what: "a reserved example domain (RFC 2606)"
  },
  { test: (h) => /\.local$/.test(h), what: "a .local (mDNS) host on a local network" }
];
var LOOPBACK = (h) => h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "[::1]" || h === "0.0.0.0";
var NON_PROD_LABEL = /^(staging|stage|stg|dev|develop|development|test|testing|qa|uat|preview|sandbox)$/;
function nonProdHost(host) {
  const labels = host.split(".");
  return labels.slice(0, -2).some((l) => l.split("-").some((part) => NON_PROD_LABEL.test(part)));
}
var PUBLIC_URL_NAME = /(PUBLIC|SITE|APP|BASE|CALLBACK|REDIRECT|WEBHOOK|RETURN|ORIGIN|FRONTEND|WEB|NEXTAUTH|AUTH|CANONICAL|DOMAIN|HOST)(_|$)/;
function wrongUrl(name, value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return void 0;
  }
  const host = url.hostname.toLowerCase();
  if (!host) return void 0;
  const listed = WRONG_HOSTS.find((w) => w.test(host));
  if (listed) return { what: listed.what, severity: "high" };
  if (nonProdHost(host)) return { what: "a staging, dev, test or sandbox host", severity: "high" };
  if (LOOPBACK(host) && /^(https?|wss?):$/.test(url.protocol)) {
    return {
      what: "this machine (localhost)",
      severity: PUBLIC_URL_NAME.test(name.toUpperCase()) ? "high" : "medium"
    };
  }
  return void 0;
}
var TEST_MODE_KEYS = [
  { prefix: "sk_test_", provider: "Stripe, Clerk or Paystack" },
  { prefix: "pk_test_", provider: "Stripe, Clerk or Paystack" },
  { prefix: "rk_test_", provider: "Stripe (restricted key)" },
  { prefix: "rzp_test_", provider: "Razorpay" },
  { prefix: "FLWSECK_TEST-", provider: "Flutterwave" },
  { prefix: "FLWPUBK_TEST-", provider: "Flutterwave" },
  { prefix: "sk_sbox_", provider: "Checkout.com (sandbox)" },
  { prefix: "pk_sbox_", provider: "Checkout.com (sandbox)" },
  { prefix: "pdl_sdbx_", provider: "Paddle (sandbox)" },
  { prefix: "sandbox_", provider: "Braintree (sandbox tokenization key)", name: /BRAINTREE/ },
  { prefix: "sandbox-sq0", provider: "Square (sandbox)" },
  { prefix: "test_", provider: "Mollie", name: /MOLLIE.*(KEY|TOKEN)/ }
];
var ENV_WORDS = {
  STAGING: "staging",
  STAGE: "staging",
  STG: "staging",
  DEV: "dev",
  DEVELOPMENT: "dev",
  LOCAL: "dev",
  TEST: "test",
  TESTING: "test",
  SANDBOX: "test",
  QA: "qa",
  UAT: "qa",
  PREVIEW: "preview",
  PROD: "",
  PRODUCTION: "",
  LIVE: ""
};
function splitEnvWord(name) {
  const parts = name.toUpperCase().split("_");
  const env = parts.filter((p) => p in ENV_WORDS).map((p) => ENV_WORDS[p]);
  return { base: parts.filter((p) => !(p in ENV_WORDS)).join("_"), env: [...new Set(env)].sort().join("+") };
}
function deployValueFindings(vars, values, environment, contractFile) {
  const out = [];
  const at = (name) => {
    const v = vars.find((x) => x.name === name);
    return { file: v?.file ?? contractFile, line: v?.line };
  };
  if (isProduction(environment)) {
    for (const v of vars) {
      const value = values[v.name]?.trim();
      if (!value) continue;
      const url = wrongUrl(v.name, value);
      if (url)
        out.push(
          finding({
            rule: RULES.nonProductionUrl,
            severity: url.severity,
            ...at(v.name),
            subject: v.name,
            message: `${v.name} points at ${url.what} in ${environment}`,
            why: "webhooks, OAuth callbacks and links built from it reach nobody in production: payments, sign-ins and notifications fail silently",
            fix: `set ${v.name} to the ${environment} address in the ${environment} environment; if a service really runs beside the app on this host, add "launch-gate-ignore: ${RULES.nonProductionUrl} <reason>" above the line in ${at(v.name).file}`
          })
        );
      const key = TEST_MODE_KEYS.find(
        (k) => value.startsWith(k.prefix) && (!k.name || k.name.test(v.name.toUpperCase()))
      );
      if (key)
        out.push(
          finding({
            rule: RULES.testModeKey,
            severity: "high",
            ...at(v.name),
            subject: v.name,
            message: `${v.name} holds a test-mode key (${key.provider}) in ${environment}`,
            why: "test-mode keys accept every request and move no money: checkouts look fine and nobody is charged",
            fix: `put the live key of the provider into ${v.name} in the ${environment} environment`
          })
        );
    }
  }
  const groups = /* @__PURE__ */ new Map();
  const contractNames = new Set(vars.map((v) => v.name));
  for (const [name, raw] of Object.entries(values)) {
    const value = raw?.trim();
    if (!value || value.length < 8 || isRuntimeVar(name)) continue;
    const { base, env } = splitEnvWord(name);
    if (!base || !CREDENTIAL_NAME.test(base) && !/DSN$/.test(base) && !hasUrlPassword(value)) continue;
    const key = `${base}\0${value}`;
    groups.set(key, [...groups.get(key) ?? [], { name, env }]);
  }
  for (const members of groups.values()) {
    if (!members.some((m) => contractNames.has(m.name))) continue;
    const envs = new Set(members.map((m) => m.env));
    if (envs.size < 2) continue;
    const names = members.map((m) => m.name).sort();
    const first = names.find((n) => contractNames.has(n));
    out.push(
      finding({
        rule: RULES.sharedValue,
        severity: "high",
        ...at(first),
        subject: names.join(","),
        message: `${names.join(" and ")} hold the same value, though their names are meant for different environments`,
        why: "one credential across environments means a staging or test run acts on production data and money, and one leak exposes both",
        fix: `give each environment its own credential (create a separate key at the provider) and set ${names.join(", ")} to their own values`
      })
    );
  }
  return out;
}

// src/checks/env/index.ts
function maskValues(ctx, vars, env = ctx.env) {
  for (const v of vars) {
    const value = env[v.name];
    if (!value) continue;
    if (looksSecret(v.name) || hasUrlPassword(value)) ctx.mask(value);
    if (hasUrlPassword(value)) {
      try {
        ctx.mask(decodeURIComponent(new URL(value.trim()).password));
      } catch {
      }
    }
  }
}
function shouldValidate(ctx, vars) {
  const mode = ctx.config.env.validate;
  if (mode === "always") return { yes: true, why: "env.validate is always" };
  if (mode === "never") return { yes: false, why: "env.validate is never" };
  if (ctx.event.name === "local") return { yes: true, why: "run from the command line" };
  const carried = vars.filter((v) => !isRuntimeVar(v.name) && ctx.env[v.name] !== void 0);
  return carried.length ? { yes: true, why: `the step's environment sets ${carried.length} contract variable(s)` } : { yes: false, why: "the step's environment sets no contract variable (not a deploy job)" };
}
var LOCAL_ENV_FILES = (environment) => [
  ".env",
  ".env.local",
  `.env.${environment}`,
  `.env.${environment}.local`
];
async function localEnv(cwd, environment, maxFileSize) {
  const values = {};
  const files = [];
  for (const f of LOCAL_ENV_FILES(environment)) {
    const r = await readText(cwd, f, maxFileSize);
    if (!("text" in r)) continue;
    files.push(f);
    Object.assign(values, (0, import_dotenv.parse)(r.text));
  }
  return { values, files };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
async function run(ctx) {
  const cfg = ctx.config.env;
  const maxFileSize = ctx.config["max-file-size"];
  const notes = [];
  const loaded = await loadContract(ctx.cwd, cfg.contract, maxFileSize);
  if ("error" in loaded) return { status: "error", summary: loaded.error, findings: [] };
  if ("absent" in loaded && loaded.explicit) {
    return {
      status: "error",
      summary: `the env contract ${loaded.file} (env.contract / env-file) does not exist`,
      findings: [],
      notes: ["create the file with one KEY=example line per variable a deploy needs, or point env-file at it"]
    };
  }
  const contract = "contract" in loaded ? loaded.contract : void 0;
  const contractFile = contract?.file ?? ("absent" in loaded ? loaded.file : DEFAULT_CONTRACT);
  if (!contract)
    notes.push(`no env contract (${contractFile}): only committed env files and browser-exposed secrets are checked`);
  let vars = contract?.vars ?? [];
  const schemas = await loadSchemas(ctx.cwd, cfg.schema, maxFileSize);
  for (const s of schemas) {
    vars = mergeSchema(vars, s.file, s.vars);
    notes.push(`read the typed env schema ${s.file} (${plural(s.vars.length, "variable")})`);
  }
  maskValues(ctx, vars);
  const haveContract = !!contract || schemas.length > 0;
  const findings = [];
  const validation = shouldValidate(ctx, vars);
  let values = ctx.env;
  let fromLocalFiles = false;
  if (validation.yes && cfg["local-files"] && cfg.validate === "auto") {
    const local = await localEnv(ctx.cwd, ctx.config.environment, maxFileSize);
    if (!local.files.length) {
      validation.yes = false;
      validation.why = `no local env file (${LOCAL_ENV_FILES(ctx.config.environment).join(", ")}); pass --env-from-shell to validate the shell's variables`;
    } else {
      values = local.values;
      fromLocalFiles = true;
      maskValues(ctx, vars, values);
      validation.why = `the local env files ${local.files.join(", ")} (pass --env-from-shell to validate the shell instead)`;
    }
  }
  let reports;
  if (validation.yes && vars.length) {
    const v = validateEnv(vars, values, ctx.config.environment);
    reports = v.reports;
    findings.push(...v.findings);
    notes.push(`validated the environment against the contract: ${validation.why}`);
    if (!fromLocalFiles) findings.push(...deployValueFindings(vars, values, ctx.config.environment, contractFile));
  } else {
    reports = vars.map((v) => ({ v, status: "not checked" }));
    if (vars.length) notes.push(`environment not validated: ${validation.why}`);
  }
  let scope;
  try {
    scope = await ctx.scope();
  } catch (e) {
    return {
      status: "error",
      summary: `cannot compute what to check: ${e.message}`,
      findings,
      markdown: variablesTable(reports),
      notes
    };
  }
  notes.push(...scope.notes);
  const added = addedLines(scope);
  if (contract && "text" in loaded) {
    const lines = loaded.text.split("\n");
    const keep = (line) => isAdded(scope, added, contract.file, lines, line);
    findings.push(...contractProblemFindings(contract, keep));
    const contractVars = vars.filter((v) => v.file === contract.file);
    findings.push(...exposedInContract(contractVars.filter((v) => keep(v.line))));
    if (scope.kind === "diff")
      findings.push(
        ...contractAddedFindings(
          contractVars.filter((v) => keep(v.line)),
          ctx.config.environment
        )
      );
  }
  findings.push(
    ...exposedInContract(
      vars.filter((v) => v.typeFrom === "schema" && v.file !== contract?.file && scope.kind === "all")
    )
  );
  const found = await findEnvFiles(ctx.cwd, scope, ctx.signal);
  for (const h of found.filter((x) => x.link !== void 0))
    notes.push(
      `${h.path} is a symlink to ${h.link}: git stores the path, not values (a target inside the repository is judged on its own)`
    );
  const envFiles = found.filter((h) => h.link === void 0);
  findings.push(...envFileFindings(envFiles));
  if (scope.kind === "all" && !scope.gitRoot)
    notes.push("not a git repository: committed env files cannot be told apart from local ones");
  const code2 = await scanCode(ctx.cwd, scope, added, cfg["code-exclude"], ctx.signal);
  const readCount = code2.files.reduce((n, f) => n + f.reads.length, 0);
  const repoPaths = scope.kind === "all" ? scope.files.map((f) => f.path) : (await gitText(ctx.cwd, ["ls-files", "-z", "-c", "--", "."], ctx.signal).catch(() => "")).split("\0").filter(Boolean);
  const decl = await collectDeclarations(ctx.cwd, repoPaths, maxFileSize);
  const templates = /* @__PURE__ */ new Map();
  for (const p of repoPaths.filter((x) => TEMPLATE.test(x))) {
    const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
    if (!templates.has(dir)) templates.set(dir, p);
  }
  const templateIn = (dir) => templates.get(dir);
  const contractDirs = decl.templateDirs.filter((d) => d !== "");
  if (contractDirs.length)
    notes.push(
      `contracts by folder: ${contractDirs.slice(0, 8).join(", ")}${contractDirs.length > 8 ? ` and ${contractDirs.length - 8} more` : ""} use their own env template; the rest ${haveContract ? contractFile : "has none"}`
    );
  const readFs = readFindings(code2.files, {
    declared: /* @__PURE__ */ new Set([...vars.map((v) => v.name), ...decl.names.keys()]),
    contractFor: (path) => {
      const dir = nearestTemplateDir(decl, path);
      return dir !== void 0 && templateIn(dir) || (haveContract ? contractFile : void 0);
    },
    allowed: allowlist(cfg.allow)
  });
  findings.push(...readFs);
  for (const s of code2.skipped) notes.push(`skipped ${s.path}: ${s.reason}`);
  const count = (s) => reports.filter((r) => r.status === s && (r.v.required || s === "wrong type")).length;
  const metrics = {
    variables: vars.length,
    required: vars.filter((v) => v.required).length,
    validated: validation.yes && vars.length > 0,
    present: reports.filter((r) => r.status === "present").length,
    missing: count("missing"),
    empty: count("empty"),
    wrongType: count("wrong type"),
    filesScanned: code2.scanned,
    reads: readCount,
    undeclaredReads: readFs.filter((f) => f.rule === "env-undeclared-read").length,
    envFilesCommitted: envFiles.filter((h) => h.state !== "untracked").length,
    exposedSecrets: findings.filter((f) => f.rule === "env-public-secret").length
  };
  const parts = [
    haveContract ? `${plural(vars.length, "variable")} in ${contractFile}${schemas.length ? " and the schema" : ""}` : "no env contract",
    metrics.validated ? `environment: ${metrics.present} present, ${metrics.missing} missing, ${metrics.empty} empty, ${metrics.wrongType} wrong type` : "environment not validated",
    `${plural(code2.scanned, "code file")} scanned, ${plural(readCount, "env read")}`,
    plural(findings.length, "finding")
  ];
  const outcome = { summary: parts.join("; "), findings, metrics, notes };
  const table = variablesTable(reports);
  if (table) outcome.markdown = table;
  if (!haveContract && !findings.length) outcome.status = "skipped";
  return outcome;
}
var check = {
  id: "env",
  async applies(ctx) {
    const cfg = ctx.config.env;
    if (cfg.contract !== DEFAULT_CONTRACT || existsSync2(resolve2(ctx.cwd, cfg.contract))) return true;
    if (cfg.schema.some((p) => existsSync2(resolve2(ctx.cwd, p)))) return true;
    return (await trackedEnvFiles(ctx.cwd)).length > 0;
  },
  run
};
export {
  check
};

#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  envFileKind
} from "./chunks/chunk-HCCASY7A.js";
import {
  VERSION
} from "./chunks/chunk-QBXKCKE2.js";
import {
  registerUrlPasswords,
  safeLine
} from "./chunks/chunk-37PJACQV.js";
import "./chunks/chunk-LYD5ERHY.js";

// src/cli.ts
import { existsSync } from "node:fs";
import * as nodeModule from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli-args.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function closest(word, known) {
  let best;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(1, Math.floor(word.length / 4)) + 1 ? best : void 0;
}
function explainArgsError(e, options) {
  const name = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1] ?? "";
  const bare = name.replace(/^-+/, "").split("=")[0];
  const longs = Object.keys(options);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const guess = closest(bare, longs);
      return `unknown option ${name}${guess ? ` (did you mean --${guess}?)` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return options[bare]?.type === "boolean" ? `option --${bare} takes no value` : `option --${bare} needs a value (--${bare} VALUE)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return "unexpected argument";
    default:
      return "could not read the arguments";
  }
}

// src/cli.ts
var HELP = `launch-gate ${VERSION}: a launch checklist as a gate (secrets, env, migrations, perf, smoke)

Usage:
  launch-gate check [options]      run the checks and print a report
  launch-gate baseline [options]   accept every current finding into the baseline file
  launch-gate --help | --version

Options:
  --checks LIST        comma list of secrets, env, migrations, perf, smoke, or auto (default: auto)
  --config FILE        config file (default: .github/launch-gate.yml; a missing default file means defaults)
  --cwd DIR            repository root to check (default: current directory)
  --scope diff|all     diff: only what base..HEAD adds (needs --base); all: the whole tree (default: all)
  --base REF           commit or ref to diff against (scope diff; perf compares against it)
  --url URL            deployed base URL(s) for the smoke check, comma separated
  --json FILE          write the JSON report to FILE
  --sarif FILE         write SARIF 2.1.0 to FILE
  --fail-on SEVERITY   lowest severity that fails: blocker, high, medium, low (default: high)
  --contract FILE      the env contract, relative to --cwd (default: .env.example)
  --environment NAME   target environment name (default: production)
  --start-command CMD  command that starts the service for perf
  --ready-url URL      URL (or path) polled until the service answers
  --env-from-shell     env: validate the shell's variables, not the local .env files
  --trace              migrations: apply new migrations to a real PostgreSQL and report actual locks
  --baseline-file FILE baseline path (default: .launch-gate-baseline.json)
  --verbose            log what each check does (to stderr)
  --no-color           plain output (NO_COLOR is honoured; FORCE_COLOR=1 forces colour when piped)
  -h, --help           show this help
  -v, --version        print the version

Exit status: 0 pass, 1 fail (findings at or above --fail-on, or a check could not run), 2 usage or config error.
Suppress a finding with a comment "launch-gate-ignore: RULE reason" on its line or the line above.`;
var OPTIONS = {
  checks: { type: "string" },
  config: { type: "string" },
  cwd: { type: "string" },
  scope: { type: "string" },
  base: { type: "string" },
  url: { type: "string" },
  json: { type: "string" },
  sarif: { type: "string" },
  "fail-on": { type: "string" },
  contract: { type: "string" },
  "env-file": { type: "string" },
  environment: { type: "string" },
  "start-command": { type: "string" },
  "ready-url": { type: "string" },
  trace: { type: "boolean" },
  "env-from-shell": { type: "boolean" },
  "baseline-file": { type: "string" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var logger = (verbose) => {
  const tty = process.stderr.isTTY === true;
  let live = false;
  const clear = () => {
    if (live) process.stderr.write("\r\x1B[K");
    live = false;
  };
  return {
    info: (m) => {
      if (!verbose) return;
      clear();
      process.stderr.write(`${safeLine(m)}
`);
    },
    warn: (m) => {
      clear();
      process.stderr.write(`warning: ${safeLine(m)}
`);
    },
    debug: () => {
    },
    progress: (m) => {
      if (verbose) return void process.stderr.write(`${safeLine(m)}
`);
      if (!tty) return;
      const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
      process.stderr.write(`\r\x1B[K${safeLine(m).slice(0, width)}`);
      live = true;
    },
    done: clear
  };
};
function useColor(noColor) {
  if (noColor || process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return process.stdout.isTTY === true;
}
function contractOption(contract, envFile) {
  if (envFile !== void 0)
    return {
      error: "--env-file is Node's own option (Node loads that file's values into the environment before launch-gate runs); name the env contract with --contract FILE"
    };
  if (contract === void 0) return void 0;
  const kind = envFileKind(contract.replace(/\\/g, "/"));
  if (kind === "real" || kind === "test")
    return {
      error: `--contract ${contract} looks like a file of values, not the env contract (the template, e.g. .env.example); the CLI validates .env, .env.local and .env.<environment> in --cwd against the contract by itself`
    };
  return contract;
}
async function cli(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`launch-gate: ${explainArgsError(e, OPTIONS)}
Run launch-gate --help for usage.
`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const contract = contractOption(v.contract, v["env-file"]);
  if (typeof contract === "object") {
    process.stderr.write(`launch-gate: ${contract.error}
`);
    return 2;
  }
  const command = positionals[0] ?? "check";
  if (!["check", "baseline"].includes(command) || positionals.length > 1) {
    const guess = positionals.length === 1 ? closest(command, ["check", "baseline"]) : void 0;
    process.stderr.write(
      `launch-gate: unknown command ${JSON.stringify(positionals.join(" "))}${guess ? ` (did you mean ${guess}?)` : ""}
Run launch-gate --help for usage.
`
    );
    return 2;
  }
  const [
    { checkWritable },
    { loadTrusted },
    { renderConsole },
    { writeJson },
    { configForSarif, writeSarif },
    { run }
  ] = await Promise.all([
    import("./chunks/outputs-XALYCPNU.js"),
    import("./chunks/trust-WLQ6WELS.js"),
    import("./chunks/console-Z4NUPZJB.js"),
    import("./chunks/json-K3WWFNFF.js"),
    import("./chunks/sarif-HTBE24M6.js"),
    import("./chunks/runner-JZBRKCZ6.js")
  ]);
  const cwd = resolve(v.cwd ?? ".");
  if (!existsSync(cwd)) {
    process.stderr.write(`launch-gate: --cwd ${v.cwd} does not exist
`);
    return 2;
  }
  if (v.json) checkWritable(resolve(v.json), "--json");
  if (v.sarif) checkWritable(resolve(v.sarif), "--sarif");
  const event = { name: "local", base: v.base, head: v.base ? "HEAD" : void 0 };
  const { config } = await loadTrusted({
    cwd,
    configPath: v.config,
    overrides: {
      checks: v.checks,
      failOn: v["fail-on"],
      scope: v.scope,
      envFile: contract,
      environment: v.environment,
      startCommand: v["start-command"],
      readyUrl: v["ready-url"],
      url: v.url,
      trace: v.trace,
      envFromFiles: !v["env-from-shell"]
    },
    event,
    configFrom: "head",
    log: logger(false),
    configAnywhere: true
  });
  registerUrlPasswords(JSON.stringify(config));
  if (v["baseline-file"]) config.baseline = v["baseline-file"];
  if (config.scope === "diff" && !v.base) {
    process.stderr.write("launch-gate: --scope diff needs --base REF (the commit to diff against)\n");
    return 2;
  }
  const controller = new AbortController();
  const onSignal = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const color = useColor(v["no-color"]);
  const log = logger(v.verbose === true);
  const report = await run({ cwd, config, event, log, signal: controller.signal });
  log.done();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (command === "baseline") {
    const { buildBaseline, readBaseline, writeBaseline } = await import("./chunks/suppress-XMULJNRR.js");
    const path = isAbsolute(config.baseline) ? config.baseline : join(cwd, config.baseline);
    const previous = (() => {
      try {
        return readBaseline(path);
      } catch {
        return void 0;
      }
    })();
    const baseline = buildBaseline(report.checks, previous);
    writeBaseline(path, baseline);
    process.stdout.write(
      `launch-gate: wrote ${baseline.findings.length} accepted findings to ${path} (fingerprints only, never values)
`
    );
    if (baseline.skipped)
      process.stdout.write(
        `launch-gate: left out ${baseline.skipped} finding(s) about this environment's variables (missing, empty, wrong type or value): they describe this machine, not the code, and would hide a deploy's
`
      );
    const errored = report.checks.filter((c) => c.status === "error");
    for (const c of errored)
      process.stderr.write(`launch-gate: ${c.id} could not run: ${safeLine(c.error ?? c.summary)}
`);
    return errored.length ? 1 : 0;
  }
  if (v.json) writeJson(resolve(v.json), report);
  if (v.sarif) writeSarif(resolve(v.sarif), report, VERSION, { config: configForSarif(cwd, v.config) });
  process.stdout.write(safeLine(renderConsole(report, color)));
  return report.verdict === "pass" ? 0 : 1;
}
nodeModule.enableCompileCache?.();
cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e) => {
    const { ConfigError } = await import("./chunks/config-LGUDDSHW.js");
    if (e instanceof ConfigError) {
      process.stderr.write(`launch-gate: ${safeLine(e.message)}
`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`launch-gate crashed: ${safeLine(e instanceof Error ? e.stack ?? e.message : String(e))}
`);
    process.exitCode = 1;
  }
);
export {
  HELP,
  cli
};

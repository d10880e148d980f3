#!/usr/bin/env node
// The command line: same engine and report as the action. Exit 0 pass, 1 fail, 2 usage or config error.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { envFileKind } from './checks/env/env-files.js';
import { closest, explainArgsError } from './cli-args.js';
import { registerUrlPasswords, safeLine } from './redact.js';
import type { EventInfo, Logger } from './types.js';
import { VERSION } from './version.js';

export const HELP = `launch-gate ${VERSION}: a launch checklist as a gate (secrets, env, migrations, perf, smoke)

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

const OPTIONS = {
  checks: { type: 'string' },
  config: { type: 'string' },
  cwd: { type: 'string' },
  scope: { type: 'string' },
  base: { type: 'string' },
  url: { type: 'string' },
  json: { type: 'string' },
  sarif: { type: 'string' },
  'fail-on': { type: 'string' },
  contract: { type: 'string' },
  'env-file': { type: 'string' },
  environment: { type: 'string' },
  'start-command': { type: 'string' },
  'ready-url': { type: 'string' },
  trace: { type: 'boolean' },
  'env-from-shell': { type: 'boolean' },
  'baseline-file': { type: 'string' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Progress: one updating line on a terminal, nothing when piped (unless --verbose). */
const logger = (verbose: boolean): Logger & { done(): void } => {
  const tty = process.stderr.isTTY === true;
  let live = false;
  const clear = () => {
    if (live) process.stderr.write('\r\x1b[K');
    live = false;
  };
  return {
    info: (m) => {
      if (!verbose) return;
      clear();
      process.stderr.write(`${safeLine(m)}\n`);
    },
    warn: (m) => {
      clear();
      process.stderr.write(`warning: ${safeLine(m)}\n`);
    },
    debug: () => {},
    progress: (m) => {
      if (verbose) return void process.stderr.write(`${safeLine(m)}\n`);
      if (!tty) return;
      const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
      process.stderr.write(`\r\x1b[K${safeLine(m).slice(0, width)}`);
      live = true;
    },
    done: clear,
  };
};

/** Colour: FORCE_COLOR (not 0) forces it, NO_COLOR or --no-color turn it off, else only on a terminal. */
function useColor(noColor: boolean | undefined): boolean {
  if (noColor || process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true;
}

/**
 * The env contract's option is `--contract`. `--env-file` is refused: it is Node's option too, and Node 20
 * reads it anywhere on the command line, loading that file's values into the environment before the
 * gate starts (so an example value would pass as a real one) or exiting when the file is not found.
 */
function contractOption(contract?: string, envFile?: string): string | undefined | { error: string } {
  if (envFile !== undefined)
    return {
      error:
        "--env-file is Node's own option (Node loads that file's values into the environment before launch-gate runs); name the env contract with --contract FILE",
    };
  if (contract === undefined) return undefined;
  const kind = envFileKind(contract.replace(/\\/g, '/'));
  if (kind === 'real' || kind === 'test')
    return {
      error: `--contract ${contract} looks like a file of values, not the env contract (the template, e.g. .env.example); the CLI validates .env, .env.local and .env.<environment> in --cwd against the contract by itself`,
    };
  return contract;
}

export async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`launch-gate: ${explainArgsError(e as Error, OPTIONS)}\nRun launch-gate --help for usage.\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const contract = contractOption(v.contract, v['env-file']);
  if (typeof contract === 'object') {
    process.stderr.write(`launch-gate: ${contract.error}\n`);
    return 2;
  }
  const command = positionals[0] ?? 'check';
  if (!['check', 'baseline'].includes(command) || positionals.length > 1) {
    const guess = positionals.length === 1 ? closest(command, ['check', 'baseline']) : undefined;
    process.stderr.write(
      `launch-gate: unknown command ${JSON.stringify(positionals.join(' '))}${guess ? ` (did you mean ${guess}?)` : ''}\nRun launch-gate --help for usage.\n`,
    );
    return 2;
  }
  // Loaded only for a run: `--version` and `--help` stay fast (bench/startup).
  const [
    { checkWritable },
    { loadTrusted },
    { renderConsole },
    { writeJson },
    { configForSarif, writeSarif },
    { run },
  ] = await Promise.all([
    import('./outputs.js'),
    import('./trust.js'),
    import('./report/console.js'),
    import('./report/json.js'),
    import('./report/sarif.js'),
    import('./runner.js'),
  ]);
  const cwd = resolve(v.cwd ?? '.');
  if (!existsSync(cwd)) {
    process.stderr.write(`launch-gate: --cwd ${v.cwd} does not exist\n`);
    return 2;
  }
  if (v.json) checkWritable(resolve(v.json), '--json');
  if (v.sarif) checkWritable(resolve(v.sarif), '--sarif');
  const event: EventInfo = { name: 'local', base: v.base, head: v.base ? 'HEAD' : undefined };
  const { config } = await loadTrusted({
    cwd,
    configPath: v.config,
    overrides: {
      checks: v.checks,
      failOn: v['fail-on'],
      scope: v.scope,
      envFile: contract,
      environment: v.environment,
      startCommand: v['start-command'],
      readyUrl: v['ready-url'],
      url: v.url,
      trace: v.trace,
      envFromFiles: !v['env-from-shell'],
    },
    event,
    configFrom: 'head',
    log: logger(false),
    configAnywhere: true,
  });
  registerUrlPasswords(JSON.stringify(config));
  if (v['baseline-file']) config.baseline = v['baseline-file'];
  if (config.scope === 'diff' && !v.base) {
    process.stderr.write('launch-gate: --scope diff needs --base REF (the commit to diff against)\n');
    return 2;
  }
  const controller = new AbortController();
  // Ctrl-C stops running checks (and the services they started) before exiting.
  const onSignal = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const color = useColor(v['no-color']);
  const log = logger(v.verbose === true);
  const report = await run({ cwd, config, event, log, signal: controller.signal });
  log.done();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);

  if (command === 'baseline') {
    const { buildBaseline, readBaseline, writeBaseline } = await import('./suppress.js');
    const path = isAbsolute(config.baseline) ? config.baseline : join(cwd, config.baseline);
    const previous = (() => {
      try {
        return readBaseline(path);
      } catch {
        return undefined;
      }
    })();
    const baseline = buildBaseline(report.checks, previous);
    writeBaseline(path, baseline);
    process.stdout.write(
      `launch-gate: wrote ${baseline.findings.length} accepted findings to ${path} (fingerprints only, never values)\n`,
    );
    if (baseline.skipped)
      process.stdout.write(
        `launch-gate: left out ${baseline.skipped} finding(s) about this environment's variables (missing, empty, wrong type or value): they describe this machine, not the code, and would hide a deploy's\n`,
      );
    const errored = report.checks.filter((c) => c.status === 'error');
    for (const c of errored)
      process.stderr.write(`launch-gate: ${c.id} could not run: ${safeLine(c.error ?? c.summary)}\n`);
    return errored.length ? 1 : 0;
  }

  if (v.json) writeJson(resolve(v.json), report);
  if (v.sarif) writeSarif(resolve(v.sarif), report, VERSION, { config: configForSarif(cwd, v.config) });
  process.stdout.write(safeLine(renderConsole(report, color)));
  return report.verdict === 'pass' ? 0 : 1;
}

// Node 22.1+ keeps the compiled chunks in its on-disk cache (os.tmpdir(); NODE_DISABLE_COMPILE_CACHE=1
// turns it off): later runs skip most of the compiling. Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e) => {
    // Config errors may surface late (the baseline file is read by the runner): exit 2 either way.
    const { ConfigError } = await import('./config.js');
    if (e instanceof ConfigError) {
      process.stderr.write(`launch-gate: ${safeLine(e.message)}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`launch-gate crashed: ${safeLine(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    process.exitCode = 1;
  },
);

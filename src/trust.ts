// A pull request cannot weaken the gate that judges it: on pull_request and pull_request_target the
// config file, the baseline and every exclusion come from the BASE commit (`git show BASE:path`).
// The PR's own config is still validated, so a broken one fails before merge.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { loadYaml } from './yaml.js';
import {
  buildConfig,
  ConfigError,
  DEFAULT_CONFIG_PATH,
  readConfigFile,
  type Config,
  type Overrides,
} from './config.js';
import type { TrustInfo } from './runner.js';
import { fetchCommit, ScopeError } from './scope/index.js';
import { git } from './scope/git.js';
import { readBaseline, type Baseline } from './suppress.js';
import type { CheckContext, EventInfo, Logger } from './types.js';

export const isPullRequest = (e: EventInfo): boolean => e.name === 'pull_request' || e.name === 'pull_request_target';

/**
 * A path from the config (or an input) must stay inside the repository: no `..` out of it, no
 * absolute path, no symlink that points outside. Returns the absolute path, or throws ConfigError.
 */
export function insideRepo(cwd: string, path: string, what: string): string {
  if (isAbsolute(path))
    throw new ConfigError(`${what} ${JSON.stringify(path)} is an absolute path: give a path inside the repository`);
  const root = realpathSync(cwd);
  const full = resolve(root, path);
  const rel = relative(root, full);
  if (rel === '..' || rel.startsWith(`..${sep}`))
    throw new ConfigError(`${what} ${JSON.stringify(path)} points outside the repository`);
  // Follow symlinks of every existing part of the path.
  let probe = full;
  while (!existsSync(probe) && probe !== root) probe = resolve(probe, '..');
  const real = realpathSync(probe);
  const realRel = relative(root, real);
  if (realRel === '..' || realRel.startsWith(`..${sep}`) || isAbsolute(realRel))
    throw new ConfigError(`${what} ${JSON.stringify(path)} is a symlink that points outside the repository`);
  if (existsSync(full) && lstatSync(full).isSymbolicLink()) {
    const target = realpathSync(full);
    const t = relative(root, target);
    if (t.startsWith('..') || isAbsolute(t))
      throw new ConfigError(`${what} ${JSON.stringify(path)} is a symlink that points outside the repository`);
  }
  return full;
}

/** The file at `path` (relative to cwd) in commit `sha`, or undefined when it does not exist there. */
async function showAt(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const r = await git(cwd, ['show', `${sha}:./${path.replace(/^\.\//, '')}`]);
  return r.code === 0 ? r.stdout.toString('utf8') : undefined;
}

export interface TrustedInputs {
  config: Config;
  /** The baseline to apply; undefined: none. Read from the base commit on pull requests. */
  baseline?: Baseline;
  trust?: TrustInfo;
}

export interface TrustOptions {
  cwd: string;
  configPath?: string;
  overrides: Overrides;
  event: EventInfo;
  /** `head` opts out: the PR's own config judges it (documented risk). */
  configFrom: 'base' | 'head';
  log: Logger;
  signal?: AbortSignal;
  /** The CLI: a config path the user typed may live anywhere. */
  configAnywhere?: boolean;
}

function baselineFromCheckout(cwd: string, config: Config): Baseline | undefined {
  const path = insideRepo(cwd, config.baseline, 'baseline');
  try {
    return readBaseline(path);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
}

function parseBaselineText(text: string, where: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`baseline ${where} is not valid JSON: ${(e as Error).message}`);
  }
  if (!data || !Array.isArray((data as Baseline).findings))
    throw new ConfigError(`baseline ${where} has no "findings" list`);
  return data as Baseline;
}

/** The config, baseline and trust facts a run uses. */
export async function loadTrusted(o: TrustOptions): Promise<TrustedInputs> {
  const configRel = o.configPath || DEFAULT_CONFIG_PATH;
  if (!o.configAnywhere) insideRepo(o.cwd, configRel, 'config');
  // The checkout's own config: always validated (on a PR, so that a broken one fails before merge).
  const head = await readConfigFile(o.cwd, o.configPath);
  const headConfig = buildConfig(head.raw, o.overrides);
  checkConfigPaths(o.cwd, headConfig);
  const base = o.event.base;
  if (!isPullRequest(o.event) || !base)
    return { config: headConfig, baseline: baselineFromCheckout(o.cwd, headConfig) };
  if (o.configFrom === 'head') {
    return {
      config: headConfig,
      baseline: baselineFromCheckout(o.cwd, headConfig),
      trust: {
        configFrom: 'head',
        base,
        changed: [],
        notes: [
          "config-from: head — this PR's own config, baseline and exclusions judge it (a PR can switch off its own checks)",
        ],
      },
    };
  }
  try {
    await fetchCommit({ cwd: o.cwd, log: o.log, signal: o.signal }, base, o.event.pr?.baseRef);
  } catch (e) {
    if (e instanceof ScopeError)
      throw new ConfigError(`the gate's config must come from the base commit, but ${e.message}`);
    throw e;
  }
  const changed: string[] = [];
  const notes: string[] = [];
  const baseText = await showAt(o.cwd, base, configRel);
  const headText = head.path ? await showFile(head.path) : undefined;
  let baseRaw: unknown = {};
  if (baseText !== undefined) {
    try {
      baseRaw = (await loadYaml()).parse(baseText) ?? {};
    } catch (e) {
      throw new ConfigError(`the base commit's config ${configRel} is not valid YAML: ${(e as Error).message}`);
    }
  }
  const config = buildConfig(baseRaw, o.overrides);
  checkConfigPaths(o.cwd, config);
  if ((baseText ?? '') !== (headText ?? '')) {
    changed.push(configRel);
    notes.push(
      baseText === undefined
        ? `this PR adds the gate's config (${configRel}): it takes effect after merge; this run uses the defaults`
        : `this PR changes the gate's config (${configRel}): it takes effect after merge; this run uses the base commit's`,
    );
  }
  const baselineText = await showAt(o.cwd, base, config.baseline);
  const baseline =
    baselineText === undefined ? undefined : parseBaselineText(baselineText, `${config.baseline} (base commit)`);
  const headBaseline = existsSync(resolve(o.cwd, config.baseline))
    ? await showFile(resolve(o.cwd, config.baseline))
    : undefined;
  if ((baselineText ?? '') !== (headBaseline ?? '')) {
    changed.push(config.baseline);
    notes.push(
      `this PR changes the baseline (${config.baseline}): its entries take effect after merge, so they do not suppress this PR's findings`,
    );
  }
  return { config, baseline, trust: { configFrom: 'base', base, changed, notes } };
}

async function showFile(path: string): Promise<string | undefined> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Paths the config names must stay inside the repository. */
function checkConfigPaths(cwd: string, config: Config): void {
  insideRepo(cwd, config.baseline, 'baseline');
  insideRepo(cwd, config.env.contract, 'env.contract');
  for (const s of config.env.schema) insideRepo(cwd, s, 'env.schema');
}

/**
 * On pull_request_target the job has secrets and a write token while the checkout may be a fork's
 * code: commands from the PR head (perf setup/start, the ai service) do not run unless
 * `allow-pr-commands: true`. Returns why not, or undefined when they may run.
 */
export function prCommandsBlocked(ctx: Pick<CheckContext, 'event' | 'allowPrCommands'>): string | undefined {
  if (ctx.event.name !== 'pull_request_target' || ctx.allowPrCommands) return undefined;
  return (
    "on pull_request_target the gate does not run commands from the PR head (they would run with the job's secrets and " +
    'write token): run the gate on pull_request instead, or set allow-pr-commands: true if every PR author is trusted'
  );
}

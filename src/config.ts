// One validated Config from the config file, action inputs and CLI flags (later ones win).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { loadYaml } from './yaml.js';
import en from 'zod/v4/locales/en.js';
import { CHECK_IDS, SEVERITIES, type CheckId } from './types.js';
import { secretsConfig } from './checks/secrets/config.js';
import { envConfig } from './checks/env/config.js';
import { migrationsConfig } from './checks/migrations/config.js';
import { perfConfig } from './checks/perf/config.js';
import { smokeConfig } from './checks/smoke/config.js';
import { aiConfig } from './checks/ai/config.js';

export const DEFAULT_CONFIG_PATH = '.github/launch-gate.yml';

// zod/mini (a fraction of zod's start-up cost) ships no messages: English ones for the built-in checks.
z.config(en());

const checksList = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((v, ctx) => {
    const items = Array.isArray(v) ? v : [v];
    if (items.length === 1 && items[0] === 'auto') return 'auto' as const;
    const bad = items.filter((c) => !(CHECK_IDS as readonly string[]).includes(c));
    if (bad.length || !items.length) {
      ctx.issues.push({
        code: 'custom',
        input: v,
        message: `got ${bad.map((b) => JSON.stringify(b)).join(', ') || 'nothing'}; allowed values: auto, ${CHECK_IDS.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(items)] as CheckId[];
  }),
);

export const configSchema = z.strictObject({
  checks: z._default(checksList, 'auto'),
  'fail-on': z._default(z.enum(SEVERITIES), 'high'),
  scope: z.optional(z.enum(['diff', 'all'])),
  exclude: z._default(z.array(z.string()), []),
  environment: z._default(z.string(), 'production'),
  /** Files larger than this many bytes are skipped (with a note) by content scanners. */
  'max-file-size': z._default(z.number().check(z.int(), z.positive()), 2 * 1024 * 1024),
  baseline: z._default(z.string(), '.launch-gate-baseline.json'),
  secrets: secretsConfig,
  env: envConfig,
  migrations: migrationsConfig,
  perf: perfConfig,
  smoke: smokeConfig,
  ai: aiConfig,
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Overrides from action inputs or CLI flags; empty strings mean "not given". */
export interface Overrides {
  checks?: string;
  failOn?: string;
  scope?: string;
  envFile?: string;
  environment?: string;
  startCommand?: string;
  readyUrl?: string;
  url?: string;
  trace?: boolean;
  /** The CLI (unless `--env-from-shell`): validate the local .env files rather than the process environment. */
  envFromFiles?: boolean;
}

/** Reads and parses the config file. A missing file at the default path means defaults. */
export async function readConfigFile(cwd: string, path: string | undefined): Promise<{ raw: unknown; path?: string }> {
  // The action's runner passes the default path as an input: only another path is "explicit".
  const explicit = !!path && path !== DEFAULT_CONFIG_PATH;
  const file = resolve(cwd, path || DEFAULT_CONFIG_PATH);
  if (!existsSync(file)) {
    if (explicit) throw new ConfigError(`config file ${path} does not exist`);
    return { raw: {} };
  }
  let raw: unknown;
  try {
    raw = (await loadYaml()).parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`config file ${path || DEFAULT_CONFIG_PATH} is not valid YAML: ${(e as Error).message}`);
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`config file ${path || DEFAULT_CONFIG_PATH} must be a mapping of keys to values`);
  }
  return { raw, path: file };
}

const list = (s: string): string[] =>
  s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Applies overrides onto the raw config object (before validation, so errors name the key). */
function applyOverrides(raw: Record<string, unknown>, o: Overrides): Record<string, unknown> {
  const out: Record<string, any> = structuredClone(raw);
  const section = (k: string): Record<string, unknown> => {
    if (out[k] === undefined || out[k] === null) out[k] = {};
    return out[k];
  };
  if (o.checks) {
    const l = list(o.checks);
    out.checks = l.length === 1 && l[0] === 'auto' ? 'auto' : l;
  }
  if (o.failOn) out['fail-on'] = o.failOn.trim();
  if (o.scope) out.scope = o.scope.trim();
  if (o.environment) out.environment = o.environment.trim();
  if (o.envFile) section('env').contract = o.envFile.trim();
  if (o.envFromFiles) section('env')['local-files'] = true;
  if (o.startCommand) section('perf').start = o.startCommand;
  if (o.readyUrl) section('perf').ready = o.readyUrl.trim();
  if (o.url) section('smoke').urls = list(o.url);
  if (o.trace) section('migrations').trace = true;
  return out;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'a mapping' : String(v);
}

/** Formats zod issues as `key.path: problem (allowed: ...)` lines. */
function formatIssues(error: z.core.$ZodError, raw: unknown): string {
  return error.issues
    .map((issue) => {
      const key = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[');
      let value: unknown = raw;
      for (const p of issue.path) value = value && typeof value === 'object' ? (value as any)[p as any] : undefined;
      let msg = issue.message;
      if (issue.code === 'unrecognized_keys') {
        const where = key ? ` in ${key}` : '';
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}`;
      }
      if (issue.code === 'invalid_value' && 'values' in issue) {
        msg = `got ${describe(value)}; allowed values: ${(issue.values as unknown[]).join(', ')}`;
      } else if (issue.code === 'invalid_type') {
        msg = `expected ${issue.expected}, got ${describe(value)}`;
      } else if (issue.code === 'invalid_union') {
        msg = `got ${describe(value)}; ${issue.errors
          .flat()
          .map((e) => e.message)
          .filter((m, i, a) => a.indexOf(m) === i)
          .join('; or ')}`;
      }
      return `${key || '(top level)'}: ${msg}`;
    })
    .join('\n');
}

/** Validates raw config + overrides into a Config, or throws ConfigError naming every bad key. */
export function buildConfig(raw: unknown, overrides: Overrides = {}): Config {
  const merged = applyOverrides((raw ?? {}) as Record<string, unknown>, overrides);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) throw new ConfigError(`invalid configuration:\n${formatIssues(parsed.error, merged)}`);
  return parsed.data;
}

export async function loadConfig(
  cwd: string,
  configPath: string | undefined,
  overrides: Overrides = {},
): Promise<Config> {
  return buildConfig((await readConfigFile(cwd, configPath)).raw, overrides);
}

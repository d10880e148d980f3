// Builds the CheckContext a check receives; shared by the runner and the tests.
import { resolve } from 'node:path';
import { buildConfig, type Config } from './config.js';
import { registerSecret } from './redact.js';
import { computeScope } from './scope/index.js';
import type { Scope } from './scope/types.js';
import type { CheckContext, EventInfo, Logger } from './types.js';

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

export interface ContextOptions {
  cwd: string;
  config?: Config;
  event?: EventInfo;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  signal?: AbortSignal;
  /** Called for each secret value (the action passes core.setSecret). */
  onSecret?: (value: string) => void;
  github?: CheckContext['github'];
  allowPrCommands?: boolean;
}

export function scopeKind(config: Config, event: EventInfo): 'diff' | 'all' {
  if (config.scope) return config.scope;
  return event.name === 'pull_request' || event.name === 'pull_request_target' ? 'diff' : 'all';
}

export function createContext(o: ContextOptions): CheckContext {
  const cwd = resolve(o.cwd);
  const config = o.config ?? buildConfig({});
  const event = o.event ?? { name: 'local' };
  const log = o.log ?? silentLogger;
  let scope: Promise<Scope> | undefined;
  return {
    cwd,
    config,
    event,
    env: o.env ?? process.env,
    log,
    signal: o.signal ?? new AbortController().signal,
    scope: () =>
      (scope ??= computeScope({
        cwd,
        kind: scopeKind(config, event),
        base: event.base ?? event.before,
        head: event.head,
        commits: event.commits,
        baseRef: event.pr?.baseRef,
        headRef: event.pr?.headRef,
        exclude: config.exclude,
        maxFileSize: config['max-file-size'],
        log,
        signal: o.signal,
      })),
    github: o.github,
    allowPrCommands: o.allowPrCommands,
    mask: (value: string) => {
      registerSecret(value);
      o.onSecret?.(value);
    },
  };
}

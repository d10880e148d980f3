// Report paths (`report-file`, `sarif-file`, `--json`, `--sarif`) are checked before any check runs:
// a directory or an unwritable place is a usage error with a clear message, never a stack trace.
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from './config.js';

export function checkWritable(path: string, what: string): void {
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new ConfigError(`${what} ${path} is a directory: give a file path`);
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new ConfigError(`${what} ${path} is not writable`);
    }
    return;
  }
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new ConfigError(
      `${what} ${path}: cannot create its folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (!statSync(dir).isDirectory()) throw new ConfigError(`${what} ${path}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ConfigError(`${what} ${path}: its folder is not writable`);
  }
}

// Locates a route in the config file so findings point at the line users edit (and can ignore).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { DEFAULT_CONFIG_PATH } from '../../config.js';
import type { Where } from './findings.js';

export function routeLocator(cwd: string, configFile = DEFAULT_CONFIG_PATH): (index: number) => Where {
  const full = join(cwd, configFile);
  if (!existsSync(full)) return () => ({});
  try {
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter: lc });
    return (i) => {
      const node = doc.getIn(['perf', 'routes', i], true);
      const line = isNode(node) && node.range ? lc.linePos(node.range[0]).line : undefined;
      return { file: configFile, line };
    };
  } catch {
    return () => ({ file: configFile });
  }
}

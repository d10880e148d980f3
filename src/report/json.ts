// The contract's JSON report. Presentation-only fields (markdown) stay out; secrets are scrubbed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';

export function toJson(report: RunReport): string {
  const checks = report.checks.map(({ markdown: _markdown, ...rest }) => rest);
  return scrub(`${JSON.stringify({ ...report, checks }, null, 2)}\n`);
}

export function writeJson(path: string, report: RunReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toJson(report));
}

// Suppression: inline `launch-gate-ignore: RULE reason` comments and the baseline file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENVIRONMENT_RULES } from './checks/env/findings.js';
import { git } from './scope/git.js';
import type { CheckResult, Finding } from './types.js';

export const IGNORE_MARKER = 'launch-gate-ignore';
const IGNORE = /launch-gate-ignore:\s*([A-Za-z0-9_.,*/-]+)(?:[ \t]+(.*?))?\s*(?:\*\/|-->|#\}|$)/;

export interface IgnoreDirective {
  rules: string[];
  reason?: string;
}

/** Reads an ignore directive from one line of any language (the comment syntax does not matter). */
export function parseIgnore(line: string): IgnoreDirective | undefined {
  const m = IGNORE.exec(line);
  if (!m) return undefined;
  const reason = m[2]?.trim();
  return { rules: m[1].split(',').filter(Boolean), reason: reason || undefined };
}

const WILDCARDS = new Set(['*', 'all']);

const matches = (d: IgnoreDirective, rule: string, wildcards: boolean) =>
  d.rules.some((r) => r === rule || (wildcards && WILDCARDS.has(r)));

/**
 * The directive covering `line` (1-based): on the line itself or the line above, with the line it is
 * on. `wildcards: false` (secrets) honours only directives that name the rule.
 */
export function ignoreFor(
  lines: string[],
  line: number,
  rule: string,
  wildcards = true,
): (IgnoreDirective & { line: number; text: string }) | undefined {
  for (const n of [line, line - 1]) {
    const text = lines[n - 1];
    if (text === undefined || !text.includes(IGNORE_MARKER)) continue;
    const d = parseIgnore(text);
    if (d && matches(d, rule, wildcards)) return { ...d, line: n, text };
  }
  return undefined;
}

/** Reads file lines at the working tree, or at a commit when the finding came from history. */
export class LineSource {
  private cache = new Map<string, Promise<string[] | undefined>>();
  constructor(private readonly cwd: string) {}

  lines(file: string, commit?: string): Promise<string[] | undefined> {
    const key = `${commit ?? ''}:${file}`;
    let p = this.cache.get(key);
    if (!p) {
      p = commit
        ? this.fromCommit(file, commit)
        : readFile(join(this.cwd, file), 'utf8').then(
            (t) => t.split(/\r?\n/),
            () => undefined,
          );
      this.cache.set(key, p);
    }
    return p;
  }

  /** The file at a commit, or undefined when it does not exist there (no fallback to the working tree). */
  async strict(file: string, commit: string): Promise<string[] | undefined> {
    const key = `strict:${commit}:${file}`;
    let p = this.cache.get(key);
    if (!p) {
      p = git(this.cwd, ['show', `${commit}:./${file}`]).then((r) =>
        r.code === 0 ? r.stdout.toString('utf8').split(/\r?\n/) : undefined,
      );
      this.cache.set(key, p);
    }
    return p;
  }

  private async fromCommit(file: string, commit: string): Promise<string[] | undefined> {
    // `./` makes the path relative to cwd (which may be a subdirectory of the repository).
    const r = await git(this.cwd, ['show', `${commit}:./${file}`]);
    if (r.code !== 0) return this.lines(file);
    return r.stdout.toString('utf8').split(/\r?\n/);
  }
}

/** Stable fingerprint for findings whose check gave none: survives line moves. */
export function fingerprintOf(f: Finding, checkId: string): string {
  if (f.fingerprint) return f.fingerprint;
  return createHash('sha256')
    .update([checkId, f.rule, f.file ?? '', f.url ?? '', f.message].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

export interface BaselineEntry {
  check: string;
  rule: string;
  file?: string;
  fingerprint: string;
  reason?: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export function readBaseline(path: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  let data: any;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`baseline ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (!data || !Array.isArray(data.findings)) throw new Error(`baseline ${path} has no "findings" list`);
  return data as Baseline;
}

export function baselineKey(e: { rule: string; file?: string; fingerprint: string }): string {
  return `${e.rule}\0${e.file ?? ''}\0${e.fingerprint}`;
}

/** Builds a baseline from a run's unsuppressed findings (fingerprints only, never values). */
/** Accepts the code's current findings. A missing or wrong variable describes one environment (a
 *  developer's machine, a CI job), not the code, so it is never written: it would hide the deploy's. */
export function buildBaseline(results: CheckResult[], previous?: Baseline): Baseline & { skipped: number } {
  const reasons = new Map((previous?.findings ?? []).map((e) => [baselineKey(e), e.reason]));
  const seen = new Set<string>();
  const findings: BaselineEntry[] = [];
  let skipped = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed?.by === 'inline') continue;
      if (ENVIRONMENT_RULES.has(f.rule)) {
        skipped++;
        continue;
      }
      const entry: BaselineEntry = { check: r.id, rule: f.rule, file: f.file, fingerprint: fingerprintOf(f, r.id) };
      const key = baselineKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const reason = reasons.get(key);
      if (reason) entry.reason = reason;
      findings.push(entry);
    }
  }
  findings.sort((a, b) => baselineKey(a).localeCompare(baselineKey(b)));
  return { version: 1, findings, skipped };
}

export function writeBaseline(path: string, baseline: Baseline): void {
  const { version, findings } = baseline;
  writeFileSync(path, `${JSON.stringify({ version, findings }, null, 2)}\n`);
}

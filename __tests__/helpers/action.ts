// Runs the bundled action (dist/index.js) or CLI (dist/cli.js) as a real process under a
// simulated GitHub Actions runner.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tmpDir } from './repo.js';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
export const ACTION = join(ROOT, 'dist/index.js');
export const CLI = join(ROOT, 'dist/cli.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  report?: any;
  reportPath: string;
  /** Every text the run produced, for leak checks. */
  all(): string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  env?: Record<string, string>;
  sha?: string;
}

export function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  return Object.fromEntries(
    Object.entries(action.inputs as Record<string, { default?: string }>).map(([k, v]) => [k, v.default ?? '']),
  );
}

/** Async, so a test can serve a fake GitHub API from its own process meanwhile. */
export async function runAction(o: ActionOptions): Promise<ActionRun> {
  const runner = tmpDir('lg-runner-');
  mkdirSync(join(runner, 'temp'), { recursive: true });
  const summaryPath = join(runner, 'summary.md');
  const outputPath = join(runner, 'output.txt');
  const eventPath = join(runner, 'event.json');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(eventPath, JSON.stringify(o.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: o.sha ?? '',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: join(runner, 'temp'),
    ...o.env,
  };
  // Like the real runner: every input gets its action.yml default unless the workflow sets it.
  const inputs = { ...actionDefaults(), ...o.inputs };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: o.workspace, env, timeout: 240_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  const reportPath = outputs.report ?? join(runner, 'temp', 'launch-gate-report.json');
  const reportText = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
  const summary = readFileSync(summaryPath, 'utf8');
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    summary,
    outputs,
    report: reportText ? JSON.parse(reportText) : undefined,
    reportPath,
    // `::add-mask::` lines are instructions to the runner (which hides the value), never displayed.
    all: () =>
      [withoutMaskCommands(r.stdout), r.stderr, summary, reportText, readFileSync(outputPath, 'utf8')].join('\n'),
  };
}

export function withoutMaskCommands(log: string): string {
  return log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...o.env };
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: o.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Fails when any run of more than 4 characters of `secret` appears in `text`. */
export function leakedFragment(text: string, secret: string): string | undefined {
  for (let i = 0; i + 5 <= secret.length; i++) {
    const frag = secret.slice(i, i + 5);
    if (text.includes(frag)) return frag;
  }
  return undefined;
}

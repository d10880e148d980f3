// The adversarial suite's harness: run the bundles as an attacker's PR would meet them, collect every
// channel a person or a tool can read (log, annotations, summary, outputs, JSON, SARIF, the PR
// comment through a fake GitHub API on 127.0.0.1, the CLI console), and look for planted values.
import { expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { escapeMd } from '../../src/report/escape.js';
import { spawn } from 'node:child_process';
import { CLI, ROOT, runAction, type ActionOptions } from '../helpers/action.js';
import { Repo, sh, tmpDir } from '../helpers/repo.js';

export const cleanup: string[] = [];

/**
 * A pull request as the runner checks it out: base on main, the PR's commits on `feature`, pushed
 * to a bare origin, cloned at depth 1 (like actions/checkout).
 */
export function prFixture(base: (r: Repo) => void, head: (r: Repo) => void) {
  const origin = Repo.init();
  origin.write('README.md', '# shop\n');
  base(origin);
  const baseSha = origin.commit('base');
  origin.git('checkout', '-q', '-b', 'feature');
  head(origin);
  const headSha = origin.commit('feature');
  const commits = Number(origin.git('rev-list', '--count', `${baseSha}..${headSha}`));
  const bare = tmpDir('lg-bare-');
  sh('/', 'git', ['clone', '-q', '--bare', origin.dir, bare]);
  sh(bare, 'git', ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const work = tmpDir('lg-work-');
  sh('/', 'git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${bare}`, work]);
  cleanup.push(origin.dir, bare, work);
  const payload = {
    number: 7,
    pull_request: {
      number: 7,
      commits,
      head: { ref: 'feature', sha: headSha, repo: { full_name: 'acme/shop', fork: false } },
      base: { ref: 'main', sha: baseSha, repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', owner: { login: 'acme' } },
  };
  return { work, base: baseSha, head: headSha, payload };
}

/** A GitHub REST API on 127.0.0.1 that keeps issue comments (the sticky PR comment lands here). */
export class FakeGitHub {
  server?: Server;
  url = '';
  comments: { id: number; body: string }[] = [];
  calls: string[] = [];

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        this.calls.push(`${req.method} ${req.url}`);
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && /\/issues\/\d+\/comments/.test(req.url!))
          return res.end(JSON.stringify(this.comments));
        if (req.method === 'POST' && /\/issues\/\d+\/comments/.test(req.url!)) {
          const c = { id: this.comments.length + 1, body: JSON.parse(body).body };
          this.comments.push(c);
          res.statusCode = 201;
          return res.end(JSON.stringify(c));
        }
        const m = /\/issues\/comments\/(\d+)/.exec(req.url!);
        if (req.method === 'PATCH' && m) {
          const c = this.comments.find((x) => x.id === Number(m[1]));
          if (c) c.body = JSON.parse(body).body;
          return res.end(JSON.stringify(c ?? {}));
        }
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export type Channels = Record<string, string>;

/** The action under the simulated runner, with a PR comment through `api`; every channel collected. */
export async function actionChannels(o: ActionOptions & { api?: FakeGitHub }) {
  const sarif = join(tmpDir('lg-sarif-'), 'out.sarif');
  const inputs = { 'sarif-file': sarif, ...(o.api ? { 'github-token': 'test-token-value' } : {}), ...o.inputs };
  const run = await runAction({ ...o, inputs, env: { ...(o.api ? { GITHUB_API_URL: o.api.url } : {}), ...o.env } });
  const lines = run.stdout.split('\n');
  const channels: Channels = {
    log: lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    json: run.report ? JSON.stringify(run.report) : '',
    sarif: existsSync(sarif) ? readFileSync(sarif, 'utf8') : '',
    outputs: Object.values(run.outputs).join('\n'),
    comment: o.api ? o.api.comments.map((c) => c.body).join('\n') : '',
  };
  return { run, channels };
}

/** The CLI as a child process (async: servers of the test process keep answering), with its reports. */
export async function cliChannels(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) {
  const dir = tmpDir('lg-cli-');
  const json = join(dir, 'report.json');
  const sarif = join(dir, 'report.sarif');
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--json', json, '--sarif', sarif], {
      cwd: o.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...o.env },
      timeout: 240_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  const channels: Channels = {
    stdout: run.stdout,
    stderr: run.stderr,
    json: existsSync(json) ? readFileSync(json, 'utf8') : '',
    sarif: existsSync(sarif) ? readFileSync(sarif, 'utf8') : '',
  };
  return { run, channels };
}

/** The forms a value takes in our outputs: as written, markdown-escaped, JSON-escaped. */
function shownForms(secret: string): string[] {
  return [...new Set([secret, escapeMd(secret), JSON.stringify(secret).slice(1, -1)])];
}

/** Fails naming the channel when the value, its first 10 or last 10 characters appear (as written or in a shown form). */
export function expectHidden(channels: Channels, secret: string, what = 'the planted value'): void {
  const parts = [secret, ...(secret.length > 10 ? [secret.slice(0, 10), secret.slice(-10)] : [])];
  for (const part of parts)
    for (const p of shownForms(part))
      for (const [name, text] of Object.entries(channels))
        if (text.includes(p)) throw new Error(`${what} shows in the ${name} channel (as ${JSON.stringify(p)})`);
  expect(true).toBe(true);
}

/** Lines that start with the planted workflow command (`::warning title=pwned`): must be none. */
export function injectedCommands(text: string, command: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trimStart().startsWith(command));
}

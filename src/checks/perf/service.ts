// Starts a service under test in its own process group, waits until it is ready, and stops the
// whole group (SIGTERM, then SIGKILL) so no child survives: not at the end, not on abort, not
// when this process exits.
import type { ServiceLogLine } from '../leaks/service-logs.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { registerUrlPasswords, scrub } from '../../redact.js';
import { listeningPorts } from './listening.js';
import { onProcessEnd } from './teardown.js';
import { killTree, killTreeSync, newTag, TAG_VAR } from './descendants.js';

/** Live process groups and tags, SIGKILLed if this process ends before stopping them. */
const liveGroups = new Set<number>();
const liveTags = new Set<string>();
let teardownInstalled = false;
function installExitHook(): void {
  if (teardownInstalled) return;
  teardownInstalled = true;
  onProcessEnd(() => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
    liveGroups.clear();
    for (const tag of liveTags) killTreeSync(tag);
    liveTags.clear();
  });
}

function killGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the last lines of a stream of output. */
export class OutputTail {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly max = 30) {}
  push(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }
  text(): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return scrub(all.slice(-this.max).join('\n'));
  }
}

/**
 * Service output on its way into a report: anything our secret rules find in it and every URL
 * password are registered (so every channel redacts them), then the text is scrubbed. Values of the
 * job's secret-looking variables are registered before the service starts (maskSecretEnv).
 */
export async function safeOutput(text: string, mask: (v: string) => void): Promise<string> {
  if (!text) return text;
  const { scanText } = await import('../secrets/scan.js');
  for (const m of await scanText('service-output.log', text)) mask(m.secret);
  registerUrlPasswords(text);
  return scrub(text);
}

/** A free TCP port on 127.0.0.1 (bound then released; the service binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface ShellResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a shell command in its own process group; kills the group when `signal` aborts. */
export function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<ShellResult> {
  installExitHook();
  return new Promise((resolveRun, reject) => {
    if (signal.aborted) return reject(signal.reason ?? new Error('aborted'));
    const tail = new OutputTail(40);
    const tag = newTag();
    liveTags.add(tag);
    const child = spawn('/bin/sh', ['-c', command], {
      cwd,
      env: { ...env, [TAG_VAR]: tag },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid!;
    liveGroups.add(pgid);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => tail.push(d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => tail.push(d));
    const onAbort = () => killGroup(pgid, 'SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      liveGroups.delete(pgid);
      signal.removeEventListener('abort', onAbort);
      reject(e);
    });
    child.on('close', (code, sig) => {
      // Background children of a finished setup command must not outlive it, daemons included.
      killGroup(pgid, 'SIGKILL');
      liveGroups.delete(pgid);
      signal.removeEventListener('abort', onAbort);
      void killTree(tag, undefined, 0).finally(() => {
        liveTags.delete(tag);
        if (signal.aborted) reject(signal.reason ?? new Error('aborted'));
        else resolveRun({ code, signal: sig, output: tail.text() });
      });
    });
  });
}

/** Every line a service prints, with the route being loaded at the time (bounded), for log hygiene. */
export class ServiceLog {
  readonly lines: ServiceLogLine[] = [];
  /** The route under load right now (`GET /api/items`); set by the caller around each load. */
  route: string | undefined;
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private bytes = 0;
  truncated = false;
  constructor(
    private readonly maxLines = 200_000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}
  push(stream: 'stdout' | 'stderr', chunk: string): void {
    const parts = (this.partial[stream] + chunk).split(/\r?\n/);
    this.partial[stream] = parts.pop() ?? '';
    for (const text of parts) this.add(stream, text);
  }
  /** Flushes unterminated last lines (call after the service stopped). */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream]) this.add(stream, this.partial[stream]);
      this.partial[stream] = '';
    }
  }
  private add(stream: 'stdout' | 'stderr', text: string): void {
    if (this.lines.length >= this.maxLines || this.bytes + text.length > this.maxBytes) {
      this.truncated = true;
      return;
    }
    this.bytes += text.length;
    this.lines.push({ text, stream, route: this.route });
  }
}

export interface ServiceOptions {
  label: string;
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
}

export class Service {
  readonly tail = new OutputTail(30);
  /** Everything it printed, line by line, tagged with the route under load (log hygiene). */
  readonly log = new ServiceLog();
  /** Inherited by every descendant, also those that leave the process group. */
  private readonly tag = newTag();
  private child: ChildProcess;
  private exitInfo?: { code: number | null; signal: NodeJS.Signals | null };
  private exited: Promise<void>;
  private stopping = false;
  readonly pgid: number;
  /** Where it answers: 127.0.0.1, or [::1] for a service that bound `localhost` resolved to IPv6. */
  host = '127.0.0.1';

  constructor(readonly options: ServiceOptions) {
    installExitHook();
    liveTags.add(this.tag);
    this.child = spawn('/bin/sh', ['-c', options.command], {
      cwd: options.cwd,
      env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1', [TAG_VAR]: this.tag },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.pgid = this.child.pid ?? -1;
    if (this.pgid > 0) liveGroups.add(this.pgid);
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.tail.push(d), this.log.push('stdout', d)));
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.tail.push(d), this.log.push('stderr', d)));
    this.exited = new Promise((res) => {
      this.child.on('error', (e) => {
        this.tail.push(`\n${e.message}\n`);
        this.exitInfo ??= { code: null, signal: null };
        res();
      });
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        res();
      });
    });
  }

  get port(): number {
    return this.options.port;
  }

  /** Set once the shell running the start command has exited. */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** Describes an unexpected exit, or undefined while the service runs (or when we stopped it). */
  crashed(): string | undefined {
    if (!this.exitInfo || this.stopping) return undefined;
    const { code, signal } = this.exitInfo;
    return signal ? `was killed by ${signal}` : `exited with code ${code}`;
  }

  /** SIGTERM to the whole group, SIGKILL after `graceMs`. Safe to call twice. */
  async stop(graceMs = 3000): Promise<void> {
    this.stopping = true;
    if (this.pgid <= 0) return;
    killGroup(this.pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    // The shell may be gone while its children still run: wait for the group, then force it.
    while (groupAlive(this.pgid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(this.pgid)) killGroup(this.pgid, 'SIGKILL');
    for (let i = 0; i < 40 && groupAlive(this.pgid); i++) await sleep(25);
    liveGroups.delete(this.pgid);
    // Children that left the group (setsid, double fork), and whatever still holds the service's port.
    await killTree(this.tag, this.options.port);
    liveTags.delete(this.tag);
  }

  /** Kills the group right away (abort path). */
  kill(): void {
    this.stopping = true;
    if (this.pgid > 0) killGroup(this.pgid, 'SIGKILL');
    killTreeSync(this.tag);
  }
}

export interface ReadyProbe {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** Any HTTP answer counts (no ready path configured and no GET route to poll). */
  anyStatus?: boolean;
}

/**
 * Polls until the probe answers 2xx. Resolves with undefined when ready, or a reason (timeout,
 * exit) when not.
 */
export async function waitReady(
  service: Service,
  probe: ReadyProbe,
  timeoutMs: number,
  signal: AbortSignal,
  /** Time between probes; the start-up samples poll faster to time the start finely. */
  pollMs = 150,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  // Since when the service listens only on other ports than the probed one (it ignores $PORT).
  let elsewhereSince: number | undefined;
  let nextPortLook = Date.now() + 300;
  while (Date.now() < deadline) {
    if (signal.aborted) throw signal.reason ?? new Error('aborted');
    const crash = service.crashed();
    if (crash) return `${crash} before becoming ready`;
    if (Date.now() >= nextPortLook) {
      nextPortLook = Date.now() + 500;
      const ports = listeningPorts(service.pgid);
      if (ports?.length && !ports.includes(service.port)) {
        elsewhereSince ??= Date.now();
        // Some services open an admin port first: give the real one a moment.
        if (Date.now() - elsewhereSince >= 2000) {
          return `listens on port ${ports.join(', ')}, not on the port it was given (PORT=${service.port})`;
        }
      } else elsewhereSince = undefined;
    }
    const attempt = async (url: string): Promise<string | undefined> => {
      const res = await fetch(url, {
        method: probe.method ?? 'GET',
        headers: probe.headers,
        signal: AbortSignal.any([signal, AbortSignal.timeout(2000)]),
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      if ((res.status >= 200 && res.status < 300) || probe.anyStatus) return undefined;
      return `last answer: HTTP ${res.status}`;
    };
    try {
      const answer = await attempt(probe.url);
      if (!answer) return undefined;
      last = answer;
    } catch (e) {
      if (signal.aborted) throw signal.reason ?? e;
      const cause = (e as Error).cause as { message?: string; code?: string } | undefined;
      last = `last attempt: ${cause ? String(cause.message ?? cause) : (e as Error).message}`;
      // `listen(PORT, 'localhost')` binds ::1 alone where localhost resolves to IPv6 first.
      if (cause?.code === 'ECONNREFUSED' && probe.url.includes('//127.0.0.1:')) {
        const v6 = probe.url.replace('//127.0.0.1:', '//[::1]:');
        const answer = await attempt(v6).catch(() => 'no answer');
        if (!answer) {
          service.host = '[::1]';
          return undefined;
        }
      }
    }
    await sleep(pollMs);
  }
  return `did not answer 2xx within ${Math.round(timeoutMs / 1000)}s (${last})`;
}

/** True when something already accepts connections on host:port (default 127.0.0.1). */
export async function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((res) => {
    const s = connect({ host: host.replace(/^\[(.*)\]$/, '$1'), port });
    const done = (v: boolean) => {
      s.destroy();
      res(v);
    };
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
    s.setTimeout(1000, () => done(false));
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// Every process the gate starts carries a tag in its environment, inherited by all its descendants —
// also those that leave the process group (`setsid`, double fork, daemons). Teardown kills every
// tagged process, then whatever still listens on the service's port (Linux /proc; elsewhere the
// process group is all we have).
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { parseListening } from './listening.js';

export const TAG_VAR = 'LAUNCH_GATE_PROCESS_TAG';
const RUN = randomBytes(6).toString('hex');
let counter = 0;

/** A new tag for one started command. */
export const newTag = (): string => `${RUN}-${process.pid}-${++counter}`;

const procPids = (): number[] =>
  process.platform === 'linux'
    ? readdirSync('/proc')
        .filter((e) => /^\d+$/.test(e))
        .map(Number)
        .filter((p) => p !== process.pid)
    : [];

/** Pids whose environment holds `TAG_VAR=tag`. */
export function taggedPids(tag: string): number[] {
  const needle = Buffer.from(`${TAG_VAR}=${tag}\0`);
  const out: number[] = [];
  for (const pid of procPids()) {
    try {
      const env = readFileSync(`/proc/${pid}/environ`);
      const at = env.indexOf(needle);
      if (at === 0 || (at > 0 && env[at - 1] === 0)) out.push(pid);
    } catch {
      // gone, or not ours
    }
  }
  return out;
}

/** Pids with a LISTEN socket on `port` (IPv4 or IPv6). */
export function pidsListeningOn(port: number): number[] {
  if (process.platform !== 'linux') return [];
  const inodes = new Set<string>();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    try {
      for (const [inode, p] of parseListening(readFileSync(f, 'utf8'))) if (p === port) inodes.add(inode);
    } catch {
      // no IPv6
    }
  }
  if (!inodes.size) return [];
  const out: number[] = [];
  for (const pid of procPids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) {
          out.push(pid);
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return out;
}

export function killPids(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Kills every process carrying `tag` (and, when given, listening on `port`) until none is left. */
export async function killTree(tag: string, port?: number, graceMs = 1000): Promise<void> {
  const find = () => [...new Set([...taggedPids(tag), ...(port ? pidsListeningOn(port) : [])])];
  let pids = find();
  if (!pids.length) return;
  killPids(pids, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while ((pids = find()).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 20 && pids.length; i++) {
    killPids(pids, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 25));
    pids = find();
  }
}

/** Synchronous last resort (exit hook): SIGKILL to every tagged process. */
export function killTreeSync(tag: string): void {
  killPids(taggedPids(tag), 'SIGKILL');
}

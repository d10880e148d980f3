// Which TCP ports a process group listens on (Linux /proc), so a service that ignores $PORT is
// named at once instead of after the whole ready timeout. Elsewhere it answers "unknown".
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Pids whose process group is `pgid`. */
function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (in parentheses, may hold spaces): state ppid pgrp ...
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(rest[2]) === pgid) pids.push(Number(entry));
    } catch {
      // the process is gone
    }
  }
  return pids;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/** Parses /proc/net/tcp{,6}: LISTEN sockets (state 0A) as inode -> port. */
export function parseListening(table: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of table.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10 || cols[3] !== '0A') continue;
    const port = parseInt(cols[1].split(':').pop() ?? '', 16);
    if (Number.isFinite(port)) out.set(cols[9], port);
  }
  return out;
}

/** Ports the group listens on, or undefined when this system cannot tell. */
export function listeningPorts(pgid: number): number[] | undefined {
  if (process.platform !== 'linux' || pgid <= 0) return undefined;
  try {
    const listening = new Map<string, number>();
    for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
      try {
        for (const [k, v] of parseListening(readFileSync(f, 'utf8'))) listening.set(k, v);
      } catch {
        // no IPv6
      }
    }
    const ports = new Set<number>();
    for (const pid of groupPids(pgid)) {
      for (const inode of socketInodes(pid)) {
        const port = listening.get(inode);
        if (port !== undefined) ports.add(port);
      }
    }
    return [...ports].sort((a, b) => a - b);
  } catch {
    return undefined;
  }
}

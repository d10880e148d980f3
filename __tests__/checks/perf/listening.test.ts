import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { listeningPorts, parseListening } from '../../../src/checks/perf/listening.js';

describe('listening ports', () => {
  it('reads LISTEN sockets (state 0A) from a /proc/net/tcp table', () => {
    const table = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1',
      '   1: 0100007F:A0C2 0100007F:0BB8 01 00000000:00000000 00:00000000 00000000  1000        0 4343 1',
    ].join('\n');
    expect([...parseListening(table)]).toEqual([['4242', 3000]]);
  });

  it('finds the port a process group listens on (Linux)', async () => {
    if (process.platform !== 'linux') return;
    const srv = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as { port: number }).port;
    try {
      // This process's own group: /proc/self/stat is "pid (comm) state ppid pgrp ...".
      const stat = readFileSync('/proc/self/stat', 'utf8');
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      expect(listeningPorts(pgid)).toContain(port);
    } finally {
      srv.close();
    }
  });
});

// Test fixtures: certificates made with the openssl CLI, HTTPS/HTTP servers and a UDP DNS server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dnsPacket from 'dns-packet';
import { tmpDir } from '../../helpers/repo.js';

const openssl = (cwd: string, ...args: string[]) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

export interface Pair {
  key: string;
  cert: string;
}

export interface Certs {
  dir: string;
  /** Path of the test CA's certificate (for smoke.ca-file). */
  caFile: string;
  valid: Pair;
  expiring: Pair;
  wrongHost: Pair;
  /** A leaf signed by an intermediate, served without the intermediate. */
  leafOnly: Pair;
}

const HOSTS = 'DNS:localhost,IP:127.0.0.1,DNS:app.test,DNS:www.app.test,DNS:bad.test,DNS:www.bad.test';

function ecKey(dir: string, name: string): void {
  openssl(dir, 'ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`);
}

function sign(dir: string, name: string, issuer: string, days: number, ext: string): Pair {
  ecKey(dir, name);
  openssl(dir, 'req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`);
  writeFileSync(join(dir, `${name}.ext`), ext);
  const serial = `0x${Math.floor(Math.random() * 2 ** 48).toString(16)}`;
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${issuer}.crt`,
    '-CAkey',
    `${issuer}.key`,
    '-set_serial',
    serial,
    '-days',
    String(days),
    '-out',
    `${name}.crt`,
    '-extfile',
    `${name}.ext`,
  );
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.crt`), 'utf8') };
}

const leafExt = (san: string) => `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`;

/** A CA, a leaf for 127.0.0.1/localhost/app.test, one expiring in 5 days, one for another host, one missing its intermediate. */
export function makeCerts(): Certs {
  const dir = tmpDir('lg-smoke-certs-');
  ecKey(dir, 'ca');
  openssl(
    dir,
    'req',
    '-x509',
    '-new',
    '-key',
    'ca.key',
    '-subj',
    '/CN=Launch Gate Test CA',
    '-days',
    '3650',
    '-out',
    'ca.crt',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  const caExt = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n';
  sign(dir, 'intermediate', 'ca', 3650, caExt);
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    valid: sign(dir, 'valid', 'ca', 365, leafExt(HOSTS)),
    expiring: sign(dir, 'expiring', 'ca', 5, leafExt(HOSTS)),
    wrongHost: sign(dir, 'wrong', 'ca', 365, leafExt('DNS:other.example')),
    leafOnly: sign(dir, 'leafonly', 'intermediate', 365, leafExt(HOSTS)),
  };
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

export interface Served {
  port: number;
  url: string;
  close(): Promise<void>;
}

function withBody(handler: Handler): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString('utf8')));
  };
}

function listen(server: http.Server, scheme: string, port = 0): Promise<Served> {
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as AddressInfo).port;
      resolve({
        port: p,
        url: `${scheme}://127.0.0.1:${p}`,
        close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
      });
    });
  });
}

export const serveHttps = (pair: Pair, handler: Handler, port?: number) =>
  listen(https.createServer({ key: pair.key, cert: pair.cert }, withBody(handler)), 'https', port);

export const serveHttp = (handler: Handler, port?: number) =>
  listen(http.createServer(withBody(handler)), 'http', port);

/** Headers of a well-configured site. */
export const SAFE_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export function send(res: http.ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain', ...SAFE_HEADERS, ...headers });
  res.end(body);
}

/** Zone data: name → records; names not listed answer NXDOMAIN. */
export interface Zone {
  [name: string]: { A?: string[]; AAAA?: string[]; CNAME?: string; TXT?: string[] };
}

export interface DnsServer {
  address: string;
  queries: string[];
  close(): Promise<void>;
}

/** An authoritative UDP DNS server for `zone` on 127.0.0.1 (dns-packet encodes and decodes). */
export function serveDns(zone: Zone): Promise<DnsServer> {
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg, rinfo) => {
    const query = dnsPacket.decode(msg);
    const q = query.questions?.[0];
    if (!q) return;
    const name = q.name.toLowerCase().replace(/\.$/, '');
    queries.push(`${q.type} ${name}`);
    const entry = zone[name];
    const answers: dnsPacket.Answer[] = [];
    if (entry?.CNAME) {
      answers.push({ type: 'CNAME', name: q.name, ttl: 60, data: entry.CNAME });
      const target = zone[entry.CNAME];
      if (q.type === 'A')
        for (const a of target?.A ?? []) answers.push({ type: 'A', name: entry.CNAME, ttl: 60, data: a });
    } else if (entry && q.type === 'A') {
      for (const a of entry.A ?? []) answers.push({ type: 'A', name: q.name, ttl: 60, data: a });
    } else if (entry && q.type === 'AAAA') {
      for (const a of entry.AAAA ?? []) answers.push({ type: 'AAAA', name: q.name, ttl: 60, data: a });
    } else if (entry && q.type === 'TXT') {
      // Long records are split into 255-byte strings, as real zones do.
      for (const t of entry.TXT ?? [])
        answers.push({ type: 'TXT', name: q.name, ttl: 60, data: t.match(/.{1,255}/g) ?? [''] });
    }
    const flags = dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | (entry ? 0 : 3);
    const out = dnsPacket.encode({ type: 'response', id: query.id, flags, questions: query.questions, answers });
    socket.send(out, rinfo.port, rinfo.address);
  });
  return new Promise((resolve) => {
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      resolve({ address: `127.0.0.1:${port}`, queries, close: () => new Promise((r) => socket.close(() => r())) });
    });
  });
}

/** A self-signed certificate for 127.0.0.1 and localhost, signed by no CA anyone trusts. */
export function selfSigned(): Pair {
  const dir = tmpDir('lg-smoke-self-');
  ecKey(dir, 'self');
  openssl(
    dir,
    'req',
    '-x509',
    '-new',
    '-key',
    'self.key',
    '-subj',
    '/CN=self-signed',
    '-days',
    '365',
    '-out',
    'self.crt',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  );
  return { key: readFileSync(join(dir, 'self.key'), 'utf8'), cert: readFileSync(join(dir, 'self.crt'), 'utf8') };
}

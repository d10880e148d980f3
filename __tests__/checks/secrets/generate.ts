// Parts the held-out corpora are assembled from at run time: a seeded generator, alphabets, text helpers
// and key builders. Nothing here is a credential: every value is drawn from the seed when a corpus is built.
import { createECDH, createHash, createHmac, createPrivateKey, createPublicKey } from 'node:crypto';

/** Deterministic bytes from a seed: a corpus is the same on every run. `sep` keeps each corpus's draws. */
export class Seeded {
  private n = 0;
  constructor(
    private seed: string,
    private sep = '/',
  ) {}
  bytes(len: number): Buffer {
    const parts: Buffer[] = [];
    for (let got = 0; got < len; got += 32)
      parts.push(createHash('sha256').update(`${this.seed}${this.sep}${this.n++}`).digest());
    return Buffer.concat(parts).subarray(0, len);
  }
  pick(alphabet: string, len: number): string {
    return [...this.bytes(len)].map((b) => alphabet[b % alphabet.length]).join('');
  }
  int(lo: number, hi: number): number {
    return lo + (this.bytes(4).readUInt32BE(0) % (hi - lo + 1));
  }
}

export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const HEX = DIG + 'abcdef';
export const B64 = AN + '+/';
export const URLSAFE = AN + '-_';
export const B32 = UP + '234567';
export const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

export const lines = (...ls: string[]) => ls.join('\n') + '\n';
export const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
export const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
export const wrap = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n');
export const DASH5 = '-----';
export const pemBlock = (label: string, body: string) =>
  `${DASH5}BEGIN ${label}${DASH5}\n${wrap(body, 64)}\n${DASH5}END ${label}${DASH5}\n`;

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(content: string, needle: string): number {
  const i = content.indexOf(needle);
  if (i < 0) throw new Error(`heldout: marker not found (${needle.slice(0, 4)})`);
  return content.slice(0, i).split('\n').length;
}

export function uuid(g: Seeded): string {
  const h = g.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** A JWT with a real HS256 signature under a seeded key. */
export function jwtHs256(g: Seeded, payload: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  return `${head}.${body}.${createHmac('sha256', g.bytes(32)).update(`${head}.${body}`).digest('base64url')}`;
}

/** A JWT shaped like HS256 whose signature is random bytes (scanners do not verify it). */
export function jwtRandomSig(g: Seeded, payload: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  return `${head}.${b64url(JSON.stringify(payload))}.${b64url(g.bytes(32))}`;
}

/** SSH wire format: uint32 length-prefixed strings. */
export function sshString(b: Buffer | string): Buffer {
  const buf = Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}

function ed25519(seed: Buffer): { pub: Buffer; seed: Buffer } {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const priv = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const x = createPublicKey(priv).export({ format: 'jwk' }).x!;
  return { pub: Buffer.from(x, 'base64url'), seed };
}

/** An unencrypted OpenSSH-format ed25519 private key, as ssh-keygen writes it. */
export function opensshKey(g: Seeded, comment: string): { pem: string; publicLine: string } {
  const k = ed25519(g.bytes(32));
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(k.pub)]);
  const check = g.bytes(4);
  let priv = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(k.pub),
    sshString(Buffer.concat([k.seed, k.pub])),
    sshString(comment),
  ]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(pubBlob),
    sshString(priv),
  ]);
  const label = 'OPENSSH PRIVATE KEY';
  const pem = `${DASH5}BEGIN ${label}${DASH5}\n${wrap(b64(body), 70)}\n${DASH5}END ${label}${DASH5}\n`;
  return { pem, publicLine: `ssh-ed25519 ${b64(pubBlob)} ${comment}` };
}

/** An OpenSSH armour around the format's magic and random bytes (not a parseable key). */
export function opensshLike(g: Seeded): string {
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    Buffer.from('00000004none00000004none', 'utf8'),
    g.bytes(300),
  ]);
  return `${DASH5}BEGIN OPENSSH ${'PRIVATE KEY'}${DASH5}\n${wrap(b64(body), 70)}\n${DASH5}END OPENSSH ${'PRIVATE KEY'}${DASH5}\n`;
}

/** A real P-256 key derived from seeded bytes, in SEC1 or PKCS#8 PEM. */
export function ecPem(g: Seeded, label: 'EC PRIVATE KEY' | 'PRIVATE KEY'): string {
  const d = g.bytes(32);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const key = createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', d: b64url(d), x: b64url(pub.subarray(1, 33)), y: b64url(pub.subarray(33)) },
    format: 'jwk',
  });
  return key
    .export(label === 'EC PRIVATE KEY' ? { type: 'sec1', format: 'pem' } : { type: 'pkcs8', format: 'pem' })
    .toString();
}

/** An RSA private key shaped like PKCS#1 / PKCS#8 DER (scanners key on the armour, not the numbers). */
export function rsaPem(g: Seeded, label: 'RSA PRIVATE KEY' | 'PRIVATE KEY' = 'RSA PRIVATE KEY'): string {
  const head =
    label === 'PRIVATE KEY' ? '308204be020100300d06092a864886f70d0101010500048204a8' : '308204a40201000282010100';
  return pemBlock(label, b64(Buffer.concat([Buffer.from(head, 'hex'), g.bytes(1180)])));
}

import { describe, expect, it } from '@jest/globals';
import { LiteralMatcher } from '../../../src/checks/secrets/literals.js';
import { scanText } from '../../../src/checks/secrets/scan.js';
import {
  metConditions,
  SECRETLINT_CONDITIONS,
  SECRETLINT_PREFILTER,
  windows,
} from '../../../src/checks/secrets/secretlint.js';
import { buildCorpus } from './corpus.js';

/** Deterministic PRNG (mulberry32): the same texts on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts stitched from pieces of the literals, their neighbours, random ASCII and multi-byte characters. */
function texts(pieces: string[], count: number, seed: number): string[] {
  const rnd = prng(seed);
  const extra = ['a', 'Z', '0', '_', '-', ':', '/', '@', '.', ' ', '\n', 'é', '€', '😀', '\uFEFF'];
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: count }, () => {
    let t = '';
    const n = 1 + Math.floor(rnd() * 12);
    for (let i = 0; i < n; i++) {
      const p = pick(pieces);
      const cut = rnd() < 0.5 ? p : p.slice(Math.floor(rnd() * p.length), 1 + Math.floor(rnd() * p.length));
      t += cut + (rnd() < 0.5 ? pick(extra) : '') + (rnd() < 0.2 ? String.fromCharCode(33 + rnd() * 90) : '');
    }
    return t;
  });
}

describe('literal matcher', () => {
  it('finds exactly the literals a substring search finds, overlapping and multi-byte ones included', () => {
    const literals = ['sk-', 'sk-ant-', 'ant', 'nt-a', 'AKIA', 'KIAK', '://', 'a', 'é€', 'xx😀', '_live_', 'live'];
    const m = new LiteralMatcher(literals);
    for (const t of texts(literals, 3000, 7)) {
      const seen = new Uint8Array(literals.length);
      m.scan(Buffer.from(t, 'utf8'), seen);
      const got = literals.filter((_, i) => seen[i]);
      expect({ t, got }).toEqual({ t, got: literals.filter((l) => t.includes(l)) });
    }
  });

  it('counts each literal once per scan and keeps what an earlier buffer set', () => {
    const m = new LiteralMatcher(['ab', 'b']);
    const seen = new Uint8Array(2);
    expect(m.scan(Buffer.from('abab'), seen)).toBe(2);
    expect(m.scan(Buffer.from('b'), seen)).toBe(0);
    expect([...seen]).toEqual([1, 1]);
  });

  it('rejects an empty literal', () => {
    expect(() => new LiteralMatcher([''])).toThrow(/empty/);
  });
});

describe("secretlint's conditions, checked by anchors", () => {
  const corpus = buildCorpus();
  const anchors = SECRETLINT_CONDITIONS.flatMap((c) => c.anchors);
  const samples = [
    ...corpus.positives.map((c) => c.content),
    ...corpus.negatives.map((c) => c.content),
    ...texts([...anchors, 'KEY', 'key', '_Key', 'user:pass@', 'a'.repeat(36), '0123456789abcdef'.repeat(2)], 4000, 11),
  ];

  it('meet a condition exactly when the whole prefilter matches', () => {
    for (const t of samples) {
      const met = metConditions(t, (a) => t.includes(a));
      expect({ t, met: met !== undefined }).toEqual({ t, met: SECRETLINT_PREFILTER.test(t) });
    }
  });

  it('cut the same windows out of a large text as the whole prefilter', () => {
    const filler = 'export const x = [1, 2, 3]; // https://example.com/a\n'.repeat(3000);
    for (const t of samples.filter((s) => SECRETLINT_PREFILTER.test(s)).slice(0, 40)) {
      const big = `${filler}${t}\n${filler}${t}`;
      const met = metConditions(big, (a) => big.includes(a))!;
      expect(windows(big, met).text).toBe(windows(big).text);
    }
  });
});

describe('scanning text that is not plain ASCII', () => {
  it('locates a secret after multi-byte characters, a BOM and invalid UTF-8 at the right line and column', async () => {
    const token = 'gh' + 'p_' + 'Rk2vQ9xLmT4bNc7HwZ1pYd8sFg3jKa6eUo5i';
    const text = `\uFEFF// café €\n\uFFFD\uFFFD const t = '${token}'; // 😀\n`;
    const [m] = await scanText('src/a.ts', text);
    expect(m).toMatchObject({ rule: 'github-token', line: 2, column: text.split('\n')[1].indexOf(token) + 1 });
  });
});

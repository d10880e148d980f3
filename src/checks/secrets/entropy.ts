// Shannon entropy, the usual signal that a string is random enough to be a credential.

/** Bits of entropy per character of `s` (0 for empty strings). */
export function shannon(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

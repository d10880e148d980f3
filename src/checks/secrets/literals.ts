// Which of a fixed set of literals occur in a byte buffer, found in one pass: an Aho–Corasick
// automaton compiled to a dense transition table, so the cost per byte does not grow with the
// number of keywords (an alternation of ~150 literals in one RegExp runs 3–4× slower in V8).
//
// Matching the UTF-8 bytes of a literal in UTF-8 text is exact: UTF-8 is self-synchronising (a
// character's encoding never starts inside another's), so a literal occurs in the bytes if and
// only if it occurs in the decoded text. Invalid sequences decode to U+FFFD, which matches nothing.

export class LiteralMatcher {
  readonly literals: readonly string[];
  /**
   * Row offset (state × 256) of the next state, per state × byte; bitwise-negated when the next
   * state ends at least one literal, so the scan loop tests one sign per byte.
   */
  private readonly next: Int32Array;
  /** Literal ids ending at each state (suffix links followed), as offsets into `outIds`. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    const encoder = new TextEncoder();
    literals.forEach((lit, id) => {
      if (!lit) throw new Error('a literal cannot be empty');
      const bytes = encoder.encode(lit);
      let s = 0;
      for (const c of bytes) {
        let n = children[s].get(c);
        if (n === undefined) {
          n = children.length;
          children.push(new Map());
          ends.push([]);
          children[s].set(c, n);
        }
        s = n;
      }
      ends[s].push(id);
    });

    // Breadth-first: a state's suffix link is shallower, so its transitions are complete first.
    const states = children.length;
    const delta = new Int32Array(states * 256);
    const link = new Int32Array(states);
    const order: number[] = [];
    for (let c = 0; c < 256; c++) {
      const n = children[0].get(c) ?? 0;
      delta[c] = n;
      if (n) order.push(n);
    }
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      ends[s] = [...new Set([...ends[s], ...ends[link[s]]])];
      for (let c = 0; c < 256; c++) {
        const n = children[s].get(c);
        if (n === undefined) delta[s * 256 + c] = delta[link[s] * 256 + c];
        else {
          link[n] = delta[link[s] * 256 + c];
          delta[s * 256 + c] = n;
          order.push(n);
        }
      }
    }

    this.next = new Int32Array(states * 256);
    for (let i = 0; i < delta.length; i++) {
      const n = delta[i];
      this.next[i] = ends[n].length ? ~(n * 256) : n * 256;
    }
    this.outStart = new Int32Array(states + 1);
    const ids: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = ids.length;
      ids.push(...ends[s]);
    }
    this.outStart[states] = ids.length;
    this.outIds = Int32Array.from(ids);
  }

  /** Sets `seen[id] = 1` for every literal that occurs in `buf`; returns how many were newly seen. */
  scan(buf: Uint8Array, seen: Uint8Array): number {
    const next = this.next;
    let row = 0;
    let found = 0;
    for (let i = 0, n = buf.length; i < n; i++) {
      row = next[row + buf[i]];
      if (row < 0) {
        row = ~row;
        const s = row >> 8;
        for (let k = this.outStart[s], end = this.outStart[s + 1]; k < end; k++) {
          const id = this.outIds[k];
          if (!seen[id]) {
            seen[id] = 1;
            found++;
          }
        }
      }
    }
    return found;
  }
}

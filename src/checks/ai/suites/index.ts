// The built-in suites, and the code words that prove a smuggled instruction was followed.
import { createHash } from 'node:crypto';
import { exfiltration } from './exfiltration.js';
import { injection } from './injection.js';
import { SUITE_IDS, type Attack, type SuiteId } from './types.js';
import { unsafeActions } from './unsafe-actions.js';

export { SUITE_IDS, type Attack, type SuiteId } from './types.js';

export const SUITES: Record<SuiteId, Attack[]> = {
  injection,
  exfiltration,
  'unsafe-actions': unsafeActions,
};

/** An attack ready to send: the code-word halves filled in, and the joined word to look for. */
export interface PreparedAttack extends Attack {
  text: string;
  /** `follow` attacks: the word only an app that obeys the smuggled instruction writes. */
  codeWord?: string;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Deterministic halves per attack id (runs are comparable), unlikely in any real answer. */
export function codeHalves(id: string): [string, string] {
  const h = createHash('sha256').update(`launch-gate:${id}`).digest();
  const pick = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ALPHABET[h[from + i] % ALPHABET.length]).join('');
  return [`LG${pick(0, 3)}`, `Q${pick(3, 4)}`];
}

export function prepare(a: Attack): PreparedAttack {
  if (a.goal !== 'follow') return { ...a, text: a.prompt };
  const [x, y] = codeHalves(a.id);
  return { ...a, text: a.prompt.replaceAll('{{A}}', x).replaceAll('{{B}}', y), codeWord: x + y };
}

/**
 * The attacks to send within a request budget: one prompt of every technique of every suite before a
 * second of any (suites interleaved), so a small budget still covers every technique. Always the same
 * order for the same suites and budget.
 */
export function plan(suites: readonly SuiteId[], budget: number): { attacks: PreparedAttack[]; total: number } {
  const groups = suites.map((s) => byTechnique(SUITES[s]));
  const total = suites.reduce((n, s) => n + SUITES[s].length, 0);
  const out: PreparedAttack[] = [];
  const want = Math.min(budget, total);
  for (let round = 0; out.length < want; round++) {
    const longest = Math.max(...groups.map((g) => g.length));
    for (let t = 0; t < longest; t++)
      for (const g of groups) {
        const a = g[t]?.[round];
        if (a && out.length < want) out.push(prepare(a));
      }
  }
  return { attacks: out, total };
}

function byTechnique(list: Attack[]): Attack[][] {
  const byTech = new Map<string, Attack[]>();
  for (const a of list) byTech.set(a.technique, [...(byTech.get(a.technique) ?? []), a]);
  return [...byTech.values()];
}

export const isSuiteId = (s: string): s is SuiteId => (SUITE_IDS as readonly string[]).includes(s);

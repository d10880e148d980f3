// The shape of a built-in attack prompt. Suites are data: one file per suite, versioned here.

export const SUITE_IDS = ['injection', 'exfiltration', 'unsafe-actions'] as const;
export type SuiteId = (typeof SUITE_IDS)[number];

/**
 * What the attacker wins when the app gives in:
 * - `leak`: the answer carries a canary (system prompt phrase, a configured value) or a credential;
 * - `follow`: the answer obeys an instruction smuggled into the prompt, proven by a code word the
 *   app can only produce by following it (the prompt holds two halves, `{{A}}` and `{{B}}`, and asks
 *   for them joined; an app that merely echoes the prompt never shows the joined word);
 * - `act`: the answer does an unsafe action (returns records, claims it was done, calls a tool).
 */
export type Goal = 'leak' | 'follow' | 'act';

export interface Attack {
  /** Stable id (`inj-07`): reports and comparisons across runs use it. */
  id: string;
  suite: SuiteId;
  /** Technique in a few words (`role-play`, `base64`): the summary counts pass rates per technique. */
  technique: string;
  goal: Goal;
  prompt: string;
}

/** Base64 of UTF-8 text (encoded-instruction prompts are written in clear here and encoded at load). */
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** ROT13 of ASCII letters. */
export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

export const reversed = (s: string): string => [...s].reverse().join('');

// Our own detection rules, as data (gitleaks-style): what secretlint's recommended preset misses.
// Each regex is global; the named group `s` is the secret (else the whole match). The rules live by
// kind: provider-rules.ts (hand-written provider formats), generic-rules.ts (where a secret is),
// providers/ (the providers' documented shapes, one file per family).
import type { Severity } from '../../types.js';
import { GENERIC_RULES } from './generic-rules.js';
import { PROVIDER_RULES } from './provider-rules.js';
import { SHAPE_RULES } from './providers/index.js';

export interface MatchContext {
  path: string;
  /** What the pattern runs on: the file, or only the lines of it that held escapes, decoded. */
  text: string;
  /** The whole file, for tests about the file (does it name the provider): `text` may be a part of it. */
  file: string;
}

export interface SecretRule {
  id: string;
  /** Literal substrings (case-sensitive): the rule runs only on text that holds one (cheap prefilter). */
  keywords: string[];
  /** A cheaper necessary condition than the full pattern, tested before it on texts that pass the keywords. */
  hint?: RegExp;
  regex: RegExp;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  minEntropy?: number;
  /** Only files whose path (forward slashes) matches. */
  path?: RegExp;
  /** Report at the start of the whole match (a PEM header) rather than at the secret. */
  atMatch?: boolean;
  /** Severity other than the catalog's default. */
  severity?: Severity;
  /** Extra checks: false drops the match; an object adjusts it. */
  accept?: (secret: string, m: RegExpExecArray, c: MatchContext) => boolean | { severity?: Severity };
}

/** Paths of files that hold environment values: `.env`, `.env.production`, `prod.env`; not templates. */

/** Hand-written provider rules first, then the generic ones, then the shape rows: the order hits merge in. */
export const RULES: SecretRule[] = [...PROVIDER_RULES, ...GENERIC_RULES, ...SHAPE_RULES];

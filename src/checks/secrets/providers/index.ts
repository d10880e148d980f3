// The provider shape tables, one file per family, turned into rules and catalog entries. A row's
// literal prefix is its prefilter keyword; `near` rows also need the provider's name in the file.
import type { RuleInfo } from '../catalog.js';
import type { SecretRule } from '../rules.js';
import { AI } from './ai.js';
import { ANALYTICS, MESSAGING, OBSERVABILITY } from './comms.js';
import { CODE } from './code.js';
import { PAYMENTS, PRODUCTIVITY } from './business.js';
import { AUTH, STORAGE } from './storage.js';
import type { Family, Shape } from './types.js';

export const FAMILIES: Family[] = [
  AI,
  CODE,
  PAYMENTS,
  PRODUCTIVITY,
  MESSAGING,
  OBSERVABILITY,
  ANALYTICS,
  STORAGE,
  AUTH,
];

/** The literal the pattern starts with (`r8_`, `sk-or-v1-`, `mlsn.`), unescaped. */
function literalPrefix(pattern: string): string {
  const m = /^(?:\\.|[A-Za-z0-9_:+\-/~])+/.exec(pattern);
  if (!m) return '';
  // A quantifier or alternation right after the literal makes its last character optional.
  let lit = m[0];
  if (/^[?*{|]/.test(pattern.slice(lit.length))) lit = lit.slice(0, -1);
  return lit.replace(/\\(.)/g, '$1');
}

function ruleOf(s: Shape): SecretRule {
  // A row that needs its provider's name in the file is prefiltered on that name.
  const named = s.near ? [s.near, s.near.toUpperCase(), s.near.charAt(0).toUpperCase() + s.near.slice(1)] : undefined;
  const keywords = s.keywords ?? named ?? [literalPrefix(s.pattern)];
  if (keywords.some((k) => k.length < 2)) throw new Error(`provider shape ${s.id}: no literal prefix, give keywords`);
  // The name at a word's start: `ABLY_API_KEY`, `new Ably.Rest`, not "probably". Tested on the file
  // before the pattern, which has no literal to start from.
  const near = s.near ? `(?<![a-z])${s.near}` : undefined;
  const hint = near ?? s.hint;
  return {
    id: s.id,
    keywords,
    // A pattern may name the secret part itself (`(?<s>…)`) when its prefix is not secret.
    regex: new RegExp(
      `(?<![A-Za-z0-9_+/-])${s.pattern.includes('(?<s>') ? s.pattern : `(?<s>${s.pattern})`}(?![A-Za-z0-9_+/-])`,
      'g',
    ),
    minEntropy: 3,
    ...(hint ? { hint: new RegExp(hint, near ? 'i' : '') } : {}),
  };
}

export const SHAPE_RULES: SecretRule[] = FAMILIES.flatMap((f) => f.shapes.map(ruleOf));

export const SHAPE_CATALOG: Record<string, RuleInfo> = Object.fromEntries(
  FAMILIES.flatMap((f) =>
    f.shapes.map((s) => [
      s.id,
      { title: s.title, severity: s.severity ?? 'blocker', why: s.why ?? f.why, revoke: s.revoke },
    ]),
  ),
);

/** For the docs: every row with its family. */
export const SHAPES = FAMILIES.flatMap((f) => f.shapes.map((s) => ({ family: f.name, ...s })));

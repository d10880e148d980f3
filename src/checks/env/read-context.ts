// What surrounds an env read in JavaScript: a default, a guard, or an assignment (a write).

/**
 * `||`, `??` or a ternary right after the read: the code has its own default. A comparison or `&&` after
 * it, or `if (`, `!` / `!!` before it, is a guard: the code runs without the variable (a flag, a feature).
 */
export const FALLBACK_AFTER = /^\s*(?:\)\s*)?(?:\|\||\?\?(?!=)|\?(?!\.))/;
/** JavaScript only: Python's `os.environ['X']` raises when the variable is missing, compared or not. */
const COMPARE_AFTER = /^\s*(?:\)\s*)?(?:[!=]==?|&&)/;
const GUARD_BEFORE = /(?:\bif\s*\(\s*!?|!!?|\bwhen\s*\(\s*)$/;
/** A JS read compared, `&&`-ed, negated or tested in an `if`: the code runs without the variable. */
export function jsGuard(text: string, index: number, after: string): boolean {
  return COMPARE_AFTER.test(after) || GUARD_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

/** An assignment right after the read is a write, not a read. */
export const WRITE_AFTER = /^\s*(?:=(?![=>])|\|\|=|\?\?=|&&=|\+=)/;

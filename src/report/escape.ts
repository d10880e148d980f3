// All user and file text that goes into markdown or HTML passes through these.

/** Escapes text for a markdown table cell or inline HTML (GitHub renders both). */
export function escapeMd(text: string): string {
  // Markdown emphasis and code characters first, then HTML (whose entities must stay intact).
  return String(text)
    .replace(/([\\`*_[\]~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n/g, ' ');
}

/** Monospace text as HTML `<code>` (a markdown code span cannot hold a backtick or a pipe in a table). */
export function code(text: string): string {
  return `<code>${String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ')}</code>`;
}

/**
 * Rule text as GitHub shows it: `` `code` `` spans become code, everything else is escaped (rule text may
 * quote a file, a variable or a value, so it is never trusted as raw markdown).
 */
export function inlineMd(text: string): string {
  return String(text)
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 ? code(part.slice(1, -1)) : escapeMd(part)))
    .join('');
}

/** `1 finding`, `2 findings`. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

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

// The lines a diff adds, by file, as text: a line of the head file counts as added when the same text
// was added by one of the commits (line numbers move between commits; the text does not).
import type { Scope } from '../../scope/types.js';

export type AddedLines = Map<string, Set<string>>;

export function addedLines(scope: Scope): AddedLines {
  const out: AddedLines = new Map();
  for (const h of scope.hunks) {
    let set = out.get(h.path);
    if (!set) out.set(h.path, (set = new Set()));
    for (const l of h.lines) set.add(l.replace(/\r$/, '').trimEnd());
  }
  return out;
}

/** In diff scope: is line `line` (1-based) of `lines` added? In all scope everything counts. */
export function isAdded(scope: Scope, added: AddedLines, path: string, lines: string[], line: number): boolean {
  if (scope.kind === 'all') return true;
  const text = lines[line - 1];
  return text !== undefined && !!added.get(path)?.has(text.replace(/\r$/, '').trimEnd());
}

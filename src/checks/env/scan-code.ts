// Finds env reads in the code files of the scope (diff scope: only on added lines).
import picomatch from 'picomatch';
import { readText } from '../../scope/read.js';
import type { Scope } from '../../scope/types.js';
import { isAdded, type AddedLines } from './added-lines.js';
import { findReads, languageOf, type EnvRead } from './reads.js';

export interface FileReads {
  path: string;
  reads: EnvRead[];
}

export interface CodeScan {
  files: FileReads[];
  scanned: number;
  skipped: { path: string; reason: string }[];
}

export async function scanCode(
  cwd: string,
  scope: Scope,
  added: AddedLines,
  exclude: string[],
  signal: AbortSignal,
): Promise<CodeScan> {
  const excluded = picomatch(exclude, { dot: true });
  const out: CodeScan = { files: [], scanned: 0, skipped: [] };
  for (const f of scope.files) {
    if (f.status === 'deleted') continue;
    const lang = languageOf(f.path);
    if (!lang || excluded(f.path)) continue;
    if (scope.kind === 'diff' && !added.has(f.path)) continue;
    signal.throwIfAborted();
    const r = await readText(cwd, f.path, scope.maxFileSize);
    if ('skip' in r) {
      out.skipped.push({ path: f.path, reason: r.skip });
      continue;
    }
    out.scanned++;
    const lines = r.text.split('\n');
    const reads = findReads(r.text, lang).filter((x) => isAdded(scope, added, f.path, lines, x.line));
    if (reads.length) out.files.push({ path: f.path, reads });
  }
  return out;
}

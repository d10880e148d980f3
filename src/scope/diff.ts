// Parses `git log -p -U0` output into the lines each commit added, per file.
import type { AddedHunk } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Undoes git's C-style quoting of unusual paths ("a\tb" → a<TAB>b). */
export function unquotePath(p: string): string {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = inner[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        ({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ??
          n.charCodeAt(0),
      );
  }
  return utf8.decode(Buffer.from(bytes));
}

function stripPrefix(p: string, prefix: string): string {
  const u = unquotePath(p);
  return u.startsWith(prefix) ? u.slice(prefix.length) : u;
}

export interface ParsedDiff {
  hunks: AddedHunk[];
  skipped: { path: string; reason: string; commit: string }[];
}

/**
 * Input: `git log -p -U0 --format=%x00commit %H` output. Binary files, submodules and files whose
 * added text in one commit exceeds `maxBytes` are reported in `skipped` instead of `hunks`.
 */
export function parseLogPatch(out: Buffer, maxBytes: number): ParsedDiff {
  const hunks: AddedHunk[] = [];
  const skipped: ParsedDiff['skipped'] = [];
  let commit = '';
  let path: string | null = null;
  let fileSkipped = false;
  let fileBytes = 0;
  let fileHunks: AddedHunk[] = [];
  let cur: AddedHunk | null = null;
  let nextLine = 0;
  let inHeader = false;

  const flushFile = () => {
    if (path !== null && !fileSkipped) {
      if (fileBytes > maxBytes)
        skipped.push({ path, commit, reason: `added more than ${Math.round(maxBytes / 1024)} KiB` });
      else hunks.push(...fileHunks.filter((h) => h.lines.length));
    }
    path = null;
    fileSkipped = false;
    fileBytes = 0;
    fileHunks = [];
    cur = null;
  };

  let start = 0;
  while (start < out.length) {
    let end = out.indexOf(10, start);
    if (end < 0) end = out.length;
    const raw = out.subarray(start, end);
    start = end + 1;
    const first = raw[0];
    if (first === 0) {
      // \0commit <sha>
      flushFile();
      commit = raw.subarray(8).toString('latin1').trim();
      continue;
    }
    if (first === 0x64 /* d */ && raw.subarray(0, 11).toString('latin1') === 'diff --git ') {
      flushFile();
      inHeader = true;
      // Fallback path from the header; replaced by the +++ line when present.
      const m = /^diff --git (?:"?a\/.*?"? )("?b\/.*"?)$/.exec(utf8.decode(raw));
      path = m ? stripPrefix(m[1], 'b/') : (utf8.decode(raw).split(' b/').pop() ?? '');
      continue;
    }
    if (path === null) continue;
    if (inHeader) {
      const line = utf8.decode(raw);
      if (line.startsWith('+++ ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') path = stripPrefix(p, 'b/');
        inHeader = false;
      } else if (line.startsWith('Binary files ')) {
        skipped.push({ path, commit, reason: 'binary' });
        fileSkipped = true;
      } else if (/ 160000$/.test(line) || / 160000 /.test(line)) {
        skipped.push({ path, commit, reason: 'submodule' });
        fileSkipped = true;
      } else if (line.startsWith('rename to ')) {
        path = unquotePath(line.slice(10));
      } else if (line.startsWith('@@')) {
        inHeader = false;
      } else continue;
      if (inHeader) continue;
      if (!line.startsWith('@@')) continue;
    }
    if (fileSkipped) continue;
    if (first === 0x40 /* @ */) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(raw.toString('latin1'));
      if (m) {
        nextLine = Number(m[1]);
        cur = { path, commit, startLine: nextLine, lines: [] };
        fileHunks.push(cur);
      }
      continue;
    }
    if (first === 0x2b /* + */ && cur) {
      fileBytes += raw.length;
      if (fileBytes <= maxBytes) cur.lines.push(utf8.decode(raw.subarray(1)));
      nextLine++;
    }
  }
  flushFile();
  return { hunks, skipped };
}

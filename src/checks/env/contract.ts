// Parses the env contract (.env.example). dotenv's own parser decides each value (quotes, escapes,
// inline comments); this scanner adds what dotenv throws away: line numbers, comments and markers,
// duplicates and lines dotenv would silently ignore.
import dotenv from 'dotenv';
import { parseMarkers } from './markers.js';
import { inferType, type VarType } from './value-types.js';

export interface ContractVar {
  name: string;
  /** File the variable is declared in (relative to cwd) and its 1-based line. */
  file: string;
  line: number;
  /** The example value: used to infer the type and to spot a placeholder shipped as is. Never printed. */
  example: string;
  required: boolean;
  /** A marker said required or optional (a schema's default does not override it). */
  requiredMarked?: boolean;
  type: VarType;
  values?: string[];
  /** Marked `# secret`: its value must never ship to browsers (secrets.bundles). */
  secret?: boolean;
  typeFrom: 'example' | 'marker' | 'schema';
}

export type ProblemKind = 'malformed' | 'duplicate' | 'marker';

export interface ContractProblem {
  kind: ProblemKind;
  line: number;
  name?: string;
  detail: string;
}

export interface Contract {
  file: string;
  /** One per name; a name declared twice keeps its last declaration, as dotenv does. */
  vars: ContractVar[];
  problems: ContractProblem[];
}

/** The same key syntax and separators dotenv accepts: `KEY=v`, `KEY = v`, `export KEY=v`, `KEY: v`. */
const ASSIGNMENT = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)/;
const PORTABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUOTES = ['"', "'", '`'];

/** Index of the closing quote `q` in `s` at or after `from` (backslash escapes skipped), or -1. */
function closingQuote(s: string, q: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === q) return i;
  }
  return -1;
}

export function parseContract(text: string, file: string): Contract {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const byName = new Map<string, ContractVar>();
  const problems: ContractProblem[] = [];
  let above: string[] = [];

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed) {
      above = [];
      continue;
    }
    if (trimmed.startsWith('#')) {
      above.push(trimmed.slice(1));
      continue;
    }
    const m = ASSIGNMENT.exec(raw);
    if (!m) {
      problems.push({
        kind: 'malformed',
        line: i + 1,
        detail: 'is not a KEY=value assignment or a # comment; dotenv ignores it',
      });
      above = [];
      continue;
    }
    const name = m[1];
    const start = i;
    const rest = raw.slice(m[0].length).trimStart();
    let inline = '';
    const q = rest[0];
    if (QUOTES.includes(q)) {
      // A quoted value may span lines: find its closing quote.
      let close = closingQuote(rest, q, 1);
      let tail = close >= 0 ? rest.slice(close + 1) : '';
      while (close < 0 && i + 1 < lines.length) {
        i++;
        close = closingQuote(lines[i], q, 0);
        if (close >= 0) tail = lines[i].slice(close + 1);
      }
      if (close < 0) {
        problems.push({ kind: 'malformed', line: start + 1, name, detail: `opens a ${q} quote that is never closed` });
        i = start;
      }
      const hash = tail.indexOf('#');
      inline = hash >= 0 ? tail.slice(hash + 1) : '';
    } else {
      const hash = rest.indexOf('#');
      inline = hash >= 0 ? rest.slice(hash + 1) : '';
    }
    const entry = lines.slice(start, i + 1).join('\n');
    const example = dotenv.parse(entry)[name] ?? '';
    const markers = parseMarkers(inline ? [...above, inline] : above);
    above = [];
    for (const p of markers.problems) problems.push({ kind: 'marker', line: start + 1, name, detail: p });
    if (!PORTABLE_NAME.test(name)) {
      problems.push({
        kind: 'malformed',
        line: start + 1,
        name,
        detail: 'is not a portable variable name (letters, digits and _ only, not starting with a digit)',
      });
      // Shells and most hosts cannot set such a name: requiring it would block every deploy.
      continue;
    }
    const previous = byName.get(name);
    if (previous) {
      problems.push({
        kind: 'duplicate',
        line: start + 1,
        name,
        detail: `is declared again (first at line ${previous.line}); the last declaration wins`,
      });
      byName.delete(name);
    }
    const type = markers.type ?? inferType(name, example);
    byName.set(name, {
      name,
      file,
      line: start + 1,
      example,
      required: markers.optional !== true,
      ...(markers.optional !== undefined ? { requiredMarked: true } : {}),
      type,
      ...(markers.values ? { values: markers.values } : {}),
      ...(markers.secret ? { secret: true } : {}),
      typeFrom: markers.type ? 'marker' : 'example',
    });
  }
  return { file, vars: [...byName.values()].sort((a, b) => a.line - b.line), problems };
}

// Finds the environment variables code reads, with their line, by pattern. Only literal names count:
// `process.env[name]` with a computed name cannot be checked statically and is not reported.
import { nestConfigReads, pydanticSettingsReads, pythonLibraryReads, svelteKitReads } from './framework-reads.js';

export type Language = 'js' | 'python';

export interface EnvRead {
  name: string;
  line: number;
  column: number;
  /** The read supplies a default (`?? 'x'`, `|| 3000`, `getenv('X', 'd')`, `{ X = 'd' } = process.env`). */
  hasFallback: boolean;
  /** Which syntax matched, e.g. `process.env.X`. */
  syntax: string;
}

const JS_EXT = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
const PY_EXT = /\.py$/i;

export function languageOf(path: string): Language | undefined {
  if (JS_EXT.test(path)) return 'js';
  if (PY_EXT.test(path)) return 'python';
  return undefined;
}

const ID = '[A-Za-z_$][\\w$]*';
const STR = `(['"\`])([A-Za-z_][\\w.-]*)\\`; // quote, name; the pattern closes with \N below

interface Pattern {
  syntax: string;
  re: RegExp;
  /** Capture group holding the name. */
  group: number;
  /** Capture group that is set when the call passes a default (Python). */
  defaultGroup?: number;
  /** Tests presence only (`'X' in process.env`): counts as having a fallback. */
  presence?: boolean;
}

const JS_PATTERNS: Pattern[] = [
  { syntax: 'process.env.X', re: new RegExp(`\\bprocess\\.env(?:\\?\\.|\\.)(${ID})`, 'g'), group: 1 },
  { syntax: "process.env['X']", re: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, 'g'), group: 2 },
  { syntax: 'import.meta.env.X', re: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.|\\.)(${ID})`, 'g'), group: 1 },
  {
    syntax: "import.meta.env['X']",
    re: new RegExp(`\\bimport\\.meta\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, 'g'),
    group: 2,
  },
  { syntax: "Deno.env.get('X')", re: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${STR}1\\s*\\)`, 'g'), group: 2 },
  { syntax: 'Bun.env.X', re: new RegExp(`\\bBun\\.env(?:\\?\\.|\\.)(${ID})`, 'g'), group: 1 },
  { syntax: "Bun.env['X']", re: new RegExp(`\\bBun\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, 'g'), group: 2 },
  // A presence test: the code copes with the variable missing, like a read with a default.
  { syntax: "'X' in process.env", re: new RegExp(`${STR}1\\s+in\\s+process\\.env\\b`, 'g'), group: 2, presence: true },
];

const PY_PATTERNS: Pattern[] = [
  { syntax: "os.environ['X']", re: /(?<![\w.])(?:os\.)?environ\s*\[\s*(['"])([A-Za-z_][\w.-]*)\1\s*\]/g, group: 2 },
  {
    syntax: "os.environ.get('X')",
    re: /(?<![\w.])(?:os\.)?environ\.get\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
  },
  {
    syntax: "os.getenv('X')",
    re: /(?<![\w.])(?:os\.)?getenv\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
  },
];

/** `const { A, B: b, C = 'x', ...rest } = process.env` (also import.meta.env, Bun.env), across lines. */
const DESTRUCTURE = /\{([^{}]*)\}\s*=\s*(process\.env|import\.meta\.env|Bun\.env)\b(?!\s*[.[?])/g;
/** Object.prototype members reached through process.env are not variables. */
const NOT_VARS = new Set([
  'hasOwnProperty',
  'toString',
  'valueOf',
  'constructor',
  'propertyIsEnumerable',
  'isPrototypeOf',
]);
/**
 * `||`, `??` or a ternary right after the read: the code has its own default. A comparison or `&&` after
 * it, or `if (`, `!` / `!!` before it, is a guard: the code runs without the variable (a flag, a feature).
 */
const FALLBACK_AFTER = /^\s*(?:\)\s*)?(?:\|\||\?\?(?!=)|\?(?!\.))/;
/** JavaScript only: Python's `os.environ['X']` raises when the variable is missing, compared or not. */
const COMPARE_AFTER = /^\s*(?:\)\s*)?(?:[!=]==?|&&)/;
const GUARD_BEFORE = /(?:\bif\s*\(\s*!?|!!?|\bwhen\s*\(\s*)$/;
/** An assignment right after the read is a write, not a read. */
const WRITE_AFTER = /^\s*(?:=(?![=>])|\|\|=|\?\?=|&&=|\+=)/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], index: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo] + 1 };
}

/**
 * True when `index` sits in a comment or a plain string literal of its line: after `//` (not `://`),
 * on a `/* *\/` or `*` continuation line, after `#` in Python, or inside '...' / "..." (a message
 * that mentions `process.env.X` is not a read; a template literal `${process.env.X}` is). A
 * heuristic over one line: it can only hide reads, never invent them.
 */
function inCommentOrString(text: string, lineStart: number, index: number, lang: Language): boolean {
  const before = text.slice(lineStart, index);
  const head = before.trimStart();
  if (lang === 'js' && (head.startsWith('*') || head.startsWith('/*'))) return true;
  let quote = '';
  let template = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || (lang === 'js' && c === '`')) {
      quote = c;
      // A Python f-string interpolates like a JS template literal.
      template = c === '`' || (lang === 'python' && /[fF][rR]?$|[rR][fF]$/.test(before.slice(Math.max(0, i - 2), i)));
    } else if (lang === 'python' && c === '#') return true;
    else if (lang === 'js' && c === '/' && before[i + 1] === '/') return true;
  }
  // Inside a template literal or f-string the read is (almost always) in an interpolation: code.
  return quote !== '' && !template;
}

export function findReads(text: string, lang: Language): EnvRead[] {
  const starts = lineStarts(text);
  const out: EnvRead[] = [];
  const add = (name: string, index: number, hasFallback: boolean, syntax: string) => {
    const pos = position(starts, index);
    if (inCommentOrString(text, starts[pos.line - 1], index, lang)) return;
    out.push({ name, ...pos, hasFallback, syntax });
  };
  for (const p of lang === 'js' ? JS_PATTERNS : PY_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const name = m[p.group];
      if (NOT_VARS.has(name)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // `process.env.X = 1`, `delete process.env.X`, `os.environ['X'] = '1'`, `del os.environ['X']` are writes.
      if (WRITE_AFTER.test(after) || /\b(?:delete|del)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)))
        continue;
      const hasFallback =
        p.presence ||
        (p.defaultGroup !== undefined ? !!m[p.defaultGroup] : FALLBACK_AFTER.test(after)) ||
        (lang === 'js' &&
          (COMPARE_AFTER.test(after) || GUARD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))));
      add(name, m.index, hasFallback, p.syntax);
    }
  }
  const framework =
    lang === 'js'
      ? [...svelteKitReads(text), ...nestConfigReads(text)]
      : [...pythonLibraryReads(text), ...pydanticSettingsReads(text)];
  for (const r of framework) add(r.name, r.index, r.hasFallback, r.syntax);
  if (lang === 'js') {
    DESTRUCTURE.lastIndex = 0;
    for (let m = DESTRUCTURE.exec(text); m; m = DESTRUCTURE.exec(text)) {
      const body = m[1];
      const bodyStart = m.index + 1;
      let offset = 0;
      for (const item of body.split(',')) {
        const itemStart = bodyStart + offset;
        offset += item.length + 1;
        const im = /^(\s*)(['"]?)([A-Za-z_$][\w$]*)\2\s*(?::\s*[A-Za-z_$][\w$]*\s*)?(=)?/.exec(item);
        if (!im || item.trim().startsWith('...')) continue;
        add(im[3], itemStart + im[1].length + im[2].length, !!im[4], `const { X } = ${m[2]}`);
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

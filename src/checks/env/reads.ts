// Finds the environment variables code reads, with their line, by pattern. Only literal names count:
// `process.env[name]` with a computed name cannot be checked statically and is not reported.
import { nestConfigReads, pydanticSettingsReads, pythonLibraryReads, svelteKitReads } from './framework-reads.js';
import { FALLBACK_AFTER, jsGuard, WRITE_AFTER } from './read-context.js';

export type Language = 'js' | 'python' | 'go' | 'ruby';

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
  if (/\.go$/i.test(path)) return 'go';
  if (/\.rb$|(?:^|\/)(?:Rakefile|Gemfile)$/i.test(path)) return 'ruby';
  return undefined;
}

/** `//` comments (and `/* *\/`) or `#` comments. */
const hashComments = (lang: Language) => lang === 'python' || lang === 'ruby';

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
  /** Python `.get`/`getenv`, Ruby `ENV[]`: a fallback too when the value is tested where it is read. */
  tested?: boolean;
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

// `.get` and `getenv` return None when missing: optional with a default, or where the value is tested
// (`if os.getenv('X')`, `bool(...)`, `... or 'd'`, `== '1'`); `os.environ['X']` raises either way.
const PY_PATTERNS: Pattern[] = [
  { syntax: "os.environ['X']", re: /(?<![\w.])(?:os\.)?environ\s*\[\s*(['"])([A-Za-z_][\w.-]*)\1\s*\]/g, group: 2 },
  {
    syntax: "os.environ.get('X')",
    re: /(?<![\w.])(?:os\.)?environ\.get\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
    tested: true,
  },
  {
    syntax: "os.getenv('X')",
    re: /(?<![\w.])(?:os\.)?getenv\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
    tested: true,
  },
];

// Go: `os.Getenv` gives "" for a missing variable, which code rarely checks; `os.LookupEnv` tests presence.
const GO_PATTERNS: Pattern[] = [
  { syntax: 'os.Getenv("X")', re: /\bos\.Getenv\(\s*(["`])([A-Za-z_][\w.-]*)\1\s*\)/g, group: 2 },
  { syntax: 'os.LookupEnv("X")', re: /\bos\.LookupEnv\(\s*(["`])([A-Za-z_][\w.-]*)\1\s*\)/g, group: 2, presence: true },
];

// Ruby: `ENV.fetch('X')` raises when missing; `ENV['X']` is nil (a default after `||` counts as one);
// `ENV.fetch('X', d)` / `ENV.fetch('X') { d }` and `ENV.key?('X')` cope with absence.
const RUBY_PATTERNS: Pattern[] = [
  { syntax: "ENV['X']", re: /(?<![\w.:])ENV\[\s*(['"])([A-Za-z_][\w.-]*)\1\s*\]/g, group: 2, tested: true },
  {
    syntax: "ENV.fetch('X')",
    re: /(?<![\w.:])ENV\.fetch\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,|\)\s*\{|\)\s*do\b)?/g,
    group: 2,
    defaultGroup: 3,
  },
  {
    syntax: "ENV.key?('X')",
    re: /(?<![\w.:])ENV\.(?:key|has_key|include)\?\(\s*(['"])([A-Za-z_][\w.-]*)\1/g,
    group: 2,
    presence: true,
  },
];

const PATTERNS: Record<Language, Pattern[]> = {
  js: JS_PATTERNS,
  python: PY_PATTERNS,
  go: GO_PATTERNS,
  ruby: RUBY_PATTERNS,
};

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
 * Python `.get`/`getenv` and Ruby `ENV['X']` give None/nil when missing; the read is optional where its
 * value is tested: `if os.getenv('X')`, `bool(…)`, `… or 'd'`, `… == '1'`, `ENV['X'].present?`,
 * `unless ENV['X']`, `x = ENV['X'] if …`.
 */
function valueTested(text: string, index: number, length: number, lang: Language): boolean {
  const end = lang === 'python' ? text.indexOf(')', index + length) + 1 : index + length;
  const after = end <= 0 ? '' : text.slice(end, end + 24);
  const before = text.slice(Math.max(0, index - 12), index);
  if (lang === 'python')
    return (
      /^\s*(?:or\b|and\b|==|!=|is\b|in\b|not\s+in\b)/.test(after) ||
      /(?:\b(?:if|elif|not|and|or)\s+|\bbool\(\s*)$/.test(before)
    );
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  return (
    /^\s*(?:\.(?:present|blank|nil|empty)\?|==|!=|=~|&&|\|\||\band\b|\bor\b|\?\s)/.test(after) ||
    /(?:\b(?:if|unless|elsif|and|or|not)\s+|!|&&\s*|\|\|\s*)$/.test(before) ||
    /\s(?:if|unless)\s/.test(rest)
  );
}

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
  if (!hashComments(lang) && (head.startsWith('*') || head.startsWith('/*'))) return true;
  let quote = '';
  let template = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || (c === "'" && lang !== 'go') || ((lang === 'js' || lang === 'go') && c === '`')) {
      quote = c;
      // A Python f-string interpolates like a JS template literal.
      // Go's raw strings are plain; Ruby interpolates "#{...}" in double quotes.
      template =
        (c === '`' && lang === 'js') ||
        (lang === 'ruby' && c === '"') ||
        (lang === 'python' && /[fF][rR]?$|[rR][fF]$/.test(before.slice(Math.max(0, i - 2), i)));
    } else if (hashComments(lang) && c === '#' && !(lang === 'ruby' && before[i + 1] === '{')) return true;
    else if (!hashComments(lang) && c === '/' && before[i + 1] === '/') return true;
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
  for (const p of PATTERNS[lang]) {
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
        (p.defaultGroup !== undefined && !!m[p.defaultGroup]) ||
        (p.tested && valueTested(text, m.index, m[0].length, lang)) ||
        (lang === 'js' && (FALLBACK_AFTER.test(after) || jsGuard(text, m.index, after)));
      add(name, m.index, hasFallback, p.syntax);
    }
  }
  const framework =
    lang === 'js'
      ? [...svelteKitReads(text), ...nestConfigReads(text)]
      : lang === 'python'
        ? [...pythonLibraryReads(text), ...pydanticSettingsReads(text)]
        : [];
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

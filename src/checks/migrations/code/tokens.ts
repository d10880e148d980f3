// Tokens of Python and Ruby migration files: enough of each language's lexical rules (strings of
// every quoting, heredocs, symbols, comments) to read the calls a migration makes, with exact lines.

export type TokenKind = 'name' | 'str' | 'num' | 'sym' | 'op' | 'nl';

export interface Token {
  kind: TokenKind;
  /** Names and operators as written; the decoded content of strings and symbols. */
  value: string;
  line: number;
  /** Column of the first character (indentation of a statement is the column of its first token). */
  col: number;
  /** A string with interpolation (Python f-string, Ruby "#{…}"): its value is not a constant. */
  interpolated?: boolean;
  /** Whitespace came right before this token (Ruby tells `a :b` from `a: b` and `a ? b : c` by it). */
  spaced?: boolean;
}

export type Lang = 'python' | 'ruby';

const OPS = ['**', '->', '=>', '==', '!=', '<=', '>=', '::', '&&', '||', '<<', '+=', '-='];
const NAME = /[A-Za-z_][\w]*[?!]?/y;
const PY_NAME = /[A-Za-z_]\w*/y;
const NUM = /\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** Python's `textwrap.dedent` / Ruby's `<<~`: the common leading whitespace removed. */
function dedent(s: string): string {
  const lines = s.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const n = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(n)).join('\n');
}

/** Ruby `#{' '}` (a literal interpolated, e.g. to keep trailing spaces past a linter) is just its text. */
const constantInterpolation = (s: string): string =>
  s.replace(
    /#\{\s*(?:'([^'\\]*)'|"([^"\\#]*)")\s*\}/g,
    (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '',
  );

export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  /** Ruby heredoc bodies start on the line after their marker: where to jump at the next newline. */
  const heredocs: { id: string; squiggly: boolean; raw: boolean; token: Token }[] = [];
  let spaced = true;
  const push = (t: Omit<Token, 'col' | 'spaced'>, start: number) => {
    out.push({ ...t, col: start - lineStart, spaced });
    spaced = false;
  };
  const countLines = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (text[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      push({ kind: 'nl', value: '\n', line }, i);
      i++;
      line++;
      lineStart = i;
      spaced = true;
      // Heredoc bodies follow their marker's line, in order.
      while (heredocs.length) {
        const h = heredocs.shift()!;
        const start = i;
        const term = new RegExp(`^[ \\t]*${h.id}[ \\t]*$`);
        let body = '';
        while (i < text.length) {
          const nl = text.indexOf('\n', i);
          const l = text.slice(i, nl < 0 ? text.length : nl);
          i = nl < 0 ? text.length : nl + 1;
          if (term.test(l)) break;
          body += `${l}\n`;
        }
        const content = h.raw ? body : constantInterpolation(body);
        h.token.value = h.squiggly ? dedent(content) : content;
        if (!h.raw && /#\{/.test(content)) h.token.interpolated = true;
        countLines(start, i);
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      spaced = true;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      line++;
      lineStart = i;
      spaced = true;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    // Ruby =begin … =end block comments.
    if (lang === 'ruby' && c === '=' && text.startsWith('=begin', i) && i === lineStart) {
      const end = text.indexOf('\n=end', i);
      const stop = end < 0 ? text.length : text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
      countLines(i, stop);
      i = stop;
      continue;
    }
    const start = i;
    // Strings, with Python's prefixes.
    let prefix = '';
    if (lang === 'python') {
      const m = /[rRbBuUfF]{1,2}(?=['"])/y;
      m.lastIndex = i;
      const pm = m.exec(text);
      if (pm) prefix = pm[0].toLowerCase();
    }
    const q = text[i + prefix.length];
    if (q === '"' || q === "'" || (lang === 'ruby' && q === '`')) {
      let j = i + prefix.length;
      const triple = lang === 'python' && text.startsWith(q.repeat(3), j);
      const close = triple ? q.repeat(3) : q;
      j += close.length;
      let value = '';
      const raw = prefix.includes('r');
      while (j < text.length && !text.startsWith(close, j)) {
        if (text[j] === '\\' && !raw && j + 1 < text.length) {
          const e = text[j + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' ? '' : e;
          j += 2;
          continue;
        }
        if (!triple && text[j] === '\n') break;
        value += text[j++];
      }
      j += close.length;
      if (lang === 'ruby' && q !== "'") value = constantInterpolation(value);
      const interpolated = prefix.includes('f') || (lang === 'ruby' && q !== "'" && /#\{/.test(value));
      push({ kind: 'str', value, line, interpolated: interpolated || undefined }, start);
      countLines(start, Math.min(j, text.length));
      i = j;
      continue;
    }
    if (lang === 'ruby') {
      // Heredoc: <<~SQL, <<-SQL, <<SQL, <<~'SQL' (the body is read at the end of this line).
      const hd = /<<([~-]?)(['"]?)([A-Z_][A-Z_0-9]*)\2/y;
      hd.lastIndex = i;
      const hm = hd.exec(text);
      if (hm && (spaced || /[(,]/.test(text[i - 1] ?? ''))) {
        push({ kind: 'str', value: '', line }, start);
        heredocs.push({ id: hm[3], squiggly: hm[1] === '~', raw: hm[2] === "'", token: out[out.length - 1] });
        i += hm[0].length;
        continue;
      }
      // %w[a b] / %i[a b]: a list of words or symbols.
      const pw = /%([wWiI])([[({<])/y;
      pw.lastIndex = i;
      const wm = pw.exec(text);
      if (wm) {
        const closer = { '[': ']', '(': ')', '{': '}', '<': '>' }[wm[2]]!;
        const end = text.indexOf(closer, i + 3);
        const words = text.slice(i + 3, end < 0 ? text.length : end).trim();
        push({ kind: 'op', value: '[', line }, start);
        for (const w of words ? words.split(/\s+/) : []) {
          push({ kind: /[iI]/.test(wm[1]) ? 'sym' : 'str', value: w, line }, start);
          push({ kind: 'op', value: ',', line }, start);
        }
        push({ kind: 'op', value: ']', line }, start);
        const stop = end < 0 ? text.length : end + 1;
        countLines(i, stop);
        i = stop;
        continue;
      }
      // Symbols: :name, :"quoted" (not `a ? b : c`, not `A::B`, not the colon of `key: v`).
      if (c === ':' && text[i + 1] !== ':' && text[i - 1] !== ':') {
        const sm = /:([A-Za-z_]\w*[?!=]?)/y;
        sm.lastIndex = i;
        const m = sm.exec(text);
        if (m && (spaced || /[([,{|=>]/.test(text[i - 1] ?? ''))) {
          push({ kind: 'sym', value: m[1], line }, start);
          i += m[0].length;
          continue;
        }
        if (text[i + 1] === '"' || text[i + 1] === "'") {
          const end = text.indexOf(text[i + 1], i + 2);
          push({ kind: 'sym', value: text.slice(i + 2, end), line }, start);
          i = end + 1;
          continue;
        }
      }
    }
    const nameRe = lang === 'ruby' ? NAME : PY_NAME;
    nameRe.lastIndex = i;
    const nm = nameRe.exec(text);
    if (nm) {
      push({ kind: 'name', value: nm[0], line }, start);
      i += nm[0].length;
      continue;
    }
    NUM.lastIndex = i;
    const num = NUM.exec(text);
    if (num) {
      push({ kind: 'num', value: num[0].replace(/_/g, ''), line }, start);
      i += num[0].length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i)) ?? c;
    push({ kind: 'op', value: op, line }, start);
    i += op.length;
  }
  out.push({ kind: 'nl', value: '\n', line, col: 0 });
  return out;
}

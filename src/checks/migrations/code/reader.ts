// Reads the call forms of Python and Ruby migrations into values: calls with positional and keyword
// arguments, strings, symbols, lists, dicts and blocks. Anything else (operators, comprehensions,
// lambdas' bodies) becomes an opaque value, so an unusual line never stops the reading of the file.
import { tokenize, type Lang, type Token } from './tokens.js';

export type Value =
  | { k: 'str'; v: string; line: number; interpolated?: boolean }
  | { k: 'num'; v: string; line: number }
  | { k: 'name'; v: string; line: number; recv?: Call }
  | { k: 'sym'; v: string; line: number }
  | { k: 'list'; items: Value[]; line: number }
  | { k: 'dict'; entries: { key: Value; value: Value }[]; line: number }
  | Call
  | { k: 'lambda'; body?: Value; line: number }
  | { k: 'other'; line: number };

export interface Call {
  k: 'call';
  /** Dotted callee as written: `migrations.AddField`, `op.add_column`, `add_index`, `t.string`. */
  fn: string;
  args: Value[];
  kw: Record<string, Value>;
  line: number;
  /** Ruby `do |t| … end` / `{ |t| … }` block, and Python `with` bodies. */
  block?: Stmt[];
  params?: string[];
  /** The call this one is made on: `apps.get_model("a", "B").objects.update()` keeps `get_model(...)`. */
  recv?: Call;
}

/** A statement: a call, a `def`, a `with` block (Python), or an assignment. */
export type Stmt =
  | { k: 'expr'; value: Value; line: number; indent: number }
  | { k: 'def'; name: string; body: Stmt[]; line: number }
  | { k: 'assign'; target: string; value: Value; line: number; indent: number }
  | { k: 'with'; ctx: Value; alias?: string; body: Stmt[]; line: number };

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

class Cursor {
  i = 0;
  constructor(readonly t: Token[]) {}
  get cur(): Token {
    return this.t[Math.min(this.i, this.t.length - 1)];
  }
  peek(n = 1): Token {
    return this.t[Math.min(this.i + n, this.t.length - 1)];
  }
  get done(): boolean {
    return this.i >= this.t.length - 1;
  }
  is(value: string, kind: Token['kind'] = 'op'): boolean {
    return this.cur.kind === kind && this.cur.value === value;
  }
  eat(value: string, kind: Token['kind'] = 'op'): boolean {
    if (!this.is(value, kind)) return false;
    this.i++;
    return true;
  }
  skipNl(): void {
    while (this.cur.kind === 'nl' && !this.done) this.i++;
  }
  /** Skips a balanced bracket group starting at the current opener. */
  skipGroup(): void {
    const stack: string[] = [];
    do {
      const v = this.cur;
      if (v.kind === 'op' && CLOSERS[v.value]) stack.push(CLOSERS[v.value]);
      else if (v.kind === 'op' && v.value === stack[stack.length - 1]) stack.pop();
      this.i++;
    } while (stack.length && !this.done);
  }
}

const other = (line: number): Value => ({ k: 'other', line });

/** A string's constant text (implicitly concatenated literals were joined by the reader). */
export const strOf = (v: Value | undefined): string | undefined =>
  v && (v.k === 'str' || v.k === 'sym') && !(v.k === 'str' && v.interpolated) ? v.v : undefined;
export const nameOf = (v: Value | undefined): string | undefined => (v?.k === 'name' ? v.v : undefined);
/**
 * A call, optionally to one of the named callees. The guard's type is branded so that a false answer for
 * one name does not tell TypeScript the value is no call at all.
 */
export const isCall = (v: Value | undefined, ...names: RegExp[]): v is Call & { readonly named: true } =>
  v?.k === 'call' && (!names.length || names.some((n) => n.test(v.fn)));
/** `True`/`true`, `False`/`false`, `None`/`nil` as booleans (undefined for anything else). */
export function boolOf(v: Value | undefined): boolean | undefined {
  const n = nameOf(v);
  if (n === 'True' || n === 'true') return true;
  if (n === 'False' || n === 'false') return false;
  return undefined;
}
/** `models.CharField` -> `CharField`. */
export const lastName = (fn: string): string => fn.slice(fn.lastIndexOf('.') + 1);
export const numOf = (v: Value | undefined): number | undefined => (v?.k === 'num' ? Number(v.v) : undefined);
export const isNull = (v: Value | undefined): boolean => nameOf(v) === 'None' || nameOf(v) === 'nil';

// ---------------------------------------------------------------------------------------------------
// Expressions (shared): primaries, attribute chains, calls, subscripts, lists, dicts.

class ExprReader {
  /** Open brackets around the reader's position: newlines inside them do not end anything. */
  depth = 0;
  constructor(
    readonly c: Cursor,
    readonly lang: Lang,
  ) {}

  /** An expression up to a `,`, a closer, a newline at depth 0, or a keyword that ends it. */
  expr(stopAt: Set<string> = new Set()): Value {
    const first = this.unary();
    let v = first;
    // Binary operators, ternaries, comparisons: the value is no longer a constant.
    for (;;) {
      const t = this.c.cur;
      if (t.kind === 'nl' || this.c.done) break;
      if (t.kind === 'op' && (t.value === ',' || t.value === ')' || t.value === ']' || t.value === '}')) break;
      if (t.kind === 'op' && (t.value === ':' || t.value === '=' || t.value === '=>')) break;
      if (t.kind === 'name' && stopAt.has(t.value)) break;
      if (t.kind === 'name' && (t.value === 'do' || t.value === 'as')) break;
      if (this.lang === 'ruby' && t.kind === 'name' && (t.value === 'if' || t.value === 'unless')) break;
      if (this.lang === 'python' && t.kind === 'name' && t.value === 'for') {
        // A comprehension: skip to the end of the enclosing group.
        while (!this.c.done && !(this.c.cur.kind === 'op' && /^[)\]}]$/.test(this.c.cur.value))) this.c.i++;
        return other(first.line);
      }
      this.c.i++;
      v = other(first.line);
      if (this.c.cur.kind === 'nl') break;
      this.unary();
    }
    return v;
  }

  private unary(): Value {
    const t = this.c.cur;
    if (
      t.kind === 'op' &&
      (t.value === '-' || t.value === '+' || t.value === '!' || t.value === '~' || t.value === '*' || t.value === '**')
    ) {
      this.c.i++;
      const v = this.unary();
      return t.value === '-' && v.k === 'num'
        ? { ...v, v: `-${v.v}` }
        : t.value === '*' || t.value === '**'
          ? v
          : other(t.line);
    }
    if (t.kind === 'name' && (t.value === 'not' || t.value === 'lambda')) {
      this.c.i++;
      if (t.value === 'lambda') {
        while (!this.c.done && !this.c.is(':')) this.c.i++;
        this.c.i++;
      }
      this.expr();
      return other(t.line);
    }
    return this.postfix(this.primary());
  }

  private primary(): Value {
    const c = this.c;
    const t = c.cur;
    if (t.kind === 'str') {
      c.i++;
      let v = t.value;
      let interpolated = !!t.interpolated;
      // Implicit concatenation ('a' 'b'), across lines inside brackets.
      for (;;) {
        if (this.depth > 0) {
          let j = 0;
          while (c.peek(j).kind === 'nl' && c.i + j < c.t.length - 1) j++;
          if (j && c.peek(j).kind === 'str') c.i += j;
        }
        if (c.cur.kind !== 'str') break;
        v += c.cur.value;
        interpolated ||= !!c.cur.interpolated;
        c.i++;
      }
      return { k: 'str', v, line: t.line, interpolated: interpolated || undefined };
    }
    if (t.kind === 'num') {
      c.i++;
      return { k: 'num', v: t.value, line: t.line };
    }
    if (t.kind === 'sym') {
      c.i++;
      return { k: 'sym', v: t.value, line: t.line };
    }
    if (t.kind === 'name') {
      c.i++;
      return { k: 'name', v: t.value, line: t.line };
    }
    if (t.kind === 'op' && t.value === '->') {
      // Ruby lambda `-> { "sql" }`.
      c.i++;
      if (c.is('(')) c.skipGroup();
      if (c.eat('{')) {
        c.skipNl();
        const body = c.is('}') ? undefined : this.expr();
        while (!c.done && !c.is('}')) c.i++;
        c.eat('}');
        return { k: 'lambda', body, line: t.line };
      }
      return other(t.line);
    }
    if (t.kind === 'op' && (t.value === '(' || t.value === '[')) {
      c.i++;
      const items = this.items(CLOSERS[t.value]);
      // `(x)` is x; `(a, b)` and `[a, b]` are lists.
      if (t.value === '(' && items.length === 1 && !items.trailingComma) return items[0];
      return { k: 'list', items: [...items], line: t.line };
    }
    if (t.kind === 'op' && t.value === '{') {
      c.i++;
      return this.dict(t.line);
    }
    // A newline ends the statement: never swallow it.
    if (t.kind !== 'nl') c.i++;
    return other(t.line);
  }

  /** Comma-separated values up to `closer` (newlines inside brackets are not statement ends). */
  private items(closer: string): Value[] & { trailingComma?: boolean } {
    this.depth++;
    try {
      return this.itemsIn(closer);
    } finally {
      this.depth--;
    }
  }

  private itemsIn(closer: string): Value[] & { trailingComma?: boolean } {
    const c = this.c;
    const out: Value[] & { trailingComma?: boolean } = [];
    for (;;) {
      c.skipNl();
      if (c.done || c.eat(closer)) return out;
      const v = this.expr();
      out.push(v);
      c.skipNl();
      if (c.eat(',')) {
        out.trailingComma = true;
        continue;
      }
      out.trailingComma = false;
      if (c.eat(closer)) return out;
      // Something unexpected: skip it and go on.
      if (!c.done) c.i++;
    }
  }

  private dict(line: number): Value {
    this.depth++;
    try {
      return this.dictIn(line);
    } finally {
      this.depth--;
    }
  }

  private dictIn(line: number): Value {
    const c = this.c;
    const entries: { key: Value; value: Value }[] = [];
    let isSet = false;
    for (;;) {
      c.skipNl();
      if (c.done || c.eat('}')) break;
      if (c.eat('**')) {
        this.expr();
      } else {
        const label = this.label();
        const key = label ?? this.expr();
        c.skipNl();
        if (label || c.eat(':') || c.eat('=>')) {
          c.skipNl();
          entries.push({ key, value: this.expr() });
        } else {
          isSet = true;
          entries.push({ key, value: key });
        }
      }
      c.skipNl();
      if (c.eat(',')) continue;
      if (c.eat('}')) break;
      if (!c.done) c.i++;
    }
    return isSet ? { k: 'list', items: entries.map((e) => e.key), line } : { k: 'dict', entries, line };
  }

  /** Ruby `key: value` label (a name directly followed by `:`), as a symbol key. */
  label(): Value | undefined {
    const c = this.c;
    if (this.lang !== 'ruby') return undefined;
    if (
      (c.cur.kind === 'name' || c.cur.kind === 'str') &&
      c.peek().kind === 'op' &&
      c.peek().value === ':' &&
      !c.peek().spaced
    ) {
      const t = c.cur;
      c.i += 2;
      return { k: 'sym', v: t.value, line: t.line };
    }
    return undefined;
  }

  private postfix(v: Value): Value {
    const c = this.c;
    for (;;) {
      if ((c.is('.') || c.is('::') || c.is('&.')) && c.peek().kind === 'name') {
        const name = c.peek().value;
        c.i += 2;
        v =
          v.k === 'name'
            ? { k: 'name', v: `${v.v}.${name}`, line: v.line, recv: v.recv }
            : v.k === 'call'
              ? { k: 'name', v: `${v.fn}().${name}`, line: v.line, recv: v }
              : other(v.line);
        continue;
      }
      if (c.is('(') && !c.cur.spaced && (v.k === 'name' || v.k === 'call')) {
        c.i++;
        const recv = v.k === 'name' ? v.recv : v;
        v = this.args(v.k === 'name' ? v.v : `${v.fn}()`, v.line, ')');
        if (recv) v.recv = recv;
        continue;
      }
      if (c.is('[') && !c.cur.spaced && v.k !== 'other') {
        c.skipGroup();
        v = other(v.line);
        continue;
      }
      return v;
    }
  }

  /** Arguments up to `closer` (or, for Ruby calls without parentheses, to the end of the line). */
  args(fn: string, line: number, closer: string | undefined): Call {
    if (closer) this.depth++;
    try {
      return this.argsIn(fn, line, closer);
    } finally {
      if (closer) this.depth--;
    }
  }

  private argsIn(fn: string, line: number, closer: string | undefined): Call {
    const c = this.c;
    const call: Call = { k: 'call', fn, args: [], kw: {}, line };
    for (;;) {
      if (closer) c.skipNl();
      if (c.done) return call;
      if (closer && c.eat(closer)) return call;
      if (
        !closer &&
        (c.cur.kind === 'nl' || (c.cur.kind === 'name' && /^(do|if|unless|end)$/.test(c.cur.value)) || c.is('}'))
      )
        return call;
      if (!closer && c.is('{')) return call;
      const lab = this.label();
      if (lab) {
        c.skipNl();
        call.kw[strOf(lab)!] = this.expr();
      } else if (this.lang === 'python' && c.cur.kind === 'name' && c.peek().kind === 'op' && c.peek().value === '=') {
        const k = c.cur.value;
        c.i += 2;
        call.kw[k] = this.expr();
      } else {
        const v = this.expr();
        if (c.eat('=>')) {
          c.skipNl();
          const val = this.expr();
          const k = strOf(v);
          if (k !== undefined) call.kw[k] = val;
        } else call.args.push(v);
      }
      if (closer) c.skipNl();
      if (c.eat(',')) {
        if (!closer) c.skipNl();
        continue;
      }
      if (closer && c.eat(closer)) return call;
      if (!closer) return call;
      if (!c.done) c.i++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Python: statements by indentation (def, with, assignments, expression statements).

export function readPython(text: string): Stmt[] {
  const c = new Cursor(tokenize(text, 'python'));
  const x = new ExprReader(c, 'python');
  return pyBlock(c, x, -1);
}

function pyBlock(c: Cursor, x: ExprReader, parentIndent: number): Stmt[] {
  const out: Stmt[] = [];
  let indent = -1;
  for (;;) {
    c.skipNl();
    if (c.done) return out;
    const t = c.cur;
    if (t.col <= parentIndent) return out;
    if (indent < 0) indent = t.col;
    if (t.col < indent) return out;
    if (t.kind === 'name' && (t.value === 'def' || t.value === 'class')) {
      const name = c.peek().value;
      // Skip the signature up to the colon that opens the body (`def downgrade(): pass` has it on one line).
      while (!c.done && !c.is(':')) {
        if (c.cur.kind === 'op' && CLOSERS[c.cur.value]) c.skipGroup();
        else c.i++;
      }
      c.i++;
      const oneLine = c.cur.kind !== 'nl';
      if (oneLine) skipLine(c);
      const body = oneLine ? [] : pyBlock(c, x, t.col);
      out.push(
        t.value === 'def'
          ? { k: 'def', name, body, line: t.line }
          : { k: 'def', name: `class ${name}`, body, line: t.line },
      );
      continue;
    }
    if (t.kind === 'name' && (t.value === 'with' || t.value === 'async')) {
      if (t.value === 'async') c.i++;
      c.i++;
      const ctx = x.expr(new Set(['as']));
      let alias: string | undefined;
      if (c.eat('as', 'name')) alias = c.cur.value;
      while (!c.done && !(c.is(':') && c.peek().kind === 'nl')) c.i++;
      c.i++;
      out.push({ k: 'with', ctx, alias, body: pyBlock(c, x, t.col), line: t.line });
      continue;
    }
    if (t.kind === 'name' && /^(if|elif|else|for|while|try|except|finally)$/.test(t.value)) {
      // Compound statements: their bodies are read as if they ran (a guarded operation still runs in production).
      while (!c.done && !(c.is(':') && c.peek().kind === 'nl')) {
        if (c.cur.kind === 'op' && CLOSERS[c.cur.value]) c.skipGroup();
        else c.i++;
      }
      c.i++;
      out.push(...pyBlock(c, x, t.col));
      continue;
    }
    const value = x.expr();
    if (c.is('=') || c.is(':')) {
      // `name = value` and `name: type = value`.
      if (c.eat(':')) x.expr();
      if (c.eat('=')) {
        const rhs = x.expr();
        out.push({ k: 'assign', target: nameOf(value) ?? '', value: rhs, line: t.line, indent: t.col });
      }
    } else out.push({ k: 'expr', value, line: t.line, indent: t.col });
    // Whatever is left of the line.
    while (!c.done && c.cur.kind !== 'nl') {
      if (c.cur.kind === 'op' && CLOSERS[c.cur.value]) c.skipGroup();
      else c.i++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Ruby: statements to `end`, calls with or without parentheses, blocks.

export function readRuby(text: string): Stmt[] {
  const c = new Cursor(tokenize(text, 'ruby'));
  const x = new ExprReader(c, 'ruby');
  return rbBlock(c, x, 'top');
}

const RB_OPENERS = /^(if|unless|while|until|case|begin|for)$/;

/** Statements until `end` (or `}` for brace blocks); `else`/`elsif`/`when`/`rescue`/`ensure` separate branches. */
function rbBlock(c: Cursor, x: ExprReader, until: 'end' | '}' | 'top'): Stmt[] {
  const out: Stmt[] = [];
  for (;;) {
    while (!c.done && (c.cur.kind === 'nl' || c.is(';'))) c.i++;
    if (c.done) return out;
    const t = c.cur;
    if (until === 'end' && c.eat('end', 'name')) return out;
    if (until === '}' && c.eat('}')) return out;
    if (t.kind === 'name' && /^(else|elsif|when|in|rescue|ensure|then)$/.test(t.value)) {
      skipLine(c);
      continue;
    }
    if (t.kind === 'name' && (t.value === 'def' || t.value === 'class' || t.value === 'module')) {
      c.i++;
      let name = c.cur.value;
      if (t.value === 'def' && c.cur.value === 'self' && c.peek().value === '.') {
        name = c.peek(2).value;
      }
      skipLine(c);
      out.push({
        k: 'def',
        name: t.value === 'def' ? name : `${t.value} ${name}`,
        body: rbBlock(c, x, 'end'),
        line: t.line,
      });
      continue;
    }
    if (t.kind === 'name' && RB_OPENERS.test(t.value)) {
      skipLine(c);
      out.push(...rbBlock(c, x, 'end'));
      continue;
    }
    out.push(...rbStatement(c, x));
  }
}

function skipLine(c: Cursor): void {
  while (!c.done && c.cur.kind !== 'nl') {
    if (c.cur.kind === 'op' && CLOSERS[c.cur.value]) c.skipGroup();
    else c.i++;
  }
}

function rbStatement(c: Cursor, x: ExprReader): Stmt[] {
  const t = c.cur;
  let value: Value;
  if (t.kind === 'name') {
    // A callee chain: `add_index`, `t.string`, `dir.up`, `ActiveRecord::Base.connection.execute`.
    let fn = t.value;
    c.i++;
    while ((c.is('.') || c.is('::') || c.is('&.')) && c.peek().kind === 'name' && !c.cur.spaced) {
      fn += `.${c.peek().value}`;
      c.i += 2;
    }
    if (c.is('=') && c.peek().value !== '=') {
      c.i++;
      const rhs = x.expr();
      skipModifier(c, x);
      return [{ k: 'assign', target: fn, value: rhs, line: t.line, indent: t.col }];
    }
    const paren = c.is('(') && !c.cur.spaced;
    if (paren) c.i++;
    const call = x.args(fn, t.line, paren ? ')' : undefined);
    value = call;
    // A block: `do |t| … end` or `{ |t| … }`.
    if (c.is('do', 'name') || c.is('{')) {
      const brace = c.is('{');
      c.i++;
      if (c.eat('|')) {
        call.params = [];
        while (!c.done && !c.eat('|')) {
          if (c.cur.kind === 'name') call.params.push(c.cur.value);
          c.i++;
        }
      }
      call.block = rbBlock(c, x, brace ? '}' : 'end');
    }
  } else value = x.expr();
  skipModifier(c, x);
  return [{ k: 'expr', value, line: t.line, indent: t.col }];
}

/** `stmt if cond` / `stmt unless cond`: the statement is kept (it runs wherever the guard holds). */
function skipModifier(c: Cursor, x: ExprReader): void {
  if (c.is('if', 'name') || c.is('unless', 'name') || c.is('while', 'name')) {
    c.i++;
    x.expr();
  }
  skipLine(c);
}

/** Every call in statements, depth first, with blocks and `with` bodies flattened after their call. */
export function* walkCalls(stmts: Stmt[]): Generator<Call> {
  for (const s of stmts) {
    if (s.k === 'expr' && s.value.k === 'call') {
      yield s.value;
      if (s.value.block) yield* walkCalls(s.value.block);
    } else if (s.k === 'def') yield* walkCalls(s.body);
    else if (s.k === 'with') yield* walkCalls(s.body);
  }
}

/**
 * Module-level string constants (`OLD_INDEX = "ix_x"`) substituted where they are used, in place: migrations
 * name their indexes and tables once at the top.
 */
export function resolveConstants(stmts: Stmt[]): Stmt[] {
  const consts = new Map<string, Value>();
  for (const s of stmts)
    if (
      s.k === 'assign' &&
      s.target &&
      (s.value.k === 'str' || s.value.k === 'num') &&
      !(s.value.k === 'str' && s.value.interpolated)
    )
      consts.set(s.target, s.value);
  if (!consts.size) return stmts;
  const sub = (v: Value): Value => {
    if (v.k === 'name' && consts.has(v.v)) return { ...consts.get(v.v)!, line: v.line } as Value;
    if (v.k === 'call') {
      v.args = v.args.map(sub);
      for (const k of Object.keys(v.kw)) v.kw[k] = sub(v.kw[k]);
      if (v.block) walk(v.block);
    } else if (v.k === 'list') v.items = v.items.map(sub);
    else if (v.k === 'dict') for (const e of v.entries) e.value = sub(e.value);
    return v;
  };
  const walk = (ss: Stmt[]) => {
    for (const s of ss) {
      if (s.k === 'expr' || s.k === 'assign') s.value = sub(s.value);
      else if (s.k === 'with') {
        s.ctx = sub(s.ctx);
        walk(s.body);
      } else walk(s.body);
    }
  };
  walk(stmts);
  return stmts;
}

/** Every value in statements, calls and their arguments included. */
export function* walkValues(stmts: Stmt[]): Generator<Value> {
  const visit = function* (v: Value): Generator<Value> {
    yield v;
    if (v.k === 'name' && v.recv) yield* visit(v.recv);
    if (v.k === 'call') {
      if (v.recv) yield* visit(v.recv);
      for (const a of v.args) yield* visit(a);
      for (const a of Object.values(v.kw)) yield* visit(a);
      if (v.block) yield* walkValues(v.block);
    } else if (v.k === 'list') for (const a of v.items) yield* visit(a);
    else if (v.k === 'dict') for (const e of v.entries) yield* visit(e.value);
  };
  for (const s of stmts) {
    if (s.k === 'expr' || s.k === 'assign') yield* visit(s.value);
    else if (s.k === 'def' || s.k === 'with') {
      if (s.k === 'with') yield* visit(s.ctx);
      yield* walkValues(s.body);
    }
  }
}

// Splits a PostgreSQL migration into statements with exact first lines, looking into DO blocks.
import type { PgStatement } from './model.js';
import { PgParseError, parsePlpgsql, parseSql, type Ast } from './pg/parser.js';

export interface ParsedFile {
  statements: PgStatement[];
  error?: { message: string; line: number };
  notes: string[];
}

/**
 * PostgreSQL's parse errors quote the source near the error (`at or near "…"`), which may be a
 * password in a migration: show at most its first 4 characters.
 */
export function quietParseMessage(message: string): string {
  return message.replace(/"((?:[^"]|"")*)"/g, (_m, token: string) =>
    token.length <= 4 ? `"${token}"` : `"${token.slice(0, 4)}…"`,
  );
}

/** Length of leading whitespace and comments (`--` and nested `/* *\/`). */
function leadingTrivia(s: string): number {
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (s.startsWith('--', i)) {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl + 1;
    } else if (s.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (s.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (s.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < s.length);
    } else return i;
  }
}

const countNl = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** Collapsed, lowercased text: the fingerprint survives reformatting and line moves. */
export const normalizeSql = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function doBody(stmt: Ast): { body: string; language: string } | undefined {
  let body: string | undefined;
  let language = 'plpgsql';
  for (const a of stmt.args ?? []) {
    const d = a.DefElem;
    if (d?.defname === 'as') body = d.arg?.String?.sval;
    if (d?.defname === 'language') language = String(d.arg?.String?.sval ?? '').toLowerCase();
  }
  return body === undefined ? undefined : { body, language };
}

/** SQL statements a PL/pgSQL block runs: static SQL and EXECUTE of a string literal. */
function plpgsqlQueries(tree: Ast, out: { query: string; lineno: number }[]): void {
  if (Array.isArray(tree)) return tree.forEach((t) => plpgsqlQueries(t, out));
  if (!tree || typeof tree !== 'object') return;
  for (const [k, v] of Object.entries(tree as Record<string, Ast>)) {
    if (k === 'PLpgSQL_stmt_execsql') out.push({ query: v.sqlstmt?.PLpgSQL_expr?.query ?? '', lineno: v.lineno ?? 1 });
    else if (k === 'PLpgSQL_stmt_dynexecute') {
      const q: string = v.query?.PLpgSQL_expr?.query ?? '';
      const lit = /^\s*(?:E)?'((?:[^']|'')*)'\s*$/s.exec(q);
      if (lit) out.push({ query: lit[1].replace(/''/g, "'"), lineno: v.lineno ?? 1 });
    } else plpgsqlQueries(v, out);
  }
}

function expandDo(stmt: PgStatement, notes: string[], path: string): PgStatement[] {
  const d = doBody(stmt.body);
  if (!d || d.language !== 'plpgsql') return [];
  const at = stmt.text.indexOf(d.body);
  const bodyLine = stmt.line + (at >= 0 ? countNl(stmt.text.slice(0, at)) : 0);
  let funcs: Ast[];
  try {
    funcs = parsePlpgsql(`CREATE FUNCTION lg_do() RETURNS void LANGUAGE plpgsql AS $lg_do$${d.body}$lg_do$`);
  } catch (e) {
    notes.push(
      `${path}:${stmt.line}: could not parse the DO block's PL/pgSQL (${quietParseMessage((e as Error).message)}); its body was not checked`,
    );
    return [];
  }
  const queries: { query: string; lineno: number }[] = [];
  plpgsqlQueries(funcs, queries);
  const out: PgStatement[] = [];
  for (const q of queries) {
    try {
      for (const r of parseSql(q.query)) {
        const kind = Object.keys(r.stmt)[0];
        out.push({
          node: r.stmt,
          kind,
          body: r.stmt[kind],
          line: bodyLine + q.lineno - 1,
          text: q.query.trim(),
          index: stmt.index,
          inDo: true,
        });
      }
    } catch {
      // PL/pgSQL expressions may use variables in places SQL does not allow; skip what does not parse.
    }
  }
  return out;
}

export function parseStatements(text: string, path = ''): ParsedFile {
  const notes: string[] = [];
  let raws;
  try {
    raws = parseSql(text);
  } catch (e) {
    if (!(e instanceof PgParseError)) throw e;
    // libpg_query's cursor counts characters, like PostgreSQL's error positions.
    const before = e.cursor === undefined ? '' : text.slice(0, e.cursor);
    const line = countNl(before) + 1;
    const column = before.length - before.lastIndexOf('\n');
    return {
      statements: [],
      error: { message: `${quietParseMessage(e.message)} (line ${line}, column ${column})`, line },
      notes,
    };
  }
  const bytes = Buffer.from(text, 'utf8');
  const statements: PgStatement[] = [];
  let lastByte = 0;
  let lastLine = 1;
  raws.forEach((r, index) => {
    const start = r.stmt_location ?? 0;
    const len = r.stmt_len || bytes.length - start;
    lastLine += countNl(bytes.subarray(lastByte, start).toString('utf8'));
    lastByte = start;
    const raw = bytes.subarray(start, start + len).toString('utf8');
    const skip = leadingTrivia(raw);
    const body = raw.slice(skip);
    const kind = Object.keys(r.stmt)[0];
    const s: PgStatement = {
      node: r.stmt,
      kind,
      body: r.stmt[kind],
      line: lastLine + countNl(raw.slice(0, skip)),
      text: body.trim(),
      index,
    };
    statements.push(s);
    if (kind === 'DoStmt') statements.push(...expandDo(s, notes, path));
  });
  return { statements, notes };
}

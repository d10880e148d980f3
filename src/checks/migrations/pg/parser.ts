// PostgreSQL's own parser (libpg-query's WebAssembly build) loaded from bytes embedded in the bundle.
// libpg-query's public entry point reads `libpg-query.wasm` from beside its own file at import time,
// which does not exist once the action is bundled into dist/, so we instantiate its Emscripten
// factory ourselves with the embedded bytes and call the exported C functions directly.
import { loadCatalog } from './catalog.js';
import { gunzipSync } from 'node:zlib';
import { WASM_GZIP_BASE64 } from './wasm-data.generated.js';

/** A libpg-query AST node: `{ NodeType: { ...fields } }` or a plain field object. */
export type Ast = any;

export interface RawStmt {
  stmt: Ast;
  /** Byte offset of the statement in the UTF-8 text. */
  stmt_location?: number;
  stmt_len?: number;
}

export class PgParseError extends Error {
  /** 0-based byte offset of the error in the UTF-8 text, when the parser gave one. */
  constructor(
    message: string,
    readonly cursor: number | undefined,
  ) {
    super(message);
    this.name = 'PgParseError';
  }
}

interface WasmModule {
  _malloc(n: number): number;
  _free(p: number): void;
  _wasm_parse_query_raw(p: number): number;
  _wasm_free_parse_result(p: number): void;
  _wasm_parse_plpgsql(p: number): number;
  _wasm_free_string(p: number): void;
  lengthBytesUTF8(s: string): number;
  stringToUTF8(s: string, p: number, n: number): void;
  UTF8ToString(p: number): string;
  getValue(p: number, type: string): number;
}

/** The WebAssembly global (Node has it; the project's TypeScript lib settings do not declare it). */
const wasmApi = (
  globalThis as unknown as { WebAssembly: { instantiate(b: Uint8Array, i: object): Promise<{ instance: unknown }> } }
).WebAssembly;

let loading: Promise<WasmModule> | undefined;
let mod: WasmModule | undefined;

async function instantiate(): Promise<WasmModule> {
  const bytes = gunzipSync(Buffer.from(WASM_GZIP_BASE64, 'base64'));
  const { default: factory } = await import('libpg-query/wasm/libpg-query.js');
  const g = globalThis as { __dirname?: string };
  // The factory's Node branch reads `__dirname` unguarded; an ESM bundle has none. It is only used to
  // locate the .wasm file, which we supply ourselves, so a placeholder during the synchronous start is enough.
  const shim = typeof g.__dirname === 'undefined';
  if (shim) g.__dirname = '.';
  try {
    const pending = factory({
      instantiateWasm(imports: object, done: (instance: unknown) => void) {
        wasmApi.instantiate(bytes, imports).then((r) => done(r.instance));
        return {};
      },
    });
    return (await pending) as WasmModule;
  } finally {
    if (shim) delete g.__dirname;
  }
}

/** Loads the parser once; later calls reuse it. */
export async function loadParser(): Promise<void> {
  mod ??= await (loading ??= instantiate());
  await loadCatalog();
}

function withString<T>(m: WasmModule, s: string, fn: (ptr: number) => T): T {
  const len = m.lengthBytesUTF8(s) + 1;
  const ptr = m._malloc(len);
  try {
    m.stringToUTF8(s, ptr, len);
    return fn(ptr);
  } finally {
    m._free(ptr);
  }
}

function loaded(): WasmModule {
  if (!mod) throw new Error('the PostgreSQL parser is not loaded (call loadParser first)');
  return mod;
}

/** Parses SQL text into raw statements; throws PgParseError on a syntax error. */
export function parseSql(sql: string): RawStmt[] {
  const m = loaded();
  return withString(m, sql, (ptr) => {
    const res = m._wasm_parse_query_raw(ptr);
    if (!res) throw new Error('the PostgreSQL parser ran out of memory');
    try {
      // struct { char *parse_tree; char *stderr_buffer; PgQueryError *error }
      const tree = m.getValue(res, 'i32');
      const err = m.getValue(res + 8, 'i32');
      if (err) {
        // struct PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos; }
        const msgPtr = m.getValue(err, 'i32');
        const cursor = m.getValue(err + 16, 'i32');
        throw new PgParseError(msgPtr ? m.UTF8ToString(msgPtr) : 'syntax error', cursor > 0 ? cursor - 1 : undefined);
      }
      if (!tree) return [];
      return (JSON.parse(m.UTF8ToString(tree)).stmts ?? []) as RawStmt[];
    } finally {
      m._wasm_free_parse_result(res);
    }
  });
}

/** Parses a PL/pgSQL function definition (`CREATE FUNCTION ... LANGUAGE plpgsql AS $$...$$`). */
export function parsePlpgsql(sql: string): Ast[] {
  const m = loaded();
  return withString(m, sql, (ptr) => {
    const res = m._wasm_parse_plpgsql(ptr);
    try {
      const text = res ? m.UTF8ToString(res) : '';
      if (!text.startsWith('[') && !text.startsWith('{'))
        throw new PgParseError(text || 'PL/pgSQL parse error', undefined);
      const v = JSON.parse(text);
      return Array.isArray(v) ? v : (v.plpgsql_funcs ?? [v]);
    } finally {
      if (res) m._wasm_free_string(res);
    }
  });
}

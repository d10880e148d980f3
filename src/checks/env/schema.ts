// Reads a typed env schema without executing it: t3-env `createEnv({ server, client })`, envalid
// `cleanEnv(process.env, {...})`, or a zod `z.object({...})` of env variables. One property per
// declaration, `NAME: validator`, possibly spread over lines; anything else is left alone.
import type { VarType } from './value-types.js';

export interface SchemaVar {
  name: string;
  line: number;
  type: VarType;
  values?: string[];
  optional: boolean;
}

const MARKERS = /\bcreateEnv\s*\(|\bcleanEnv\s*\(|\bz\.object\s*\(/;
/** `NAME: validator` at a line start or after `{` / `,` (`client: { NEXT_PUBLIC_URL: z.string() }`). */
const PROPERTY = /(?:^|(?<=[{,]))([ \t]*)['"]?([A-Z][A-Z0-9_]*)['"]?\s*:\s*/gm;
const ZOD = /^(?:z\.|\(?\s*process\.env\.\w+\s*===?|.*\?\s*z\.)/;
const ENVALID = /^(str|bool|num|port|url|host|email|json)\s*\(/;

/** The expression after `NAME:` up to the comma or brace that closes it at depth 0. */
function expressionAt(text: string, start: number): string {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if (c === ',' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

const literals = (s: string): string[] => [...s.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);

function zodType(name: string, e: string): Pick<SchemaVar, 'type' | 'values'> {
  const en = /z\.(?:enum|literal)\s*\(\s*\[?([^\])]*)/.exec(e);
  if (en) return { type: 'enum', values: literals(en[1]) };
  if (/\.url\s*\(|z\.url\s*\(|z\.httpUrl\s*\(/.test(e)) return { type: 'url' };
  if (/\.email\s*\(|z\.email\s*\(/.test(e)) return { type: 'email' };
  if (/z\.(?:coerce\.)?number\s*\(/.test(e))
    return { type: /(^|_)PORT$/.test(name) && /\.int\s*\(/.test(e) ? 'port' : 'number' };
  if (/z\.(?:coerce\.)?boolean\s*\(|z\.stringbool\s*\(/.test(e)) return { type: 'boolean' };
  return { type: 'string' };
}

/** Optional when every branch of a ternary (or the only branch) has a default or is optional. */
function zodOptional(e: string): boolean {
  const q = e.indexOf('?');
  const branches = q >= 0 && !e.startsWith('z.') ? e.slice(q + 1).split(/\s:\s/) : [e];
  return branches.every((b) => /\.(?:optional|default|nullish|catch)\s*\(/.test(b));
}

function envalidVar(kind: string, e: string): Pick<SchemaVar, 'type' | 'values' | 'optional'> {
  const choices = /choices\s*:\s*\[([^\]]*)\]/.exec(e);
  // `devDefault` only applies outside production: a deploy still needs the variable.
  const optional = /(?<![\w])default\s*:/.test(e);
  if (choices) return { type: 'enum', values: literals(choices[1]), optional };
  const map: Record<string, VarType> = {
    str: 'string',
    bool: 'boolean',
    num: 'number',
    port: 'port',
    url: 'url',
    host: 'string',
    email: 'email',
    json: 'string',
  };
  return { type: map[kind] ?? 'string', optional };
}

export function looksLikeEnvSchema(text: string): boolean {
  return MARKERS.test(text);
}

export function parseSchema(text: string): SchemaVar[] {
  if (!looksLikeEnvSchema(text)) return [];
  const out = new Map<string, SchemaVar>();
  PROPERTY.lastIndex = 0;
  for (let m = PROPERTY.exec(text); m; m = PROPERTY.exec(text)) {
    const name = m[2];
    const exprStart = m.index + m[0].length;
    const e = expressionAt(text, exprStart).trim();
    const line = text.slice(0, m.index + m[1].length).split('\n').length;
    const envalid = ENVALID.exec(e);
    if (envalid) out.set(name, { name, line, ...envalidVar(envalid[1], e) });
    else if (ZOD.test(e) && /\bz\./.test(e))
      out.set(name, { name, line, ...zodType(name, e), optional: zodOptional(e) });
  }
  return [...out.values()];
}

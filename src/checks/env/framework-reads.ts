// Env reads through framework APIs rather than process.env / os.environ: SvelteKit's `$env` modules,
// NestJS's ConfigService, pydantic BaseSettings fields, django-environ and python-decouple. Each pattern
// only fires in a file that imports the API, so a look-alike (`map.get('X')`) is not a read.
import { FALLBACK_AFTER, jsGuard, WRITE_AFTER } from './read-context.js';

export interface RawRead {
  name: string;
  index: number;
  hasFallback: boolean;
  syntax: string;
}

const ID = '[A-Za-z_$][\\w$]*';
/** Env names read through config APIs: upper-case, so namespaced keys (`database.host`) stay out. */
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** `{ A, B as b }` of an import clause: each imported name with its offset in the clause. */
function importItems(clause: string): { imported: string; local: string; offset: number }[] {
  const out: { imported: string; local: string; offset: number }[] = [];
  const re = new RegExp(`(${ID})(?:\\s+as\\s+(${ID}))?`, 'g');
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (m[1] === 'type') continue;
    out.push({ imported: m[1], local: m[2] ?? m[1], offset: m.index });
  }
  return out;
}

const SVELTE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])\$env\/(static|dynamic)\/(?:private|public)\2/g;

/** `import { X } from '$env/static/private'` reads X; `import { env } from '$env/dynamic/private'` then `env.X`. */
export function svelteKitReads(text: string): RawRead[] {
  if (!text.includes('$env/')) return [];
  const out: RawRead[] = [];
  const dynamicLocals: string[] = [];
  SVELTE_IMPORT.lastIndex = 0;
  for (let m = SVELTE_IMPORT.exec(text); m; m = SVELTE_IMPORT.exec(text)) {
    const clauseStart = m.index + m[0].indexOf('{') + 1;
    for (const item of importItems(m[1])) {
      if (m[3] === 'static') {
        out.push({ name: item.imported, index: clauseStart + item.offset, hasFallback: false, syntax: '$env/static' });
      } else if (item.imported === 'env') dynamicLocals.push(item.local);
    }
  }
  for (const local of dynamicLocals) {
    const re = new RegExp(
      `(?<![\\w$.])${local.replace('$', '\\$')}(?:\\?\\.|\\.)(${ID})|(?<![\\w$.])${local.replace('$', '\\$')}\\??\\.?\\[\\s*(['"\`])([A-Za-z_][\\w]*)\\2\\s*\\]`,
      'g',
    );
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (WRITE_AFTER.test(after)) continue;
      out.push({
        name: m[1] ?? m[3],
        index: m.index,
        hasFallback: FALLBACK_AFTER.test(after) || jsGuard(text, m.index, after),
        syntax: '$env/dynamic env.X',
      });
    }
  }
  return out;
}

const NEST_GET = new RegExp(
  `(?<![\\w$])(?:this\\.)?(${ID})\\s*\\??\\.\\s*(get|getOrThrow)\\s*(?:<[^>()]*>)?\\(\\s*(['"\`])([^'"\`]+)\\3\\s*(,)?`,
  'g',
);

/** `config.get('X')`, `this.configService.getOrThrow<string>('X')` in a file that uses @nestjs/config. */
export function nestConfigReads(text: string): RawRead[] {
  if (!text.includes('ConfigService')) return [];
  const out: RawRead[] = [];
  NEST_GET.lastIndex = 0;
  for (let m = NEST_GET.exec(text); m; m = NEST_GET.exec(text)) {
    if (!/config/i.test(m[1]) || !ENV_NAME.test(m[4])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // A second argument is a default, unless it is only the options bag (`{ infer: true }`).
    const hasFallback = m[2] === 'get' && !!m[5] && !/^\s*\{\s*infer\b/.test(after);
    out.push({ name: m[4], index: m.index, hasFallback, syntax: `ConfigService.${m[2]}('X')` });
  }
  return out;
}

const DJANGO_ENVIRON =
  /(?<![\w.])(\w+)(?:\.(?:str|bool|int|float|list|tuple|dict|json|url|db_url|db|cache_url|cache|email_url|email|search_url|path))?\(\s*(['"])([A-Z][A-Z0-9_]*)\2\s*(,)?/g;

/** django-environ (`env = environ.Env()`, `env('X')`, `env.bool('X', default=False)`) and decouple's `config('X')`. */
export function pythonLibraryReads(text: string): RawRead[] {
  const callers = new Set<string>();
  for (const m of text.matchAll(/^\s*(\w+)\s*=\s*environ\.Env\(/gm)) callers.add(m[1]);
  for (const m of text.matchAll(/^\s*from\s+decouple\s+import\s+([^\n]+)/gm)) {
    for (const item of m[1].split(',')) {
      const im = /^\s*\(?\s*(config)(?:\s+as\s+(\w+))?/.exec(item);
      if (im) callers.add(im[2] ?? im[1]);
    }
  }
  if (!callers.size) return [];
  const out: RawRead[] = [];
  DJANGO_ENVIRON.lastIndex = 0;
  for (let m = DJANGO_ENVIRON.exec(text); m; m = DJANGO_ENVIRON.exec(text)) {
    if (!callers.has(m[1])) continue;
    // A positional second argument or `default=` is a default; `cast=bool` alone is not.
    const args = text.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/\)\s*(?:$|\n)/)[0];
    const hasFallback = !!m[4] && (!/^\s*\w+\s*=/.test(args) || /\bdefault\s*=/.test(args));
    out.push({ name: m[3], index: m.index, hasFallback, syntax: `${m[1]}('X')` });
  }
  return out;
}

const SETTINGS_CLASS = /^([ \t]*)class\s+\w+\s*\(([^)]*\bBaseSettings\b[^)]*)\)\s*:/gm;
const FIELD = /^([ \t]+)([A-Za-z][A-Za-z0-9_]*)\s*:\s*([^=\n#]+?)\s*(?:=\s*(.*))?$/;

/** Whether a field's default (`= 'x'`, `= Field('x')`, `= Field(default=...)`) lets the variable be unset. */
function pydanticDefault(value: string | undefined): boolean {
  if (value === undefined) return false;
  const field = /^(?:[\w.]*\.)?Field\(\s*(.*)$/.exec(value.trim());
  if (!field) return true;
  const args = field[1];
  if (/\bdefault(?:_factory)?\s*=/.test(args)) return true;
  return !/^(?:\.\.\.|\)|\w+\s*=)/.test(args.trim());
}

/** pydantic-settings: each field of a `BaseSettings` class is read from the env var of its name (upper-cased). */
export function pydanticSettingsReads(text: string): RawRead[] {
  if (!text.includes('BaseSettings')) return [];
  const out: RawRead[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  SETTINGS_CLASS.lastIndex = 0;
  for (let m = SETTINGS_CLASS.exec(text); m; m = SETTINGS_CLASS.exec(text)) {
    const classIndent = m[1].length;
    const first = text.slice(0, m.index).split('\n').length; // index of the line after `class ...:`
    const body: number[] = [];
    for (let i = first; i < lines.length; i++) {
      const l = lines[i].replace(/\r$/, '');
      if (!l.trim() || l.trim().startsWith('#')) continue;
      if (l.length - l.trimStart().length <= classIndent) break;
      body.push(i);
    }
    if (!body.length) continue;
    const fieldIndent = Math.min(...body.map((i) => lines[i].length - lines[i].trimStart().length));
    const bodyText = body.map((i) => lines[i]).join('\n');
    const prefix = /env_prefix\s*=\s*['"]([^'"]*)['"]/.exec(bodyText)?.[1] ?? '';
    for (const i of body) {
      const l = lines[i].replace(/\r$/, '');
      const f = FIELD.exec(l);
      if (!f || f[1].length !== fieldIndent || f[2] === 'model_config' || /^ClassVar\b/.test(f[3])) continue;
      const alias = /\b(?:validation_)?alias\s*=\s*['"]([^'"]+)['"]/.exec(f[4] ?? '')?.[1];
      const name = (alias ?? prefix + f[2]).toUpperCase();
      if (!ENV_NAME.test(name)) continue;
      out.push({
        name,
        index: starts[i] + f[1].length,
        hasFallback: pydanticDefault(f[4]),
        syntax: 'BaseSettings field',
      });
    }
  }
  return out;
}

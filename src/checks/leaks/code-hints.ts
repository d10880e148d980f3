// Leaks visible in source before anything runs: client code that reads a server-only secret variable
// (`server-env-in-client`) and code that logs whole request headers, bodies or the environment
// (`log-sensitive-object`). Runs on the code files of the secrets check's scope (diff: added lines).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import { readText } from '../../scope/read.js';
import type { Scope } from '../../scope/types.js';
import type { Finding } from '../../types.js';
import { addedLines, isAdded } from '../env/added-lines.js';
import { looksSecret } from '../env/names.js';
import { findReads, languageOf } from '../env/reads.js';
import { placeOf } from '../secrets/context.js';
import { LEAK_RULES } from './rules.js';

const rule = (id: string) => LEAK_RULES.find((r) => r.id === id)!;
const PUBLIC_PREFIX =
  /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|NUXT_ENV_|EXPO_PUBLIC_|GATSBY_|STORYBOOK_)/;
const PUBLIC_NAME = /PUBLIC|PUBLISHABLE|ANON(?:_|$)|SITE_?KEY|CLIENT_?ID|_DSN$/;

/** A `'use client'` directive before any other statement (comments allowed). A block comment ends at
 *  its first `*\/`: a lazy `[\s\S]*?` there could stretch over later comments, and a bundled file with
 *  many comments and no directive backtracked for minutes. */
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*(?:[^*]|\*(?!\/))*\*\/)*['"]use client['"]/;
/** Packages that render on a server: their `src/` is not browser-only. */
const SERVER_FRAMEWORKS =
  /^(?:next|nuxt|@remix-run\/\w+|@react-router\/dev|@sveltejs\/kit|astro|express|fastify|koa|hono|@nestjs\/core|electron|vite-plugin-ssr|vike)$/;

const JS_DUMP =
  /\b(?:console\.(?:log|info|debug|warn|error|dir|trace)|(?:logger|log|this\.logger|req\.log|request\.log|fastify\.log|app\.log)\.(?:info|debug|warn|error|trace|log|fatal))\(\s*(?:[^()]*?,\s*)?(?:JSON\.stringify\(\s*)?((?:req|request|ctx\.request|ctx\.req|event|c\.req)\.(?:headers|body|cookies|raw\.headers)|process\.env)\s*\)?\s*[,)]/g;
const PY_DUMP =
  /\b(?:print|pprint|logging\.(?:info|debug|warning|error|exception)|(?:logger|log|self\.logger|app\.logger|current_app\.logger)\.(?:info|debug|warning|error|exception))\(\s*(?:[^()]*?,\s*)?(?:f?["'][^"']*\{)?((?:request|req)\.(?:headers|body|json|data|form|META|COOKIES|cookies)|os\.environ|dict\(os\.environ\))\b(?![.\w[(])/g;
const JS_STRINGIFY_ENV = /JSON\.stringify\(\s*process\.env\s*[,)]/g;
/** Literals every match of the dump patterns holds (its logged object), by language: a file with none is not decoded. */
const DUMP_LITERALS = { js: ['process.env', '.headers', '.body', '.cookies'], python: ['os.environ', 'req'] };

export interface Hint {
  rule: 'server-env-in-client' | 'log-sensitive-object';
  line: number;
  column: number;
  message: string;
  key: string;
}

function lineOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Is `path` (in a package whose package.json is the nearest one) browser-only code? */
class ClientCode {
  private spa = new Map<string, boolean>();
  constructor(private readonly cwd: string) {}

  /** Per folder: the package folder it belongs to (undefined: none), so a tree's folders are probed once. */
  private packages = new Map<string, string | undefined>();

  /** The package folder of `path`: the nearest folder up with a package.json. */
  private packageOf(path: string): string | undefined {
    return this.packageOfDir(posix.dirname(path));
  }

  private packageOfDir(dir: string): string | undefined {
    const d = dir === '.' ? '' : dir;
    if (!this.packages.has(d)) {
      const own = existsSync(join(this.cwd, d, 'package.json'));
      this.packages.set(d, own ? d : d ? this.packageOfDir(posix.dirname(d)) : undefined);
    }
    return this.packages.get(d);
  }

  /** A Vite single-page app: vite and a UI library, no server framework. */
  private isSpa(pkg: string): boolean {
    if (!this.spa.has(pkg)) {
      let yes = false;
      try {
        const p = JSON.parse(readFileSync(join(this.cwd, pkg, 'package.json'), 'utf8'));
        const deps = Object.keys({ ...p.dependencies, ...p.devDependencies });
        yes =
          deps.includes('vite') &&
          deps.some((d) => /^(?:react|vue|svelte|solid-js|preact|lit)$/.test(d)) &&
          !deps.some((d) => SERVER_FRAMEWORKS.test(d));
      } catch {
        yes = false;
      }
      this.spa.set(pkg, yes);
    }
    return this.spa.get(pkg)!;
  }

  /** Is `path` under `src/` (not its server folders) of a Vite single-page app? */
  spaSource(path: string): boolean {
    const pkg = this.packageOf(path);
    if (pkg === undefined) return false;
    const rel = pkg ? path.slice(pkg.length + 1) : path;
    return /^src\//.test(rel) && !/(?:^|\/)(?:server|api|functions|workers?)\//.test(rel) && this.isSpa(pkg);
  }

  why(path: string, text: string): string | undefined {
    if (USE_CLIENT.test(text)) return "a 'use client' file";
    return this.spaSource(path) ? 'the source of a Vite single-page app' : undefined;
  }
}

export function hintsOf(path: string, text: string, clientWhy: string | undefined): Hint[] {
  const out: Hint[] = [];
  const lang = languageOf(path);
  if (lang !== 'js' && lang !== 'python') return out;
  if (clientWhy && lang === 'js') {
    for (const r of findReads(text, lang)) {
      if (PUBLIC_PREFIX.test(r.name) || PUBLIC_NAME.test(r.name) || !looksSecret(r.name)) continue;
      out.push({
        rule: 'server-env-in-client',
        line: r.line,
        column: r.column,
        message: `${r.name} is read in ${clientWhy}: the browser gets its value inlined or undefined`,
        key: r.name,
      });
    }
  }
  for (const re of lang === 'js' ? [JS_DUMP, JS_STRINGIFY_ENV] : [PY_DUMP]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const what = m[1] ?? 'process.env';
      const { line, column } = lineOf(text, m.index);
      const kind = /env/.test(what) ? 'the whole environment' : `whole ${what.split('.').pop()!.toLowerCase()}`;
      out.push({
        rule: 'log-sensitive-object',
        line,
        column,
        message: `logs ${kind} (\`${what}\`)`,
        key: what,
      });
    }
  }
  // One per line and rule: `console.log(JSON.stringify(process.env))` matches two patterns.
  const seen = new Set<string>();
  return out.filter((h) => {
    const k = `${h.rule}:${h.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Which files hints are looked for in (code, not tests, docs, examples or scripts: they log on purpose),
 * and the hints of one of them from its bytes. The whole-tree secrets scan calls it on the bytes it
 * has read already (on its worker threads too), so a tree is not read twice.
 */
export class CodeHints {
  private readonly excluded: (path: string) => boolean;
  private readonly client: ClientCode;

  constructor(
    private readonly cwd: string,
    exclude: string[],
  ) {
    this.excluded = picomatch(exclude, { dot: true });
    this.client = new ClientCode(cwd);
  }

  /** The language of a file hints are looked for in; undefined: none are. */
  wants(path: string): 'js' | 'python' | undefined {
    const lang = languageOf(path);
    if (lang !== 'js' && lang !== 'python') return undefined;
    if (this.excluded(path) || placeOf(path) !== 'code') return undefined;
    if (/(?:^|\/)(?:scripts?|bin|tools|\.github)\//.test(path) || /\.config\.[cm]?[jt]s$/.test(path)) return undefined;
    return lang;
  }

  /** Could the file hold a hint: a dumped object's literal, a 'use client' file, an SPA's source. */
  worth(path: string, lang: 'js' | 'python', bytes: Uint8Array): boolean {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (
      DUMP_LITERALS[lang].some((l) => b.includes(l)) ||
      (lang === 'js' && (b.includes('use client') || this.client.spaSource(path)))
    );
  }

  /** The hints of `path`, from its bytes (`text`: those bytes decoded, when the caller has them). */
  of(path: string, bytes: Uint8Array, text?: () => string): Hint[] {
    const lang = this.wants(path);
    if (!lang || !this.worth(path, lang, bytes)) return [];
    const t = text ? text() : utf8.decode(bytes);
    return hintsOf(path, t, this.client.why(path, t));
  }

  /** Reads and looks at one file of a diff. */
  async ofFile(path: string, maxFileSize: number): Promise<{ hints: Hint[]; text: string }> {
    const lang = this.wants(path);
    if (!lang) return { hints: [], text: '' };
    const r = await readText(this.cwd, path, maxFileSize, (b) => this.worth(path, lang, b));
    if ('skip' in r) return { hints: [], text: '' };
    return { hints: hintsOf(path, r.text, this.client.why(path, r.text)), text: r.text };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A hint as a finding of `path`. */
export function hintFinding(path: string, h: Hint): Finding {
  const meta = rule(h.rule);
  return {
    rule: h.rule,
    severity: h.rule === 'server-env-in-client' ? 'high' : 'medium',
    file: path,
    line: h.line,
    column: h.column,
    message: h.message,
    why: meta.why,
    fix: meta.fix,
    docs: meta.docs,
    evidence: h.rule === 'server-env-in-client' ? 'secret-named variable in client code' : 'code',
    confidence: 'likely',
    fingerprint: createHash('sha256').update(`${h.rule}\0${path}\0${h.key}`).digest('hex'),
  };
}

/** The hints of a diff scope's added lines (a whole tree's come from the secrets scan's batches). */
export async function scanCodeHints(
  cwd: string,
  scope: Scope,
  exclude: string[],
  signal: AbortSignal,
): Promise<Finding[]> {
  const hints = new CodeHints(cwd, exclude);
  const added = addedLines(scope);
  const out: Finding[] = [];
  for (const f of scope.files) {
    if (f.status === 'deleted' || (scope.kind === 'diff' && !added.has(f.path))) continue;
    signal.throwIfAborted();
    const { hints: found, text } = await hints.ofFile(f.path, scope.maxFileSize);
    if (!found.length) continue;
    const lines = text.split('\n');
    for (const h of found) if (isAdded(scope, added, f.path, lines, h.line)) out.push(hintFinding(f.path, h));
  }
  return out;
}

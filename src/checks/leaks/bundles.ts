// Built client output, scanned whole: credentials our rules find in what browsers download
// (`client-bundle-secret`), values of the step's server-only variables inlined by a bundler
// (`server-secret-in-bundle`), and source maps published next to the code (`client-source-map`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { glob } from 'tinyglobby';
import { formsOf, redact } from '../../redact.js';
import type { Finding, Severity } from '../../types.js';
import { looksSecret } from '../env/names.js';
import { CATALOG } from '../secrets/catalog.js';
import { LiteralMatcher } from '../secrets/literals.js';
import { isPlaceholder, isPublicOrTestKey } from '../secrets/placeholder.js';
import { candidateOf, scanCandidate, scanText, type SecretMatch } from '../secrets/scan.js';
import type { ClientOutput } from './bundle-dirs.js';
import { LEAK_RULES } from './rules.js';

const rule = (id: string) => LEAK_RULES.find((r) => r.id === id)!;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const sha = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

/** Formats that hold no text a bundler writes a value into. */
const BINARY = /\.(?:png|jpe?g|gif|bmp|ico|webp|avif|woff2?|ttf|otf|eot|mp[34]|webm|ogg|wav|wasm|pdf|zip|gz|br|zst)$/i;
/** Bytes read of one asset (a bundle chunk of more is not a web asset anyone serves). */
const MAX_ASSET = 256 * 1024 * 1024;
const MAX_FILES = 100_000;
/** Prefixes under which frameworks expose a variable to the browser on purpose. */
const PUBLIC_PREFIX =
  /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|NUXT_ENV_|EXPO_PUBLIC_|GATSBY_|STORYBOOK_)/;
/** Names of values that are public by design even without a prefix. */
const PUBLIC_NAME = /PUBLIC|PUBLISHABLE|ANON(?:_|$)|SITE_?KEY|CLIENT_?ID|_DSN$/;
/** Google browser keys (Maps, Firebase) ship in pages by design; what protects them is a referrer restriction. */
const BROWSER_KEYS = new Set(['google-api-key']);

export interface ServerValue {
  name: string;
  value: string;
}

/**
 * The step's server-only secret values: secret-looking names (or names the env contract marks
 * `# secret`) without a public prefix, whose values are long enough and not placeholders or public keys.
 */
export function serverValues(env: NodeJS.ProcessEnv, markedSecret: Set<string>): ServerValue[] {
  const out: ServerValue[] = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!raw || PUBLIC_PREFIX.test(name)) continue;
    if (!markedSecret.has(name) && (!looksSecret(name) || PUBLIC_NAME.test(name))) continue;
    let value = raw.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      // A URL is a secret only through its password.
      try {
        value = decodeURIComponent(new URL(value).password);
      } catch {
        continue;
      }
    }
    if (value.length < 8 || /^\d+$/.test(value) || isPublicOrTestKey(value) || isPlaceholder(value)) continue;
    out.push({ name, value });
  }
  return out;
}

interface Location {
  file: string;
  line: number;
  column: number;
  /** `src/lib/stripe.ts:3`, from the asset's source map. */
  source?: string;
}

function lineCol(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** Maps positions of an asset to its original sources, through `<asset>.map` or its sourceMappingURL. */
class SourceMaps {
  private cache = new Map<string, TraceMap | null>();
  constructor(private readonly cwd: string) {}

  private load(asset: string, text: string): TraceMap | null {
    if (this.cache.has(asset)) return this.cache.get(asset)!;
    let map: TraceMap | null = null;
    const url = /[#@] sourceMappingURL=([^\s'"*]+)\s*(?:\*\/)?\s*$/.exec(text.slice(-600))?.[1];
    const candidates = [url && !url.startsWith('data:') ? posix.join(posix.dirname(asset), url) : '', `${asset}.map`];
    for (const c of candidates) {
      if (!c || !existsSync(join(this.cwd, c))) continue;
      try {
        map = new TraceMap(readFileSync(join(this.cwd, c), 'utf8'));
        break;
      } catch {
        /* not a usable map */
      }
    }
    this.cache.set(asset, map);
    return map;
  }

  /** `src/app/page.tsx:12`, or undefined when there is no map or no mapping for the position. */
  original(asset: string, text: string, line: number, column: number): string | undefined {
    const map = this.load(asset, text);
    if (!map) return undefined;
    const pos = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    return pos.source ? `${cleanSource(pos.source)}:${pos.line}` : undefined;
  }
}

/** `webpack://_N_E/./src/app/page.tsx?abc` → `src/app/page.tsx`; `../../src/main.ts` → `src/main.ts`. */
function cleanSource(source: string): string {
  return source
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^[a-z-]+:\/\/\/?/, '')
    .replace(/\?.*$/, '')
    .replace(/^(?:\.\.?\/)+/, '');
}

interface Found {
  rule: 'client-bundle-secret' | 'server-secret-in-bundle';
  key: string;
  severity: Severity;
  evidence: string;
  what: string;
  at: Location[];
}

export interface BundleScan {
  findings: Finding[];
  files: number;
  bytes: number;
  notes: string[];
}

/** What a credential rule's hit in public output is worth: a provider's shape blocks, a keyword alone does not. */
function bundleSeverity(m: SecretMatch): { severity: Severity; evidence: string } | undefined {
  if (BROWSER_KEYS.has(m.rule))
    return { severity: 'low', evidence: 'shape (a browser key: restrict it by HTTP referrer)' };
  if (m.evidence === 'shape' || m.evidence === 'connection string')
    return {
      severity: m.severity === 'blocker' || m.severity === 'high' ? 'blocker' : m.severity,
      evidence: m.evidence,
    };
  if (m.evidence === 'keyword + entropy') return { severity: 'medium', evidence: m.evidence };
  return undefined;
}

export async function scanBundles(
  cwd: string,
  outputs: ClientOutput[],
  values: ServerValue[],
  mask: (value: string) => void,
  signal: AbortSignal,
): Promise<BundleScan> {
  const out: BundleScan = { findings: [], files: 0, bytes: 0, notes: [] };
  const found = new Map<string, Found>();
  const add = (f: Omit<Found, 'at'>, at: Location) => {
    const k = `${f.rule}\0${f.key}`;
    const prev = found.get(k);
    if (prev) {
      if (!prev.at.some((a) => a.file === at.file)) prev.at.push(at);
    } else found.set(k, { ...f, at: [at] });
  };

  // One pass per asset over every form of every server value (exact, JSON-escaped, URL-encoded, base64).
  const forms: { form: string; name: string }[] = [];
  for (const v of values) for (const form of formsOf(v.value)) if (form.length >= 8) forms.push({ form, name: v.name });
  const matcher = forms.length ? new LiteralMatcher(forms.map((f) => f.form)) : undefined;
  const maps = new SourceMaps(cwd);
  const decoder = new TextDecoder('utf-8', { fatal: false });

  for (const o of outputs) {
    const files = (await glob(['**/*'], { cwd: join(cwd, o.dir), dot: true, onlyFiles: true })).sort();
    if (files.length > MAX_FILES)
      throw new Error(`${o.dir} holds ${files.length} files: name the client output in secrets.bundles`);
    const published: string[] = [];
    const listed = new Set(files);
    for (const rel of files) {
      signal.throwIfAborted();
      if (BINARY.test(rel) || (o.only && !o.only.test(rel))) continue;
      const file = `${o.dir}/${rel}`;
      const abs = join(cwd, file);
      const size = statSync(abs).size;
      if (size > MAX_ASSET) {
        out.notes.push(`${file}: only the first 256 MiB scanned`);
      }
      const bytes = readFileSync(abs).subarray(0, MAX_ASSET);
      if (bytes.subarray(0, 8000).includes(0)) continue;
      out.files++;
      out.bytes += bytes.length;
      const isMap = rel.endsWith('.map');
      if (isMap && /\.(?:[cm]?js|css)$/.test(rel.slice(0, -4)) && listed.has(rel.slice(0, -4))) published.push(file);
      let text: string | undefined;
      const textOf = () => (text ??= decoder.decode(bytes));

      if (matcher) {
        const seen = new Uint8Array(forms.length);
        if (matcher.scan(bytes, seen)) {
          const names = new Set<string>();
          seen.forEach((hit, i) => {
            if (!hit || names.has(forms[i].name)) return;
            names.add(forms[i].name);
            const { line, column } = lineCol(textOf(), textOf().indexOf(forms[i].form));
            const source = isMap ? undefined : maps.original(file, textOf(), line, column);
            add(
              {
                rule: 'server-secret-in-bundle',
                key: forms[i].name,
                severity: 'blocker',
                evidence: 'value of a server variable',
                what: forms[i].name,
              },
              { file, line, column, ...(source ? { source } : {}) },
            );
          });
        }
      }

      const hits: { m: SecretMatch; source?: string }[] = [];
      if (isMap) {
        // A map's sourcesContent is the original code, shipped to anyone who asks for it.
        let parsed: { sources?: string[]; sourcesContent?: (string | null)[] } | undefined;
        try {
          parsed = JSON.parse(textOf());
        } catch {
          parsed = undefined;
        }
        const contents = parsed?.sourcesContent ?? [];
        for (let i = 0; i < contents.length; i++) {
          const content = contents[i];
          if (!content) continue;
          const src = cleanSource(parsed?.sources?.[i] ?? `source ${i + 1}`);
          if (/(?:^|\/)node_modules\//.test(src)) continue;
          for (const m of await scanText(`asset${extname(src) || '.js'}`, content))
            hits.push({ m, source: `${src}:${m.line}` });
        }
      } else {
        const c = candidateOf(`asset${extname(rel) || '.js'}`, bytes, text);
        if (c) for (const m of await scanCandidate(c)) hits.push({ m });
      }
      for (const { m, source } of hits) {
        const judged = bundleSeverity(m);
        // A server variable's own value is reported once, by its name (server-secret-in-bundle).
        if (!judged || values.some((v) => v.value === m.secret)) continue;
        mask(m.secret);
        const src = source ?? maps.original(file, textOf(), m.line, m.column);
        add(
          {
            rule: 'client-bundle-secret',
            key: sha(m.rule, m.secret),
            ...judged,
            what: `${CATALOG[m.rule]?.title ?? 'Credential'} ${m.rule === 'private-key' ? '' : redact(m.secret)}`.trim(),
          },
          { file, line: m.line, column: m.column, ...(src ? { source: src } : {}) },
        );
      }
    }
    if (published.length) {
      const r = rule('client-source-map');
      out.findings.push({
        rule: r.id,
        severity: 'medium',
        file: published[0],
        message: `${plural(published.length, 'source map')} published with the ${o.framework} output in ${o.dir} (e.g. ${published[0]})`,
        why: r.why,
        fix: r.fix,
        docs: r.docs,
        evidence: '*.map next to the served file',
        confidence: 'certain',
        fingerprint: sha(r.id, o.dir),
      });
    }
  }

  for (const f of found.values()) {
    const r = rule(f.rule);
    const [first, ...more] = f.at;
    const from = first.source ? ` (from ${first.source})` : '';
    const also = more.length ? `; also in ${plural(more.length, 'more asset')}` : '';
    const message =
      f.rule === 'server-secret-in-bundle'
        ? `The value of ${f.what} (a server-only variable of this step) is in the client asset ${first.file}${from}${also}`
        : `${f.what} in the client asset ${first.file}${from}${also}`;
    out.findings.push({
      rule: f.rule,
      severity: f.severity,
      file: first.file,
      line: first.line,
      column: first.column,
      message,
      why: r.why,
      fix: r.fix,
      docs: r.docs,
      evidence: f.evidence,
      confidence: f.severity === 'blocker' ? 'certain' : 'possible',
      fingerprint: sha(f.rule, f.key),
    });
  }
  return out;
}

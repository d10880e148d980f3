// Where else a repository declares its variables: every env template at any depth (the nearest one up
// the tree is an app's contract in a monorepo), commented lines in them, turbo.json, Dockerfiles, compose
// files and the hosting platforms' config files. A variable declared in any of them is known to whoever
// deploys, so reading it is never an "undeclared" alarm.
import type { YamlModule } from '../../yaml.js';
import { loadYaml } from '../../yaml.js';
import { readText } from '../../scope/read.js';
import { parseSchema } from './schema.js';

/** Env templates: `.env.example`, `apps/web/.env.sample`, `.env.defaults`, `example.env`, `.env.local.example`. */
export const TEMPLATE =
  /(?:^|\/)(?:\.env(?:\.[\w-]+)*\.(?:example|sample|template|dist|defaults|tpl)|\.env\.defaults|(?:example|sample|template)\.env|\.env\.(?:example|sample|template)(?:\.[\w-]+)*)$/i;
const TURBO = /(?:^|\/)turbo\.jsonc?$/;
const DOCKERFILE = /(?:^|\/)(?:Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile)$/;
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
const PLATFORM =
  /(?:^|\/)(?:vercel\.json|netlify\.toml|fly\.toml|render\.yaml|app\.json|railway\.json|\.do\/app\.yaml)$/;

/** Typed env schemas at any depth (`apps/web/src/env.mjs`, `packages/config/env/server.ts`): t3-env,
 *  envalid or zod objects, read statically like the configured `env.schema` files. */
const ENV_SCHEMA = /(?:^|\/)(?:env(?:\.(?:server|client))?|env\/(?:server|client|index|schema))\.[cm]?[jt]s$/;

const NAME = /^[A-Z_][A-Z0-9_]*$/;

export interface Declarations {
  /** Every name declared somewhere, with the files that declare it. */
  names: Map<string, string[]>;
  /** Folders that hold an env template: the apps and packages that have their own contract. */
  templateDirs: string[];
}

export const isDeclarationSource = (p: string): boolean =>
  !p.includes('node_modules/') &&
  (TEMPLATE.test(p) ||
    TURBO.test(p) ||
    DOCKERFILE.test(p) ||
    COMPOSE.test(p) ||
    PLATFORM.test(p) ||
    ENV_SCHEMA.test(p));

/** Names a file declares. Pure: the text of one file. */
export function declaredIn(path: string, text: string, yaml?: YamlModule): string[] {
  const out = new Set<string>();
  const add = (n: unknown) => typeof n === 'string' && NAME.test(n.replace(/^\$/, '')) && out.add(n.replace(/^\$/, ''));
  if (TEMPLATE.test(path)) {
    // `NAME=`, `export NAME=`, and commented-out `# NAME=value` (an optional variable).
    for (const m of text.matchAll(/^[ \t]*(?:#[ \t]*)?(?:export[ \t]+)?([A-Z_][A-Z0-9_]*)[ \t]*=/gm)) add(m[1]);
  } else if (TURBO.test(path)) {
    // `env`, `globalEnv`, `passThroughEnv`, `globalPassThroughEnv` anywhere in the file (tasks or pipeline).
    for (const m of text.matchAll(/"(?:global)?(?:PassThrough)?[eE]nv"\s*:\s*\[([^\]]*)\]/g))
      for (const n of m[1].matchAll(/"([^"]+)"/g)) add(n[1].replace(/^!/, '').replace(/\*$/, ''));
  } else if (DOCKERFILE.test(path)) {
    for (const m of text.matchAll(/^[ \t]*(?:ENV|ARG)[ \t]+(.+)$/gim))
      for (const n of m[1].matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)(?=[=\s]|$)/g)) add(n[1]);
  } else if (COMPOSE.test(path)) {
    try {
      // Without the parser (not loaded), the `${NAME}` references below still count.
      const doc = yaml?.parse(text) as { services?: Record<string, { environment?: unknown }> } | null;
      for (const svc of Object.values(doc?.services ?? {})) {
        const env = svc?.environment;
        if (Array.isArray(env)) for (const e of env) add(String(e).split('=')[0].trim());
        else if (env && typeof env === 'object') Object.keys(env).forEach(add);
      }
    } catch {
      // an unparsable compose file declares nothing
    }
    for (const m of text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)) add(m[1]);
  } else if (ENV_SCHEMA.test(path)) {
    for (const v of parseSchema(text)) add(v.name);
  } else if (PLATFORM.test(path)) {
    for (const m of text.matchAll(/["']?([A-Z_][A-Z0-9_]{2,})["']?\s*[:=]/g)) add(m[1]);
    for (const m of text.matchAll(/\bkey:\s*["']?([A-Z_][A-Z0-9_]*)/g)) add(m[1]);
  }
  return [...out];
}

/** Reads every declaration source among `paths`. */
export async function collectDeclarations(cwd: string, paths: string[], maxFileSize: number): Promise<Declarations> {
  const names = new Map<string, string[]>();
  const templateDirs = new Set<string>();
  const sources = paths.filter(isDeclarationSource).slice(0, 2000);
  const yaml = sources.some((p) => COMPOSE.test(p)) ? await loadYaml() : undefined;
  for (const p of sources) {
    const r = await readText(cwd, p, maxFileSize);
    if (!('text' in r)) continue;
    if (TEMPLATE.test(p)) templateDirs.add(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
    for (const n of declaredIn(p, r.text, yaml)) names.set(n, [...(names.get(n) ?? []), p]);
  }
  return { names, templateDirs: [...templateDirs] };
}

/** The nearest folder up the tree from `file` that holds an env template ('' is the root), if any. */
export function nearestTemplateDir(d: Declarations, file: string): string | undefined {
  return d.templateDirs
    .filter((dir) => dir === '' || file.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length)[0];
}

// Where a project's built client output is: what every visitor downloads. Found from the frameworks'
// layouts in the working directory and in each workspace package, or named in `secrets.bundles`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { glob } from 'tinyglobby';

export interface ClientOutput {
  /** Folder relative to the working directory, forward slashes. */
  dir: string;
  framework: string;
  /** How the summary names it: one Next.js build is `.next`, whichever of its folders are public. */
  shown: string;
  /** Only these files of the folder are public (Next.js prerendered pages under .next/server). */
  only?: RegExp;
}

/** Layouts by framework: a folder that is client output by construction, or only when it holds an index.html. */
const LAYOUTS: { path: string; framework: string; needsIndex?: boolean; only?: RegExp }[] = [
  { path: '.next/static', framework: 'Next.js' },
  // Prerendered pages and their RSC payloads are served as they are: props passed to client components land there.
  { path: '.next/server/app', framework: 'Next.js', only: /\.(?:html|rsc|body)$/ },
  { path: '.next/server/pages', framework: 'Next.js', only: /\.(?:html|json)$/ },
  { path: 'out', framework: 'Next.js static export', needsIndex: true },
  { path: '.output/public', framework: 'Nuxt' },
  { path: '.svelte-kit/output/client', framework: 'SvelteKit' },
  { path: 'build/static', framework: 'Create React App' },
  { path: 'build', framework: 'static build', needsIndex: true },
  { path: 'dist/client', framework: 'Astro' },
  { path: 'dist/assets', framework: 'Vite' },
  { path: 'dist', framework: 'static build', needsIndex: true },
  { path: 'public/build', framework: 'Remix' },
  { path: 'build/client', framework: 'React Router' },
  { path: 'web-build', framework: 'Expo web' },
];

/** Dependencies that make a package a front end: its missing build output is worth a note. */
const FRONTEND_DEPS =
  /^(?:next|vite|react-scripts|nuxt|@sveltejs\/kit|astro|@remix-run\/dev|@react-router\/dev|expo|gatsby|@angular\/core|vue)$/;

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** Package folders (the working directory first), at most 3 levels down, outside node_modules. */
async function packageDirs(cwd: string): Promise<string[]> {
  const found = await glob(['**/package.json'], {
    cwd,
    deep: 4,
    ignore: ['**/node_modules/**', '**/.git/**', '**/.next/**', '**/dist/**', '**/build/**', '**/.output/**'],
  });
  const dirs = found.map((f) => posix.dirname(f)).map((d) => (d === '.' ? '' : d));
  return [...new Set(['', ...dirs])].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

function isFrontend(cwd: string, dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, dir, 'package.json'), 'utf8'));
    return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).some((d) => FRONTEND_DEPS.test(d));
  } catch {
    return false;
  }
}

export interface Discovery {
  outputs: ClientOutput[];
  /** Front-end packages without build output: the gate ran before the build. */
  unbuilt: string[];
}

/** The client output folders of the tree; a folder inside one already found is not listed twice. */
export async function findClientOutputs(cwd: string): Promise<Discovery> {
  const outputs: ClientOutput[] = [];
  const unbuilt: string[] = [];
  for (const pkg of await packageDirs(cwd)) {
    const here: ClientOutput[] = [];
    for (const l of LAYOUTS) {
      const dir = pkg ? `${pkg}/${l.path}` : l.path;
      if (!isDir(join(cwd, dir))) continue;
      if (l.needsIndex && !existsSync(join(cwd, dir, 'index.html'))) continue;
      const shown = l.path.startsWith('.next/') ? (pkg ? `${pkg}/.next` : '.next') : dir;
      here.push({ dir, framework: l.framework, shown, ...(l.only ? { only: l.only } : {}) });
    }
    // A folder inside another found one (`dist/assets` in `dist`) is scanned with it, under the more specific name.
    for (const o of here) {
      const outer = here.find((x) => x !== o && !x.only && o.dir.startsWith(`${x.dir}/`));
      if (outer) {
        if (outer.framework === 'static build') outer.framework = o.framework;
      } else if (!outputs.some((x) => x.dir === o.dir)) outputs.push(o);
    }
    if (!here.length && isFrontend(cwd, pkg)) unbuilt.push(pkg || '.');
  }
  return { outputs, unbuilt };
}

/** The folders named in `secrets.bundles`; one that does not exist is an error (the build did not run). */
export function configuredOutputs(cwd: string, dirs: string[]): ClientOutput[] {
  const missing = dirs.filter((d) => !isDir(join(cwd, d)));
  if (missing.length)
    throw new Error(
      `secrets.bundles names ${missing.join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not exist: run the build before the gate`,
    );
  return dirs.map((d) => {
    const dir = d.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
    return { dir, framework: 'configured', shown: dir };
  });
}

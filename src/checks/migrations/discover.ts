// Finds migration files among the repository's paths by the layouts migration tools use.
import picomatch from 'picomatch';
import type { Dialect, Framework } from './model.js';

export interface Discovered {
  path: string;
  framework: Framework;
}

const LAYOUTS: { framework: Framework; test: (p: string) => boolean }[] = [
  { framework: 'prisma', test: (p) => /(^|\/)migrations\/[^/]+\/migration\.sql$/.test(p) },
  { framework: 'supabase', test: (p) => /(^|\/)supabase\/migrations\/[^/]+\.sql$/.test(p) },
  { framework: 'drizzle', test: (p) => /(^|\/)drizzle\/(migrations\/)?\d{4}_[^/]+\.sql$/.test(p) },
  { framework: 'flyway', test: (p) => /(^|\/)V\d+(?:[._]\d+)*__[^/]+\.sql$/.test(p) },
  // golang-migrate names pairs NNN_name.up.sql / .down.sql; down files are never judged.
  { framework: 'golang-migrate', test: (p) => /\.up\.sql$/.test(p) },
  {
    framework: 'plain',
    test: (p) => /(^|\/)(migrations?|migrate|db\/migrate|sql\/migrations)\/(.+\/)?[^/]+\.sql$/.test(p),
  },
];

const isDown = (p: string) => /\.down\.sql$/.test(p) || /(^|\/)U\d+(?:[._]\d+)*__[^/]+\.sql$/.test(p);
/** Snapshots, seeds and schema dumps sit next to migrations but are not migrations. */
const NOT_MIGRATION = /(^|\/)(node_modules|meta|seeds?|fixtures?|snapshots?)\/|(^|\/)(seed|schema|structure)\.sql$/;

/** Classifies one path; undefined when it is not a migration. */
export function classify(path: string): Framework | undefined {
  if (!path.endsWith('.sql') || isDown(path) || NOT_MIGRATION.test(path)) return undefined;
  return LAYOUTS.find((l) => l.test(path))?.framework;
}

/**
 * Discovers migration files. With `paths` globs from the config, those files are migrations (the
 * framework still comes from the layout, or from markers in the text later); otherwise the known layouts.
 */
export function discover(paths: string[], globs?: string[]): Discovered[] {
  const out: Discovered[] = [];
  const matcher = globs?.length ? picomatch(globs, { dot: true }) : undefined;
  for (const p of paths) {
    if (matcher) {
      if (matcher(p) && p.endsWith('.sql') && !isDown(p)) out.push({ path: p, framework: classify(p) ?? 'configured' });
    } else {
      const fw = classify(p);
      if (fw) out.push({ path: p, framework: fw });
    }
  }
  // Apply order: migration tools sort by file name (timestamps or version numbers), numerically.
  return out.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** Refines the framework from markers inside the text (goose, dbmate, sql-migrate headers). */
export function frameworkFromText(fw: Framework, text: string): Framework {
  if (/^\s*--\s*\+goose\s+up\b/im.test(text)) return 'goose';
  if (/^\s*--\s*migrate:up\b/im.test(text)) return 'dbmate';
  if (/^\s*--\s*\+migrate\s+up\b/im.test(text)) return 'sql-migrate';
  return fw;
}

/** Dialect from the project's config files (Prisma's provider, Drizzle's dialect, Flyway's URL). */
export function dialectFromConfigs(files: Record<string, string>): Dialect | undefined {
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('.prisma')) {
      const m = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/s.exec(text);
      if (m)
        return m[1] === 'mysql' ? 'mysql' : m[1] === 'postgresql' || m[1] === 'postgres' ? 'postgresql' : undefined;
    }
    if (/drizzle\.config\.[cm]?[jt]s$/.test(path)) {
      const m = /dialect\s*:\s*['"](\w+)['"]/.exec(text);
      if (m)
        return m[1] === 'mysql' || m[1] === 'singlestore' ? 'mysql' : m[1] === 'postgresql' ? 'postgresql' : undefined;
    }
    if (/flyway\.(conf|toml)$/.test(path)) {
      if (/jdbc:(mysql|mariadb):/.test(text)) return 'mysql';
      if (/jdbc:postgresql:/.test(text)) return 'postgresql';
    }
  }
  return undefined;
}

/** Config files that say which database the project uses. */
export const DIALECT_CONFIG = /(^|\/)(schema\.prisma|drizzle\.config\.[cm]?[jt]s|flyway\.(conf|toml))$/;

/** Syntax only MySQL accepts: backtick identifiers, ENGINE=, AUTO_INCREMENT, MODIFY COLUMN. */
export function looksLikeMysql(text: string): boolean {
  const noComments = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '');
  return /`\w+`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bMODIFY\s+(COLUMN\s+)?`?\w|\bUNSIGNED\b/i.test(noComments);
}

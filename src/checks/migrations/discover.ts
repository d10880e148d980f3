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

/** Migrations written as code: Django's operations, Alembic's `op.*`, Rails' schema statements. */
const CODE_LAYOUTS: { framework: Framework; test: RegExp }[] = [
  { framework: 'alembic', test: /(^|\/)(?:alembic|migrations|migration)\/versions\/(?!__init__\.py)[^/]+\.py$/ },
  { framework: 'django', test: /(^|\/)migrations\/\d{4}_\w+\.py$/ },
  { framework: 'rails', test: /(^|\/)db\/migrate\/\d{8,14}_\w+\.rb$/ },
];

/** Classifies one path; undefined when it is not a migration. */
export function classify(path: string): Framework | undefined {
  if ((path.endsWith('.py') || path.endsWith('.rb')) && !NOT_MIGRATION.test(path))
    return CODE_LAYOUTS.find((l) => l.test.test(path))?.framework;
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
  return out.sort(byApplyOrder);
}

/** The framework whose up marker the text carries (goose, dbmate, sql-migrate, node-pg-migrate), if any. */
export function frameworkFromMarkers(text: string): Framework | undefined {
  if (/^\s*--\s*\+goose\s+up\b/im.test(text)) return 'goose';
  if (/^\s*--\s*migrate:up\b/im.test(text)) return 'dbmate';
  if (/^\s*--\s*\+migrate\s+up\b/im.test(text)) return 'sql-migrate';
  if (/^\s*--\s*up\s+migration\s*$/im.test(text)) return 'node-pg-migrate';
  // Drizzle Kit separates statements with this comment, wherever its `out` folder is.
  if (/-->\s*statement-breakpoint\s*$/m.test(text)) return 'drizzle';
  return undefined;
}

/** Refines the framework from markers inside the text. */
export const frameworkFromText = (fw: Framework, text: string): Framework => frameworkFromMarkers(text) ?? fw;

/**
 * SQL files outside the known layouts that may still be migrations: goose and dbmate files live wherever
 * the project points the tool (sqlc projects keep goose files in `sql/schema/`), so their markers decide.
 */
export const markerCandidate = (path: string): boolean =>
  path.endsWith('.sql') && !isDown(path) && !NOT_MIGRATION.test(path) && classify(path) === undefined;

export const byApplyOrder = (a: { path: string }, b: { path: string }): number =>
  a.path.localeCompare(b.path, 'en', { numeric: true });

/** What one config file says about the database: Prisma, Drizzle, Flyway, Knex, TypeORM, drivers, compose. */
function dialectOf(path: string, text: string): Dialect | undefined {
  const pick = (mysql: boolean, pg: boolean): Dialect | undefined =>
    mysql === pg ? undefined : mysql ? 'mysql' : 'postgresql';
  if (path.endsWith('.prisma') || path.endsWith('migration_lock.toml')) {
    const m = (
      path.endsWith('.prisma') ? /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/s : /provider\s*=\s*"(\w+)"/
    ).exec(text);
    if (m?.[1] === 'sqlite') return 'sqlite';
    return m ? pick(m[1] === 'mysql', m[1] === 'postgresql' || m[1] === 'postgres') : undefined;
  }
  if (/drizzle\.config\.[cm]?[jt]s$/.test(path)) {
    const m = /dialect\s*:\s*['"](\w+)['"]/.exec(text);
    if (m && /^(?:sqlite|turso|libsql|d1)$/.test(m[1])) return 'sqlite';
    if (!m && /driver\s*:\s*['"](?:turso|d1-http|libsql|better-sqlite)['"]/.test(text)) return 'sqlite';
    return m ? pick(m[1] === 'mysql' || m[1] === 'singlestore', m[1] === 'postgresql') : undefined;
  }
  // Cloudflare D1 keeps its migrations in `migrations/` next to wrangler's config.
  if (/(^|\/)wrangler\.(toml|json|jsonc)$/.test(path)) return /d1_databases/.test(text) ? 'sqlite' : undefined;
  if (/(^|\/)alembic\.ini$/.test(path)) return urlDialect(text);
  if (/(^|\/)settings(\/\w+)?\.py$/.test(path)) {
    // Django's DATABASES ENGINE (`django.db.backends.postgresql`, dj-database-url defaults aside).
    const engines = [
      ...text.matchAll(
        /['"]ENGINE['"]\s*:\s*['"][\w.]*?\.(postgresql(?:_psycopg2)?|postgis|mysql|sqlite3|spatialite)['"]/g,
      ),
    ].map((m) => m[1]);
    const has = (r: RegExp) => engines.some((e) => r.test(e));
    if (has(/^(postgresql|postgis)/) && !has(/mysql|sqlite|spatialite/)) return 'postgresql';
    if (has(/mysql/) && !has(/postgres|sqlite|spatialite/)) return 'mysql';
    if (has(/sqlite|spatialite/) && !has(/postgres|mysql|postgis/)) return 'sqlite';
    return undefined;
  }
  if (/(^|\/)config\/database\.yml$/.test(path)) {
    const m = /adapter:\s*['"]?(\w+)/.exec(text);
    if (!m) return undefined;
    return /^(?:postgres|postgresql|postgis)$/.test(m[1])
      ? 'postgresql'
      : /^(?:mysql2?|trilogy)$/.test(m[1])
        ? 'mysql'
        : /sqlite/.test(m[1])
          ? 'sqlite'
          : undefined;
  }
  if (/flyway\.(conf|toml)$/.test(path)) {
    if (/jdbc:(?:sqlite):/.test(text)) return 'sqlite';
    if (/jdbc:(?:clickhouse|ch):/.test(text)) return 'clickhouse';
    return pick(/jdbc:(mysql|mariadb):/.test(text), /jdbc:postgresql:/.test(text));
  }
  if (/knexfile\.[cm]?[jt]s$/.test(path)) {
    if (/client\s*:\s*['"](?:sqlite3?|better-sqlite3|libsql)['"]/.test(text)) return 'sqlite';
    return pick(
      /client\s*:\s*['"](mysql2?|mariadb)['"]/.test(text),
      /client\s*:\s*['"](pg|postgres(ql)?)['"]/.test(text),
    );
  }
  if (/ormconfig\.(json|[cm]?[jt]s)$/.test(path))
    return pick(
      /type['"]?\s*:\s*['"](mysql|mariadb)['"]/.test(text),
      /type['"]?\s*:\s*['"](postgres|cockroachdb)['"]/.test(text),
    );
  if (path.endsWith('package.json')) {
    // Only the dependency names count; a project with both drivers says nothing.
    let deps: Record<string, unknown> = {};
    try {
      const j = JSON.parse(text);
      deps = { ...j.dependencies, ...j.devDependencies };
    } catch {
      return undefined;
    }
    const has = (n: string) => n in deps;
    return pick(
      has('mysql2') || has('mysql') || has('mariadb'),
      has('pg') || has('postgres') || has('@neondatabase/serverless'),
    );
  }
  if (path.endsWith('go.mod')) return pick(/go-sql-driver\/mysql/.test(text), /\b(lib\/pq|jackc\/pgx)\b/.test(text));
  if (/(^|\/)(docker-)?compose(\.\w+)?\.ya?ml$/.test(path))
    return pick(
      /image:\s*['"]?(mysql|mariadb|percona)\b/.test(text),
      /image:\s*['"]?(postgres|postgis\/postgis|supabase\/postgres)\b/.test(text),
    );
  return undefined;
}

/**
 * Dialect from the project's config files. The migration tool's own config (Prisma, Drizzle, Flyway, Knex,
 * TypeORM) is strong and applies to every migration; with `weak`, the drivers in package.json / go.mod and
 * the database image in docker compose also count (the caller only lets them decide ambiguous files).
 * Files are weighed in the order of DIALECT_SOURCES, shallow before deep; the first that names one wins.
 */
export function dialectFromConfigs(files: Record<string, string>, o: { weak?: boolean } = {}): Dialect | undefined {
  const rank = (p: string) => DIALECT_SOURCES.findIndex((r) => r.test(p));
  const ordered = Object.keys(files)
    .filter((p) => rank(p) >= 0 && (o.weak || rank(p) < 2))
    .sort((a, b) => rank(a) - rank(b) || a.split('/').length - b.split('/').length);
  for (const p of ordered) {
    const d = dialectOf(p, files[p]);
    if (d) return d;
  }
  return undefined;
}

/** SQLAlchemy / libpq style URLs in a config: `postgresql+psycopg://`, `mysql+pymysql://`, `sqlite:///`. */
function urlDialect(text: string): Dialect | undefined {
  const m = /^\s*sqlalchemy\.url\s*=\s*(\w+)/m.exec(text);
  if (!m) return undefined;
  return /^postgres/.test(m[1])
    ? 'postgresql'
    : /^(?:mysql|mariadb)/.test(m[1])
      ? 'mysql'
      : m[1] === 'sqlite'
        ? 'sqlite'
        : m[1] === 'clickhouse'
          ? 'clickhouse'
          : undefined;
}

const DIALECT_SOURCES = [
  /(^|\/)(schema\.prisma|migration_lock\.toml|drizzle\.config\.[cm]?[jt]s|flyway\.(conf|toml)|wrangler\.(toml|json|jsonc)|alembic\.ini|config\/database\.yml)$/,
  /(^|\/)(knexfile\.[cm]?[jt]s|ormconfig\.(json|[cm]?[jt]s)|settings(\/\w+)?\.py)$/,
  /(^|\/)(package\.json|go\.mod)$/,
  /(^|\/)(docker-)?compose(\.\w+)?\.ya?ml$/,
];

/** Config files that say which database the project uses. */
export const DIALECT_CONFIG = {
  test: (p: string): boolean => DIALECT_SOURCES.some((r) => r.test(p)),
};

/** Syntax only MySQL accepts: backticks, ENGINE=, AUTO_INCREMENT, MODIFY/CHANGE COLUMN, ALGORITHM=/LOCK=. */
export function looksLikeMysql(text: string): boolean {
  const noComments = text.replace(/'(?:[^'\\]|\\.|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, "''");
  return /`\w+`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bMODIFY\s+(COLUMN\s+)?`?\w|\bUNSIGNED\b|,\s*(ALGORITHM|LOCK)\s*=\s*(INSTANT|INPLACE|COPY|NONE|SHARED|EXCLUSIVE|DEFAULT)\b|\bALTER\s+TABLE\s+\S+\s+CHANGE\s+(COLUMN\s+)?\S+\s+\S+\s+\w|^\s*DELIMITER\s/im.test(
    noComments,
  );
}

/** ClickHouse-only syntax: MergeTree engines, `ON CLUSTER`, its types and mutations. */
export function looksLikeClickhouse(text: string): boolean {
  const t = text.replace(/'(?:[^'\\]|\\.|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, "''");
  return /\bENGINE\s*=\s*(?:Replicated|Replacing|Summing|Aggregating|Collapsing|VersionedCollapsing|Shared)?MergeTree\b|\bENGINE\s*=\s*(?:Distributed|Kafka|ReplicatedMergeTree|Log|TinyLog|Memory|Buffer)\s*\(|\bON\s+CLUSTER\b|\bLowCardinality\s*\(|\bDateTime64\s*\(|\bMATERIALIZED\s+VIEW\b[^;]*\bTO\s+\w|\bALTER\s+TABLE\s+\S+\s+(?:UPDATE|DELETE\s+WHERE)\b/i.test(
    t,
  );
}

/** SQLite-only syntax: AUTOINCREMENT (one word), PRAGMA, WITHOUT ROWID, STRICT tables, Drizzle's `__new_` copies. */
export function looksLikeSqlite(text: string): boolean {
  const t = text.replace(/'(?:[^'\\]|\\.|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, "''");
  return /\bAUTOINCREMENT\b|^\s*PRAGMA\s|\bWITHOUT\s+ROWID\b|\)\s*STRICT\s*;|\bINSERT\s+INTO\s+[`"]?__new_/im.test(t);
}

/** The engine a folder name gives away: `db/clickhouse/migrations`, `d1/`, `turso/`, `sqlite/`. */
export function dialectFromPath(path: string): Dialect | undefined {
  if (/(^|\/)(?:clickhouse|ch)(?:[-_]?migrations)?\//i.test(path)) return 'clickhouse';
  if (/(^|\/)(?:sqlite|d1|turso|libsql)(?:[-_]?migrations)?\//i.test(path)) return 'sqlite';
  if (/(^|\/)supabase\//.test(path)) return 'postgresql';
  return undefined;
}

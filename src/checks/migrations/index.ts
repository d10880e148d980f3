// The migrations check: finds the migrations a change adds, parses them with PostgreSQL's own parser
// (or a light MySQL splitter) and reports statements that lock, rewrite or break production.
import { readText } from '../../scope/read.js';
import { code, escapeMd } from '../../report/escape.js';
import type { Check, CheckContext, CheckOutcome, Finding } from '../../types.js';
import { MIGRATION_RULES } from './rule-meta.js';
import { analyzeLite, analyzeMysql, analyzePg, newSchemaState, type FileResult } from './analyze.js';
import { collectMigrations, dialectConfigFiles, scopeHasMigrations } from './collect.js';
import {
  dialectFromConfigs,
  dialectFromPath,
  frameworkFromText,
  looksLikeClickhouse,
  looksLikeMysql,
  looksLikeSqlite,
} from './discover.js';
import { CODE_FRAMEWORKS, type Dialect, type MigrationFile, type PgStatement } from './model.js';
import {
  isCodeMigration,
  layout,
  mysqlQuote,
  newCodeState,
  pgQuote,
  translateCode,
  type Rollback,
} from './code/index.js';
import { ORM_FIXES } from './code/fixes.js';
import { rollbackCell, sqlRollback } from './rollback.js';
import { loadParser } from './pg/parser.js';
import { flywayConfSaysNoTx, upSection } from './sections.js';
import { runTrace } from './trace/index.js';

export interface LoadedMigration {
  file: MigrationFile;
  dialect: Dialect;
  /** False when the engine is a guess (no config, syntax or folder name showed it). */
  sure?: boolean;
  text: string;
  result?: FileResult;
  statements?: PgStatement[];
  /** Whether the migration can be rolled back (code migrations and SQL tools with down steps). */
  rollback?: Rollback;
}

const STYLE_RULES = new Set(['prefer-timestamptz', 'int-primary-key', 'prefer-jsonb']);

/** The migration folder of a file (Prisma keeps one folder per migration: its parent). */
const folderOf = (path: string): string => path.replace(/\/[^/]+\/migration\.sql$/, '').replace(/\/[^/]*$/, '') || '.';

interface ProjectDialect {
  configured?: Dialect;
  /** Config files that name an engine, by path: the nearest one up the tree judges a migration folder. */
  configs: Record<string, string>;
  strong?: Dialect;
  weak?: Dialect;
}

/** The project's engines: configured, or from the migration tools' configs (strong) or drivers (weak). */
async function projectDialect(ctx: CheckContext, allPaths: string[]): Promise<ProjectDialect> {
  const configured = ctx.config.migrations.dialect;
  if (configured !== 'auto') return { configured, configs: {} };
  const texts: Record<string, string> = {};
  for (const p of dialectConfigFiles(allPaths)) {
    const r = await readText(ctx.cwd, p, 1024 * 1024);
    if ('text' in r) texts[p] = r.text;
  }
  return { configs: texts, strong: dialectFromConfigs(texts), weak: dialectFromConfigs(texts, { weak: true }) };
}

/** The strong config nearest up the tree from a migration file (one repository may hold several engines). */
function nearestConfigDialect(configs: Record<string, string>, path: string): Dialect | undefined {
  const dirs = new Map<string, Record<string, string>>();
  for (const [p, text] of Object.entries(configs)) {
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    if (dir && !path.startsWith(`${dir}/`)) continue;
    dirs.set(dir, { ...dirs.get(dir), [p]: text });
  }
  // Nearest first; a folder's own config (`packages/db/drizzle.config.ts`) wins over the root's.
  for (const dir of [...dirs.keys()].sort((a, b) => b.length - a.length)) {
    const d = dialectFromConfigs(dirs.get(dir)!);
    if (d) return d;
  }
  return undefined;
}

/** Where each tool sets session settings for every migration. */
const LOCK_TIMEOUT_CONFIG: Partial<Record<MigrationFile['framework'], RegExp>> = {
  django: /(^|\/)settings(\/\w+)?\.py$/,
  alembic: /(^|\/)(?:alembic|migrations|migration)\/env\.py$/,
  rails: /(^|\/)config\/(database\.yml|initializers\/strong_migrations\.rb)$/,
};

const TOOL_CONFIG: Partial<Record<MigrationFile['framework'], RegExp>> = {
  django: /(^|\/)settings(\/\w+)?\.py$/,
  alembic: /(^|\/)alembic\.ini$/,
  rails: /(^|\/)config\/database\.yml$/,
};

/**
 * A file's engine, and whether anything showed it (a parse error in a file whose engine is a guess is a note).
 * Configured; else unambiguous syntax (ClickHouse, SQLite) or the folder's name; else the nearest tool config;
 * else MySQL-only syntax; else the project's configs and drivers; else PostgreSQL, as a guess.
 */
function fileDialect(p: ProjectDialect, file: MigrationFile, text: string): { dialect: Dialect; sure: boolean } {
  if (p.configured) return { dialect: p.configured, sure: true };
  if (CODE_FRAMEWORKS.has(file.framework)) {
    // Python and Ruby are not SQL: the folder, the nearest config, else the tool's own config anywhere
    // (Django settings, alembic.ini, database.yml); another tool's config (a Drizzle app) says nothing.
    const own = Object.fromEntries(
      Object.entries(p.configs).filter(([path]) => TOOL_CONFIG[file.framework]?.test(path)),
    );
    const d = dialectFromPath(file.path) ?? nearestConfigDialect(p.configs, file.path) ?? dialectFromConfigs(own);
    return { dialect: d ?? 'postgresql', sure: true };
  }
  if (looksLikeClickhouse(text)) return { dialect: 'clickhouse', sure: true };
  const byPath = dialectFromPath(file.path);
  if (byPath) return { dialect: byPath, sure: true };
  if (looksLikeSqlite(text)) return { dialect: 'sqlite', sure: true };
  const near = nearestConfigDialect(p.configs, file.path);
  if (near) return { dialect: near, sure: true };
  if (file.framework === 'supabase' || file.framework === 'node-pg-migrate')
    return { dialect: 'postgresql', sure: true };
  if (looksLikeMysql(text)) return { dialect: 'mysql', sure: true };
  if (p.strong) return { dialect: p.strong, sure: true };
  return { dialect: p.weak ?? 'postgresql', sure: !!p.weak };
}

export async function runMigrations(ctx: CheckContext): Promise<CheckOutcome> {
  const cfg = ctx.config.migrations;
  const scope = await ctx.scope();
  const { files, allPaths } = await collectMigrations(ctx.cwd, scope, cfg.paths, ctx.config.exclude, ctx.signal);
  const judgedFiles = files.filter((f) => f.judged);
  if (!judgedFiles.length)
    return {
      status: files.length ? undefined : 'skipped',
      summary: files.length ? `no new or changed migrations (${files.length} in the tree)` : 'no migration files found',
      findings: [],
    };
  const dialect = await projectDialect(ctx, allPaths);
  const pathSet = new Set(allPaths);
  const notes: string[] = [];
  const unreadable: string[] = [];
  const loaded: LoadedMigration[] = [];
  for (const file of files) {
    if (ctx.signal.aborted) throw new Error('aborted');
    const r = await readText(ctx.cwd, file.path, scope.maxFileSize);
    if (!('text' in r)) {
      if (file.judged) unreadable.push(`${file.path} (${r.skip})`);
      continue;
    }
    if (CODE_FRAMEWORKS.has(file.framework) && !isCodeMigration(file, r.text)) continue;
    file.framework = frameworkFromText(file.framework, r.text);
    const d = fileDialect(dialect, file, r.text);
    loaded.push({ file, dialect: d.dialect, sure: d.sure, text: r.text });
  }
  if (loaded.some((m) => m.dialect === 'postgresql')) await loadParser();

  const schema = newSchemaState();
  const codeState = newCodeState();
  const lockTimeoutByTool = new Map<string, boolean>();
  const toolSetsLockTimeout = async (fw: MigrationFile['framework']): Promise<boolean> => {
    if (!lockTimeoutByTool.has(fw)) {
      let found = false;
      for (const p of allPaths.filter((x) => LOCK_TIMEOUT_CONFIG[fw]?.test(x) && !x.includes('node_modules/'))) {
        const r = await readText(ctx.cwd, p, 1024 * 1024);
        if ('text' in r && /\block_timeout\b/.test(r.text)) found = true;
      }
      lockTimeoutByTool.set(fw, found);
    }
    return lockTimeoutByTool.get(fw)!;
  };
  const findings: Finding[] = [];
  const parseErrors: string[] = [];
  let statements = 0;
  for (const m of loaded) {
    if (ctx.signal.aborted) throw new Error('aborted');
    let flywayNoTx = false;
    if (m.file.framework === 'flyway' && pathSet.has(`${m.file.path}.conf`)) {
      const conf = await readText(ctx.cwd, `${m.file.path}.conf`, 64 * 1024);
      flywayNoTx = 'text' in conf && flywayConfSaysNoTx(conf.text);
    }
    let synthetic = 0;
    let section = upSection(m.file.framework, m.text, { flywayNoTx });
    if (CODE_FRAMEWORKS.has(m.file.framework)) {
      // The SQL the code runs, on the code's lines: the SQL rules judge it like any migration.
      const tr = translateCode(m.file, m.text, m.dialect === 'mysql' ? mysqlQuote : pgQuote, codeState);
      section = { text: layout(tr.up), txMode: tr.txMode };
      synthetic = tr.up.filter((e) => e.synthetic).length;
      m.rollback = tr.rollback;
      if (m.file.judged) notes.push(...tr.notes.map((n) => `${m.file.path}: ${n}`));
      // Nothing read is said, never passed in silence (operations built at run time, an unknown form).
      if (m.file.judged && !tr.up.some((e) => !e.synthetic))
        notes.push(`${m.file.path}: no schema operation this reader knows was found; not checked`);
    }
    const lite = m.dialect === 'sqlite' || m.dialect === 'clickhouse' ? m.dialect : undefined;
    m.result =
      m.dialect === 'mysql' || lite
        ? m.file.judged
          ? lite
            ? analyzeLite(m.file, section.text, lite)
            : analyzeMysql(m.file, section.text)
          : undefined
        : analyzePg(m.file, section.text, section.txMode, schema, {
            postgresVersion: cfg['postgres-version'],
            judge: m.file.judged,
            trackNewTables: scope.kind === 'diff',
            nonTxOutside: section.nonTxOutside,
          });
    if (!m.file.judged || !m.result) continue;
    m.rollback ??= sqlRollback(m.file, m.text, pathSet);
    const fixes = ORM_FIXES[m.file.framework];
    if (fixes) for (const f of m.result.findings) f.fix = fixes[f.rule] ?? f.fix;
    // A lock_timeout set for every migration of the tool (database.yml variables, Django OPTIONS, env.py,
    // strong_migrations) covers its files.
    if (CODE_FRAMEWORKS.has(m.file.framework) && (await toolSetsLockTimeout(m.file.framework)))
      m.result.findings = m.result.findings.filter((f) => f.rule !== 'missing-lock-timeout');
    m.statements = m.result.parsed;
    m.result.statements -= synthetic;
    statements += m.result.statements;
    findings.push(...m.result.findings);
    notes.push(...m.result.notes);
    if (m.result.parseError) parseErrors.push(m.result.parseError);
  }
  // A parse error where the engine is a guess may be another engine's SQL: below the gate, with a note;
  // unless other migrations of the same folder parse as PostgreSQL, which shows the folder's engine.
  const parsedFolders = new Set(
    loaded.filter((m) => m.result && !m.result.parseError).map((m) => folderOf(m.file.path)),
  );
  for (const m of loaded) {
    if (m.sure !== false || !m.result?.parseError || parsedFolders.has(folderOf(m.file.path))) continue;
    parseErrors.splice(parseErrors.indexOf(m.result.parseError), 1);
    notes.push(
      `${m.file.path}: does not parse as PostgreSQL and nothing names its engine (set migrations.dialect); reported as medium`,
    );
    for (const f of m.result.findings) if (f.rule === 'sql-parse-error') f.severity = 'medium';
  }

  // Style rules were a quarter of all findings on real repositories: opt-in (`migrations.style: true`).
  const styleHidden = cfg.style ? 0 : findings.filter((f) => STYLE_RULES.has(f.rule)).length;
  if (styleHidden) {
    for (let i = findings.length - 1; i >= 0; i--) if (STYLE_RULES.has(findings[i].rule)) findings.splice(i, 1);
    notes.push(
      `${styleHidden} style finding${styleHidden === 1 ? '' : 's'} (timestamptz, bigint keys, jsonb) not shown: set migrations.style: true to see them`,
    );
  }
  const judged = loaded.filter((m) => m.file.judged);
  const metrics: Record<string, unknown> = {
    files: judged.length,
    statements,
    dialects: [...new Set(judged.map((m) => m.dialect))],
    frameworks: [...new Set(judged.map((m) => m.file.framework))],
    rollback: judged
      .filter((m) => m.rollback)
      .map((m) => ({ file: m.file.path, down: m.rollback!.down, losesData: m.rollback!.losesData })),
  };
  let markdown = fileTable(judged);
  if (cfg.trace) {
    const trace = await runTrace(ctx, loaded, parseErrors.length > 0);
    notes.push(...trace.notes);
    findings.push(...trace.findings);
    metrics.trace = trace.metrics;
    if (trace.markdown) markdown += `\n\n${trace.markdown}`;
    if (trace.error) parseErrors.push(`trace: ${trace.error}`);
  }
  const summary = `${judged.length} migration file${judged.length === 1 ? '' : 's'}, ${statements} statements, ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  if (unreadable.length) notes.push(`not checked: ${unreadable.join(', ')}`);
  if (parseErrors.length || unreadable.length)
    return {
      status: 'error',
      summary: `${summary}; ${parseErrors.length ? `could not check: ${parseErrors.join('; ')}` : `unreadable migrations: ${unreadable.join(', ')}`}`,
      findings,
      metrics,
      markdown,
      notes,
    };
  return { summary, findings, metrics, markdown, notes };
}

function fileTable(judged: LoadedMigration[]): string {
  if (!judged.length) return '';
  const rows = judged.map((m) => {
    const n = m.result?.findings.length ?? 0;
    const rb = escapeMd(rollbackCell(m.rollback, m.result?.findings ?? []));
    return `| ${code(m.file.path)} | ${escapeMd(m.file.framework)} | ${escapeMd(m.dialect)} | ${m.result?.statements ?? 0} | ${n} | ${rb} |`;
  });
  return [
    '| migration | framework | dialect | statements | findings | rollback |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

export const check: Check = {
  rules: MIGRATION_RULES,
  id: 'migrations',
  async applies(ctx) {
    // A scope that cannot be computed is not swallowed here: run() then reports it as an error.
    return scopeHasMigrations(ctx.cwd, await ctx.scope(), ctx.config.migrations.paths);
  },
  run: runMigrations,
};

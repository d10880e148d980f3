// The migrations check: finds the migrations a change adds, parses them with PostgreSQL's own parser
// (or a light MySQL splitter) and reports statements that lock, rewrite or break production.
import { readText } from '../../scope/read.js';
import { code, escapeMd } from '../../report/escape.js';
import type { Check, CheckContext, CheckOutcome, Finding, RuleMeta } from '../../types.js';
import { docsUrl } from './model.js';
import { RULES } from './rules/index.js';
import { analyzeMysql, analyzePg, newSchemaState, type FileResult } from './analyze.js';
import { collectMigrations, dialectConfigFiles, scopeHasMigrations } from './collect.js';
import { dialectFromConfigs, frameworkFromText, looksLikeMysql } from './discover.js';
import type { Dialect, MigrationFile, PgStatement } from './model.js';
import { loadParser } from './pg/parser.js';
import { flywayConfSaysNoTx, upSection } from './sections.js';
import { runTrace } from './trace/index.js';

export interface LoadedMigration {
  file: MigrationFile;
  dialect: Dialect;
  text: string;
  result?: FileResult;
  statements?: PgStatement[];
}

/** The project's dialect: configured, or from the migration tool's config (strong) or drivers (weak). */
async function projectDialect(ctx: CheckContext, allPaths: string[]): Promise<{ strong?: Dialect; weak?: Dialect }> {
  const configured = ctx.config.migrations.dialect;
  if (configured !== 'auto') return { strong: configured };
  const texts: Record<string, string> = {};
  for (const p of dialectConfigFiles(allPaths)) {
    const r = await readText(ctx.cwd, p, 1024 * 1024);
    if ('text' in r) texts[p] = r.text;
  }
  return { strong: dialectFromConfigs(texts), weak: dialectFromConfigs(texts, { weak: true }) };
}

/** A file's dialect: the strong project signal, else its own MySQL-only syntax, else the weak signal. */
function fileDialect(project: { strong?: Dialect; weak?: Dialect }, file: MigrationFile, text: string): Dialect {
  if (project.strong) return project.strong;
  if (file.framework === 'supabase' || file.framework === 'node-pg-migrate') return 'postgresql';
  if (looksLikeMysql(text)) return 'mysql';
  return project.weak ?? 'postgresql';
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
    file.framework = frameworkFromText(file.framework, r.text);
    loaded.push({ file, dialect: fileDialect(dialect, file, r.text), text: r.text });
  }
  if (loaded.some((m) => m.dialect === 'postgresql')) await loadParser();

  const schema = newSchemaState();
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
    const section = upSection(m.file.framework, m.text, { flywayNoTx });
    m.result =
      m.dialect === 'mysql'
        ? m.file.judged
          ? analyzeMysql(m.file, section.text)
          : undefined
        : analyzePg(m.file, section.text, section.txMode, schema, {
            postgresVersion: cfg['postgres-version'],
            judge: m.file.judged,
            trackNewTables: scope.kind === 'diff',
            nonTxOutside: section.nonTxOutside,
          });
    if (!m.file.judged || !m.result) continue;
    m.statements = m.result.parsed;
    statements += m.result.statements;
    findings.push(...m.result.findings);
    notes.push(...m.result.notes);
    if (m.result.parseError) parseErrors.push(m.result.parseError);
  }

  const judged = loaded.filter((m) => m.file.judged);
  const metrics: Record<string, unknown> = {
    files: judged.length,
    statements,
    dialects: [...new Set(judged.map((m) => m.dialect))],
    frameworks: [...new Set(judged.map((m) => m.file.framework))],
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
    return `| ${code(m.file.path)} | ${escapeMd(m.file.framework)} | ${escapeMd(m.dialect)} | ${m.result?.statements ?? 0} | ${n} |`;
  });
  return [
    '| migration | framework | dialect | statements | findings |',
    '| --- | --- | --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

const MIGRATION_RULES: RuleMeta[] = RULES.map((r) => ({
  id: r.id,
  title: r.title,
  why: r.why,
  fix: r.fix,
  docs: docsUrl(r.id),
  security: false,
}));

export const check: Check = {
  rules: MIGRATION_RULES,
  id: 'migrations',
  async applies(ctx) {
    // A scope that cannot be computed is not swallowed here: run() then reports it as an error.
    return scopeHasMigrations(ctx.cwd, await ctx.scope(), ctx.config.migrations.paths);
  },
  run: runMigrations,
};

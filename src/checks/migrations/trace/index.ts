// Trace mode: applies the base's migrations, then the new ones statement by statement, to a real
// PostgreSQL, and reports the locks each statement took, the tables it rewrote, and its duration.
import { quietParseMessage } from '../statements.js';
import { code, escapeMd } from '../../../report/escape.js';
import type { CheckContext, Finding } from '../../../types.js';
import { toFinding } from '../analyze.js';
import type { LoadedMigration } from '../index.js';
import type { PgStatement } from '../model.js';
import { RULES_BY_ID } from '../rules/index.js';
import { upSection } from '../sections.js';
import { findBinDir, findPsql, fromUrl, run, startServer, type Database } from './server.js';
import { parseTraceOutput, traceScript, type TraceRow } from './script.js';

export interface TraceEntry {
  file: string;
  line: number;
  statement: string;
  ms: number | null;
  locks: { rel: string; mode: string }[] | null;
  rewritten: string[];
}

export interface TraceOutcome {
  notes: string[];
  metrics: { database?: string; statements: TraceEntry[] };
  markdown?: string;
  findings: Finding[];
  error?: string;
}

const BLOCKING = new Set(['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock']);

async function connect(ctx: CheckContext): Promise<Database> {
  const url = ctx.env.DATABASE_URL;
  const binDir = findBinDir(ctx.env);
  if (url) {
    ctx.mask(url);
    const psql = findPsql(ctx.env, binDir);
    if (!psql) throw new Error('DATABASE_URL is set but psql is not installed (install postgresql-client)');
    return fromUrl(url, psql);
  }
  if (!binDir)
    throw new Error(
      'trace mode needs a PostgreSQL: set DATABASE_URL to a throwaway database, or install PostgreSQL (initdb, pg_ctl, psql)',
    );
  return startServer(binDir, ctx.signal);
}

const topLevel = (stmts: PgStatement[] | undefined) =>
  (stmts ?? []).filter((s) => !s.inDo && s.kind !== 'TransactionStmt');

export async function runTrace(
  ctx: CheckContext,
  loaded: LoadedMigration[],
  hadErrors: boolean,
): Promise<TraceOutcome> {
  const out: TraceOutcome = { notes: [], metrics: { statements: [] }, findings: [] };
  const pg = loaded.filter((m) => m.dialect === 'postgresql');
  if (loaded.some((m) => m.dialect === 'mysql')) out.notes.push('trace mode covers PostgreSQL migrations only');
  if (!pg.some((m) => m.file.judged)) return out;
  if (hadErrors) {
    out.notes.push('trace skipped: a migration does not parse');
    return out;
  }
  let db: Database;
  try {
    db = await connect(ctx);
  } catch (e) {
    return { ...out, error: (e as Error).message };
  }
  out.metrics.database = db.description;
  try {
    for (const m of pg.filter((x) => !x.file.judged)) {
      const section = upSection(m.file.framework, m.text);
      const r = await run(db.psql, ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', ...db.args], {
        input: section.text,
        env: db.env,
        signal: ctx.signal,
      });
      if (r.code !== 0)
        return { ...out, error: `applying the base migration ${m.file.path} failed: ${firstError(r.stderr)}` };
    }
    for (const m of pg.filter((x) => x.file.judged)) {
      const stmts = topLevel(m.statements);
      if (!stmts.length) continue;
      const r = await run(db.psql, ['-X', '-q', '-At', ...db.args], {
        input: traceScript(stmts),
        env: db.env,
        signal: ctx.signal,
      });
      const rows = parseTraceOutput(r.stdout);
      rows.forEach((row) => out.metrics.statements.push(entry(m.file.path, stmts[row.i], row)));
      addRewriteFindings(out, m, stmts, rows);
      if (r.code !== 0 || rows.length < stmts.length) {
        const failed = stmts[rows.length];
        const rule = RULES_BY_ID.get('migration-fails')!;
        const msg = `applying this statement to PostgreSQL failed: ${firstError(r.stderr)}`;
        out.findings.push(toFinding(rule, m.file.path, failed?.line ?? 1, msg, failed?.text ?? m.file.path));
        out.notes.push(`trace stopped at ${m.file.path}:${failed?.line ?? 1}`);
        break;
      }
    }
  } finally {
    await db.stop();
  }
  out.markdown = traceTable(out.metrics.statements);
  return out;
}

function firstError(stderr: string): string {
  const l = stderr.split('\n').find((x) => /ERROR:/.test(x)) ?? stderr.split('\n')[0] ?? '';
  // PostgreSQL quotes the source near the error, which may be a secret in the migration.
  return quietParseMessage(l.replace(/^psql:[^:]*:\d+:\s*/, '').trim()).slice(0, 300);
}

const entry = (file: string, s: PgStatement, row: TraceRow): TraceEntry => ({
  file,
  line: s.line,
  statement: s.text.replace(/\s+/g, ' ').slice(0, 120),
  ms: row.ms,
  locks: row.locks,
  rewritten: row.rewritten,
});

/** A rewrite observed on a table that existed before the migration and no static rule explained. */
function addRewriteFindings(out: TraceOutcome, m: LoadedMigration, stmts: PgStatement[], rows: TraceRow[]): void {
  const created = new Set<string>();
  const staticLines = new Set((m.result?.findings ?? []).map((f) => f.line));
  const rule = RULES_BY_ID.get('table-rewrite-observed')!;
  for (const row of rows) {
    const s = stmts[row.i];
    if (s.kind === 'CreateStmt') created.add(String(s.body.relation?.relname ?? '').toLowerCase());
    const old = row.rewritten.filter((t) => !created.has(t.toLowerCase()));
    if (old.length && !staticLines.has(s.line))
      out.findings.push(
        toFinding(
          rule,
          m.file.path,
          s.line,
          `PostgreSQL rewrote ${old.join(', ')} while running this statement (${row.ms} ms on the trace database)`,
          s.text,
        ),
      );
  }
}

function traceTable(entries: TraceEntry[]): string {
  if (!entries.length) return '';
  const rows = entries.map((e) => {
    const locks =
      e.locks === null
        ? 'not observable (runs outside a transaction)'
        : e.locks.map((l) => `${l.rel}: ${l.mode}`).join(', ') || 'none';
    const blocking = e.locks?.some((l) => BLOCKING.has(l.mode)) ? ' ⚠' : '';
    return `| ${code(`${e.file}:${e.line}`)} | ${code(e.statement.slice(0, 60))} | ${escapeMd(locks)}${blocking} | ${escapeMd(e.rewritten.join(', ') || 'no')} | ${e.ms ?? ''} |`;
  });
  return [
    '**Trace** (each statement in its own transaction)',
    '',
    '| statement | SQL | locks held | rewrote | ms |',
    '| --- | --- | --- | --- | ---: |',
    ...rows,
  ].join('\n');
}

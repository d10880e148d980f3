// Runs the rules over one migration file, statement by statement, keeping the state the rules need:
// transaction, lock_timeout, tables created so far, and the schema knowledge carried across files.
import { createHash } from 'node:crypto';
import type { Finding } from '../../types.js';
import { constraintsOf, lastName, notNullTestColumn, relName, typeMods, typeName } from './pg/ast.js';
import type { MigrationFile, PgStatement, RuleMeta, TxMode } from './model.js';
import { docsUrl } from './model.js';
import { splitMysql } from './mysql/split.js';
import { hits, type MysqlContext, type PgContext, type SchemaState } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { normalizeSql, parseStatements } from './statements.js';
import { blockingLockTarget } from './rules/missing-lock-timeout.js';

export const newSchemaState = (): SchemaState => ({
  notNull: new Set(),
  notNullChecked: new Set(),
  pendingChecks: new Map(),
  newTables: new Set(),
  columnTypes: new Map(),
  partitioned: new Set(),
  newViews: new Set(),
  functions: new Set(),
});

export const fingerprint = (rule: string, file: string, text: string): string =>
  createHash('sha256')
    .update(`${rule}\0${file}\0${normalizeSql(text)}`)
    .digest('hex')
    .slice(0, 32);

export function toFinding(rule: RuleMeta, file: string, line: number, message: string, text: string): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    file,
    line,
    message,
    why: rule.why,
    fix: rule.fix,
    docs: docsUrl(rule.id),
    fingerprint: fingerprint(rule.id, file, text),
  };
}

export interface FileResult {
  findings: Finding[];
  statements: number;
  parseError?: string;
  notes: string[];
  /** The parsed statements, for trace mode. */
  parsed?: PgStatement[];
}

/** Records what a statement tells us about the schema (for later statements and later files). */
function learn(
  s: PgStatement,
  schema: SchemaState,
  local: { tables: Set<string>; indexes: Set<string> },
  trackNew: boolean,
): void {
  const b = s.body;
  const col = (t: string, c: string) => `${t}.${String(c).toLowerCase()}`;
  const learnColumn = (table: string, def: { colname?: string; typeName?: unknown }, tablePk: Set<string>) => {
    const key = col(table, def.colname ?? '');
    const ks = constraintsOf(def);
    if (
      ks.some((k) => k.contype === 'CONSTR_NOTNULL' || k.contype === 'CONSTR_PRIMARY') ||
      tablePk.has(String(def.colname).toLowerCase())
    )
      schema.notNull.add(key);
    if (def.typeName) schema.columnTypes.set(key, { type: typeName(def.typeName), mods: typeMods(def.typeName) });
  };
  switch (s.kind) {
    case 'CreateEnumStmt': {
      // Types share the tables' namespace (every table has a row type of its name): a new enum is "new" like a table.
      const t = lastName(b.typeName);
      local.tables.add(t);
      if (trackNew) schema.newTables.add(t);
      break;
    }
    case 'CreateFunctionStmt':
      schema.functions.add(lastName(b.funcname));
      break;
    case 'DefineStmt':
      if (b.kind === 'OBJECT_AGGREGATE') schema.functions.add(lastName(b.defnames));
      break;
    case 'CreateStmt': {
      const t = relName(b.relation);
      local.tables.add(t);
      if (trackNew) schema.newTables.add(t);
      if (b.partspec) schema.partitioned.add(t);
      const pk = new Set<string>();
      for (const e of b.tableElts ?? [])
        if (e.Constraint?.contype === 'CONSTR_PRIMARY')
          for (const k of e.Constraint.keys ?? []) pk.add(String(k.String?.sval).toLowerCase());
      for (const e of b.tableElts ?? []) if (e.ColumnDef) learnColumn(t, e.ColumnDef, pk);
      break;
    }
    case 'CreateTableAsStmt': {
      const t = relName(b.into?.rel);
      local.tables.add(t);
      if (b.objtype === 'OBJECT_MATVIEW' && trackNew) schema.newViews.add(t);
      if (trackNew) schema.newTables.add(t);
      break;
    }
    case 'RenameStmt': {
      // A new table keeps being new under its new name.
      const t = relName(b.relation);
      if (b.renameType === 'OBJECT_TABLE' && local.tables.has(t)) {
        local.tables.add(String(b.newname).toLowerCase());
        if (trackNew) schema.newTables.add(String(b.newname).toLowerCase());
      }
      break;
    }
    case 'IndexStmt':
      if (b.idxname) local.indexes.add(String(b.idxname).toLowerCase());
      break;
    case 'AlterTableStmt': {
      const t = relName(b.relation);
      for (const x of b.cmds ?? []) {
        const a = x.AlterTableCmd;
        if (!a) continue;
        if (a.subtype === 'AT_AddColumn' && a.def?.ColumnDef) learnColumn(t, a.def.ColumnDef, new Set());
        if (a.subtype === 'AT_SetNotNull') schema.notNull.add(col(t, a.name));
        if (a.subtype === 'AT_DropColumn') schema.columnTypes.delete(col(t, a.name));
        if (a.subtype === 'AT_DropNotNull') schema.notNull.delete(col(t, a.name));
        if (a.subtype === 'AT_AlterColumnType') {
          const tn = a.def?.ColumnDef?.typeName;
          schema.columnTypes.set(col(t, a.name), { type: typeName(tn), mods: typeMods(tn) });
        }
        const k = a.def?.Constraint;
        if (a.subtype === 'AT_AddConstraint' && k?.contype === 'CONSTR_CHECK') {
          const c = notNullTestColumn(k.raw_expr);
          if (c && k.skip_validation && k.conname) schema.pendingChecks.set(String(k.conname).toLowerCase(), col(t, c));
          else if (c) schema.notNullChecked.add(col(t, c));
        }
        if (a.subtype === 'AT_ValidateConstraint') {
          const target = schema.pendingChecks.get(String(a.name).toLowerCase());
          if (target) schema.notNullChecked.add(target);
        }
      }
      break;
    }
  }
}

/** The lock_timeout a SET gives, in any unit; 0 means no timeout (also RESET and DEFAULT). */
function lockTimeoutValue(s: PgStatement): number {
  if (s.body.kind !== 'VAR_SET_VALUE') return 0;
  const v = s.body.args?.[0]?.A_Const;
  if (v?.ival) return v.ival.ival ?? 0;
  return parseFloat(String(v?.sval?.sval ?? v?.fval?.fval ?? '0')) || 0;
}

const isTxStart = (s: PgStatement) =>
  s.kind === 'TransactionStmt' && ['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(s.body.kind);
const isTxEnd = (s: PgStatement) =>
  s.kind === 'TransactionStmt' &&
  ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE'].includes(s.body.kind);

/** Analyzes a PostgreSQL migration. `judge` false only updates the schema knowledge (old migrations). */
export function analyzePg(
  file: MigrationFile,
  text: string,
  txMode: TxMode,
  schema: SchemaState,
  opts: { postgresVersion: number; judge: boolean; trackNewTables: boolean; nonTxOutside?: boolean },
): FileResult {
  const parsed = parseStatements(text, file.path);
  if (parsed.error) {
    const rule = RULES_BY_ID.get('sql-parse-error')!;
    const findings = opts.judge
      ? [
          toFinding(
            rule,
            file.path,
            parsed.error.line,
            `PostgreSQL cannot parse this migration: ${parsed.error.message}`,
            parsed.error.message,
          ),
        ]
      : [];
    return {
      findings,
      statements: 0,
      parseError: `${file.path}:${parsed.error.line}: ${parsed.error.message}`,
      notes: parsed.notes,
    };
  }
  const stmts = parsed.statements;
  const local = { tables: new Set<string>(), indexes: new Set<string>() };
  const topLevelCount = stmts.filter((s) => !s.inDo).length;
  const ctx: PgContext = {
    file,
    txMode,
    nonTxOutside: !!opts.nonTxOutside,
    postgresVersion: opts.postgresVersion,
    statements: stmts,
    topLevelCount,
    schema,
    isNewTable: (t) => local.tables.has(t) || (opts.trackNewTables && schema.newTables.has(t)),
    newIndexes: local.indexes,
    explicitTx: false,
    lockTimeout: false,
    inTransaction: false,
    notValidInTx: new Set(),
    enumValuesAdded: new Map(),
    once: new Set(),
  };
  const frameworkTx = txMode === 'transaction' || (txMode === 'implicit' && topLevelCount > 1);
  // The backfill rule needs the first schema change on an existing table of the statement's transaction,
  // wherever it sits in it: an explicit COMMIT (outside a framework's transaction) releases the locks.
  const createdInFile = new Set(stmts.filter((s) => s.kind === 'CreateStmt').map((s) => relName(s.body.relation)));
  const preview: PgContext = { ...ctx, isNewTable: (t) => createdInFile.has(t) || ctx.isNewTable(t) };
  const segmentOf: number[] = [];
  const changeBySegment = new Map<number, number>();
  let segment = 0;
  let explicit = false;
  for (const s of stmts) {
    // Without any transaction (a no-transaction marker), each statement commits on its own.
    if (txMode === 'none' && !explicit && !s.inDo) segment++;
    if (isTxStart(s)) explicit = true;
    if (isTxEnd(s)) explicit = false;
    segmentOf.push(segment);
    if (
      !changeBySegment.has(segment) &&
      s.kind !== 'UpdateStmt' &&
      s.kind !== 'DeleteStmt' &&
      blockingLockTarget(s, preview)
    )
      changeBySegment.set(segment, s.line);
    if (!frameworkTx && isTxEnd(s)) segment++;
  }
  const findings: Finding[] = [];
  for (const [i, s] of stmts.entries()) {
    ctx.schemaChangeLine = changeBySegment.get(segmentOf[i]);
    ctx.inTransaction = ctx.explicitTx || frameworkTx || !!s.inDo;
    if (opts.judge)
      for (const rule of RULES) {
        if (!rule.check) continue;
        for (const h of hits(rule.check(s, ctx)))
          findings.push(toFinding(rule, file.path, h.line ?? s.line, h.message, s.text));
      }
    // State after the statement.
    if (isTxStart(s)) ctx.explicitTx = true;
    if (isTxEnd(s)) {
      ctx.explicitTx = false;
      if (!frameworkTx) {
        ctx.notValidInTx.clear();
        ctx.enumValuesAdded.clear();
      }
    }
    if (s.kind === 'VariableSetStmt' && s.body.name === 'lock_timeout') {
      ctx.lockTimeout = lockTimeoutValue(s) > 0;
    }
    if (s.kind === 'AlterTableStmt')
      for (const x of s.body.cmds ?? []) {
        const k = x.AlterTableCmd?.def?.Constraint;
        if (x.AlterTableCmd?.subtype === 'AT_AddConstraint' && k?.skip_validation && k.conname && ctx.inTransaction)
          ctx.notValidInTx.add(String(k.conname).toLowerCase());
      }
    if (s.kind === 'AlterEnumStmt' && s.body.newVal && !s.body.oldVal && ctx.inTransaction)
      ctx.enumValuesAdded.set(s.body.newVal, s.line);
    learn(s, schema, local, opts.trackNewTables && opts.judge);
  }
  return { findings: dedupe(findings), statements: topLevelCount, notes: parsed.notes, parsed: stmts };
}

/** One finding per rule and line (a statement with two bad commands of the same kind reports once). */
function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.rule}:${f.line}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Analyzes a MySQL migration with the MySQL rules and the dialect-neutral ones. */
export function analyzeMysql(file: MigrationFile, text: string): FileResult {
  const stmts = splitMysql(text);
  const ctx: MysqlContext = { file, newTables: new Set(), foreignKeyChecksOff: false };
  const findings: Finding[] = [];
  for (const s of stmts) {
    for (const rule of RULES) {
      if (!rule.checkMysql) continue;
      for (const h of hits(rule.checkMysql(s, ctx)))
        findings.push(toFinding(rule, file.path, h.line ?? s.line, h.message, s.text));
    }
    const created = /^CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/.exec(
      s.upper,
    );
    if (created) ctx.newTables.add(created[1].toLowerCase());
    const fk = /^SET\s+(?:SESSION\s+|@@)?FOREIGN_KEY_CHECKS\s*=\s*(\w+)/.exec(s.upper);
    if (fk) ctx.foreignKeyChecksOff = fk[1] === '0' || fk[1] === 'OFF';
  }
  return { findings: dedupe(findings), statements: stmts.length, notes: [] };
}

/** Rules written for MySQL's statement form that mean the same in SQLite and ClickHouse. */
const SHARED_WITH_LITE = new Set([
  'drop-column',
  'drop-table',
  'rename-column',
  'rename-table',
  'truncate-table',
  'drop-database',
]);
const DROP_TABLE = /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/;

const unqualify = (sql: string): string => sql.replace(/(?<![\w.'])[`"]?[A-Za-z_]\w*[`"]?\.(?=[`"]?[A-Za-z_])/g, '');

/** SQLite (libSQL, Turso, D1) and ClickHouse: their own rules plus the engine-neutral ones, never PostgreSQL's. */
export function analyzeLite(file: MigrationFile, text: string, dialect: 'sqlite' | 'clickhouse'): FileResult {
  // `db.table` -> `table`: the shared rules read one identifier, and ClickHouse names the database everywhere.
  // Double quotes are identifiers here (MySQL's splitter blanks them as strings): only '…' is emptied.
  const stmts = splitMysql(text).map((s) => {
    const t = unqualify(s.text);
    return { ...s, text: t, upper: t.replace(/'(?:[^'\\]|\\.|'')*'/g, "''").toUpperCase() };
  });
  const ctx: MysqlContext = { file, newTables: new Set(), foreignKeyChecksOff: false, copiedFrom: new Set() };
  // Drop-and-recreate (a view, a materialized view) and the old copy of a RENAME swap lose no data.
  const recreated = new Set<string>();
  const renamedInto = new Set<string>();
  for (const s of stmts) {
    const c =
      /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"]?(\w+)/.exec(
        s.upper,
      );
    if (c) recreated.add(c[1].toLowerCase());
    for (const r of s.upper.matchAll(/\bTO\s+[`"]?(\w+)[`"]?/g))
      if (/^(?:RENAME|EXCHANGE)\s/.test(s.upper)) {
        ctx.copiedFrom!.add(r[1].toLowerCase());
        renamedInto.add(r[1].toLowerCase());
      }
  }
  const findings: Finding[] = [];
  for (const s of stmts) {
    const created =
      /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"]?(\w+)/.exec(
        s.upper,
      );
    // Dropping the old table of a SQLite recreate is the last step of a copy, not a data loss.
    const dropped = DROP_TABLE.exec(s.upper)?.[1].toLowerCase();
    for (const rule of RULES) {
      const own = dialect === 'sqlite' ? rule.checkSqlite : rule.checkClickhouse;
      const check = own ?? (SHARED_WITH_LITE.has(rule.id) ? rule.checkMysql : undefined);
      if (!check) continue;
      if (rule.id === 'drop-table' && dropped && (ctx.copiedFrom!.has(dropped) || recreated.has(dropped))) continue;
      // A swap (`RENAME TABLE t TO t_old, t_new TO t`): the name stays, with the new table behind it.
      const renamed = /^RENAME\s+TABLE\s+[`"]?(\w+)/.exec(s.upper)?.[1].toLowerCase();
      if (rule.id === 'rename-table' && renamed && (renamedInto.has(renamed) || ctx.newTables.has(renamed))) continue;
      for (const h of hits(check.call(rule, s, ctx)))
        findings.push(toFinding(rule, file.path, h.line ?? s.line, h.message, s.text));
    }
    if (created) ctx.newTables.add(created[1].toLowerCase());
  }
  return { findings: dedupe(findings), statements: stmts.length, notes: [] };
}

// The shape of a rule: metadata for findings and docs, and a check over one statement.
import type { Hit, MigrationFile, PgStatement, RuleMeta, TxMode } from './model.js';
import type { MysqlStatement } from './mysql/split.js';
import { relName } from './pg/ast.js';
import type { Ast } from './pg/parser.js';

/** Cross-file knowledge of the schema, built from every migration in apply order. */
export interface SchemaState {
  /** `table.column` known to be NOT NULL. */
  notNull: Set<string>;
  /** `table.column` with a validated `CHECK (column IS NOT NULL)`. */
  notNullChecked: Set<string>;
  /** NOT VALID `CHECK (column IS NOT NULL)` constraints by name, to `table.column`. */
  pendingChecks: Map<string, string>;
  /** Tables (and enum types) created by migrations judged in this run (diff scope): empty in production when deployed. */
  newTables: Set<string>;
  /** `table.column` -> its declared type and modifiers, to tell a widening from a rewrite. */
  columnTypes: Map<string, ColumnType>;
  /** Partitioned tables (`PARTITION BY`): `CREATE INDEX ... ON ONLY` on one builds nothing. */
  partitioned: Set<string>;
  /** Materialized views created by migrations judged in this run (diff scope). */
  newViews: Set<string>;
  /** Functions and aggregates the migrations create (a user overload of a built-in name is not judged). */
  functions: Set<string>;
}

/** A column's type as declared: `numeric(12,2)` is `{ type: 'numeric', mods: [12, 2] }`. */
export interface ColumnType {
  type: string;
  mods: number[];
}

export interface PgContext {
  file: MigrationFile;
  txMode: TxMode;
  /** The runner sends statements that cannot run in a transaction outside it (Supabase CLI). */
  nonTxOutside: boolean;
  postgresVersion: number;
  statements: PgStatement[];
  /** Top-level statements in the file (a multi-statement string runs as one implicit transaction). */
  topLevelCount: number;
  schema: SchemaState;
  /** Tables created earlier in this file (or in an earlier new migration of this diff). */
  isNewTable(name: string): boolean;
  newIndexes: Set<string>;
  /** State at the statement being checked. */
  explicitTx: boolean;
  lockTimeout: boolean;
  /** True when the statement runs inside a transaction (explicit, the framework's, or an implicit one). */
  inTransaction: boolean;
  /** Constraints added NOT VALID earlier in the same transaction. */
  notValidInTx: Set<string>;
  /** Enum values added earlier in the same transaction. */
  enumValuesAdded: Map<string, number>;
  /** The file changes the schema of an existing table somewhere (for the backfill rule). */
  schemaChangeLine?: number;
  /** Rules that report once per file mark themselves here. */
  once: Set<string>;
}

export interface MysqlContext {
  file: MigrationFile;
  /** Tables created earlier in this file (lowercase). */
  newTables: Set<string>;
  /** `SET foreign_key_checks = 0` seen earlier in the file. */
  foreignKeyChecksOff: boolean;
  /** SQLite: tables whose rows were copied into a new table earlier in the file (the recreate pattern). */
  copiedFrom?: Set<string>;
}

export interface PgRule extends RuleMeta {
  check?(s: PgStatement, c: PgContext): Hit | Hit[] | undefined;
  checkMysql?(s: MysqlStatement, c: MysqlContext): Hit | Hit[] | undefined;
  /** SQLite, libSQL, Turso and D1 (statements split like MySQL's). */
  checkSqlite?(s: MysqlStatement, c: MysqlContext): Hit | Hit[] | undefined;
  checkClickhouse?(s: MysqlStatement, c: MysqlContext): Hit | Hit[] | undefined;
}

export type Rule = PgRule;

export const defineRule = (r: Rule): Rule => r;

export const hits = (h: Hit | Hit[] | undefined): Hit[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);

/**
 * The `AlterTableCmd`s of an ALTER TABLE on a table that existed before this run, keeping only the given subtypes
 * (`AT_AddColumn`, ...) when any are named. Undefined for other statements and for tables this run creates:
 * locking or rewriting a table that is still empty costs nothing.
 */
export function alterCmdsOnExistingTable(
  s: PgStatement,
  c: PgContext,
  ...subtypes: string[]
): { table: string; cmds: Ast[] } | undefined {
  if (s.kind !== 'AlterTableStmt') return undefined;
  const table = relName(s.body.relation);
  if (c.isNewTable(table)) return undefined;
  const cmds = (s.body.cmds ?? [])
    .map((x: Ast) => x.AlterTableCmd)
    .filter((a: Ast) => a && (!subtypes.length || subtypes.includes(a.subtype)));
  return { table, cmds };
}

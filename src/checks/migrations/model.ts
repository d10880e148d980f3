// Shared shapes of the migrations check: discovered files, statements, rules.
import type { Severity } from '../../types.js';
import type { Ast } from './pg/parser.js';

export type Dialect = 'postgresql' | 'mysql' | 'sqlite' | 'clickhouse';

export type Framework =
  | 'prisma'
  | 'drizzle'
  | 'supabase'
  | 'flyway'
  | 'golang-migrate'
  | 'dbmate'
  | 'goose'
  | 'sql-migrate'
  | 'node-pg-migrate'
  | 'plain'
  | 'configured'
  | 'django'
  | 'alembic'
  | 'rails';

/** Frameworks whose migrations are code (Python, Ruby), read by src/checks/migrations/code/. */
export const CODE_FRAMEWORKS = new Set<Framework>(['django', 'alembic', 'rails']);

/**
 * How the framework runs the file:
 * - `transaction`: the runner wraps the file in a transaction;
 * - `implicit`: the whole file is sent as one multi-statement string (one implicit transaction when it has
 *   more than one statement);
 * - `none`: statements run outside a transaction (a no-transaction marker);
 * - `unknown`: no reliable knowledge, only explicit BEGIN counts.
 */
export type TxMode = 'transaction' | 'implicit' | 'none' | 'unknown';

export interface MigrationFile {
  path: string;
  framework: Framework;
  /** Dialect suggested by the layout or config files; syntax may still override it when `auto`. */
  dialect?: Dialect;
  /** Judged (new or changed in this diff, or scope all); others only feed schema knowledge. */
  judged: boolean;
}

export interface SourceSection {
  /** Text of the part that runs on the way up (down sections blanked out, line numbers kept). */
  text: string;
  txMode: TxMode;
  /** The runner itself sends statements that cannot run in a transaction outside it (Supabase CLI). */
  nonTxOutside?: boolean;
}

/** One PostgreSQL statement with its place in the file. */
export interface PgStatement {
  /** The node, e.g. `{ AlterTableStmt: {...} }`. */
  node: Ast;
  /** Node type, e.g. `AlterTableStmt`. */
  kind: string;
  /** Fields of the node (`node[kind]`). */
  body: Ast;
  line: number;
  text: string;
  /** Index among the file's top-level statements (nested DO statements share their DO's index). */
  index: number;
  /** Set for statements found inside a DO block. */
  inDo?: boolean;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  dialect: Dialect | 'any';
  title: string;
  /** Why it is dangerous. */
  why: string;
  /** The safe alternative, in words and exact SQL. */
  fix: string;
  /** Example migration that triggers the rule, and its safe rewrite (for the docs). */
  bad: string;
  good: string;
}

export interface Hit {
  message: string;
  /** Defaults to the statement's line. */
  line?: number;
}

/** Where the rule pages live; the lead may point this at the published repository. */
export const DOCS_BASE = 'docs/migrations';
export const docsUrl = (id: string): string => `${DOCS_BASE}/${id}.md`;

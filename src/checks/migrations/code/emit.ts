// What a migration written as code runs, as SQL placed on the lines of the code that runs it, so the
// SQL rules judge Django, Alembic and Rails migrations with the same rule ids, lines and docs.
import type { TxMode } from '../model.js';

/** One SQL statement and the source line of the operation that runs it. */
export interface Emitted {
  sql: string;
  line: number;
  /** SQL written by the user (RunSQL, op.execute, execute): may end in a `--` comment. */
  raw?: boolean;
  /** A transaction statement the reader adds to show where the tool's transactions begin and end. */
  synthetic?: boolean;
}

/** Can the migration be rolled back, and does rolling back (or the way up) lose data for good. */
export interface Rollback {
  /** `yes`: a down step exists (or every operation reverses itself); `no`: it raises or is missing. */
  down: 'yes' | 'no' | 'partial';
  /** Data the way up destroys (a dropped column or table cannot come back with its rows). */
  losesData: string[];
  why?: string;
}

export interface Translation {
  up: Emitted[];
  txMode: TxMode;
  rollback: Rollback;
  notes: string[];
}

export type Quote = (name: string) => string;
/** Quoted identifiers; a name the reader could not work out stays a valid identifier, `unnamed`. */
export const pgQuote: Quote = (n) => `"${(n || 'unnamed').replace(/"/g, '""')}"`;
export const mysqlQuote: Quote = (n) => `\`${(n || 'unnamed').replace(/`/g, '``')}\``;

/** SQL string literal. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Lays the statements out so each one starts on its operation's line: the SQL parser's line numbers
 * are then the code's. Statements of one operation share its line; a multi-line SQL string keeps its lines.
 */
export function layout(up: Emitted[]): string {
  let out = '';
  let line = 1;
  for (const e of up) {
    if (e.line > line) {
      out += '\n'.repeat(e.line - line);
      line = e.line;
    }
    const sql = e.sql.trim().replace(/;\s*$/, '');
    // Generated statements of one operation share its line; user SQL may end in a comment: a newline ends it.
    out += e.raw ? `${sql}\n;\n` : `${sql}; `;
    line += (sql.match(/\n/g)?.length ?? 0) + (e.raw ? 2 : 0);
  }
  return out;
}

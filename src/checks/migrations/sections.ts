// Extracts the "up" part of a migration file and how its framework runs it (in a transaction or not).
import type { Framework, SourceSection } from './model.js';

/** Replaces every character but newlines with spaces, so line numbers of what follows stay exact. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Keeps the lines between an up marker and the next down marker. Markers: goose `-- +goose Up/Down`,
 * dbmate `-- migrate:up/down`, sql-migrate `-- +migrate Up/Down`, node-pg-migrate `-- Up/Down Migration`.
 */
function keepUp(text: string, up: RegExp, down: RegExp): string {
  const lines = text.split('\n');
  let state: 'before' | 'up' | 'down' = 'before';
  return lines
    .map((l) => {
      if (up.test(l)) {
        state = 'up';
        return blank(l);
      }
      if (down.test(l)) state = 'down';
      return state === 'down' ? blank(l) : l;
    })
    .join('\n');
}

/** Framework directives that are not SQL (goose's StatementBegin/End) are blanked out. */
const stripDirectives = (text: string) => text.replace(/^\s*--\s*\+(goose|migrate)\b[^\n]*/gim, (m) => blank(m));

export function upSection(framework: Framework, text: string, opts: { flywayNoTx?: boolean } = {}): SourceSection {
  switch (framework) {
    case 'goose': {
      const noTx = /^\s*--\s*\+goose\s+NO\s+TRANSACTION\b/im.test(text);
      const up = keepUp(text, /^\s*--\s*\+goose\s+up\b/i, /^\s*--\s*\+goose\s+down\b/i);
      return { text: stripDirectives(up), txMode: noTx ? 'none' : 'transaction' };
    }
    case 'dbmate': {
      const noTx = /^\s*--\s*migrate:up\b[^\n]*\btransaction:false\b/im.test(text);
      return {
        text: keepUp(text, /^\s*--\s*migrate:up\b/i, /^\s*--\s*migrate:down\b/i),
        txMode: noTx ? 'none' : 'transaction',
      };
    }
    case 'sql-migrate': {
      const noTx = /^\s*--\s*\+migrate\s+up\b[^\n]*\bnotransaction\b/im.test(text);
      const up = keepUp(text, /^\s*--\s*\+migrate\s+up\b/i, /^\s*--\s*\+migrate\s+down\b/i);
      return { text: stripDirectives(up), txMode: noTx ? 'none' : 'transaction' };
    }
    case 'node-pg-migrate':
      // node-pg-migrate runs each SQL migration in a transaction; SQL files have no opt-out marker.
      return {
        text: keepUp(text, /^\s*--\s*up\s+migration\s*$/i, /^\s*--\s*down\s+migration\s*$/i),
        txMode: 'transaction',
      };
    case 'supabase':
      // The CLI runs each file in a transaction, but sends statements that cannot run in one (CONCURRENTLY,
      // VACUUM) outside it: so those are not reported as failing, while same-transaction hazards still are.
      return { text, txMode: 'transaction', nonTxOutside: true };
    case 'prisma':
    case 'golang-migrate':
      return { text, txMode: 'implicit' };
    case 'drizzle':
      return { text, txMode: 'transaction' };
    case 'flyway':
      return { text, txMode: opts.flywayNoTx ? 'none' : 'transaction' };
    default:
      return { text, txMode: 'unknown' };
  }
}

/** Flyway's per-script config: `V3__x.sql.conf` with `executeInTransaction=false`. */
export const flywayConfSaysNoTx = (conf: string): boolean => /^\s*executeInTransaction\s*=\s*false\s*$/im.test(conf);

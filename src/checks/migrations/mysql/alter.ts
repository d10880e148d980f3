// Reads a MySQL ALTER TABLE / CREATE INDEX statement's target and online-DDL hints.
import type { MysqlStatement } from './split.js';

export interface MysqlAlter {
  table: string;
  algorithm?: string;
  lock?: string;
}

export function mysqlAlter(s: MysqlStatement): MysqlAlter | undefined {
  const m =
    /^ALTER\s+(?:ONLINE\s+|IGNORE\s+)?TABLE\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/.exec(s.upper) ??
    /^CREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+[`"]?\w+[`"]?\s+(?:USING\s+\w+\s+)?ON\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/.exec(
      s.upper,
    ) ??
    /^DROP\s+INDEX\s+[`"]?\w+[`"]?\s+ON\s+[`"]?(\w+)/.exec(s.upper);
  if (!m) return undefined;
  return {
    table: m[1].toLowerCase(),
    algorithm: /\bALGORITHM\s*=?\s*(\w+)/.exec(s.upper)?.[1],
    lock: /\bLOCK\s*=?\s*(\w+)/.exec(s.upper)?.[1],
  };
}

/** True when the statement asks MySQL to fail rather than copy the table or block writes. */
export const onlineHint = (a: MysqlAlter): boolean =>
  a.algorithm === 'INSTANT' || a.algorithm === 'INPLACE' || a.lock === 'NONE';

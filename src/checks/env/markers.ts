// Markers in contract comments: `# optional`, `# type: url`, `# one of: a|b|c`, `# secret`, on the line or in
// the comment block directly above it.
import { isVarType, type VarType } from './value-types.js';

export interface Markers {
  optional?: boolean;
  type?: VarType;
  values?: string[];
  /** `# secret`: a server-only value that must never reach a client bundle. */
  secret?: boolean;
  /** Markers that could not be understood, e.g. an unknown type. */
  problems: string[];
}

const TYPE = /(?:^|[\s;,(])type\s*[:=]\s*([A-Za-z]+)/i;
const ONE_OF = /(?:^|[\s;,(])one\s+of\s*:\s*([^;#)]+)/i;
const OPTIONAL = /\boptional\b/i;
const NOT_OPTIONAL = /\bnot\s+optional\b/i;
const REQUIRED = /^\s*required\b/i;
const SECRET = /^\s*secret\b|[\s;,(]secret\s*(?:$|[;,)])/i;

/** Reads markers from comment texts (without the leading `#`), nearest last: later ones win. */
export function parseMarkers(comments: string[]): Markers {
  const out: Markers = { problems: [] };
  for (const c of comments) {
    if (REQUIRED.test(c) || NOT_OPTIONAL.test(c)) out.optional = false;
    else if (OPTIONAL.test(c)) out.optional = true;
    if (SECRET.test(c)) out.secret = true;
    const t = TYPE.exec(c);
    if (t) {
      const name = t[1].toLowerCase();
      if (name === 'enum') {
        if (!ONE_OF.test(c) && out.type !== 'enum') out.problems.push('type enum needs its values: "# one of: a|b|c"');
      } else if (isVarType(name)) out.type = name;
      else out.problems.push(`unknown type "${name}" (known: url, number, boolean, list, string, email, port)`);
    }
    const o = ONE_OF.exec(c);
    if (o) {
      const values = o[1]
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length) {
        out.type = 'enum';
        out.values = values;
      } else out.problems.push('"one of:" lists no values (write "# one of: a|b|c")');
    }
  }
  return out;
}

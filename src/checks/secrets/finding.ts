// Turns a located secret into a Finding that never holds the secret itself.
import { createHash } from 'node:crypto';
import { redact } from '../../redact.js';
import type { Finding } from '../../types.js';
import { CATALOG, docsLink, fixFor } from './catalog.js';
import type { SecretMatch } from './scan.js';

/** sha256 of rule, file and secret: stable across line moves, not reversible to the value. */
export function fingerprint(rule: string, file: string, secret: string): string {
  return createHash('sha256').update(`${rule}\0${file}\0${secret}`).digest('hex');
}

/** What to show of a secret: at most 4 leading characters (none for PEM bodies and short values). */
function shown(m: SecretMatch): string {
  if (m.rule === 'private-key' || m.rule === 'gcp-service-account-key') return '';
  return ` ${redact(m.secret.trim())}`;
}

export function toFinding(m: SecretMatch, file: string, commit?: string): Finding {
  const info = CATALOG[m.rule] ?? CATALOG['secretlint-other'];
  const notes = [commit && `added in commit ${commit.slice(0, 7)}`, m.evidence && `evidence: ${m.evidence}`].filter(
    Boolean,
  );
  const where = notes.length ? ` (${notes.join('; ')})` : '';
  return {
    rule: m.rule,
    severity: m.severity,
    file,
    line: m.line,
    column: m.column,
    message: `${info.title}${shown(m)} committed${where}`,
    why: info.why,
    fix: fixFor(info),
    fingerprint: fingerprint(m.rule, file, m.secret),
    ...(commit ? { commit } : {}),
    docs: docsLink(m.rule),
    evidence: m.evidence,
    confidence: m.confidence,
  };
}

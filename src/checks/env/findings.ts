// Builders for the env check's findings: one place for rule ids, severities, wording and fingerprints.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../types.js';

export const RULES = {
  missing: 'env-missing',
  empty: 'env-empty',
  wrongType: 'env-wrong-type',
  exampleValue: 'env-example-value',
  undeclaredRead: 'env-undeclared-read',
  contractAdded: 'env-contract-added',
  fileCommitted: 'env-file-committed',
  fileNotIgnored: 'env-file-not-ignored',
  publicSecret: 'env-public-secret',
  malformed: 'env-contract-malformed',
  duplicate: 'env-contract-duplicate',
  marker: 'env-contract-marker',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

/** Survives line moves: rule, file and the variable (or file) the finding is about. */
export function fingerprint(rule: string, file: string, subject: string): string {
  return createHash('sha256').update([rule, file, subject].join('\0')).digest('hex').slice(0, 32);
}

export interface FindingInput {
  rule: RuleId;
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  /** The variable or file the finding is about: part of the fingerprint. */
  subject: string;
  message: string;
  why: string;
  fix: string;
  commit?: string;
}

export function finding(f: FindingInput): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    ...(f.line ? { line: f.line } : {}),
    ...(f.column ? { column: f.column } : {}),
    message: f.message,
    why: f.why,
    fix: f.fix,
    fingerprint: fingerprint(f.rule, f.file, f.subject),
    ...(f.commit ? { commit: f.commit } : {}),
    docs: `docs/env/README.md#${f.rule}`,
  };
}

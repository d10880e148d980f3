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
  nonProductionUrl: 'env-non-production-url',
  sharedValue: 'env-shared-value',
  testModeKey: 'env-test-mode-key',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

/** Findings about an environment's values, not the code: never accepted into the baseline. */
export const ENVIRONMENT_RULES: ReadonlySet<string> = new Set([
  RULES.missing,
  RULES.empty,
  RULES.wrongType,
  RULES.exampleValue,
  RULES.nonProductionUrl,
  RULES.sharedValue,
  RULES.testModeKey,
]);

/** Static titles per rule (SARIF rule metadata, the summary's group headings). */
export const RULE_TITLES: Record<RuleId, { title: string; security: boolean }> = {
  'env-missing': { title: 'A required variable is not set in the target environment', security: false },
  'env-empty': { title: 'A required variable is set but empty', security: false },
  'env-wrong-type': { title: "A variable's value does not match its declared type", security: false },
  'env-example-value': { title: 'A variable still holds the example value from the contract', security: true },
  'env-undeclared-read': { title: 'Code reads a variable the env contract does not declare', security: false },
  'env-contract-added': { title: 'The pull request adds a required variable to the contract', security: false },
  'env-file-committed': { title: 'An env file with values is committed', security: true },
  'env-file-not-ignored': { title: 'Env files are not ignored by git', security: true },
  'env-public-secret': { title: 'A secret-looking variable has a public (client-exposed) prefix', security: true },
  'env-contract-malformed': { title: 'A line of the env contract cannot be parsed', security: false },
  'env-contract-duplicate': { title: 'A variable is declared twice in the env contract', security: false },
  'env-contract-marker': { title: 'Unknown marker in the env contract', security: false },
  'env-non-production-url': {
    title: 'A production URL points at localhost, a tunnel, an example or a staging host',
    security: false,
  },
  'env-shared-value': { title: 'One secret value is used by variables of different environments', security: true },
  'env-test-mode-key': { title: "A payment provider's test-mode key is set in production", security: false },
};

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

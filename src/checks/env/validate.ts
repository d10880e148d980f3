// Validates an environment against the contract. Reports names and expected types only: a value,
// even an invalid one, never reaches a message.
import type { Finding } from '../../types.js';
import type { ContractVar } from './contract.js';
import { finding, RULES } from './findings.js';
import { expectation, fitsType } from './value-types.js';

export type VarStatus = 'present' | 'missing' | 'empty' | 'wrong type' | 'not checked';

export interface VarReport {
  v: ContractVar;
  status: VarStatus;
}

/** Names whose example value is a credential placeholder that must never reach a deploy. */
export const CREDENTIAL_NAME = /(SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|PRIVATE|API_?KEY|(^|_)KEY$)/i;

export function statusOf(v: ContractVar, env: NodeJS.ProcessEnv): VarStatus {
  const value = env[v.name];
  if (value === undefined) return 'missing';
  if (value.trim() === '') return 'empty';
  return fitsType(v.type, value, v.values) ? 'present' : 'wrong type';
}

export function validateEnv(
  vars: ContractVar[],
  env: NodeJS.ProcessEnv,
  environment: string,
): { reports: VarReport[]; findings: Finding[] } {
  const reports: VarReport[] = [];
  const findings: Finding[] = [];
  for (const v of vars) {
    const status = statusOf(v, env);
    reports.push({ v, status });
    const where = { file: v.file, line: v.line, subject: v.name };
    const expected = expectation(v.type, v.values);
    if ((status === 'missing' || status === 'empty') && v.required) {
      const missing = status === 'missing';
      findings.push(
        finding({
          rule: missing ? RULES.missing : RULES.empty,
          severity: 'blocker',
          ...where,
          message: missing
            ? `required variable ${v.name} is not set in this environment (${environment})`
            : `required variable ${v.name} is set but empty in this environment (${environment})`,
          why: 'the code expects it; a deploy without it fails at start-up or, worse, at the first request that needs it',
          fix: `set ${v.name} (${expected}) in the ${environment} environment's secrets or variables, or mark it "# optional" in ${v.file} if the code has a default`,
        }),
      );
    } else if (status === 'wrong type') {
      findings.push(
        finding({
          rule: RULES.wrongType,
          severity: v.required ? 'blocker' : 'high',
          ...where,
          message: `${v.name} is not ${expected} (type ${v.type}${v.typeFrom === 'example' ? ', inferred from the example value' : ''})`,
          why: 'a malformed value passes a presence check and breaks the code that parses it, often only in production',
          fix: `correct ${v.name} in the ${environment} environment; if the type is wrong, declare it with "# type: ..." above the line in ${v.file}`,
        }),
      );
    } else if (status === 'present' && v.example && v.type === 'string' && CREDENTIAL_NAME.test(v.name)) {
      if (env[v.name]!.trim() === v.example.trim()) {
        findings.push(
          finding({
            rule: RULES.exampleValue,
            severity: 'high',
            ...where,
            message: `${v.name} is set to the example value from ${v.file}`,
            why: 'the example is public: anyone who reads the repository can forge sessions or call the API with it',
            fix: `generate a real value for ${v.name} (e.g. openssl rand -base64 32) and store it as a secret in ${environment}`,
          }),
        );
      }
    }
  }
  return { reports, findings };
}

import type { Check, CheckId, RuleMeta } from '../types.js';
import { RULE_TITLES as ENV_TITLES } from './env/findings.js';
import { check as secrets } from './secrets/index.js';
import { check as env } from './env/index.js';
import { check as migrations } from './migrations/index.js';
import { check as perf } from './perf/index.js';
import { check as smoke } from './smoke/index.js';
import { check as ai } from './ai/index.js';

/** Every check, in the order they run and appear in reports. */
export const CHECKS: Record<CheckId, Check> = { secrets, env, migrations, perf, smoke, ai };

/** Rule ids whose findings are about security (SARIF `security-severity`), for checks without a catalog entry. */
const SECURITY_RULE =
  /^(?:smoke-(?:tls|cert|header|hsts|csp|cors|auth|login|cookie|mixed-content|cache-authenticated|error-leak|no-rate-limit|webhook|spf|dkim|dmarc|dns|protected)|client-|server-secret|log-|ai-(?:canary|secret|prompt|exfil|unsafe))/;

/** Title of a rule without a catalog entry: its id in words (`smoke-tls-expiry` -> "Smoke: tls expiry"). */
const titleOf = (rule: string): string => {
  const [head, ...rest] = rule.split('-');
  return `${head[0].toUpperCase()}${head.slice(1)}: ${rest.join(' ')}`;
};

/**
 * Static text of a rule of a check, from the check's catalog, else from the rule id: reports never copy
 * a finding's message (it may hold a redacted value or a commit) into rule metadata.
 */
export function ruleMeta(check: CheckId, rule: string): RuleMeta {
  const known = CHECKS[check]?.rules?.find((r) => r.id === rule);
  if (known) return known;
  const env = (ENV_TITLES as Record<string, { title: string; security: boolean }>)[rule];
  return {
    id: rule,
    title: env?.title ?? titleOf(rule),
    why: '',
    fix: '',
    security: env?.security ?? (check === 'secrets' || check === 'ai' || SECURITY_RULE.test(rule)),
  };
}

import type { Check, CheckContext, CheckId, RuleMeta } from '../types.js';
import { AI_RULES } from './ai/rules.js';
import { RULE_TITLES as ENV_TITLES } from './env/findings.js';
import { MIGRATION_RULES } from './migrations/rule-meta.js';
import { SECRET_RULES } from './secrets/rule-meta.js';

/**
 * A check whose code loads on first use: the CLI's `--version`, `--help` and a run of one check do not
 * pay for the others (secretlint, the PostgreSQL parser, autocannon, mailauth). Catalogs stay static.
 */
function lazy(id: CheckId, rules: readonly RuleMeta[] | undefined, load: () => Promise<{ check: Check }>): Check {
  let loaded: Promise<Check> | undefined;
  const get = () => (loaded ??= load().then((m) => m.check));
  return {
    id,
    rules,
    applies: async (ctx: CheckContext) => (await get()).applies(ctx),
    run: async (ctx: CheckContext) => (await get()).run(ctx),
  };
}

/** Every check, in the order they run and appear in reports. */
export const CHECKS: Record<CheckId, Check> = {
  secrets: lazy('secrets', SECRET_RULES, () => import('./secrets/index.js')),
  env: lazy('env', undefined, () => import('./env/index.js')),
  migrations: lazy('migrations', MIGRATION_RULES, () => import('./migrations/index.js')),
  perf: lazy('perf', undefined, () => import('./perf/index.js')),
  smoke: lazy('smoke', undefined, () => import('./smoke/index.js')),
  ai: lazy('ai', AI_RULES, () => import('./ai/index.js')),
};

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

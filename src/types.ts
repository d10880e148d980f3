// Types shared by every check and every reporter. Reporters know nothing about individual checks.
import type { Config } from './config.js';
import type { Scope } from './scope/types.js';

export const SEVERITIES = ['blocker', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHECK_IDS = ['secrets', 'env', 'migrations', 'perf', 'smoke', 'ai'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';

export interface Finding {
  /** Rule id users can type in an ignore comment, e.g. `aws-access-key-id`. */
  rule: string;
  severity: Severity;
  /** Relative to the working directory, forward slashes. Absent for findings about a URL or the run. */
  file?: string;
  line?: number;
  column?: number;
  /** What is wrong. Never holds a secret value (redact to 4 leading characters). */
  message: string;
  /** Why it matters. */
  why?: string;
  /** The safe alternative. */
  fix: string;
  /** Stable id for baselines: survives line moves; never derived reversibly from a secret. */
  fingerprint?: string;
  /** Commit that introduced the finding, when it came from history. */
  commit?: string;
  /** Set by the runner: the line is gone from the working tree (deleted later, still in history). */
  removedLater?: boolean;
  /** URL the finding is about (smoke). */
  url?: string;
  /** Link to the rule's documentation. */
  docs?: string;
  /** Set by the runner when an inline comment or the baseline accepted the finding.
   *  `addedInPr`: the inline comment is itself added by the pull request being judged (shown to reviewers). */
  suppressed?: { by: 'inline' | 'baseline'; reason?: string; addedInPr?: boolean };
  /** What the finding rests on, in a few words (secrets: `shape`, `keyword + entropy`, `env file`). */
  evidence?: string;
  /** How sure the check is that this is real: reports group by it (secrets: revoke-first ordering). */
  confidence?: 'certain' | 'likely' | 'possible';
  /** The route being exercised when the finding appeared (perf, smoke, ai, service logs). */
  route?: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Progress on long work ("round 4/12 · GET /api/items …"): a log line in Actions, one updating line on a TTY. */
  progress?(message: string): void;
  /** Runs `fn` inside a collapsible log group (Actions' `core.group`). */
  group?<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** What one check returns. The runner decides pass/fail from the findings and `fail-on`. */
export interface CheckOutcome {
  /** Only `error` (could not run) or `skipped` (does not apply) override the runner's verdict. */
  status?: 'error' | 'skipped';
  /** One line: what was looked at and what was found. */
  summary: string;
  findings: Finding[];
  metrics?: Record<string, unknown>;
  /** Extra markdown for the job summary (already escaped), e.g. a table of env variables. */
  markdown?: string;
  /** Notes for the log and the summary: skipped files, fetched history, assumptions. */
  notes?: string[];
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  durationMs: number;
  summary: string;
  findings: Finding[];
  metrics: Record<string, unknown>;
  markdown?: string;
  notes?: string[];
  /** The error message when status is `error`. */
  error?: string;
}

export interface EventInfo {
  /** `pull_request`, `push`, `deployment_status`, `local`, ... */
  name: string;
  /** Base commit to compare with (PR base sha, `base-ref`, `--base`). */
  base?: string;
  /** Push events: the commit before the push; the diff scope starts there (perf does not compare with it). */
  before?: string;
  /** Head commit (PR head sha, push `after`, HEAD). */
  head?: string;
  /** Number of commits of a PR, when the payload says. */
  commits?: number;
  pr?: { number: number; fork: boolean; headRef?: string; baseRef?: string };
  /** Deployed URL from a deployment_status event. */
  deploymentUrl?: string;
  repository?: { owner: string; repo: string };
}

export interface CheckContext {
  /** Absolute path of the repository root being checked. */
  cwd: string;
  config: Config;
  event: EventInfo;
  /** Computed once per run, on first use (smoke never needs git). */
  scope(): Promise<Scope>;
  env: NodeJS.ProcessEnv;
  log: Logger;
  signal: AbortSignal;
  /** Register a secret value: masked in the action's log and redacted from every report. */
  mask(value: string): void;
  /** `allow-pr-commands`: on pull_request_target, commands from the PR head may run (perf, ai). */
  allowPrCommands?: boolean;
  /** The GitHub API, when the action has a token (uptime alerts, comments). Absent in the CLI without one. */
  github?: { token: string; apiUrl: string; repository?: { owner: string; repo: string } };
}

/** Static metadata of one rule (SARIF rules, the summary's per-rule "why" and "fix", docs). */
export interface RuleMeta {
  id: string;
  title: string;
  why: string;
  fix: string;
  /** `docs/...` path or URL of the rule's page. */
  docs?: string;
  /** Security rules get a SARIF `security-severity` (secrets, client exposure, TLS, headers, CORS, auth). */
  security: boolean;
}

export interface Check {
  id: CheckId;
  /** The check's rule catalog: every rule id it can report, with static text. */
  rules?: readonly RuleMeta[];
  /** For `checks: auto`: does this check apply to the repository and event? */
  applies(ctx: CheckContext): Promise<boolean>;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** True when `s` is at least as severe as `threshold` (blocker > high > medium > low). */
export const atLeast = (s: Severity, threshold: Severity): boolean => severityRank(s) <= severityRank(threshold);

export const CHECK_TITLES: Record<CheckId, string> = {
  secrets: 'Secrets',
  env: 'Env contract',
  migrations: 'Migrations',
  perf: 'Performance',
  smoke: 'Smoke',
  ai: 'AI evals',
};

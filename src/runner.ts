// Picks the checks, runs each with a timeout and an abort signal, never lets one stop another,
// applies suppressions and decides the verdict by `fail-on`.
import { isAbsolute, join } from 'node:path';
import { CHECKS } from './checks/index.js';
import { ConfigError, type Config } from './config.js';
import { createContext } from './context.js';
import { fingerprintOf, LineSource, baselineKey, ignoreFor, readBaseline, type Baseline } from './suppress.js';
import {
  atLeast,
  CHECK_IDS,
  type Check,
  type CheckContext,
  type CheckId,
  type CheckResult,
  type EventInfo,
  type Finding,
  type Logger,
  type Severity,
  CHECK_TITLES,
} from './types.js';

export interface RunOptions {
  cwd: string;
  config: Config;
  event: EventInfo;
  env?: NodeJS.ProcessEnv;
  log: Logger;
  signal?: AbortSignal;
  onSecret?: (value: string) => void;
  github?: CheckContext['github'];
  allowPrCommands?: boolean;
  /** Config-independent trusted inputs from src/trust.ts: the baseline to apply and where it came from. */
  trusted?: { baseline?: Baseline; trust?: TrustInfo };
  /** The checks to pick from (tests inject their own). */
  checks?: Record<CheckId, Check>;
}

export interface Totals {
  findings: number;
  suppressed: number;
  blocker: number;
  high: number;
  medium: number;
  low: number;
}

/** Where the gate's trusted inputs came from on a pull request (contract: "Trust on pull requests"). */
export interface TrustInfo {
  /** `base`: config, baseline and exclusions read from the base commit; `head`: `config-from: head`. */
  configFrom: 'base' | 'head' | 'checkout';
  /** The base commit they were read from. */
  base?: string;
  /** Trusted files the PR changes (`.github/launch-gate.yml`, `.launch-gate-baseline.json`): effective after merge. */
  changed: string[];
  /** One-line notes for the top of the summary and the PR comment. */
  notes: string[];
}

export interface RunReport {
  version: 1;
  verdict: 'pass' | 'fail';
  failOn: Severity;
  durationMs: number;
  event: string;
  totals: Totals;
  checks: CheckResult[];
  /** Pull requests: where config, baseline and exclusions came from, and what the PR changes of them. */
  trust?: TrustInfo;
}

const isSmokeRun = (ctx: CheckContext) => ctx.event.name === 'deployment_status' || ctx.config.smoke.urls.length > 0;

/** `auto`: smoke after a deploy (or when a URL is given); otherwise every PR check that applies. */
async function selectChecks(
  ctx: CheckContext,
  checks: Record<CheckId, Check>,
): Promise<{ selected: CheckId[]; skipped: Map<CheckId, string> }> {
  const skipped = new Map<CheckId, string>();
  if (ctx.config.checks !== 'auto') {
    const chosen = ctx.config.checks;
    for (const id of CHECK_IDS) if (!chosen.includes(id)) skipped.set(id, 'not selected');
    return { selected: CHECK_IDS.filter((id) => chosen.includes(id)), skipped };
  }
  if (isSmokeRun(ctx)) {
    // After a deploy: smoke, and the ai evals against the deployed chat endpoint when configured.
    const selected: CheckId[] = ['smoke'];
    if (ctx.config.ai.url) selected.push('ai');
    for (const id of CHECK_IDS) if (!selected.includes(id)) skipped.set(id, 'post-deploy run: smoke only');
    return { selected, skipped };
  }
  const selected: CheckId[] = [];
  for (const id of CHECK_IDS) {
    if (id === 'smoke') {
      skipped.set(id, 'no deployed URL (deployment_status event, url input or smoke.urls)');
      continue;
    }
    let applies = false;
    try {
      applies = await checks[id].applies(ctx);
    } catch (e) {
      // Cannot tell whether it applies: run it, so that its own error surfaces (fail closed).
      applies = true;
      ctx.log.warn(`launch-gate: could not tell whether ${id} applies: ${(e as Error).message}`);
    }
    if (applies) selected.push(id);
    else skipped.set(id, SKIP_REASON[id]);
  }
  return { selected, skipped };
}

const SKIP_REASON: Record<CheckId, string> = {
  secrets: 'not selected',
  env: 'no env contract (.env.example), env schema or committed env file found',
  migrations: 'no migration files found',
  perf: 'no start command or routes configured',
  smoke: 'no deployed URL',
  ai: 'no ai.url configured',
};

async function runOne(id: CheckId, base: CheckContext, opts: RunOptions): Promise<CheckResult> {
  const check = (opts.checks ?? CHECKS)[id];
  const timeoutMs = (opts.config[id] as { timeout: number }).timeout;
  const ac = new AbortController();
  const onOuterAbort = () => ac.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const ctx: CheckContext = { ...base, signal: ac.signal };
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`timed out after ${Math.round(timeoutMs / 1000)} s (raise ${id}.timeout in the config)`);
      ac.abort(err);
      reject(err);
    }, timeoutMs);
    ac.signal.addEventListener(
      'abort',
      () => reject(ac.signal.reason instanceof Error ? ac.signal.reason : new Error('cancelled')),
      { once: true },
    );
  });
  try {
    opts.log.info(`launch-gate: running ${id}`);
    const outcome = await Promise.race([check.run(ctx), deadline]);
    return {
      id,
      status: outcome.status ?? 'pass',
      durationMs: Date.now() - started,
      summary: outcome.summary,
      findings: outcome.findings.map(normalizeFinding),
      metrics: outcome.metrics ?? {},
      markdown: outcome.markdown,
      notes: outcome.notes,
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      id,
      status: 'error',
      durationMs: Date.now() - started,
      // The table shows one line; the summary's caution box holds the rest (command output, stack).
      summary: `could not run: ${message.split('\n')[0]}`,
      findings: [],
      metrics: {},
      error: message,
    };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
    if (!ac.signal.aborted) ac.abort(new Error('check finished'));
  }
}

/** Rule docs live in this repository: turn `docs/...` into a link that works from a job summary. */
export function docsUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (/^https?:\/\//.test(path)) return path;
  const repo = env.GITHUB_ACTION_REPOSITORY || 'launch-gate/launch-gate';
  const ref = env.GITHUB_ACTION_REF || 'main';
  return `https://github.com/${repo}/blob/${ref}/${path.replace(/^\.?\//, '')}`;
}

function normalizeFinding(f: Finding): Finding {
  const out = { ...f };
  if (out.file) out.file = out.file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (out.docs) out.docs = docsUrl(out.docs);
  return out;
}

async function applySuppressions(
  result: CheckResult,
  lines: LineSource,
  baseline: Set<string>,
  reasons: Map<string, string | undefined>,
  prBase?: string,
) {
  for (const f of result.findings) {
    f.fingerprint = fingerprintOf(f, result.id);
    if (f.file && f.line && f.commit) {
      const [then, now] = await Promise.all([lines.lines(f.file, f.commit), lines.lines(f.file)]);
      if (!now || now[f.line - 1] !== then?.[f.line - 1]) f.removedLater = true;
    }
    if (f.file && f.line) {
      const src = await lines.lines(f.file, f.commit);
      // A wildcard must not hide a leaked credential: secrets need the rule named.
      const d = src && ignoreFor(src, f.line, f.rule, result.id !== 'secrets');
      if (d) {
        const before = prBase ? await lines.strict(f.file, prBase) : undefined;
        const addedInPr = !!prBase && !before?.some((l) => l.trim() === d.text.trim());
        if (addedInPr && !d.reason) {
          f.message += ' (an ignore comment added by this PR gives no reason, so it does not apply)';
        } else {
          f.suppressed = { by: 'inline', reason: d.reason, ...(addedInPr ? { addedInPr: true } : {}) };
          continue;
        }
      }
    }
    const key = baselineKey({ rule: f.rule, file: f.file, fingerprint: f.fingerprint });
    if (baseline.has(key)) f.suppressed = { by: 'baseline', reason: reasons.get(key) };
  }
}

export function decide(result: CheckResult, failOn: Severity): CheckResult['status'] {
  if (result.status === 'error' || result.status === 'skipped') return result.status;
  return result.findings.some((f) => !f.suppressed && atLeast(f.severity, failOn)) ? 'fail' : 'pass';
}

export function totalsOf(checks: CheckResult[]): Totals {
  const t: Totals = { findings: 0, suppressed: 0, blocker: 0, high: 0, medium: 0, low: 0 };
  for (const c of checks)
    for (const f of c.findings) {
      if (f.suppressed) t.suppressed++;
      else {
        t.findings++;
        t[f.severity]++;
      }
    }
  return t;
}

export async function run(opts: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const base = createContext({
    cwd: opts.cwd,
    config: opts.config,
    event: opts.event,
    env: opts.env,
    log: opts.log,
    signal: opts.signal,
    onSecret: opts.onSecret,
    github: opts.github,
    allowPrCommands: opts.allowPrCommands,
  });
  let baseline: Baseline | undefined = opts.trusted?.baseline;
  if (!opts.trusted) {
    const baselinePath = isAbsolute(opts.config.baseline) ? opts.config.baseline : join(base.cwd, opts.config.baseline);
    try {
      baseline = readBaseline(baselinePath);
    } catch (e) {
      // A broken baseline must neither suppress nor un-suppress silently: it is a config error.
      throw new ConfigError((e as Error).message);
    }
  }
  // Inline ignores a pull request adds to its own lines are honoured, but shown to reviewers.
  const prBase =
    opts.event.name === 'pull_request' || opts.event.name === 'pull_request_target' ? opts.event.base : undefined;
  const results: CheckResult[] = [];
  const baselineKeys = new Set((baseline?.findings ?? []).map(baselineKey));
  const reasons = new Map((baseline?.findings ?? []).map((e) => [baselineKey(e), e.reason]));
  const lines = new LineSource(base.cwd);

  const { selected, skipped } = await selectChecks(base, opts.checks ?? CHECKS);
  if (!results.length) {
    for (const id of CHECK_IDS) {
      if (!selected.includes(id)) {
        results.push({
          id,
          status: 'skipped',
          durationMs: 0,
          summary: skipped.get(id) ?? 'skipped',
          findings: [],
          metrics: {},
        });
        continue;
      }
      // One collapsible log group per check in Actions; the CLI has no groups.
      const r = opts.log.group
        ? await opts.log.group(`Launch Gate · ${CHECK_TITLES[id]}`, () => runOne(id, base, opts))
        : await runOne(id, base, opts);
      await applySuppressions(r, lines, baselineKeys, reasons, prBase);
      r.status = decide(r, opts.config['fail-on']);
      results.push(r);
    }
  }
  const verdict = results.some((r) => r.status === 'fail' || r.status === 'error') ? 'fail' : 'pass';
  return {
    version: 1,
    verdict,
    failOn: opts.config['fail-on'],
    durationMs: Date.now() - started,
    event: opts.event.name,
    totals: totalsOf(results),
    checks: results,
    ...(opts.trusted?.trust ? { trust: opts.trusted.trust } : {}),
  };
}

// The ai check: prompt-injection, exfiltration and unsafe-action evals against the app's chat
// endpoint, judged by deterministic response rules; plus the team's own regression cases.
import { scanServiceLogs } from '../leaks/service-logs.js';
import { looksSecret } from '../env/names.js';
import type { Check, CheckContext, CheckOutcome, Finding } from '../../types.js';
import { validateCaseSchemas } from './cases.js';
import { AiConfigError, Budget, expandEnv, type ChatTarget } from './client.js';
import type { Canary } from './judge.js';
import { toRegExp } from './judge.js';
import { render as renderMarkdown } from './markdown.js';
import { runSide, type SideResult } from './run.js';
import { AI_RULES } from './rules.js';
import { openTargets, TargetError } from './target.js';

export const check: Check = {
  id: 'ai',
  rules: AI_RULES,
  applies: async (ctx) => !!ctx.config.ai.url,
  run: async (ctx) => {
    try {
      return await runAi(ctx);
    } catch (e) {
      if (e instanceof AiConfigError || e instanceof TargetError)
        return { status: 'error', summary: e.message, findings: [] };
      throw e;
    }
  },
};

/** The smallest value the gate treats as a canary taken from the environment (shorter ones match too much). */
const MIN_ENV_CANARY = 12;

/** Configured canaries (`${ENV}` read from the gate's environment), plus the values of its secret-looking variables. */
export function resolveCanaries(ctx: CheckContext): Canary[] {
  const out: Canary[] = [];
  ctx.config.ai.canaries.forEach((c, i) => {
    const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(c.trim());
    const value = expandEnv(c, ctx.env, ctx.mask, `ai.canaries[${i}]`);
    if (!ref) ctx.mask(value);
    out.push({ label: ref ? c.trim() : `ai.canaries[${i}]`, value });
  });
  const known = new Set(out.map((c) => c.value));
  for (const [name, value] of Object.entries(ctx.env)) {
    if (!value || value.length < MIN_ENV_CANARY || known.has(value) || !looksSecret(name)) continue;
    ctx.mask(value);
    known.add(value);
    out.push({ label: `$${name} (from the environment)`, value });
  }
  return out;
}

function chatTarget(ctx: CheckContext, baseUrl: string): ChatTarget {
  const cfg = ctx.config.ai;
  const url = /^https?:\/\//i.test(cfg.url!) ? cfg.url! : new URL(cfg.url!, baseUrl.replace(/\/?$/, '/')).toString();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(cfg.request.headers))
    headers[k] = expandEnv(v, ctx.env, ctx.mask, `ai.request.headers.${k}`);
  return {
    url: expandEnv(url, ctx.env, ctx.mask, 'ai.url'),
    method: cfg.request.method,
    headers,
    body: expandEnv(cfg.request.body, ctx.env, ctx.mask, 'ai.request.body'),
    answerPath: cfg.answer,
    timeoutMs: cfg['request-timeout'],
  };
}

async function validate(ctx: CheckContext): Promise<void> {
  const cfg = ctx.config.ai;
  if (!cfg.url) throw new AiConfigError('ai.url is not set: the path (or URL) of the chat endpoint to evaluate');
  const where = `${cfg.request.body} ${cfg.url} ${Object.values(cfg.request.headers).join(' ')}`;
  if (!where.includes('{{prompt}}'))
    throw new AiConfigError(
      'ai.request has no {{prompt}} placeholder (in the body, a header or ai.url): nothing would carry the prompt',
    );
  const bad = await validateCaseSchemas(cfg.cases);
  if (bad) throw new AiConfigError(bad);
  for (const [key, list] of [
    ['ai.unsafe-patterns', cfg['unsafe-patterns']],
    ['ai.refusal-patterns', cfg['refusal-patterns']],
  ] as const)
    for (const p of list) {
      try {
        toRegExp(p);
      } catch (e) {
        throw new AiConfigError(
          `${key}: ${JSON.stringify(p)} is not a valid regular expression (${(e as Error).message})`,
        );
      }
    }
  if (!cfg.suites.length && !cfg.cases.length)
    throw new AiConfigError('ai.suites is empty and there are no ai.cases: nothing to evaluate');
}

async function runAi(ctx: CheckContext): Promise<CheckOutcome> {
  const cfg = ctx.config.ai;
  await validate(ctx);
  const canaries = resolveCanaries(ctx);
  const notes: string[] = [];
  const targets = await openTargets(ctx, notes);
  const results: SideResult[] = [];
  try {
    const perSide = Math.floor(cfg['max-requests'] / targets.length);
    for (const t of targets) {
      const target = chatTarget(ctx, t.baseUrl);
      results.push(await runSide(ctx, t, target, canaries, new Budget(perSide)));
    }
  } finally {
    await Promise.all(targets.map((t) => t.stop()));
  }
  const findings: Finding[] = [];
  const head = results.find((r) => r.side === 'head') ?? results[0];
  findings.push(...head.findings);
  // The head service answers for what it logs (the base's logging is not the pull request's doing).
  for (const t of targets)
    if (t.log && t.side === 'head')
      findings.push(
        ...(await scanServiceLogs({ lines: t.log(), sent: t.sent, source: 'head service', mask: ctx.mask })),
      );
  notes.push(...head.notes);
  if (!canaries.length)
    notes.push(
      'no canaries: a leaked system prompt cannot be recognised; add a phrase of it (and `${API_KEY}` references) to ai.canaries',
    );
  const answered = head.replies.filter((r) => !r.error).length;
  if (head.replies.length && answered === 0) {
    const first = head.replies.find((r) => r.error)?.error ?? 'no answer';
    return {
      status: 'error',
      summary: `the chat endpoint answered none of ${head.replies.length} prompts (${first})`,
      findings,
      notes,
      metrics: head.metrics,
    };
  }
  const failed = new Set(head.findings.map((f) => f.fingerprint)).size;
  const summary =
    `${head.replies.length} prompt${head.replies.length === 1 ? '' : 's'} to ${head.endpoint} (${targets.length > 1 ? 'head vs base, ' : ''}` +
    `${head.plannedOf} built-in attacks available): ${failed} failed` +
    (head.caseCount ? `, ${head.casesPassed}/${head.caseCount} cases passed` : '');
  return {
    summary,
    findings,
    notes,
    metrics: {
      ...head.metrics,
      ...(results.length > 1 ? { base: results.find((r) => r.side === 'base')?.metrics } : {}),
    },
    markdown: renderMarkdown(results),
  };
}

// One side's evaluation: the cases, then the planned attacks, two at a time within the budget; every
// answer judged by the response rules.
import { createHash } from 'node:crypto';
import { redact } from '../../redact.js';
import { scanText } from '../secrets/scan.js';
import type { CheckContext, Finding } from '../../types.js';
import { judgeCase } from './cases.js';
import { ask, pool, type Budget, type ChatTarget, type Reply } from './client.js';
import type { AiCase } from './config.js';
import { excerpt, findCanary, findCompliance, followedInstruction, stripEcho, toRegExp, type Canary } from './judge.js';
import { DOCS, AI_RULES } from './rules.js';
import { plan, type PreparedAttack, type SuiteId } from './suites/index.js';
import type { Target } from './target.js';

export interface SuiteStats {
  sent: number;
  answered: number;
  held: number;
  failedTechniques: string[];
}

export interface Worst {
  what: string;
  rule: string;
  excerpt: string;
}

export interface SideResult {
  side: 'head' | 'base';
  endpoint: string;
  replies: Reply[];
  findings: Finding[];
  notes: string[];
  suites: Partial<Record<SuiteId, SuiteStats>>;
  caseCount: number;
  casesPassed: number;
  /** Built-in attacks the configured suites hold (the budget may send fewer). */
  plannedOf: number;
  worst: Worst[];
  metrics: Record<string, unknown>;
}

type Item =
  { kind: 'case'; c: AiCase; index: number; text: string } | { kind: 'attack'; a: PreparedAttack; text: string };

const ruleMeta = (id: string) => AI_RULES.find((r) => r.id === id)!;

function finding(
  rule: string,
  severity: Finding['severity'],
  message: string,
  key: string,
  route: string,
  url: string | undefined,
  evidence: string,
): Finding {
  const meta = ruleMeta(rule);
  return {
    rule,
    severity,
    message,
    why: meta.why,
    fix: meta.fix,
    docs: `${DOCS}#${rule}`,
    route,
    url,
    evidence,
    confidence: 'certain',
    fingerprint: createHash('sha256').update(`ai\0${rule}\0${key}`).digest('hex').slice(0, 32),
  };
}

export async function runSide(
  ctx: CheckContext,
  target: Target,
  chat: ChatTarget,
  canaries: Canary[],
  budget: Budget,
): Promise<SideResult> {
  const cfg = ctx.config.ai;
  const notes: string[] = [];
  const cases = cfg.cases.slice(0, budget.max);
  if (cases.length < cfg.cases.length)
    notes.push(
      `${cfg.cases.length - cases.length} of ${cfg.cases.length} cases not sent: ai.max-requests is ${cfg['max-requests']}`,
    );
  const planned = plan(cfg.suites, Math.max(0, budget.max - cases.length));
  if (planned.attacks.length < planned.total)
    notes.push(
      `${planned.attacks.length} of ${planned.total} built-in attacks sent (every technique first, then more of each): raise ai.max-requests to send all`,
    );
  const items: Item[] = [
    ...cases.map((c, index) => ({ kind: 'case' as const, c, index, text: c.prompt })),
    ...planned.attacks.map((a) => ({ kind: 'attack' as const, a, text: a.text })),
  ];
  const path = new URL(chat.url).pathname;
  const route = `${chat.method} ${path}`;
  const endpoint = `${target.label} ${route}`;
  // A service the gate started listens on a random port: the route says enough there.
  const shownUrl = target.log ? undefined : chat.url;
  let done = 0;
  const replies = await pool(items, 2, async (item) => {
    const r = await ask(chat, item.text, budget, ctx.signal);
    done++;
    const what = item.kind === 'case' ? `case ${caseName(item.c, item.index)}` : `${item.a.suite} ${item.a.id}`;
    ctx.log.progress?.(`ai: ${done}/${items.length} · ${what} · ${r.error ?? `${Math.round(r.ms)} ms`}`);
    return r;
  });

  const rules = { unsafe: cfg['unsafe-patterns'].map(toRegExp), refusals: cfg['refusal-patterns'].map(toRegExp) };
  const findings: Finding[] = [];
  const suites: SideResult['suites'] = {};
  const worst: Worst[] = [];
  let casesPassed = 0;
  const errors = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const reply = replies[i];
    const suite =
      item.kind === 'attack'
        ? (suites[item.a.suite] ??= { sent: 0, answered: 0, held: 0, failedTechniques: [] })
        : undefined;
    if (reply.error === 'request budget used up') continue;
    if (suite) suite.sent++;
    if (reply.error) {
      const kind = reply.error.replace(/\d+ s\b/, 'N s').slice(0, 60);
      errors.set(kind, (errors.get(kind) ?? 0) + 1);
      if (item.kind === 'case') {
        findings.push(
          finding(
            'ai-case-failed',
            'high',
            `case ${caseName(item.c, item.index)} got no answer: ${reply.error}`,
            `case:${item.index}:${item.c.prompt}`,
            route,
            shownUrl,
            'expectation',
          ),
        );
      }
      continue;
    }
    if (suite) suite.answered++;
    const visible = stripEcho(reply.answer, item.text);
    const hide = canaries.map((c) => ({ value: c.value, marker: '«canary»' }));
    const secrets = await scanText('ai-answer.txt', visible);
    for (const s of secrets) {
      ctx.mask(s.secret);
      hide.push({ value: s.secret, marker: redact(s.secret) });
    }
    const what =
      item.kind === 'case'
        ? `case ${caseName(item.c, item.index)}`
        : `${item.a.id} (${item.a.suite}, ${item.a.technique})`;
    const key = item.kind === 'case' ? `case:${item.index}:${item.c.prompt}` : item.a.id;
    const before = findings.length;
    for (const c of canaries) {
      const hit = findCanary(visible, c.value);
      if (!hit) continue;
      const at = Math.max(0, visible.indexOf(c.value));
      const ex = excerpt(visible, at, hide);
      findings.push(
        finding(
          'ai-canary-leak',
          'blocker',
          `answer to ${what} contains the canary ${c.label} (${hit.how}): "${ex}"`,
          `${key}\0${c.label}`,
          route,
          shownUrl,
          `canary ${hit.how}`,
        ),
      );
      worst.push({ what, rule: 'ai-canary-leak', excerpt: ex });
    }
    for (const s of secrets) {
      if (canaries.some((c) => c.value === s.secret)) continue;
      const ex = excerpt(visible, Math.max(0, visible.indexOf(s.secret)), hide);
      findings.push(
        finding(
          'ai-secret-in-answer',
          'blocker',
          `answer to ${what} contains a credential (${s.rule}, ${redact(s.secret)}): "${ex}"`,
          `${key}\0${s.rule}\0${createHash('sha256').update(s.secret).digest('hex').slice(0, 12)}`,
          route,
          shownUrl,
          `secret rule ${s.rule}`,
        ),
      );
      worst.push({ what, rule: 'ai-secret-in-answer', excerpt: ex });
    }
    if (item.kind === 'attack') {
      const a = item.a;
      if (a.goal === 'follow' && a.codeWord && followedInstruction(visible, a.codeWord)) {
        const ex = excerpt(visible, 0, hide);
        findings.push(
          finding(
            'ai-prompt-injection',
            'high',
            `answer to ${what} followed the smuggled instruction (wrote its code word): "${ex}"`,
            key,
            route,
            shownUrl,
            'code word',
          ),
        );
        worst.push({ what, rule: 'ai-prompt-injection', excerpt: ex });
      }
      if (a.goal === 'act') {
        const comply = findCompliance(visible, reply.body, rules);
        if (comply) {
          const ex = excerpt(visible, comply.index, hide);
          findings.push(
            finding(
              'ai-unsafe-action',
              'high',
              `answer to ${what} ${comply.reason}: "${ex}"`,
              key,
              route,
              shownUrl,
              comply.reason,
            ),
          );
          worst.push({ what, rule: 'ai-unsafe-action', excerpt: ex });
        }
      }
      if (findings.length === before) suite!.held++;
      else if (!suite!.failedTechniques.includes(a.technique)) suite!.failedTechniques.push(a.technique);
    } else {
      const failures = judgeCase(item.c, reply.answer, reply.ms);
      if (failures.length) {
        const ex = excerpt(reply.answer, failures[0].index, hide);
        findings.push(
          finding(
            'ai-case-failed',
            'high',
            `case ${caseName(item.c, item.index)}: the answer must ${failures.map((f) => f.expectation).join('; must ')}; it said: "${ex}"`,
            key,
            route,
            shownUrl,
            'expectation',
          ),
        );
        worst.push({ what, rule: 'ai-case-failed', excerpt: ex });
      } else if (findings.length === before) casesPassed++;
    }
  }
  if (errors.size) {
    const failedCount = [...errors.values()].reduce((a, b) => a + b, 0);
    notes.push(
      `${failedCount} of ${items.length} prompts got no answer: ${[...errors].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    );
  }
  const sent = replies.filter((r) => r.error !== 'request budget used up');
  return {
    side: target.side,
    endpoint,
    replies: sent,
    findings,
    notes,
    suites,
    caseCount: cases.length,
    casesPassed,
    plannedOf: planned.total,
    worst: worst.slice(0, 5),
    metrics: {
      requests: budget.used,
      prompts: sent.length,
      answered: sent.filter((r) => !r.error).length,
      streamed: sent.filter((r) => r.streamed).length,
      suites,
      cases: { sent: cases.length, passed: casesPassed },
    },
  };
}

const caseName = (c: AiCase, i: number) =>
  JSON.stringify(c.name ?? (c.prompt.length > 50 ? `${c.prompt.slice(0, 50)}…` : c.prompt)) +
  (c.name ? '' : ` (#${i + 1})`);

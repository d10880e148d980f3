// Log hygiene of the services the gate starts (perf, ai): credentials, auth headers, passwords in
// URLs and personal data in what the service prints. The caller captures the lines.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../types.js';
import { severityRank } from '../../types.js';
import { excerpt, findLogLeaks, type LogHit } from './log-lines.js';
import { LEAK_RULES } from './rules.js';

export interface ServiceLogLine {
  text: string;
  stream: 'stdout' | 'stderr';
  /** The route being loaded when the line appeared (`GET /api/items`), if any. */
  route?: string;
}

export interface ServiceLogInput {
  lines: ServiceLogLine[];
  /** Secret values the gate itself sent (see `secretsSent`): seen in a log = blocker. */
  sent: string[];
  /** Which service printed them, for the message (`head service`). */
  source: string;
  /** Registers every value found, so no output channel shows it. */
  mask: (value: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface LeakGroup {
  rule: LogHit['rule'];
  kind: string;
  severity: Severity;
  hits: LogHit[];
}

/** One group per rule and kind of leak, the most severe first. */
export function groupHits(hits: LogHit[]): LeakGroup[] {
  const groups = new Map<string, LeakGroup>();
  for (const h of hits) {
    const key = `${h.rule}\0${h.kind}`;
    const g = groups.get(key) ?? { rule: h.rule, kind: h.kind, severity: h.severity, hits: [] };
    if (severityRank(h.severity) < severityRank(g.severity)) g.severity = h.severity;
    g.hits.push(h);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

export const ruleText = (rule: string) => LEAK_RULES.find((r) => r.id === rule)!;

/** `24 lines, 3 distinct values`: how much of it there is. */
export function extent(g: LeakGroup): string {
  const lines = new Set(g.hits.map((h) => h.index)).size;
  const values = new Set(g.hits.map((h) => h.value)).size;
  return `${plural(lines, 'line')}${values > 1 ? `, ${values} distinct values` : ''}`;
}

export const leakFingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

/** Findings (`log-secret`, `log-personal-data`) for what a service printed: one per kind of leak. */
export async function scanServiceLogs(input: ServiceLogInput): Promise<Finding[]> {
  const hits = await findLogLeaks(input.lines, input.sent);
  for (const h of hits) input.mask(h.value);
  return groupHits(hits).map((g) => {
    const first = g.hits[0];
    const line = input.lines[first.index];
    const routes = [...new Set(g.hits.map((h) => input.lines[h.index].route).filter(Boolean))] as string[];
    const during = routes.length
      ? `, while loading ${routes.slice(0, 3).join(', ')}${routes.length > 3 ? ` and ${routes.length - 3} more` : ''}`
      : ', outside the measured requests';
    const shown = excerpt(
      line.text,
      hits.filter((h) => h.index === first.index).map((h) => h.value),
    );
    const r = ruleText(g.rule);
    return {
      rule: g.rule,
      severity: g.severity,
      message: `${g.kind} in the ${input.source}'s ${line.stream}: ${extent(g)}${during}; e.g. \`${shown}\``,
      why: r.why,
      fix: r.fix,
      docs: r.docs,
      evidence: g.kind === 'a credential the gate sent' ? 'value sent by the gate' : g.kind,
      confidence: g.severity === 'blocker' ? 'certain' : 'likely',
      fingerprint: leakFingerprint(g.rule, g.kind, input.source),
      ...(routes[0] ? { route: routes[0] } : {}),
    } satisfies Finding;
  });
}

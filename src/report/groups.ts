// Findings grouped by rule, for every reader: the rule's why and fix are said once per rule, then
// its locations. Shared by the job summary and the PR comment so both tell the same story.
import { ruleMeta } from '../checks/index.js';
import { SEVERITIES, type CheckId, type CheckResult, type Finding, type Severity } from '../types.js';

export interface RuleGroup {
  check: CheckId;
  rule: string;
  title: string;
  /** The most severe finding of the group decides where it sorts and the icon it shows. */
  severity: Severity;
  /** Said once for the group: the catalog's text, else the text every finding of the group shares. */
  why?: string;
  fix?: string;
  docs?: string;
  findings: Finding[];
  files: number;
  /** How sure the check is that its findings are real (secrets): a rule's certain findings group apart. */
  confidence?: NonNullable<Finding['confidence']>;
}

/** Confidence tiers in the order a reviewer acts on them, with the heading each tier gets. */
export const TIERS = [
  { confidence: 'certain', heading: 'Certain: revoke these first' },
  { confidence: 'likely', heading: 'Likely real' },
  { confidence: 'possible', heading: 'Possible: review' },
] as const;

const tierRank = (c: Finding['confidence']) => (c ? TIERS.findIndex((t) => t.confidence === c) : TIERS.length);

/** The heading of a group's tier when the check's groups span more than one tier, else undefined. */
export function tierHeading(groups: RuleGroup[], g: RuleGroup): string | undefined {
  if (new Set(groups.map((x) => x.confidence)).size < 2) return undefined;
  return TIERS.find((t) => t.confidence === g.confidence)?.heading ?? 'Other';
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The one value every item has, else undefined. */
function shared(values: (string | undefined)[]): string | undefined {
  const first = values[0];
  return first && values.every((v) => v === first) ? first : undefined;
}

export function byLocation(a: Finding, b: Finding): number {
  return (
    rank(a.severity) - rank(b.severity) ||
    (a.file ?? a.url ?? '').localeCompare(b.file ?? b.url ?? '') ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

/**
 * Open (not suppressed) findings of a check, by rule and confidence: certain before likely before
 * possible (what to revoke first), then most severe first, then the biggest groups.
 */
export function groupByRule(c: CheckResult): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of c.findings) {
    if (f.suppressed) continue;
    const key = `${tierRank(f.confidence)}\0${f.rule}`;
    byRule.set(key, [...(byRule.get(key) ?? []), f]);
  }
  const groups: RuleGroup[] = [];
  for (const [key, fs] of byRule) {
    const rule = key.slice(key.indexOf('\0') + 1);
    const meta = ruleMeta(c.id, rule);
    const findings = [...fs].sort(byLocation);
    groups.push({
      check: c.id,
      rule,
      title: meta.title,
      severity: findings[0].severity,
      // A finding's own fix names its variable or table: prefer it when all of them say the same.
      why: shared(findings.map((f) => f.why)) ?? (meta.why || undefined),
      fix: shared(findings.map((f) => f.fix)) ?? (meta.fix || undefined),
      // The finding's link is already pinned to the action's version.
      docs: findings[0].docs ?? meta.docs,
      findings,
      files: new Set(findings.map((f) => f.file ?? f.url ?? '')).size,
      ...(findings[0].confidence ? { confidence: findings[0].confidence } : {}),
    });
  }
  return groups.sort(
    (a, b) =>
      tierRank(a.confidence) - tierRank(b.confidence) ||
      rank(a.severity) - rank(b.severity) ||
      b.findings.length - a.findings.length ||
      a.rule.localeCompare(b.rule),
  );
}

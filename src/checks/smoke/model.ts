// Shapes shared by the smoke modules: one checklist item per thing verified, findings for what failed.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../types.js';

export type ItemState = 'pass' | 'fail' | 'warn' | 'skip';

/** One line of the job-summary checklist. `state` is decided from findings when left undefined. */
export interface Item {
  url: string;
  /** Short name, e.g. `TLS certificate`, `GET /health`. */
  name: string;
  /** What was measured: `42 days left`, `120 ms`, `http://a → https://a`. */
  value: string;
  /** Rule ids whose findings belong to this item. */
  rules: string[];
  /** Set for skipped items and failures without a finding of their own. */
  state?: ItemState;
  /** Findings that belong to this item; filled by `settle` for one-item parts. */
  findings?: Finding[];
}

export interface Part {
  items: Item[];
  findings: Finding[];
  notes: string[];
}

export const emptyPart = (): Part => ({ items: [], findings: [], notes: [] });

/** Attaches a part's findings to its item when the part has exactly one. */
export function settle(p: Part): Part {
  if (p.items.length === 1 && !p.items[0].findings) p.items[0].findings = p.findings;
  return p;
}

export function mergeParts(into: Part, ...parts: Part[]): Part {
  for (const p of parts) {
    settle(p);
    into.items.push(...p.items);
    into.findings.push(...p.findings);
    into.notes.push(...p.notes);
  }
  return into;
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  url: string;
  message: string;
  why: string;
  fix: string;
  /** What identifies the finding beyond rule and origin (a path, a cookie name); survives value changes. */
  key?: string;
}

/** A finding about a URL, fingerprinted by rule, origin and key (never by measured values). */
export function finding(f: FindingInput): Finding {
  let origin = f.url;
  try {
    origin = new URL(f.url).origin;
  } catch {
    // not a URL (a DNS name): use as is
  }
  const fingerprint = createHash('sha256')
    .update(`${f.rule}\n${origin}\n${f.key ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return {
    rule: f.rule,
    severity: f.severity,
    url: f.url,
    message: f.message,
    why: f.why,
    fix: f.fix,
    fingerprint,
    docs: `docs/smoke/README.md#${f.rule}`,
  };
}

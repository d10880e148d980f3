// SARIF 2.1.0 for GitHub code scanning: one rule per (check, rule id), one result per finding.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scrub } from '../redact.js';
import type { RunReport } from '../runner.js';
import type { Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  blocker: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
// GitHub maps security-severity > 9 critical, 7–8.9 high, 4–6.9 medium, below low.
const SECURITY_SEVERITY: Record<Severity, string> = { blocker: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export function toSarif(report: RunReport, version: string): object {
  const rules = new Map<string, any>();
  const results: any[] = [];
  for (const check of report.checks) {
    for (const f of check.findings) {
      const ruleId = `${check.id}/${f.rule}`;
      if (!rules.has(ruleId)) {
        rules.set(ruleId, {
          id: ruleId,
          name: f.rule,
          shortDescription: { text: f.message.split(/[.:]/)[0].slice(0, 120) || f.rule },
          fullDescription: { text: f.why ?? f.message },
          help: {
            text: `${f.why ? `Why: ${f.why}\n` : ''}Fix: ${f.fix}`,
            markdown: `${f.why ? `**Why:** ${f.why}\n\n` : ''}**Fix:** ${f.fix}`,
          },
          ...(f.docs ? { helpUri: f.docs } : {}),
          defaultConfiguration: { level: LEVEL[f.severity] },
          properties: {
            'security-severity': SECURITY_SEVERITY[f.severity],
            tags: ['launch-gate', check.id],
            precision: 'high',
          },
        });
      }
      const result: any = {
        ruleId,
        level: LEVEL[f.severity],
        message: { text: `${f.message}${f.url ? ` (${f.url})` : ''}. Fix: ${f.fix}` },
        partialFingerprints: { 'launchGate/v1': f.fingerprint ?? '' },
        properties: { severity: f.severity, ...(f.commit ? { commit: f.commit } : {}) },
      };
      if (f.file) {
        result.locations = [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line ?? 1, ...(f.column ? { startColumn: f.column } : {}) },
            },
          },
        ];
      }
      if (f.suppressed) {
        result.suppressions = [
          {
            kind: f.suppressed.by === 'inline' ? 'inSource' : 'external',
            ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}),
          },
        ];
      }
      results.push(result);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Launch Gate',
            version,
            informationUri: 'https://github.com/launch-gate/launch-gate',
            rules: [...rules.values()],
          },
        },
        results,
        invocations: [{ executionSuccessful: !report.checks.some((c) => c.status === 'error') }],
      },
    ],
  };
}

export function writeSarif(path: string, report: RunReport, version: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, scrub(`${JSON.stringify(toSarif(report, version), null, 2)}\n`));
}

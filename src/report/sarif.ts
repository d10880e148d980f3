// SARIF 2.1.0 for GitHub code scanning: one rule per (check, rule id), one result per finding.
// GitHub rejects a result without a physical location, so file-less findings (smoke, perf, ai) point at
// the config line that declares their route or URL, else at the config file (or the workflow).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ruleMeta } from '../checks/index.js';
import { DEFAULT_CONFIG_PATH } from '../config.js';
import { scrub } from '../redact.js';
import { docsUrl } from '../runner.js';
import type { RunReport } from '../runner.js';
import type { CheckId, Finding, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  blocker: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
// GitHub maps security-severity > 9 critical, 7–8.9 high, 4–6.9 medium, below low.
const SECURITY_SEVERITY: Record<Severity, string> = { blocker: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export interface SarifOptions {
  /** The working directory relative to the repository root (`apps/web`), '' at the root. */
  prefix?: string;
  /** `runs[].automationDetails.id`: tells several gate steps on one repository apart. */
  category?: string;
  /** The config file (relative to the working directory) and its text, to locate file-less findings. */
  config?: { path: string; text?: string };
  /** Where file-less findings point when there is no config file: the workflow that runs the gate. */
  workflow?: string;
}

/** Reads the config file of a run for `SarifOptions.config` (absent file: no text). */
export function configForSarif(cwd: string, path = DEFAULT_CONFIG_PATH): SarifOptions['config'] {
  const rel = (isAbsolute(path) ? relative(cwd, path) : path).split('\\').join('/');
  try {
    return { path: rel, text: readFileSync(resolve(cwd, path), 'utf8') };
  } catch {
    return { path: rel };
  }
}

/** The workflow file from `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/gate.yml@refs/…`). */
export function workflowFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
}

/** Default category: the event and the working directory, so two gate steps do not replace each other. */
export function defaultCategory(event: string, prefix: string): string {
  return `launch-gate/${event}${prefix ? `/${prefix}` : ''}`;
}

/** 1-based line of the config that declares what a file-less finding is about; 1 when none does. */
export function declaringLine(text: string | undefined, check: CheckId, f: Finding): number {
  if (!text) return 1;
  const lines = text.split(/\r?\n/);
  // Most specific first: the route, the URL, its path, then its origin (a `smoke.urls` entry).
  const needles: string[] = [];
  if (f.route) needles.push(f.route, f.route.split(' ').pop()!);
  if (f.url) {
    needles.push(f.url);
    try {
      const u = new URL(f.url);
      needles.push(u.pathname, u.origin);
    } catch {
      // not a URL: the whole string only
    }
  }
  for (const n of needles) {
    if (n.length < 2) continue;
    const at = lines.findIndex((l) => !l.trimStart().startsWith('#') && valueHolds(l, n));
    if (at >= 0) return at + 1;
  }
  const section = lines.findIndex((l) => new RegExp(`^${check}\\s*:`).test(l));
  return section >= 0 ? section + 1 : 1;
}

/** A config line whose value is `needle` (a path must not match a longer path that starts with it). */
function valueHolds(line: string, needle: string): boolean {
  const at = line.indexOf(needle);
  if (at < 0) return false;
  const next = line[at + needle.length] ?? '';
  return !/[\w/.-]/.test(next) || needle.endsWith('/');
}

const join = (prefix: string, path: string) => (prefix ? `${prefix}/${path}` : path);

export function toSarif(report: RunReport, version: string, opts: SarifOptions = {}): object {
  const prefix = opts.prefix ?? '';
  const config = opts.config ?? { path: DEFAULT_CONFIG_PATH };
  const fallbackUri = config.text !== undefined || !opts.workflow ? join(prefix, config.path) : opts.workflow;
  const rules = new Map<string, object>();
  const results: object[] = [];
  for (const check of report.checks) {
    for (const f of check.findings) {
      const ruleId = `${check.id}/${f.rule}`;
      if (!rules.has(ruleId)) {
        const meta = ruleMeta(check.id, f.rule);
        const why = meta.why || f.why || meta.title;
        const fix = meta.fix || f.fix;
        rules.set(ruleId, {
          id: ruleId,
          name: f.rule,
          shortDescription: { text: meta.title },
          fullDescription: { text: why },
          help: {
            text: `Why: ${why}\nFix: ${fix}`,
            markdown: `**Why:** ${why}\n\n**Fix:** ${fix}`,
          },
          ...(meta.docs || f.docs ? { helpUri: docsUrl(meta.docs ?? f.docs!) } : {}),
          defaultConfiguration: { level: LEVEL[f.severity] },
          properties: {
            ...(meta.security ? { 'security-severity': SECURITY_SEVERITY[f.severity] } : {}),
            tags: ['launch-gate', check.id, ...(meta.security ? ['security'] : [])],
            precision: 'high',
          },
        });
      }
      const region = f.file
        ? { startLine: f.line ?? 1, ...(f.column ? { startColumn: f.column } : {}) }
        : { startLine: config.text !== undefined ? declaringLine(config.text, check.id, f) : 1 };
      const result: Record<string, unknown> = {
        ruleId,
        level: LEVEL[f.severity],
        message: { text: `${f.message}${f.url ? ` (${f.url})` : ''}. Fix: ${f.fix}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file ? join(prefix, f.file) : fallbackUri, uriBaseId: '%SRCROOT%' },
              region,
            },
          },
        ],
        partialFingerprints: { 'launchGate/v1': f.fingerprint ?? `${ruleId}:${f.url ?? f.route ?? f.message}` },
        properties: {
          severity: f.severity,
          ...(f.commit ? { commit: f.commit } : {}),
          ...(f.evidence ? { evidence: f.evidence } : {}),
          ...(f.confidence ? { confidence: f.confidence } : {}),
        },
      };
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
        ...(opts.category ? { automationDetails: { id: opts.category } } : {}),
        results,
        invocations: [{ executionSuccessful: !report.checks.some((c) => c.status === 'error') }],
      },
    ],
  };
}

export function writeSarif(path: string, report: RunReport, version: string, opts: SarifOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, scrub(`${JSON.stringify(toSarif(report, version, opts), null, 2)}\n`));
}

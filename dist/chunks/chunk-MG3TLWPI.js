import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  docsUrl
} from "./chunk-76CM3RIJ.js";
import {
  ruleMeta
} from "./chunk-JO2RSCFU.js";
import {
  scrub
} from "./chunk-37PJACQV.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-EGOHMP5K.js";

// src/report/sarif.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var LEVEL = {
  blocker: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY = { blocker: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
function configForSarif(cwd, path = DEFAULT_CONFIG_PATH) {
  const rel = (isAbsolute(path) ? relative(cwd, path) : path).split("\\").join("/");
  try {
    return { path: rel, text: readFileSync(resolve(cwd, path), "utf8") };
  } catch {
    return { path: rel };
  }
}
function workflowFromEnv(env) {
  return /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? "")?.[1];
}
function defaultCategory(event, prefix) {
  return `launch-gate/${event}${prefix ? `/${prefix}` : ""}`;
}
function declaringLine(text, check, f) {
  if (!text) return 1;
  const lines = text.split(/\r?\n/);
  const needles = [];
  if (f.route) needles.push(f.route, f.route.split(" ").pop());
  if (f.url) {
    needles.push(f.url);
    try {
      const u = new URL(f.url);
      needles.push(u.pathname, u.origin);
    } catch {
    }
  }
  for (const n of needles) {
    if (n.length < 2) continue;
    const at = lines.findIndex((l) => !l.trimStart().startsWith("#") && valueHolds(l, n));
    if (at >= 0) return at + 1;
  }
  const section = lines.findIndex((l) => new RegExp(`^${check}\\s*:`).test(l));
  return section >= 0 ? section + 1 : 1;
}
function valueHolds(line, needle) {
  const at = line.indexOf(needle);
  if (at < 0) return false;
  const next = line[at + needle.length] ?? "";
  return !/[\w/.-]/.test(next) || needle.endsWith("/");
}
var join = (prefix, path) => prefix ? `${prefix}/${path}` : path;
function toSarif(report, version, opts = {}) {
  const prefix = opts.prefix ?? "";
  const config = opts.config ?? { path: DEFAULT_CONFIG_PATH };
  const fallbackUri = config.text !== void 0 || !opts.workflow ? join(prefix, config.path) : opts.workflow;
  const rules = /* @__PURE__ */ new Map();
  const results = [];
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
            text: `Why: ${why}
Fix: ${fix}`,
            markdown: `**Why:** ${why}

**Fix:** ${fix}`
          },
          ...meta.docs || f.docs ? { helpUri: docsUrl(meta.docs ?? f.docs) } : {},
          defaultConfiguration: { level: LEVEL[f.severity] },
          properties: {
            ...meta.security ? { "security-severity": SECURITY_SEVERITY[f.severity] } : {},
            tags: ["launch-gate", check.id, ...meta.security ? ["security"] : []],
            precision: "high"
          }
        });
      }
      const region = f.file ? { startLine: f.line ?? 1, ...f.column ? { startColumn: f.column } : {} } : { startLine: config.text !== void 0 ? declaringLine(config.text, check.id, f) : 1 };
      const result = {
        ruleId,
        level: LEVEL[f.severity],
        message: { text: `${f.message}${f.url ? ` (${f.url})` : ""}. Fix: ${f.fix}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file ? join(prefix, f.file) : fallbackUri, uriBaseId: "%SRCROOT%" },
              region
            }
          }
        ],
        partialFingerprints: { "launchGate/v1": f.fingerprint ?? `${ruleId}:${f.url ?? f.route ?? f.message}` },
        properties: {
          severity: f.severity,
          ...f.commit ? { commit: f.commit } : {},
          ...f.evidence ? { evidence: f.evidence } : {},
          ...f.confidence ? { confidence: f.confidence } : {}
        }
      };
      if (f.suppressed) {
        result.suppressions = [
          {
            kind: f.suppressed.by === "inline" ? "inSource" : "external",
            ...f.suppressed.reason ? { justification: f.suppressed.reason } : {}
          }
        ];
      }
      results.push(result);
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Launch Gate",
            version,
            informationUri: "https://github.com/launch-gate/launch-gate",
            rules: [...rules.values()]
          }
        },
        ...opts.category ? { automationDetails: { id: opts.category } } : {},
        results,
        invocations: [{ executionSuccessful: !report.checks.some((c) => c.status === "error") }]
      }
    ]
  };
}
function writeSarif(path, report, version, opts = {}) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, scrub(`${JSON.stringify(toSarif(report, version, opts), null, 2)}
`));
}

export {
  configForSarif,
  workflowFromEnv,
  defaultCategory,
  declaringLine,
  toSarif,
  writeSarif
};

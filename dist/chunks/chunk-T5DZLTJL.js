import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ruleMeta
} from "./chunk-JO2RSCFU.js";
import {
  SEVERITIES
} from "./chunk-4LVMQC3W.js";

// src/report/groups.ts
var TIERS = [
  { confidence: "certain", heading: "Certain: revoke these first" },
  { confidence: "likely", heading: "Likely real" },
  { confidence: "possible", heading: "Possible: review" }
];
var tierRank = (c) => c ? TIERS.findIndex((t) => t.confidence === c) : TIERS.length;
function tierHeading(groups, g) {
  if (new Set(groups.map((x) => x.confidence)).size < 2) return void 0;
  return TIERS.find((t) => t.confidence === g.confidence)?.heading ?? "Other";
}
var rank = (s) => SEVERITIES.indexOf(s);
function shared(values) {
  const first = values[0];
  return first && values.every((v) => v === first) ? first : void 0;
}
function byLocation(a, b) {
  return rank(a.severity) - rank(b.severity) || (a.file ?? a.url ?? "").localeCompare(b.file ?? b.url ?? "") || (a.line ?? 0) - (b.line ?? 0);
}
function groupByRule(c) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of c.findings) {
    if (f.suppressed) continue;
    const key = `${tierRank(f.confidence)}\0${f.rule}`;
    byRule.set(key, [...byRule.get(key) ?? [], f]);
  }
  const groups = [];
  for (const [key, fs] of byRule) {
    const rule = key.slice(key.indexOf("\0") + 1);
    const meta = ruleMeta(c.id, rule);
    const findings = [...fs].sort(byLocation);
    groups.push({
      check: c.id,
      rule,
      title: meta.title,
      severity: findings[0].severity,
      // A finding's own fix names its variable or table: prefer it when all of them say the same.
      why: shared(findings.map((f) => f.why)) ?? (meta.why || void 0),
      fix: shared(findings.map((f) => f.fix)) ?? (meta.fix || void 0),
      // The finding's link is already pinned to the action's version.
      docs: findings[0].docs ?? meta.docs,
      findings,
      files: new Set(findings.map((f) => f.file ?? f.url ?? "")).size,
      ...findings[0].confidence ? { confidence: findings[0].confidence } : {}
    });
  }
  return groups.sort(
    (a, b) => tierRank(a.confidence) - tierRank(b.confidence) || rank(a.severity) - rank(b.severity) || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule)
  );
}

export {
  tierHeading,
  byLocation,
  groupByRule
};

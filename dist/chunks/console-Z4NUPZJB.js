import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  byLocation
} from "./chunk-T5DZLTJL.js";
import "./chunk-JO2RSCFU.js";
import "./chunk-SMS2Z7X7.js";
import "./chunk-UCMK5KCW.js";
import "./chunk-BPZPDFNX.js";
import {
  scrub
} from "./chunk-37PJACQV.js";
import "./chunk-7IFWUGSY.js";
import "./chunk-6BUPXWJW.js";
import {
  CHECK_TITLES
} from "./chunk-4LVMQC3W.js";
import "./chunk-GKNI2CXG.js";
import "./chunk-LYD5ERHY.js";

// src/report/console.ts
function renderConsole(report, color = false) {
  const c = (n, s) => color ? `\x1B[${n}m${s}\x1B[0m` : s;
  const STATUS = {
    pass: c(32, "PASS"),
    fail: c(31, "FAIL"),
    error: c(35, "ERROR"),
    skipped: c(90, "SKIP")
  };
  const SEV = {
    blocker: c(31, "blocker"),
    high: c(31, "high"),
    medium: c(33, "medium"),
    low: c(36, "low")
  };
  const out = [];
  out.push(
    `Launch Gate: ${report.verdict === "pass" ? c(32, "PASS") : c(31, "FAIL")}  (fail-on ${report.failOn}, ${report.totals.findings} open, ${report.totals.suppressed} suppressed, ${(report.durationMs / 1e3).toFixed(1)} s)`
  );
  out.push("");
  for (const check of report.checks) {
    out.push(`${STATUS[check.status].padEnd(color ? 14 : 5)} ${CHECK_TITLES[check.id].padEnd(13)} ${check.summary}`);
  }
  for (const check of report.checks) {
    const open = check.findings.filter((f) => !f.suppressed);
    if (!open.length && !check.error) continue;
    out.push("", c(1, `${CHECK_TITLES[check.id]}`));
    if (check.error) out.push(`  could not run: ${check.error}`);
    open.sort(byLocation);
    for (const f of open) {
      const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : f.url ?? "";
      out.push(
        `  ${SEV[f.severity]} ${c(1, f.rule)} ${where}${f.commit ? ` (commit ${f.commit.slice(0, 7)}${f.removedLater ? ", removed later, still in history" : ""})` : ""}`
      );
      out.push(`    ${f.message}`);
      if (f.why) out.push(`    why: ${f.why}`);
      out.push(`    fix: ${f.fix}`);
    }
  }
  out.push("");
  return scrub(out.join("\n"));
}
export {
  renderConsole
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  EventError,
  actionsRunUrl,
  readGithubEvent
} from "./chunks/chunk-EMTPDIUE.js";
import {
  writeJson
} from "./chunks/chunk-K7DAUU5E.js";
import {
  configForSarif,
  defaultCategory,
  workflowFromEnv,
  writeSarif
} from "./chunks/chunk-MG3TLWPI.js";
import {
  docsUrl,
  run
} from "./chunks/chunk-76CM3RIJ.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-IULKMMSV.js";
import {
  groupByRule,
  tierHeading
} from "./chunks/chunk-T5DZLTJL.js";
import "./chunks/chunk-JO2RSCFU.js";
import "./chunks/chunk-SMS2Z7X7.js";
import "./chunks/chunk-UCMK5KCW.js";
import "./chunks/chunk-BPZPDFNX.js";
import {
  code,
  escapeMd,
  inlineMd,
  plural
} from "./chunks/chunk-JFNDAFOA.js";
import "./chunks/chunk-LS7LJ4I2.js";
import {
  VERSION
} from "./chunks/chunk-QBXKCKE2.js";
import {
  onSecretRegistered,
  registerUrlPasswords,
  safeLine,
  scrub
} from "./chunks/chunk-37PJACQV.js";
import "./chunks/chunk-7IFWUGSY.js";
import "./chunks/chunk-6BUPXWJW.js";
import {
  checkWritable
} from "./chunks/chunk-PUI32IUF.js";
import {
  loadTrusted
} from "./chunks/chunk-JOU2TFI6.js";
import "./chunks/chunk-C4ETJL74.js";
import "./chunks/chunk-SY3URXUI.js";
import {
  ConfigError
} from "./chunks/chunk-EGOHMP5K.js";
import "./chunks/chunk-O45CTJ25.js";
import {
  CHECK_TITLES,
  SEVERITIES,
  atLeast
} from "./chunks/chunk-4LVMQC3W.js";
import "./chunks/chunk-DHCW3XL2.js";
import "./chunks/chunk-GKNI2CXG.js";
import "./chunks/chunk-MZDCT5IW.js";
import "./chunks/chunk-LYD5ERHY.js";

// src/main.ts
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2, relative, resolve } from "node:path";

// src/report/annotations.ts
import { posix } from "node:path";
var PER_LEVEL_LIMIT = 10;
var LEVEL = { blocker: "error", high: "error", medium: "warning", low: "notice" };
function planAnnotations(report, prefix = "") {
  const open = [];
  for (const c of report.checks) for (const f of c.findings) if (!f.suppressed) open.push({ f, check: c.id });
  open.sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity));
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const { f, check } of open) {
    const level = LEVEL[f.severity];
    if (used[level] >= PER_LEVEL_LIMIT) continue;
    used[level]++;
    annotations.push({
      level,
      title: scrub(`Launch Gate ${check}: ${f.rule} (${f.severity})`),
      message: scrub(`${f.message}${f.url ? ` (${f.url})` : ""}${f.why ? `
Why: ${f.why}` : ""}
Fix: ${f.fix}`),
      // A line deleted by a later commit does not exist in the diff's head: annotate the file only.
      ...f.file ? { file: posix.join(prefix, f.file) } : {},
      ...f.file && !f.removedLater ? { startLine: f.line, startColumn: f.column } : {}
    });
  }
  return { annotations, total: open.length };
}

// src/report/trust.ts
function trustLines(report) {
  const lines = [...report.trust?.notes ?? []];
  const own = report.checks.flatMap(
    (c) => c.findings.filter((f) => f.suppressed?.addedInPr).map((f) => ({ check: CHECK_TITLES[c.id], f }))
  );
  if (own.length) {
    const list = own.slice(0, 10).map(
      ({ f }) => `${f.rule} at ${f.file}${f.line ? `:${f.line}` : ""}${f.suppressed?.reason ? ` ("${f.suppressed.reason}")` : ""}`
    ).join("; ");
    lines.push(
      `this PR suppresses ${own.length} of its own findings with ignore comments it adds: ${list}${own.length > 10 ? `; and ${own.length - 10} more` : ""}`
    );
  }
  return lines;
}

// src/report/comment.ts
var MARKER_PREFIX = "<!-- launch-gate:sticky-comment";
var COMMENT_LIMIT = 6e4;
var MAX_LOCATIONS = 25;
var COMMENT_MODES = ["on-failure", "always", "never"];
function commentMarker(category = "") {
  const id = category.replace(/[^\w./:@-]+/g, "_");
  return `${MARKER_PREFIX}${id ? ` ${id}` : ""} -->`;
}
var ICON = { blocker: "\u{1F6D1}", high: "\u{1F534}", medium: "\u{1F7E0}", low: "\u{1F7E1}" };
function footer(o) {
  const parts = [
    o.sha ? `for ${code(o.sha.slice(0, 7))}` : void 0,
    o.runUrl ? `[full report](${o.runUrl})` : void 0
  ].filter(Boolean);
  return parts.length ? `<sub>${parts.join(" \xB7 ")}</sub>` : "";
}
function renderComment(report, o = {}) {
  const lines = [
    commentMarker(o.category),
    `### ${report.verdict === "pass" ? "\u2705" : "\u274C"} Launch Gate: ${report.verdict}`
  ];
  const foot = footer(o);
  if (foot) lines.push(foot);
  lines.push("");
  for (const l of trustLines(report)) lines.push(`> \u26A0\uFE0F ${escapeMd(l)}`, "");
  const ran = report.checks.filter((c) => c.status !== "skipped");
  lines.push(
    ran.map((c) => {
      const open = c.findings.filter((f) => !f.suppressed).length;
      const state = c.status === "error" ? "\u{1F4A5} could not run" : c.status === "fail" ? `\u274C ${open}` : `\u2705 ${open}`;
      return `**${CHECK_TITLES[c.id]}** ${state}`;
    }).join(" \xB7 ") || "_No check ran._"
  );
  for (const c of ran.filter((c2) => c2.error)) {
    lines.push(
      "",
      `> \u{1F4A5} **${CHECK_TITLES[c.id]} could not run** (the gate fails closed): ${inlineMd(c.error.split("\n")[0])}`
    );
  }
  let listed = 0;
  let total = 0;
  for (const c of ran) {
    const groups = groupByRule(c);
    let prev;
    for (const g of groups) {
      total += g.findings.length;
      if (listed >= MAX_LOCATIONS) continue;
      const heading = tierHeading(groups, g);
      if (heading !== void 0 && prev?.confidence !== g.confidence) lines.push("", `#### ${heading}`);
      prev = g;
      const gating = atLeast(g.severity, report.failOn) ? "" : " \xB7 below fail-on";
      lines.push(
        "",
        `**${ICON[g.severity]} ${escapeMd(g.title)}** \xB7 ${code(g.rule)} \xB7 ${plural(g.findings.length, "finding")}${gating}`
      );
      for (const f of g.findings.slice(0, MAX_LOCATIONS - listed)) {
        const text2 = f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : code(f.url ?? f.route ?? "\u2013");
        const url = f.file && !f.removedLater ? o.blobUrl?.(f.file, f.line) : void 0;
        const own = !g.fix && f.fix ? ` \u2014 ${inlineMd(f.fix)}` : "";
        lines.push(`- ${url ? `[${text2}](${url})` : text2} ${inlineMd(f.message)}${own}`);
        listed++;
      }
      if (g.fix) lines.push("", `**Fix:** ${inlineMd(g.fix)}`);
    }
  }
  if (total > listed) lines.push("", `_\u2026and ${plural(total - listed, "more finding")} in the job summary._`);
  const text = scrub(lines.join("\n"));
  return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT)}

_(truncated)_` : text;
}
function renderResolved(report, o = {}) {
  const foot = footer(o);
  return scrub(
    [
      commentMarker(o.category),
      "### \u2705 Launch Gate: resolved",
      ...foot ? [foot] : [],
      "",
      `Every check passes now${report.totals.findings ? ` (${plural(report.totals.findings, "finding")} below ${code(report.failOn)} remain in the job summary)` : ""}.`
    ].join("\n")
  );
}
async function syncComment(api, report, mode, o = {}) {
  if (mode === "never") return "none";
  const marker = commentMarker(o.category);
  const existing = (await api.list()).find((c) => c.body?.split("\n")[0]?.trim() === marker);
  if (mode === "on-failure" && report.verdict === "pass") {
    if (!existing) return "none";
    await api.update(existing.id, renderResolved(report, o));
    return "resolved";
  }
  const body = renderComment(report, o);
  if (existing) {
    await api.update(existing.id, body);
    return "updated";
  }
  await api.create(body);
  return "created";
}

// src/report/summary.ts
var SUMMARY_LIMIT = 1e3 * 1024;
var STATUS_ICON = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  error: "\u{1F4A5} error",
  skipped: "\u23ED\uFE0F skipped"
};
var SEV_ICON = {
  blocker: "\u{1F6D1} blocker",
  high: "\u{1F534} high",
  medium: "\u{1F7E0} medium",
  low: "\u{1F7E1} low"
};
var seconds = (ms) => ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
function countLine(report) {
  const t = report.totals;
  const parts = SEVERITIES.filter((s) => t[s]).map((s) => `${t[s]} ${s}`);
  const findings = t.findings ? `**${plural(t.findings, "open finding")}** (${parts.join(", ")})` : "0 open findings";
  return [
    findings,
    ...t.suppressed ? [`${t.suppressed} suppressed`] : [],
    `fails on ${code(report.failOn)} and above`,
    `${seconds(report.durationMs)}`
  ].join(" \xB7 ");
}
function headline(report) {
  return report.verdict === "pass" ? "## \u2705 Launch Gate: pass" : "## \u274C Launch Gate: fail";
}
function reasonLine(report) {
  const failing = [];
  for (const c of report.checks) {
    const counts = SEVERITIES.filter((s) => atLeast(s, report.failOn)).map((s) => [s, c.findings.filter((f) => !f.suppressed && f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
    if (counts.length) failing.push(`${counts.join(", ")} in ${CHECK_TITLES[c.id]}`);
  }
  const errored = report.checks.filter((c) => c.status === "error").map((c) => CHECK_TITLES[c.id]);
  if (errored.length) failing.push(`${errored.join(", ")} could not run (the gate fails closed)`);
  if (failing.length) return `**Why:** ${failing.join("; ")}.`;
  const below = report.totals.findings;
  return below ? `**Why:** no open finding at ${code(report.failOn)} or above; ${plural(below, "finding")} below it are listed for review.` : "**Why:** every check that ran found nothing to fix.";
}
function checksTable(report) {
  const ran = report.checks.filter((c) => c.status !== "skipped");
  const rows = ran.map((c) => {
    const open = c.findings.filter((f) => !f.suppressed).length;
    const suppressed = c.findings.length - open;
    const count = c.status === "error" ? "\u2013" : `${open}${suppressed ? ` \xB7 ${suppressed} suppressed` : ""}`;
    return `| ${CHECK_TITLES[c.id]} | ${STATUS_ICON[c.status]} | ${count} | ${seconds(c.durationMs)} | ${inlineMd(c.summary)} |`;
  });
  const out = ran.length ? ["| Check | Status | Findings | Time | Summary |", "| --- | --- | ---: | ---: | --- |", ...rows].join("\n") : "_No check ran._";
  const skipped = report.checks.filter((c) => c.status === "skipped");
  if (!skipped.length) return out;
  const list = skipped.map((c) => `${CHECK_TITLES[c.id]} (${escapeMd(c.summary)})`).join(", ");
  return `${out}

\u23ED\uFE0F Skipped: ${list}.`;
}
function where(f, o) {
  if (!f.file) return f.url || f.route ? code(f.url ?? f.route) : "";
  const text = code(`${f.file}${f.line ? `:${f.line}` : ""}`);
  const url = !f.removedLater ? o.blobUrl?.(f.file, f.line) : void 0;
  return url ? `[${text}](${url})` : text;
}
function locationLine(f, g, o) {
  const parts = [where(f, o), inlineMd(f.message)].filter(Boolean);
  if (f.commit && !/added in commit/.test(f.message))
    parts.push(
      `added in ${code(f.commit.slice(0, 7))}${f.removedLater ? ", removed later but still in git history" : ""}`
    );
  if (f.why && !g.why) parts.push(`why: ${inlineMd(f.why)}`);
  if (f.fix && f.fix !== g.fix) parts.push(`fix: ${inlineMd(f.fix)}`);
  return `- ${parts.join(" \u2014 ")}`;
}
function groupBlock(g, fs, o) {
  const rule = g.docs ? `[${code(g.rule)}](${docsUrl(g.docs)})` : code(g.rule);
  const head = `**${SEV_ICON[g.severity]} \xB7 ${escapeMd(g.title)}** \xB7 ${rule} \xB7 ${plural(g.findings.length, "finding")}`;
  const text = [g.why && `${inlineMd(g.why)}`, g.fix && `**Fix:** ${inlineMd(g.fix)}`].filter(Boolean).join("<br>");
  return [head, text, fs.map((f) => locationLine(f, g, o)).join("\n")].filter(Boolean).join("\n\n");
}
function slice(groups, from, to) {
  const out = [];
  let at = 0;
  for (const g of groups) {
    const lo = Math.max(from - at, 0);
    const hi = Math.min(to - at, g.findings.length);
    if (hi > lo) out.push([g, g.findings.slice(lo, hi)]);
    at += g.findings.length;
  }
  return out;
}
var FIRST = 20;
function ruleTable(groups) {
  const tiers = groups.length > 0 && tierHeading(groups, groups[0]) !== void 0;
  const rows = groups.map(
    (g) => `| ${SEV_ICON[g.severity]} |${tiers ? ` ${g.confidence ?? "\u2013"} |` : ""} ${escapeMd(g.title)} (${code(g.rule)}) | ${g.findings.length} | ${g.files} |`
  );
  const head = tiers ? ["| Severity | Confidence | Rule | Findings | Files |", "| --- | --- | --- | ---: | ---: |"] : ["| Severity | Rule | Findings | Files |", "| --- | --- | ---: | ---: |"];
  return [...head, ...rows].join("\n");
}
function blocks(groups, parts, o, after) {
  let prev = after;
  return parts.map(([g, fs]) => {
    const heading = tierHeading(groups, g);
    const block = groupBlock(g, fs, o);
    const start = heading !== void 0 && (!prev || prev.confidence !== g.confidence);
    prev = g;
    return start ? `#### ${heading}

${block}` : block;
  });
}
function findingsSection(c, o) {
  const groups = groupByRule(c);
  const open = groups.reduce((n, g) => n + g.findings.length, 0);
  const suppressed = c.findings.filter((f) => f.suppressed);
  const max = Math.min(o.maxFindingsPerCheck ?? Infinity, open);
  const out = [];
  if (open > FIRST) out.push(ruleTable(groups));
  const first = Math.min(FIRST, max);
  const shown = slice(groups, 0, first);
  out.push(...blocks(groups, shown, o));
  if (max > first) {
    const rest = blocks(groups, slice(groups, first, max), o, shown[shown.length - 1]?.[0]);
    out.push(
      `<details><summary>${plural(max - first, "more finding")}</summary>

${rest.join("\n\n")}

</details>`
    );
  }
  if (open > max) {
    out.push(
      `_${plural(open - max, "more finding")} not shown here to keep the summary under GitHub's 1 MiB limit; the JSON report${o.reportPath ? ` (${code(o.reportPath)})` : ""} has them all._`
    );
  }
  if (suppressed.length) {
    const rows = suppressed.slice(0, o.maxFindingsPerCheck ?? Infinity).map(
      (f) => `| ${code(f.rule)} | ${f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : escapeMd(f.url ?? "\u2013")} | ${f.suppressed.by} | ${f.suppressed.reason ? escapeMd(f.suppressed.reason) : "_no reason given_"} |`
    );
    out.push(
      `<details><summary>${plural(suppressed.length, "suppressed finding")}</summary>

| Rule | Where | By | Reason |
| --- | --- | --- | --- |
${rows.join("\n")}

</details>`
    );
  }
  return out.join("\n\n");
}
function fenced(text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text
${text}
${fence}`;
}
function errorBlock(title, error2) {
  const [first, ...rest] = error2.replace(/\r\n/g, "\n").split("\n");
  const box = `> [!CAUTION]
> **${escapeMd(title)} could not run**, so the gate fails closed: ${inlineMd(first)}`;
  const detail = rest.join("\n").trim();
  return detail ? `${box}

<details><summary>Output</summary>

${fenced(detail)}

</details>` : box;
}
function checkSection(c, o) {
  if (c.status === "skipped") return void 0;
  const parts = [`### ${STATUS_ICON[c.status].split(" ")[0]} ${CHECK_TITLES[c.id]}`];
  if (c.error) parts.push(errorBlock(CHECK_TITLES[c.id], c.error));
  else parts.push(inlineMd(c.summary));
  if (c.findings.length) parts.push(findingsSection(c, o));
  if (c.markdown) parts.push(c.markdown);
  if (c.notes?.length)
    parts.push(
      `<details><summary>Notes (${c.notes.length})</summary>

${c.notes.map((n) => `- ${inlineMd(n)}`).join("\n")}

</details>`
    );
  return parts.join("\n\n");
}
function render(report, o) {
  const parts = [headline(report), reasonLine(report)];
  const trust = trustLines(report);
  if (trust.length) parts.push(`> [!IMPORTANT]
${trust.map((l) => `> - ${escapeMd(l)}`).join("\n")}`);
  parts.push(countLine(report), checksTable(report));
  if (o.annotations && o.annotations.total > o.annotations.shown) {
    parts.push(
      `_${o.annotations.shown} of ${o.annotations.total} findings are annotated on the diff (GitHub shows at most 10 of each level per step); every finding is listed below._`
    );
  }
  for (const c of report.checks) {
    const s = checkSection(c, o);
    if (s) parts.push(s);
  }
  parts.push(
    `<sub>Suppress a finding with a comment ${code("launch-gate-ignore: RULE reason")} on its line or the line above, or accept all current findings with ${code("launch-gate baseline")}.</sub>`
  );
  return scrub(`${parts.join("\n\n")}
`);
}
function renderSummary(report, o = {}) {
  for (const max of [o.maxFindingsPerCheck ?? Infinity, 500, 100, 20, 0]) {
    const text2 = render(report, { ...o, maxFindingsPerCheck: max });
    if (Buffer.byteLength(text2) <= SUMMARY_LIMIT) return text2;
  }
  const text = render(report, { ...o, maxFindingsPerCheck: 0 });
  return `${text.slice(0, SUMMARY_LIMIT - 200)}

_(summary truncated)_
`;
}

// src/report/upload-report.ts
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
var artifactName = (category) => `launch-gate-${category.replace(/^launch-gate\/?/, "").replace(/[":<>|*?\\/\r\n\s]+/g, "-") || "report"}`;
async function uploadReport(files, category, temp = tmpdir()) {
  const dir = mkdtempSync(join(temp, "launch-gate-artifact-"));
  const copies = files.map((f) => {
    const to = join(dir, basename(f));
    copyFileSync(f, to);
    return to;
  });
  const { DefaultArtifactClient } = await import("./chunks/artifact-DHNIENDL.js");
  const name = artifactName(category);
  await new DefaultArtifactClient().uploadArtifact(name, copies, dir, { retentionDays: 30 });
  return name;
}

// src/report/upload-sarif.ts
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
async function uploadSarif(u, fetchImpl = fetch) {
  const sarif = gzipSync(readFileSync(u.path)).toString("base64");
  const res = await fetchImpl(`${u.apiUrl.replace(/\/$/, "")}/repos/${u.owner}/${u.repo}/code-scanning/sarifs`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${u.token}`,
      accept: "application/vnd.github+json",
      "content-type": "application/json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "launch-gate"
    },
    body: JSON.stringify({ commit_sha: u.commitSha, ref: u.ref, sarif, tool_name: "Launch Gate" }),
    signal: AbortSignal.timeout(6e4)
  });
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      message = JSON.parse(text).message ?? message;
    } catch {
    }
    const hint = res.status === 403 || res.status === 404 ? " (the job needs `permissions: security-events: write`, and code scanning must be available for the repository)" : "";
    throw new Error(`GitHub refused the SARIF upload: HTTP ${res.status} ${message}${hint}`);
  }
  try {
    return JSON.parse(text).id;
  } catch {
    return void 0;
  }
}

// src/main.ts
var logger = {
  info: (m) => info(safeLine(m)),
  progress: (m) => info(safeLine(m)),
  warn: (m) => warning(scrub(m)),
  debug: (m) => debug(scrub(m)),
  group: (name, fn) => group(name, fn)
};
async function postComment(token, event, report, mode, o) {
  if (mode === "never") return;
  if (!event.pr || !event.repository) return logger.info("launch-gate: not a pull request: no PR comment");
  if (event.pr.fork)
    return logger.info(
      "launch-gate: PR from a fork: the token cannot write, no PR comment (the job summary has the report)"
    );
  const github = await import("./chunks/github-QFQZWIRQ.js");
  const octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || "https://api.github.com" });
  const { owner, repo } = event.repository;
  const issue_number = event.pr.number;
  try {
    const what = await syncComment(
      {
        list: async () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
        create: async (body) => void await octokit.rest.issues.createComment({ owner, repo, issue_number, body }),
        update: async (id, body) => void await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
      },
      report,
      mode,
      o
    );
    logger.info(
      what === "none" ? "launch-gate: PR passes and has no comment of ours: none posted" : `launch-gate: PR comment ${what}`
    );
  } catch (e) {
    logger.warn(
      `launch-gate: could not write the PR comment (${e.message}); the job summary has the report`
    );
  }
}
async function sendSarif(token, event, path) {
  const commitSha = process.env.GITHUB_SHA || event.head;
  const ref = process.env.GITHUB_REF;
  if (!token || !event.repository || !commitSha || !ref)
    throw new Error(
      "input upload-sarif: needs github-token and a GitHub Actions run (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF)"
    );
  const id = await uploadSarif({
    apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
    token,
    ...event.repository,
    commitSha,
    ref,
    path
  });
  logger.info(`launch-gate: SARIF uploaded to code scanning${id ? ` (upload ${id})` : ""}`);
}
function booleanInput(name) {
  const v = getInput(name).trim().toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new ConfigError(`input ${name}: got ${JSON.stringify(v)}; allowed values: true, false`);
}
async function gate() {
  onSecretRegistered((s) => setSecret(s));
  const input = (name) => getInput(name).trim();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, input("working-directory") || ".");
  const configFrom = input("config-from") || "base";
  if (configFrom !== "base" && configFrom !== "head")
    throw new ConfigError(`input config-from: got ${JSON.stringify(configFrom)}; allowed values: base, head`);
  const event = readGithubEvent(process.env, input("base-ref") || void 0);
  const commentMode = input("comment") || "on-failure";
  if (!COMMENT_MODES.includes(commentMode))
    throw new ConfigError(
      `input comment: got ${JSON.stringify(commentMode)}; allowed values: ${COMMENT_MODES.join(", ")}`
    );
  const reportPath = resolve(
    cwd,
    input("report-file") || join2(process.env.RUNNER_TEMP || tmpdir2(), "launch-gate-report.json")
  );
  const sarifPath = input("sarif-file") ? resolve(cwd, input("sarif-file")) : void 0;
  checkWritable(reportPath, "report-file");
  if (sarifPath) checkWritable(sarifPath, "sarif-file");
  const { config, baseline, trust } = await loadTrusted({
    cwd,
    configPath: input("config") || void 0,
    overrides: {
      checks: input("checks"),
      failOn: input("fail-on"),
      scope: input("scope"),
      envFile: input("env-file"),
      environment: input("environment"),
      startCommand: input("start-command"),
      readyUrl: input("ready-url"),
      url: input("url")
    },
    event,
    configFrom,
    log: logger
  });
  registerUrlPasswords(JSON.stringify(config));
  const token = input("github-token");
  if (token) setSecret(token);
  if (booleanInput("upload-sarif") && !token)
    throw new ConfigError("input upload-sarif: needs github-token (with security-events: write)");
  const github = token ? { token, apiUrl: process.env.GITHUB_API_URL || "https://api.github.com", repository: event.repository } : void 0;
  const report = await run({
    cwd,
    config,
    event,
    log: logger,
    github,
    allowPrCommands: booleanInput("allow-pr-commands"),
    trusted: { baseline, trust }
  });
  writeJson(reportPath, report);
  const prefix = relative(workspace, cwd).split("\\").join("/");
  const root = prefix.startsWith("..") ? "" : prefix;
  const category = input("category") || defaultCategory(event.name, root);
  const uploadTo = booleanInput("upload-sarif");
  const sarifFile = sarifPath ?? (uploadTo ? join2(process.env.RUNNER_TEMP || tmpdir2(), "launch-gate.sarif") : void 0);
  if (sarifFile) {
    writeSarif(sarifFile, report, VERSION, {
      prefix: root,
      category,
      config: configForSarif(cwd, input("config") || void 0),
      workflow: workflowFromEnv(process.env)
    });
  }
  const plan = planAnnotations(report, root);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file && scrub(a.file), startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === "error") error(a.message, props);
    else if (a.level === "warning") warning(a.message, props);
    else notice(a.message, props);
  }
  const repo = event.repository;
  const sha = event.head;
  const blobUrl = repo && sha ? (file, line) => `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}/blob/${sha}/${[prefix, file].filter(Boolean).join("/")}${line ? `#L${line}` : ""}` : void 0;
  const summary2 = renderSummary(report, {
    reportPath,
    annotations: { shown: plan.annotations.length, total: plan.total },
    blobUrl
  });
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
  else logger.info(summary2);
  setOutput("verdict", report.verdict);
  setOutput("blockers", String(report.totals.blocker));
  setOutput("findings", String(report.totals.findings));
  setOutput("report", reportPath);
  if (uploadTo && sarifFile) {
    if (event.pr?.fork)
      logger.info("launch-gate: PR from a fork: the token cannot upload SARIF; the file is at the sarif-file path");
    else
      await sendSarif(token, event, sarifFile).catch((e) => setFailed(scrub(`Launch Gate: ${e.message}`)));
  }
  if (booleanInput("upload-report")) {
    await uploadReport([reportPath, ...sarifFile ? [sarifFile] : []], category, process.env.RUNNER_TEMP || tmpdir2()).then((name) => logger.info(`launch-gate: report uploaded as the workflow artifact ${name}`)).catch(
      (e) => setFailed(scrub(`Launch Gate: could not upload the report artifact (upload-report): ${e.message}`))
    );
  }
  if (token) {
    const runUrl = actionsRunUrl(process.env, repo);
    await postComment(token, event, report, commentMode, { runUrl, sha, blobUrl, category });
  }
  if (report.verdict === "fail") {
    const errored = report.checks.filter((c) => c.status === "error").map((c) => c.id);
    const t = report.totals;
    setFailed(
      scrub(
        `Launch Gate: fail \u2014 ${t.findings} findings (${t.blocker} blocker, ${t.high} high)${errored.length ? `; could not run: ${errored.join(", ")}` : ""}. See the job summary.`
      )
    );
  }
}
async function run2() {
  try {
    await gate();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EventError) {
      setFailed(scrub(`Launch Gate: ${e.message}`));
      process.exitCode = 2;
      return;
    }
    setFailed(scrub(`Launch Gate crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  }
}

// src/index.ts
void run2();

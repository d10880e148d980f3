import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-37PJACQV.js";
import {
  isPlaceholder,
  scanText
} from "./chunk-3GANCMSO.js";
import {
  looksSecret
} from "./chunk-RSAAWZJ3.js";
import {
  LEAK_RULES
} from "./chunk-7IFWUGSY.js";
import {
  CATALOG
} from "./chunk-6BUPXWJW.js";
import {
  severityRank
} from "./chunk-4LVMQC3W.js";

// src/checks/leaks/log-lines.ts
var AUTH_HEADER = /(?<![\w-])((?:proxy-)?authorization|x-api-key|api[-_]key|x-auth-token|x-access-token|cookie)["']?\s*[:=]\s*["']?((?:(?:Bearer|Basic|Token|Bot|Digest)\s+)?[^\s"',;{}[\]]+)/gi;
var URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*:([^\s@/?#'"`<>]+)@[\w.-]/gi;
var CREDENTIAL_FIELD = /(?<![\w-])(password|passwd|pwd|pass|passphrase|secret|client_secret|api_secret|apikey|api_key|token|auth_token|access_token|refresh_token|id_token|session_token|private_key)["']?\s*[:=]\s*["']?([^\s"',&;{}[\]]+)/gi;
var EMAIL = /(?<![\w.+:/%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])/g;
var PHONE = /(?<![\w+])\+[1-9](?:[ -]?\d){7,13}(?![\d-])/g;
var CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
var MASKED = /^(?:\[?(?:redacted|filtered|masked|hidden|removed|omitted)\]?|\*+|x{4,}|undefined|null|none|nil|true|false|\.\.\.)$/i;
function usable(value) {
  return value.length >= 8 && !MASKED.test(value) && !/\*{3,}/.test(value) && !isPlaceholder(value);
}
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
function cardNetwork(d) {
  const n2 = Number(d.slice(0, 2));
  const n4 = Number(d.slice(0, 4));
  if (d[0] === "4") return d.length === 13 || d.length === 16 || d.length === 19;
  if (n2 >= 51 && n2 <= 55) return d.length === 16;
  if (n4 >= 2221 && n4 <= 2720) return d.length === 16;
  if (n2 === 34 || n2 === 37) return d.length === 15;
  if (d.startsWith("6011") || d.startsWith("65") || n2 === 62) return d.length >= 16;
  if (n4 >= 3528 && n4 <= 3589) return d.length === 16;
  if (n2 === 36 || n2 === 38) return d.length === 14;
  return false;
}
function secretsSent(headers, body) {
  const out = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!/^(?:(?:proxy-)?authorization|cookie)$/i.test(name) && !looksSecret(name.replace(/-/g, "_"))) continue;
    out.push(value);
    const scheme = /^(Bearer|Basic|Token|Bot)\s+(\S+)$/i.exec(value);
    if (scheme) {
      out.push(scheme[2]);
      if (/^basic$/i.test(scheme[1])) {
        const plain = Buffer.from(scheme[2], "base64").toString("utf8");
        const colon = plain.indexOf(":");
        if (colon > 0) out.push(plain.slice(colon + 1));
      }
    }
    if (/^cookie$/i.test(name)) for (const part of value.split(/;\s*/)) out.push(part.slice(part.indexOf("=") + 1));
  }
  if (body) {
    try {
      const visit = (v, key) => {
        if (typeof v === "string" && key && looksSecret(key.replace(/([a-z])([A-Z])/g, "$1_$2"))) out.push(v);
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k);
      };
      visit(JSON.parse(body));
    } catch {
    }
  }
  return [...new Set(out.filter((v) => v.length >= 6))];
}
async function findLogLeaks(lines, sent) {
  const hits = [];
  const sentValues = [...new Set(sent.filter((v) => v.length >= 6))].sort((a, b) => b.length - a.length);
  lines.forEach(({ text: text2 }, index) => {
    if (text2.length < 8) return;
    const seen = /* @__PURE__ */ new Set();
    const add = (rule, kind, severity, value) => {
      if ([...seen].some((s) => s.includes(value) || value.includes(s))) return;
      seen.add(value);
      hits.push({ rule, kind, severity, value, index });
    };
    for (const v of sentValues) if (text2.includes(v)) add("log-secret", "a credential the gate sent", "blocker", v);
    for (const m of text2.matchAll(AUTH_HEADER)) {
      const name = m[1].toLowerCase();
      let value = m[2].replace(/^(?:Bearer|Basic|Token|Bot|Digest)\s+/i, "");
      if (name === "cookie") {
        if (!value.includes("=")) continue;
        value = value.slice(value.indexOf("=") + 1);
        if (value.length < 16) continue;
      }
      if (usable(value)) add("log-secret", `${name === "cookie" ? "Cookie" : m[1]} header`, "high", value);
    }
    for (const m of text2.matchAll(URL_PASSWORD))
      if (usable(m[1]) || m[1].length >= 6 && !MASKED.test(m[1]) && !/^\*+$/.test(m[1]))
        add("log-secret", "password in a URL", "high", m[1]);
    for (const m of text2.matchAll(CREDENTIAL_FIELD))
      if (usable(m[2]) && !/^\d+$/.test(m[2])) add("log-secret", `${m[1]} field`, "high", m[2]);
    for (const m of text2.matchAll(EMAIL))
      if (!/^(?:git|noreply|no-reply)@/i.test(m[0])) add("log-personal-data", "email address", "high", m[0]);
    for (const m of text2.matchAll(PHONE)) add("log-personal-data", "phone number", "high", m[0]);
    for (const m of text2.matchAll(CARD)) {
      const digits = m[0].replace(/\D/g, "");
      if (luhn(digits) && cardNetwork(digits)) add("log-personal-data", "card number", "high", m[0]);
    }
  });
  const onLine = /* @__PURE__ */ new Map();
  for (const h of hits) onLine.set(h.index, [...onLine.get(h.index) ?? [], h.value]);
  const text = lines.map((l) => l.text).join("\n");
  for (const m of await scanText("service.log", text)) {
    if (m.evidence !== "shape") continue;
    const index = m.line - 1;
    if ((onLine.get(index) ?? []).some((v) => v.includes(m.secret) || m.secret.includes(v))) continue;
    hits.push({
      rule: "log-secret",
      kind: CATALOG[m.rule]?.title ?? m.rule,
      severity: m.severity,
      value: m.secret,
      index
    });
  }
  return hits;
}
function excerpt(text, values) {
  let out = text;
  for (const v of [...values].sort((a, b) => b.length - a.length)) {
    const shown = v.includes("@") && !v.includes(":") ? v.replace(/^([^@])[^@]*/, "$1****") : redact(v);
    out = out.split(v).join(shown);
  }
  out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*):([^\s@/?#'"`<>]+)@/gi, "$1:****@").replace(
    /(\b[\w-]*(?:pass|secret|token|key|auth|cookie|session|sig|credential)[\w-]*["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token)\s+)?)([^\s"',;{}&]+)/gi,
    (_m, k, v) => k + (v.includes("****") ? v : redact(v))
  ).replace(/[A-Za-z0-9+/=_.-]{16,}/g, (t) => t.includes("****") ? t : redact(t));
  const start = Math.max(0, out.indexOf("****") - 80);
  const cut = out.slice(start, start + 160).trim();
  return `${start > 0 ? "\u2026" : ""}${cut}${start + 160 < out.length ? "\u2026" : ""}`;
}

// src/checks/leaks/service-logs.ts
import { createHash } from "node:crypto";
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function groupHits(hits) {
  const groups = /* @__PURE__ */ new Map();
  for (const h of hits) {
    const key = `${h.rule}\0${h.kind}`;
    const g = groups.get(key) ?? { rule: h.rule, kind: h.kind, severity: h.severity, hits: [] };
    if (severityRank(h.severity) < severityRank(g.severity)) g.severity = h.severity;
    g.hits.push(h);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
var ruleText = (rule) => LEAK_RULES.find((r) => r.id === rule);
function extent(g) {
  const lines = new Set(g.hits.map((h) => h.index)).size;
  const values = new Set(g.hits.map((h) => h.value)).size;
  return `${plural(lines, "line")}${values > 1 ? `, ${values} distinct values` : ""}`;
}
var leakFingerprint = (...parts) => createHash("sha256").update(parts.join("\0")).digest("hex");
async function scanServiceLogs(input) {
  const hits = await findLogLeaks(input.lines, input.sent);
  for (const h of hits) input.mask(h.value);
  return groupHits(hits).map((g) => {
    const first = g.hits[0];
    const line = input.lines[first.index];
    const routes = [...new Set(g.hits.map((h) => input.lines[h.index].route).filter(Boolean))];
    const during = routes.length ? `, while loading ${routes.slice(0, 3).join(", ")}${routes.length > 3 ? ` and ${routes.length - 3} more` : ""}` : ", outside the measured requests";
    const shown = excerpt(
      line.text,
      hits.filter((h) => h.index === first.index).map((h) => h.value)
    );
    const r = ruleText(g.rule);
    return {
      rule: g.rule,
      severity: g.severity,
      message: `${g.kind} in the ${input.source}'s ${line.stream}: ${extent(g)}${during}; e.g. \`${shown}\``,
      why: r.why,
      fix: r.fix,
      docs: r.docs,
      evidence: g.kind === "a credential the gate sent" ? "value sent by the gate" : g.kind,
      confidence: g.severity === "blocker" ? "certain" : "likely",
      fingerprint: leakFingerprint(g.rule, g.kind, input.source),
      ...routes[0] ? { route: routes[0] } : {}
    };
  });
}

export {
  secretsSent,
  findLogLeaks,
  excerpt,
  groupHits,
  ruleText,
  extent,
  leakFingerprint,
  scanServiceLogs
};

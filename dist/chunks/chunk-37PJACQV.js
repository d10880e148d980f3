import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/redact.ts
var forms = /* @__PURE__ */ new Map();
var ordered = [];
function redact(value) {
  const keep = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, keep)}****`;
}
var md = (s) => s.replace(/([\\`*_[\]~])/g, "\\$1");
var html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
var htmlAttr = (s) => html(s).replace(/"/g, "&quot;");
function base64Cores(value) {
  const bytes = Buffer.from(value, "utf8");
  const out = [];
  for (const k of [0, 1, 2]) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    const core = enc.slice(k ? 4 : 0, Math.floor((k + bytes.length) / 3) * 4);
    if (core.length >= 8) out.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return out;
}
function formsOf(value) {
  const b64 = Buffer.from(value, "utf8").toString("base64");
  const json = JSON.stringify(value).slice(1, -1);
  const list = [
    value,
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, "+"),
    b64,
    b64.replace(/=+$/, ""),
    b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
    ...base64Cores(value),
    json,
    JSON.stringify(json).slice(1, -1),
    md(value),
    html(value),
    htmlAttr(value),
    html(md(value))
  ];
  return [...new Set(list)].filter((f) => f.length >= 6);
}
var listener;
function onSecretRegistered(fn) {
  listener = fn;
}
function registerSecret(value) {
  if (!value || value.length < 6 || forms.has(value)) return;
  listener?.(value);
  const shown = redact(value);
  for (const f of formsOf(value)) if (!forms.has(f)) forms.set(f, shown);
  ordered = [...forms.keys()].sort((a, b) => b.length - a.length);
}
var URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/?#'"`<>]*):([^\s@/?#'"`<>]+)@/gi;
function stripUrlPasswords(text) {
  return text.replace(URL_USERINFO, (_m, user, pw) => `${user}:${pw === "****" ? pw : "****"}@`);
}
function registerUrlPasswords(text) {
  for (const m of text.matchAll(URL_USERINFO)) {
    let pw = m[2];
    try {
      pw = decodeURIComponent(pw);
    } catch {
    }
    registerSecret(pw);
    registerSecret(m[2]);
  }
}
function scrub(text) {
  if (!text) return text;
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join(forms.get(s));
  return stripUrlPasswords(out);
}
function neutralizeCommands(text) {
  return text.replace(/(^|[\r\n])([ \t]*):(?=:)/g, "$1$2:\u200B");
}
var safeLine = (text) => neutralizeCommands(scrub(text));

export {
  redact,
  formsOf,
  onSecretRegistered,
  registerSecret,
  registerUrlPasswords,
  scrub,
  safeLine
};

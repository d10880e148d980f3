import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/report/escape.ts
function escapeMd(text) {
  return String(text).replace(/([\\`*_[\]~])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/\r?\n/g, " ");
}
function code(text) {
  return `<code>${String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/\r?\n/g, " ")}</code>`;
}
function inlineMd(text) {
  return String(text).split(/(`[^`\n]+`)/).map((part, i) => i % 2 ? code(part.slice(1, -1)) : escapeMd(part)).join("");
}
var plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export {
  escapeMd,
  code,
  inlineMd,
  plural
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  scrub
} from "./chunk-37PJACQV.js";

// src/report/json.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function toJson(report) {
  const checks = report.checks.map(({ markdown: _markdown, ...rest }) => rest);
  return scrub(`${JSON.stringify({ ...report, checks }, null, 2)}
`);
}
function writeJson(path, report) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toJson(report));
}

export {
  toJson,
  writeJson
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  LEAK_RULES
} from "./chunk-7IFWUGSY.js";
import {
  CATALOG,
  docsLink,
  fixFor
} from "./chunk-6BUPXWJW.js";

// src/checks/secrets/rule-meta.ts
var SECRET_RULES = [
  ...Object.entries(CATALOG).map(([id, info]) => ({
    id,
    title: info.title,
    why: info.why,
    fix: fixFor(info),
    docs: docsLink(id),
    security: true
  })),
  ...LEAK_RULES
];

export {
  SECRET_RULES
};

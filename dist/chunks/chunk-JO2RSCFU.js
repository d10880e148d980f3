import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  AI_RULES
} from "./chunk-SMS2Z7X7.js";
import {
  SECRET_RULES
} from "./chunk-UCMK5KCW.js";
import {
  MIGRATION_RULES
} from "./chunk-BPZPDFNX.js";
import {
  RULE_TITLES
} from "./chunk-GKNI2CXG.js";

// src/checks/index.ts
function lazy(id, rules, load) {
  let loaded;
  const get = () => loaded ??= load().then((m) => m.check);
  return {
    id,
    rules,
    applies: async (ctx) => (await get()).applies(ctx),
    run: async (ctx) => (await get()).run(ctx)
  };
}
var CHECKS = {
  secrets: lazy("secrets", SECRET_RULES, () => import("./secrets-N6WAAYBW.js")),
  env: lazy("env", void 0, () => import("./env-ZMBVVWCC.js")),
  migrations: lazy("migrations", MIGRATION_RULES, () => import("./migrations-FL3KFCZQ.js")),
  perf: lazy("perf", void 0, () => import("./perf-5S2CUB6Y.js")),
  smoke: lazy("smoke", void 0, () => import("./smoke-DFJQYWKT.js")),
  ai: lazy("ai", AI_RULES, () => import("./ai-LLASQDXB.js"))
};
var SECURITY_RULE = /^(?:smoke-(?:tls|cert|header|hsts|csp|cors|auth|login|cookie|mixed-content|cache-authenticated|error-leak|no-rate-limit|webhook|spf|dkim|dmarc|dns|protected)|client-|server-secret|log-|ai-(?:canary|secret|prompt|exfil|unsafe))/;
var titleOf = (rule) => {
  const [head, ...rest] = rule.split("-");
  return `${head[0].toUpperCase()}${head.slice(1)}: ${rest.join(" ")}`;
};
function ruleMeta(check, rule) {
  const known = CHECKS[check]?.rules?.find((r) => r.id === rule);
  if (known) return known;
  const env = RULE_TITLES[rule];
  return {
    id: rule,
    title: env?.title ?? titleOf(rule),
    why: "",
    fix: "",
    security: env?.security ?? (check === "secrets" || check === "ai" || SECURITY_RULE.test(rule))
  };
}

export {
  CHECKS,
  ruleMeta
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/types.ts
var SEVERITIES = ["blocker", "high", "medium", "low"];
var CHECK_IDS = ["secrets", "env", "migrations", "perf", "smoke", "ai"];
var severityRank = (s) => SEVERITIES.indexOf(s);
var atLeast = (s, threshold) => severityRank(s) <= severityRank(threshold);
var CHECK_TITLES = {
  secrets: "Secrets",
  env: "Env contract",
  migrations: "Migrations",
  perf: "Performance",
  smoke: "Smoke",
  ai: "AI evals"
};

export {
  SEVERITIES,
  CHECK_IDS,
  severityRank,
  atLeast,
  CHECK_TITLES
};

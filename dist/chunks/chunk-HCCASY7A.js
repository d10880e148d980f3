import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/env/env-files.ts
var ENV_FILE = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/i;
var TEMPLATE = /(example|sample|template|dist|defaults|schema|tpl|skeleton)/i;
var ENCRYPTED = /^\.env\.vault$/i;
var CODE = /\.(?:[cm]?[jt]sx?|json|ya?ml|md|py|sh|toml|rb|go)$/i;
var TEST_ENV = /(^|[./])(test|testing|ci|e2e)(\.|$)/i;
function envFileKind(path) {
  if (!ENV_FILE.test(path)) return void 0;
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (CODE.test(base)) return void 0;
  if (TEMPLATE.test(base) || ENCRYPTED.test(base)) return "template";
  const suffix = base.replace(/^\.env/i, "").replace(/\.env$/i, "");
  if (TEST_ENV.test(suffix)) return "test";
  return "real";
}

export {
  envFileKind
};

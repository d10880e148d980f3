import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/yaml.ts
var loaded;
var loadYaml = () => loaded ??= import("./dist-QSALWG36.js").then(
  (m) => m.parse ? m : m.default
);

export {
  loadYaml
};

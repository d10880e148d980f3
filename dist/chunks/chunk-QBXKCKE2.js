import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "1.0.0";

export {
  VERSION
};

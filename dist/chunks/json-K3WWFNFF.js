import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  toJson,
  writeJson
} from "./chunk-K7DAUU5E.js";
import "./chunk-37PJACQV.js";
import "./chunk-LYD5ERHY.js";
export {
  toJson,
  writeJson
};

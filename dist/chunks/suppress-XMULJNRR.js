import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  IGNORE_MARKER,
  LineSource,
  baselineKey,
  buildBaseline,
  fingerprintOf,
  ignoreFor,
  parseIgnore,
  readBaseline,
  writeBaseline
} from "./chunk-DHCW3XL2.js";
import "./chunk-GKNI2CXG.js";
import "./chunk-MZDCT5IW.js";
import "./chunk-LYD5ERHY.js";
export {
  IGNORE_MARKER,
  LineSource,
  baselineKey,
  buildBaseline,
  fingerprintOf,
  ignoreFor,
  parseIgnore,
  readBaseline,
  writeBaseline
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
} from "./chunk-3GANCMSO.js";
import "./chunk-QJROS53J.js";
import "./chunk-6BUPXWJW.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
};

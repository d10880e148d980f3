import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
} from "./chunk-BJ7MJJYK.js";
import "./chunk-QJROS53J.js";
import "./chunk-ZPNDB5N5.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
};

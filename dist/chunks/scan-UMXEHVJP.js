import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
} from "./chunk-YSXHTI74.js";
import "./chunk-QJROS53J.js";
import "./chunk-LYD5ERHY.js";
export {
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
};

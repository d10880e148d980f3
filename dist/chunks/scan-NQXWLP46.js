import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  blankIntegrity,
  candidateOf,
  scanCandidate,
  scanText
} from "./chunk-BG42KGUO.js";
import "./chunk-LYD5ERHY.js";
export {
  blankIntegrity,
  candidateOf,
  scanCandidate,
  scanText
};

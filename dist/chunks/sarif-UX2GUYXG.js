import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  configForSarif,
  declaringLine,
  defaultCategory,
  toSarif,
  workflowFromEnv,
  writeSarif
} from "./chunk-BV5PZH6B.js";
import "./chunk-LO5XJSPL.js";
import "./chunk-K3OTTQ42.js";
import "./chunk-SMS2Z7X7.js";
import "./chunk-77DQU2SZ.js";
import "./chunk-BPZPDFNX.js";
import "./chunk-7IFWUGSY.js";
import "./chunk-37PJACQV.js";
import "./chunk-ZPNDB5N5.js";
import "./chunk-SQTKNKEN.js";
import "./chunk-25DZYWVX.js";
import "./chunk-EGOHMP5K.js";
import "./chunk-O45CTJ25.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-DHCW3XL2.js";
import "./chunk-GKNI2CXG.js";
import "./chunk-MZDCT5IW.js";
import "./chunk-LYD5ERHY.js";
export {
  configForSarif,
  declaringLine,
  defaultCategory,
  toSarif,
  workflowFromEnv,
  writeSarif
};

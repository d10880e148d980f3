import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  insideRepo,
  isPullRequest,
  loadTrusted,
  prCommandsBlocked
} from "./chunk-JOU2TFI6.js";
import "./chunk-C4ETJL74.js";
import "./chunk-SY3URXUI.js";
import "./chunk-EGOHMP5K.js";
import "./chunk-O45CTJ25.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-DHCW3XL2.js";
import "./chunk-GKNI2CXG.js";
import "./chunk-MZDCT5IW.js";
import "./chunk-LYD5ERHY.js";
export {
  insideRepo,
  isPullRequest,
  loadTrusted,
  prCommandsBlocked
};

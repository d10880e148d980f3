import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  insideRepo,
  isPullRequest,
  loadTrusted,
  prCommandsBlocked
} from "./chunk-FUHZYDMJ.js";
import "./chunk-GH4W7C6R.js";
import "./chunk-25DZYWVX.js";
import "./chunk-7TSNBBR5.js";
import "./chunk-7RS7BPG5.js";
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

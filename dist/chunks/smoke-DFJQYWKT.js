import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  check,
  mailDomains,
  runSmoke,
  targetUrls
} from "./chunk-QRD4YJQU.js";
import "./chunk-EMTPDIUE.js";
import "./chunk-JFNDAFOA.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  check,
  mailDomains,
  runSmoke,
  targetUrls
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  checkWritable
} from "./chunk-732W3UWH.js";
import "./chunk-7TSNBBR5.js";
import "./chunk-7RS7BPG5.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  checkWritable
};

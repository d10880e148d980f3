import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  checkWritable
} from "./chunk-GUPTMDSY.js";
import "./chunk-AHPXQAJV.js";
import "./chunk-7RS7BPG5.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  checkWritable
};

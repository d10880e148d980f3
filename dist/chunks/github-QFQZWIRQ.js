import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-3FJ2WWB3.js";
import "./chunk-LS7LJ4I2.js";
import "./chunk-LYD5ERHY.js";
export {
  context,
  getOctokit
};

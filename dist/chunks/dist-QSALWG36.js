import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-KQAIJYK5.js";
import "./chunk-LYD5ERHY.js";
export default require_dist();

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  buildConfig,
  configSchema,
  loadConfig,
  readConfigFile
} from "./chunk-EGOHMP5K.js";
import "./chunk-O45CTJ25.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-LYD5ERHY.js";
export {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  buildConfig,
  configSchema,
  loadConfig,
  readConfigFile
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-EGOHMP5K.js";

// src/outputs.ts
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
function checkWritable(path, what) {
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new ConfigError(`${what} ${path} is a directory: give a file path`);
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new ConfigError(`${what} ${path} is not writable`);
    }
    return;
  }
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new ConfigError(
      `${what} ${path}: cannot create its folder (${e.code ?? e.message})`
    );
  }
  if (!statSync(dir).isDirectory()) throw new ConfigError(`${what} ${path}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ConfigError(`${what} ${path}: its folder is not writable`);
  }
}

export {
  checkWritable
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  CodeHints,
  FileReader,
  scanBatch
} from "./chunks/chunk-V26RVO5S.js";
import "./chunks/chunk-SX5GZBSQ.js";
import "./chunks/chunk-3GANCMSO.js";
import "./chunks/chunk-RSAAWZJ3.js";
import "./chunks/chunk-QJROS53J.js";
import "./chunks/chunk-7IFWUGSY.js";
import "./chunks/chunk-6BUPXWJW.js";
import "./chunks/chunk-SY3URXUI.js";
import "./chunks/chunk-4LVMQC3W.js";
import "./chunks/chunk-LYD5ERHY.js";

// src/checks/secrets/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("secrets worker: must run as a worker thread");
var { cwd, maxFileSize, batches, next, hintExclude } = workerData;
var hints = hintExclude && new CodeHints(cwd, hintExclude);
var post = (m) => port.postMessage(m);
post({ ready: true });
var reader = new FileReader(cwd, maxFileSize);
for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) {
  try {
    post({ id, result: await scanBatch(reader, batches[id], { hints }) });
  } catch (e) {
    post({ id, error: e instanceof Error ? e.message : String(e) });
    break;
  }
}
post({ done: true });

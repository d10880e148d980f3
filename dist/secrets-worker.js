import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  FileReader,
  scanBatch
} from "./chunks/chunk-LCUVH5GL.js";
import "./chunks/chunk-WITN74GG.js";
import "./chunks/chunk-QJROS53J.js";
import "./chunks/chunk-5SLB4TAB.js";
import "./chunks/chunk-DOLDJHCO.js";
import "./chunks/chunk-4LVMQC3W.js";
import "./chunks/chunk-LYD5ERHY.js";

// src/checks/secrets/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("secrets worker: must run as a worker thread");
var { cwd, maxFileSize, batches, next } = workerData;
var post = (m) => port.postMessage(m);
post({ ready: true });
var reader = new FileReader(cwd, maxFileSize);
for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) {
  try {
    post({ id, result: await scanBatch(reader, batches[id]) });
  } catch (e) {
    post({ id, error: e instanceof Error ? e.message : String(e) });
    break;
  }
}
post({ done: true });

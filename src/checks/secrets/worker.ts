// Worker thread of the whole-tree scan (bundled as dist/secrets-worker.js): claims batches from the
// counter it shares with the main thread until none are left, posting each result back. Secrets
// cross the thread boundary inside results only; the main thread masks them before any output.
import { parentPort, workerData } from 'node:worker_threads';
import { CodeHints } from '../leaks/code-hints.js';
import { scanBatch } from './batch.js';
import type { FromWorker, WorkerInput } from './tree.js';
import { FileReader } from './walk.js';

const port = parentPort;
if (!port) throw new Error('secrets worker: must run as a worker thread');
const { cwd, maxFileSize, batches, next, hintExclude } = workerData as WorkerInput;
const hints = hintExclude && new CodeHints(cwd, hintExclude);
const post = (m: FromWorker) => port.postMessage(m);

post({ ready: true });
const reader = new FileReader(cwd, maxFileSize);
for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) {
  try {
    post({ id, result: await scanBatch(reader, batches[id], { hints }) });
  } catch (e) {
    // The main thread scans this batch again itself, and fails the check if it fails there too.
    post({ id, error: e instanceof Error ? e.message : String(e) });
    break;
  }
}
post({ done: true });

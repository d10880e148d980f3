// The whole-tree scan, spread over worker threads: the paths are cut into batches that the main
// thread and the workers claim from one shared counter (no thread waits for another to hand out
// work). Any batch whose result did not arrive (no usable worker, one that failed or was stopped)
// is scanned by the main thread at the end: the result is the same, only slower.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CodeHints } from '../leaks/code-hints.js';
import { scanBatch, type BatchResult } from './batch.js';
import { FileReader } from './walk.js';

export interface WorkerInput {
  cwd: string;
  maxFileSize: number;
  batches: string[][];
  /** Index of the next unclaimed batch (one Int32 on a SharedArrayBuffer), claimed with Atomics.add. */
  next: Int32Array;
  /** Look for code hints too (leaks), with these exclusions; undefined: secrets only. */
  hintExclude?: string[];
}
export type FromWorker =
  { ready: true } | { done: true } | { id: number; result: BatchResult } | { id: number; error: string };

/** Files per batch: small enough to balance the threads at the end, big enough to keep messages rare. */
const BATCH = 64;
/** Below this many files, starting a worker (~50 ms from the bundle) does not pay off. */
const MIN_FILES_FOR_WORKERS = 2000;

/** How to start a worker: the bundle's dist/secrets-worker.js, or worker.ts through tsx from source. */
type WorkerStart = { file: URL } | { evalCode: string };

function workerStart(): WorkerStart | undefined {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const file = [new URL('./secrets-worker.js', here), new URL('../secrets-worker.js', here)].find((u) =>
      existsSync(fileURLToPath(u)),
    );
    return file && { file };
  }
  // From source (tsx, benchmarks): loader hooks do not reach workers on Node 20, so the worker
  // imports worker.ts through tsx's own API. Not available (jest): the main thread scans alone.
  try {
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./worker.ts', here).href;
    return {
      evalCode: `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`,
    };
  } catch {
    return undefined;
  }
}

export function workerCount(files: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

/** One worker thread; `finished` settles when it has no more work, fails or is stopped. */
function startWorker(
  start: WorkerStart,
  input: WorkerInput,
  onResult: (id: number, r: BatchResult) => void,
  log: (msg: string) => void,
) {
  const worker =
    'file' in start
      ? new Worker(start.file, { workerData: input })
      : new Worker(start.evalCode, { eval: true, workerData: input });
  let ready = false;
  let settled = false;
  let settle!: () => void;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const stop = (why?: string) => {
    if (settled) return;
    settled = true;
    if (why) log(`launch-gate: secrets worker stopped (${why}); the main thread scans what it left`);
    void worker.terminate();
    settle();
  };
  worker.on('message', (m: FromWorker) => {
    if (settled) return;
    if ('ready' in m) ready = true;
    else if ('done' in m) stop();
    else if ('error' in m) stop(m.error);
    else onResult(m.id, m.result);
  });
  worker.on('error', (e) => stop(e.message));
  worker.on('exit', (code) => stop(`exit ${code}`));
  return { finished, stop, isReady: () => ready };
}

/**
 * Scans `paths` (relative to `cwd`), handing every batch's result to `onResult` with the batch's
 * index (batches cover `paths` in order; each index exactly once). Throws when `signal` aborts.
 */
export async function scanTreeParallel(
  cwd: string,
  paths: string[],
  maxFileSize: number,
  signal: AbortSignal,
  onResult: (index: number, r: BatchResult) => void,
  log: (msg: string) => void = () => {},
  hintExclude?: string[],
): Promise<{ workers: number }> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const received = new Uint8Array(batches.length);
  const accept = (id: number, r: BatchResult) => {
    if (received[id]) return;
    received[id] = 1;
    onResult(id, r);
  };

  const next = new Int32Array(new SharedArrayBuffer(4));
  const wanted = workerCount(paths.length);
  const start = wanted ? workerStart() : undefined;
  const input: WorkerInput = { cwd, maxFileSize, batches, next, hintExclude };
  const pool = start ? Array.from({ length: wanted }, () => startWorker(start, input, accept, log)) : [];
  let helped = 0;
  const stopAll = () => pool.forEach((w) => w.stop());
  signal.addEventListener('abort', stopAll, { once: true });
  try {
    const reader = new FileReader(cwd, maxFileSize);
    const hints = hintExclude && new CodeHints(cwd, hintExclude);
    const scan = async (id: number) =>
      accept(id, await scanBatch(reader, batches[id], { yieldEveryMs: 50, signal, hints }));
    for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) await scan(id);
    // All batches are claimed. Read the messages waiting, then stop any worker still loading: it
    // has claimed nothing worth waiting for.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const w of pool) {
      if (w.isReady()) helped++;
      else w.stop();
    }
    await Promise.all(pool.map((w) => w.finished));
    signal.throwIfAborted();
    // Whatever a stopped or failed worker had claimed but not delivered.
    for (let id = 0; id < batches.length; id++) if (!received[id]) await scan(id);
  } finally {
    signal.removeEventListener('abort', stopAll);
    stopAll();
  }
  return { workers: helped };
}

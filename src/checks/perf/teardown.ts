// Synchronous last-chance cleanup (service process groups, base worktrees) when this process exits
// or is told to stop. Services run in their own process groups (so one signal reaches all their
// children), which also means a signal to our group misses them: we must kill them ourselves.
const teardowns = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const t of [...teardowns]) {
    try {
      t();
    } catch {
      // best effort: keep going with the others
    }
  }
}

function onSignal(sig: NodeJS.Signals): void {
  runAll();
  // Prepended, so a host's own handler (the CLI aborts the run and exits normally) is still
  // registered here: leave the exit to it. Alone, restore the default behaviour: die by the signal.
  if (process.listenerCount(sig) > 1) return;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, sig);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs `fn` (synchronous, idempotent) on exit or on SIGINT/SIGTERM/SIGHUP, until the returned function is called. */
export function onProcessEnd(fn: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', runAll);
    for (const s of SIGNALS) process.prependListener(s, onSignal);
  }
  teardowns.add(fn);
  return () => teardowns.delete(fn);
}

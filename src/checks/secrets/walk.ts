// Reads the files of an `all` scope concurrently, skipping what cannot hold a readable secret.
import { readText } from '../../scope/read.js';

/** Extensions of formats that are binary (or compressed) by construction: skipped without reading. */
const BINARY_EXT =
  /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|class|pdf|mp[34]|mov|avi|webm|ogg|wav|flac|wasm|node|so|dylib|dll|exe|bin|o|a|pyc|sqlite3?|db)$/i;

export type FileResult = { path: string; text: string } | { path: string; skip: string };

/** Buckets a skip reason from readText or the diff parser. */
export const skipReason = (reason: string): 'binary' | 'oversize' | 'other' =>
  reason.startsWith('binary') ? 'binary' : /^(?:larger than|added more than)/.test(reason) ? 'oversize' : 'other';

/** Reads `paths` with `concurrency` reads in flight, handing each result to `onFile` in turn. */
export async function readAll(
  cwd: string,
  paths: string[],
  maxFileSize: number,
  onFile: (r: FileResult) => Promise<void>,
  signal: AbortSignal,
  concurrency = 16,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      signal.throwIfAborted();
      const path = paths[next++];
      if (BINARY_EXT.test(path)) {
        await onFile({ path, skip: 'binary' });
        continue;
      }
      const r = await readText(cwd, path, maxFileSize);
      await onFile('text' in r ? { path, text: r.text } : { path, skip: r.skip });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
}

// Sends prompts to the chat endpoint: the request template, a shared request budget, two at a time,
// a deadline per whole answer, retries only on 429 with backoff.
import { answerFrom } from './answer.js';

export class AiConfigError extends Error {}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Expands `${NAME}` from env (each value is masked); a missing variable is an error, never an empty string. */
export function expandEnv(text: string, env: NodeJS.ProcessEnv, mask: (v: string) => void, where: string): string {
  return text.replace(ENV_REF, (_m, name: string) => {
    const v = env[name];
    if (v === undefined || v === '') throw new AiConfigError(`${where} references \${${name}}, which is not set`);
    mask(v);
    return v;
  });
}

export interface ChatTarget {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  answerPath: string;
  timeoutMs: number;
}

/** Is the request body JSON? Then `{{prompt}}` is JSON-escaped. */
export function isJsonBody(t: Pick<ChatTarget, 'headers' | 'body'>): boolean {
  const type = Object.entries(t.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  if (/json/i.test(type)) return true;
  try {
    JSON.parse(t.body.replaceAll('{{prompt}}', 'x'));
    return true;
  } catch {
    return false;
  }
}

export function render(t: ChatTarget, prompt: string): { url: string; headers: Record<string, string>; body?: string } {
  const json = isJsonBody(t);
  const inBody = json ? JSON.stringify(prompt).slice(1, -1) : prompt;
  const url = t.url.replaceAll('{{prompt}}', encodeURIComponent(prompt));
  const headers = Object.fromEntries(
    Object.entries(t.headers).map(([k, v]) => [k, v.replaceAll('{{prompt}}', prompt.replace(/[\r\n]+/g, ' '))]),
  );
  return { url, headers, body: t.method === 'GET' ? undefined : t.body.replaceAll('{{prompt}}', inBody) };
}

export interface Reply {
  status?: number;
  /** The answer text (streamed deltas joined), empty when the request failed. */
  answer: string;
  /** The raw body (tool calls are read from it). */
  body: string;
  ms: number;
  streamed: boolean;
  /** Why there is no usable answer: timeout, connection error, HTTP status, missing answer path. */
  error?: string;
  attempts: number;
}

/** Counts every request the check sends against `ai.max-requests`. */
export class Budget {
  used = 0;
  constructor(readonly max: number) {}
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
  get left(): number {
    return this.max - this.used;
  }
}

const MAX_BODY = 2 * 1024 * 1024;

async function readCapped(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

/** One prompt: retried only on 429 (Retry-After honoured up to 10 s), each attempt taken from the budget. */
export async function ask(t: ChatTarget, prompt: string, budget: Budget, signal: AbortSignal): Promise<Reply> {
  const req = render(t, prompt);
  let attempts = 0;
  let backoff = 1000;
  for (;;) {
    if (!budget.take())
      return { answer: '', body: '', ms: 0, streamed: false, error: 'request budget used up', attempts };
    attempts++;
    const started = performance.now();
    const deadline = AbortSignal.timeout(t.timeoutMs);
    try {
      const res = await fetch(req.url, {
        method: t.method,
        headers: req.headers,
        body: req.body,
        redirect: 'manual',
        signal: AbortSignal.any([signal, deadline]),
      });
      const body = await readCapped(res);
      const ms = performance.now() - started;
      if (res.status === 429 && attempts < 4) {
        const after = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 10_000) : backoff, signal);
        backoff *= 2;
        continue;
      }
      if (res.status < 200 || res.status >= 300)
        return { status: res.status, answer: '', body, ms, streamed: false, error: `HTTP ${res.status}`, attempts };
      const a = answerFrom(body, res.headers.get('content-type') ?? '', t.answerPath);
      return { status: res.status, answer: a.text, body, ms, streamed: a.streamed, error: a.error, attempts };
    } catch (e) {
      if (signal.aborted) throw signal.reason ?? e;
      const ms = performance.now() - started;
      const why = deadline.aborted
        ? `no whole answer within ${Math.round(t.timeoutMs / 1000)} s (ai.request-timeout)`
        : `request failed: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`;
      return { answer: '', body: '', ms, streamed: false, error: why, attempts };
    }
  }
}

/** Runs `work` over `items` with at most `limit` in flight, results in input order. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  });
  await Promise.all(runners);
  return out;
}

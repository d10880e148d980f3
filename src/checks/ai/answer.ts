// The answer text of a chat response: a field of a JSON body, the concatenated deltas of a streamed
// (SSE or NDJSON) response, or the whole body.

/** `reply`, `data.answer`, `choices.0.message.content` or `choices[0].message.content`. */
export function getPath(value: unknown, path: string): unknown {
  if (!path) return value;
  let v: unknown = value;
  for (const key of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Where streaming chat APIs put each piece of text, when `answer` does not name it. */
const DELTA_PATHS = [
  'choices.0.delta.content',
  'choices.0.text',
  'delta.text',
  'delta.content',
  'text',
  'content',
  'token',
  'response',
  'message.content',
];

export interface Answer {
  text: string;
  streamed: boolean;
  /** Why no answer could be read (the path is missing): the request then counts as failed. */
  error?: string;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

function piece(data: string, path: string): string | undefined {
  if (data === '[DONE]') return '';
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return data;
  }
  if (path) {
    const v = asText(getPath(json, path));
    if (v !== undefined) return v;
  }
  for (const p of DELTA_PATHS) {
    const v = asText(getPath(json, p));
    if (v !== undefined) return v;
  }
  return typeof json === 'string' ? json : '';
}

/** Server-sent events: `data:` lines, events separated by blank lines (comments and other fields skipped). */
export function sseData(body: string): string[] {
  const events: string[] = [];
  let data: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (line === '') {
      if (data.length) events.push(data.join('\n'));
      data = [];
    } else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length) events.push(data.join('\n'));
  return events;
}

const looksSse = (body: string) => /^(?:data|event|id|retry):/m.test(body.slice(0, 2000)) && /^data:/m.test(body);

export function answerFrom(body: string, contentType: string, path: string): Answer {
  const type = contentType.toLowerCase();
  if (type.includes('text/event-stream') || (!type.includes('json') && looksSse(body))) {
    return {
      text: sseData(body)
        .map((d) => piece(d, path) ?? '')
        .join(''),
      streamed: true,
    };
  }
  const lines = body.split(/\r?\n/).filter((l) => l.trim());
  const ndjson =
    type.includes('ndjson') ||
    type.includes('jsonl') ||
    (lines.length > 1 &&
      lines.every((l) => {
        try {
          return typeof JSON.parse(l) === 'object';
        } catch {
          return false;
        }
      }));
  if (ndjson) return { text: lines.map((l) => piece(l, path) ?? '').join(''), streamed: true };
  if (!path) return { text: body, streamed: false };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { text: body, streamed: false, error: `the response is not JSON, so ai.answer "${path}" cannot be read` };
  }
  const v = getPath(json, path);
  const text = asText(v) ?? (v !== undefined && v !== null ? JSON.stringify(v) : undefined);
  if (text === undefined) {
    const keys = json && typeof json === 'object' ? Object.keys(json).slice(0, 8).join(', ') : typeof json;
    return { text: '', streamed: false, error: `ai.answer "${path}" is not in the response (its keys: ${keys})` };
  }
  return { text, streamed: false };
}

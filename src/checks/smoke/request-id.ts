// Request ids: every response carries the configured header, so a failed request can be found in the logs.
import type { Finding } from '../../types.js';
import type { HttpResponse } from './http.js';
import { emptyPart, finding, type Item, type Part } from './model.js';

export interface Seen {
  res: HttpResponse;
  method: string;
}

export function requestIdOf(res: HttpResponse, headerName: string): string | undefined {
  const v = res.headers[headerName.toLowerCase()];
  const id = (Array.isArray(v) ? v[0] : v)?.trim();
  return id || undefined;
}

/** One finding per path whose responses (redirects and errors included) lack the header. */
export function evaluateRequestIds(base: string, seen: Seen[], headerName: string): Part {
  const part = emptyPart();
  const byPath = new Map<string, { total: number; missing: Seen[] }>();
  for (const s of seen) {
    const path = new URL(s.res.url).pathname;
    const entry = byPath.get(path) ?? { total: 0, missing: [] };
    entry.total++;
    if (!requestIdOf(s.res, headerName)) entry.missing.push(s);
    byPath.set(path, entry);
  }
  for (const [path, { total, missing }] of byPath) {
    if (!missing.length) continue;
    const statuses = [...new Set(missing.map((m) => `${m.method} ${m.res.status}`))].slice(0, 4).join(', ');
    part.findings.push(
      finding({
        rule: 'smoke-request-id-missing',
        severity: 'medium',
        url: missing[0].res.url,
        key: path,
        message: `${path}: ${missing.length} of ${total} responses without ${headerName} (${statuses})`,
        why: 'without a request id in the answer, a user report or a failed check cannot be matched to its log lines',
        fix: `set ${headerName} on every response in the outermost middleware (or at the proxy/CDN), error pages and redirects included, and log it with each line`,
      }),
    );
  }
  const paths = byPath.size;
  part.items.push({
    url: base,
    name: `Request id (${headerName})`,
    value: part.findings.length
      ? `missing on ${part.findings.length} of ${paths} paths`
      : `on all ${seen.length} responses (${paths} paths)`,
    rules: ['smoke-request-id-missing'],
  });
  return part;
}

/**
 * Adds the request id of the last answer from an item's URL to failing items and findings. Items about
 * the whole site (their URL is the base) are left alone: no single request is theirs.
 */
export function attachRequestIds(
  base: string,
  items: Item[],
  findings: Finding[],
  seen: Seen[],
  headerName: string,
): void {
  const idByUrl = new Map<string, string>();
  for (const s of seen) {
    const id = requestIdOf(s.res, headerName);
    if (id) idByUrl.set(s.res.url, id.slice(0, 80));
  }
  for (const item of items) {
    const id = item.url === base ? undefined : idByUrl.get(item.url);
    if (id && (item.findings ?? []).length) item.value += ` · ${headerName}: ${id}`;
  }
  for (const f of findings) {
    const id = f.url ? idByUrl.get(f.url) : undefined;
    if (id && !f.message.includes(id)) f.message += ` (${headerName}: ${id})`;
  }
}

// Bad input: a bounded set of malformed bodies to each POST/PUT/PATCH route must be refused with a 4xx.
import { httpRequest, type HttpResponse } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { describeError, type Net } from './net.js';
import { joinUrl } from './routes.js';

export interface BadInputTarget {
  path: string;
  method: string;
  /** Headers of the route's normal request (credentials included for auth routes). */
  headers: Record<string, string>;
  /** The route's normal body, parsed when it is JSON: the wrong-type variants are built from it. */
  sample?: unknown;
}

export interface Variant {
  name: string;
  body: string;
}

const OVERSIZED = 256 * 1024;

/** Swaps a value for one of another JSON type. */
function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return 'not-a-number';
  if (typeof v === 'boolean') return 'maybe';
  if (Array.isArray(v)) return 'not-a-list';
  if (v && typeof v === 'object') return 'not-an-object';
  return { unexpected: true };
}

/** At most five malformed bodies: invalid JSON, empty, wrong types (fields and the whole body), one huge field. */
export function badInputVariants(sample: unknown): Variant[] {
  const fields = sample && typeof sample === 'object' && !Array.isArray(sample) ? Object.entries(sample) : [];
  const firstString = fields.find(([, v]) => typeof v === 'string')?.[0] ?? fields[0]?.[0] ?? 'name';
  const variants: Variant[] = [
    { name: 'invalid JSON', body: '{"' + firstString + '": ' },
    { name: 'an empty body', body: '' },
    { name: 'a JSON array instead of an object', body: '[[]]' },
  ];
  if (fields.length)
    variants.push({
      name: 'fields of the wrong type',
      body: JSON.stringify(Object.fromEntries(fields.map(([k, v]) => [k, wrongType(v)]))),
    });
  else variants.push({ name: 'a field of the wrong type', body: JSON.stringify({ [firstString]: { $gt: '' } }) });
  variants.push({
    name: `an oversized field (${OVERSIZED / 1024} KiB)`,
    body: JSON.stringify({ ...Object.fromEntries(fields), [firstString]: 'A'.repeat(OVERSIZED) }),
  });
  return variants;
}

/** 5xx is high (the input crashed the handler); a 2xx to junk is low (it was accepted). */
export async function checkBadInput(
  net: Net,
  base: string,
  target: BadInputTarget,
  onAnswer: (res: HttpResponse, variant: string) => void,
): Promise<Part> {
  const part = emptyPart();
  const url = joinUrl(base, target.path);
  const name = `${target.method} ${target.path}`;
  const crashed: string[] = [];
  const accepted: string[] = [];
  const statuses: string[] = [];
  const headers = { ...target.headers };
  for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-type') delete headers[k];
  for (const v of badInputVariants(target.sample)) {
    try {
      const res = await httpRequest(net, url, {
        method: target.method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: v.body,
      });
      onAnswer(res, v.name);
      statuses.push(String(res.status));
      if (res.status >= 500) crashed.push(`${v.name} (${res.status})`);
      else if (res.status >= 200 && res.status < 300) accepted.push(`${v.name} (${res.status})`);
    } catch (e) {
      // A reset on the oversized body is a size limit doing its job; anything else is the service failing.
      const code = (e as NodeJS.ErrnoException).code;
      if (v.name.startsWith('an oversized') && (code === 'ECONNRESET' || code === 'EPIPE')) statuses.push('reset');
      else {
        statuses.push('failed');
        crashed.push(`${v.name} (${describeError(e)})`);
      }
    }
  }
  if (crashed.length)
    part.findings.push(
      finding({
        rule: 'smoke-bad-input',
        severity: 'high',
        url,
        key: `${target.path} 5xx`,
        message: `${name} fails on malformed input: ${crashed.join(', ')}`,
        why: 'a request anyone can send crashes the handler: an uncaught error, a 500 page for users, sometimes a way to take the service down',
        fix: 'validate the body (e.g. with a zod schema) before using it and answer 400 with what is wrong; catch JSON parse errors',
      }),
    );
  if (accepted.length)
    part.findings.push(
      finding({
        rule: 'smoke-bad-input',
        severity: 'low',
        url,
        key: `${target.path} 2xx`,
        message: `${name} accepted malformed input: ${accepted.join(', ')}`,
        why: 'data of the wrong shape gets stored or acted on, and fails later where it is harder to trace',
        fix: 'validate the body against a schema and answer 400 (or 422) when it does not match',
      }),
    );
  part.items.push({
    url,
    name: `Bad input ${name}`,
    value: `${statuses.length} malformed requests: ${statuses.join(', ')}`,
    rules: ['smoke-bad-input'],
  });
  return part;
}

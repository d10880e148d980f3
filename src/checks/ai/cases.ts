// The team's own regression cases: a prompt and what its answer must (not) say.
import type { ZodType } from 'zod';
import type { AiCase } from './config.js';
import { toRegExp } from './judge.js';

export interface CaseFailure {
  /** The expectation that failed, to follow "the answer must" (`contain "30 days"`). */
  expectation: string;
  /** Where in the answer to show (for the excerpt). */
  index: number;
}

/** The JSON in an answer: the whole text, or its first fenced ```json block. */
function parseJsonAnswer(answer: string): { ok: true; value: unknown } | { ok: false } {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(answer);
  for (const text of [answer, fenced?.[1]]) {
    if (text === undefined) continue;
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      /* try the next reading */
    }
  }
  return { ok: false };
}

const schemas = new Map<string, ZodType>();
let reader: typeof import('./json-schema.js') | undefined;

function schemaOf(json: Record<string, unknown>): ZodType {
  const key = JSON.stringify(json);
  let s = schemas.get(key);
  if (!s) {
    if (!reader) throw new Error('the JSON Schema reader is not loaded (validateCaseSchemas loads it)');
    s = reader.fromJSONSchema(json as Parameters<typeof reader.fromJSONSchema>[0]);
    schemas.set(key, s);
  }
  return s;
}

/** Checks the schemas of every case up front, so a broken one is a config error before any request;
 *  loads the JSON Schema reader when a case has a schema. */
export async function validateCaseSchemas(cases: AiCase[]): Promise<string | undefined> {
  if (cases.some((c) => c.expect['json-schema'])) reader ??= await import('./json-schema.js');
  for (const [i, c] of cases.entries()) {
    const js = c.expect['json-schema'];
    if (!js) continue;
    try {
      schemaOf(js);
    } catch (e) {
      return `ai.cases[${i}].expect.json-schema is not a usable JSON Schema: ${(e as Error).message}`;
    }
    for (const r of c.expect.regex ?? []) {
      try {
        toRegExp(r);
      } catch (e) {
        return `ai.cases[${i}].expect.regex ${JSON.stringify(r)} is not a valid regular expression: ${(e as Error).message}`;
      }
    }
  }
  return undefined;
}

/** Every expectation of the case that the answer (received after `ms`) does not meet. */
export function judgeCase(c: AiCase, answer: string, ms: number): CaseFailure[] {
  const out: CaseFailure[] = [];
  const lower = answer.toLowerCase();
  for (const t of c.expect.contains ?? [])
    if (!lower.includes(t.toLowerCase())) out.push({ expectation: `contain ${JSON.stringify(t)}`, index: 0 });
  for (const t of c.expect['not-contains'] ?? []) {
    const at = lower.indexOf(t.toLowerCase());
    if (at >= 0) out.push({ expectation: `not contain ${JSON.stringify(t)}`, index: at });
  }
  for (const r of c.expect.regex ?? [])
    if (!toRegExp(r).test(answer)) out.push({ expectation: `match ${r}`, index: 0 });
  const js = c.expect['json-schema'];
  if (js) {
    const parsed = parseJsonAnswer(answer);
    if (!parsed.ok) out.push({ expectation: 'be JSON matching the json-schema (it is not JSON)', index: 0 });
    else {
      const r = schemaOf(js).safeParse(parsed.value);
      if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue?.path.length ? issue.path.join('.') : '(root)';
        out.push({ expectation: `match the json-schema (${at}: ${issue?.message ?? 'invalid'})`, index: 0 });
      }
    }
  }
  const max = c.expect['max-latency'];
  if (max !== undefined && ms > max)
    out.push({ expectation: `arrive within ${max} ms (took ${Math.round(ms)} ms)`, index: 0 });
  return out;
}

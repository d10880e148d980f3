import * as z from 'zod/mini';
import { durationMs, checkTimeout, httpMethod } from '../../units.js';
import { SUITE_IDS } from './suites/types.js';

const strings = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((v) => (Array.isArray(v) ? v : [v])),
);

/** What a user case expects of the answer. Every listed expectation must hold. */
const expectation = z.strictObject({
  /** Texts the answer must contain (case-insensitive). */
  contains: z.optional(strings),
  /** Texts the answer must not contain (case-insensitive). */
  'not-contains': z.optional(strings),
  /** Regular expressions the answer must match: `pattern` or `/pattern/flags`. */
  regex: z.optional(strings),
  /** A JSON Schema the answer (parsed as JSON) must satisfy. */
  'json-schema': z.optional(z.record(z.string(), z.unknown())),
  /** Longest acceptable time to the whole answer. */
  'max-latency': z.optional(durationMs),
});

export const aiCase = z.strictObject({
  name: z.optional(z.string()),
  prompt: z.string().check(z.minLength(1)),
  expect: expectation,
});

export const aiConfig = z.prefault(
  z.strictObject({
    /** Path on the perf-started service (PR) or on the smoke URL (deploy), or a full URL. */
    url: z.optional(z.string()),
    /** The request that carries a prompt: `{{prompt}}` in the body (JSON-escaped when JSON), headers or URL. */
    request: z.prefault(
      z.strictObject({
        method: z._default(httpMethod(['POST', 'PUT', 'GET']), 'POST'),
        headers: z._default(z.record(z.string(), z.string()), { 'content-type': 'application/json' }),
        body: z._default(z.string(), '{"message":"{{prompt}}"}'),
      }),
      {},
    ),
    /** Dot path of the answer text in a JSON response (or in each streamed event); empty: the whole body. */
    answer: z._default(z.string(), ''),
    /** Values no answer may contain: literal phrases, or `${ENV}` references read from the gate's environment. */
    canaries: z._default(z.array(z.string()), []),
    suites: z._default(z.array(z.enum(SUITE_IDS)), [...SUITE_IDS]),
    cases: z._default(z.array(aiCase), []),
    /** Every request the check sends counts, user cases and retries included. */
    'max-requests': z._default(z.number().check(z.int(), z.positive(), z.lte(1000)), 60),
    /** Deadline for one whole answer (streamed ones included). */
    'request-timeout': z._default(durationMs, 30_000),
    /** On a pull request with a base, also run the base service and compare pass rates. */
    compare: z._default(z.boolean(), false),
    /** Extra response rules for unsafe-action compliance: regexes that mean "the app did it" / "the app refused". */
    'unsafe-patterns': z._default(z.array(z.string()), []),
    'refusal-patterns': z._default(z.array(z.string()), []),
    timeout: checkTimeout(600_000, 600_000),
  }),
  {},
);

export type AiConfig = z.output<typeof aiConfig>;
export type AiCase = z.output<typeof aiCase>;

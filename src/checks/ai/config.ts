import { z } from 'zod';
import { durationMs, checkTimeout } from '../../units.js';
import { SUITE_IDS } from './suites/types.js';

const strings = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** What a user case expects of the answer. Every listed expectation must hold. */
const expectation = z.strictObject({
  /** Texts the answer must contain (case-insensitive). */
  contains: strings.optional(),
  /** Texts the answer must not contain (case-insensitive). */
  'not-contains': strings.optional(),
  /** Regular expressions the answer must match: `pattern` or `/pattern/flags`. */
  regex: strings.optional(),
  /** A JSON Schema the answer (parsed as JSON) must satisfy. */
  'json-schema': z.record(z.string(), z.unknown()).optional(),
  /** Longest acceptable time to the whole answer. */
  'max-latency': durationMs.optional(),
});

export const aiCase = z.strictObject({
  name: z.string().optional(),
  prompt: z.string().min(1),
  expect: expectation,
});

export const aiConfig = z
  .strictObject({
    /** Path on the perf-started service (PR) or on the smoke URL (deploy), or a full URL. */
    url: z.string().optional(),
    /** The request that carries a prompt: `{{prompt}}` in the body (JSON-escaped when JSON), headers or URL. */
    request: z
      .strictObject({
        method: z
          .string()
          .transform((m) => m.toUpperCase())
          .pipe(z.enum(['POST', 'PUT', 'GET']))
          .default('POST'),
        headers: z.record(z.string(), z.string()).default({ 'content-type': 'application/json' }),
        body: z.string().default('{"message":"{{prompt}}"}'),
      })
      .prefault({}),
    /** Dot path of the answer text in a JSON response (or in each streamed event); empty: the whole body. */
    answer: z.string().default(''),
    /** Values no answer may contain: literal phrases, or `${ENV}` references read from the gate's environment. */
    canaries: z.array(z.string()).default([]),
    suites: z.array(z.enum(SUITE_IDS)).default([...SUITE_IDS]),
    cases: z.array(aiCase).default([]),
    /** Every request the check sends counts, user cases and retries included. */
    'max-requests': z.number().int().positive().max(1000).default(60),
    /** Deadline for one whole answer (streamed ones included). */
    'request-timeout': durationMs.default(30_000),
    /** On a pull request with a base, also run the base service and compare pass rates. */
    compare: z.boolean().default(false),
    /** Extra response rules for unsafe-action compliance: regexes that mean "the app did it" / "the app refused". */
    'unsafe-patterns': z.array(z.string()).default([]),
    'refusal-patterns': z.array(z.string()).default([]),
    timeout: checkTimeout(600_000, 600_000),
  })
  .prefault({});

export type AiConfig = z.output<typeof aiConfig>;
export type AiCase = z.output<typeof aiCase>;

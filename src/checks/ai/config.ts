import { z } from 'zod';
import { durationMs } from '../../units.js';

// The `ai` check's config (contract: "Added in round 2"). Filled in by the ai check's work.
export const aiConfig = z
  .strictObject({
    /** Path on the perf-started service (PR) or on the smoke URL (deploy), or a full URL. */
    url: z.string().optional(),
    request: z
      .strictObject({
        method: z.string().default('POST'),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.string().optional(),
      })
      .optional(),
    /** Dot path of the answer text in a JSON response; empty: the whole body. */
    answer: z.string().optional(),
    canaries: z.array(z.string()).default([]),
    suites: z.array(z.string()).optional(),
    cases: z.array(z.record(z.string(), z.unknown())).default([]),
    'max-requests': z.number().int().positive().default(60),
    timeout: durationMs.default(600_000),
  })
  .prefault({});

export type AiConfig = z.output<typeof aiConfig>;

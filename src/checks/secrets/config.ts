import { z } from 'zod';
import { durationMs } from '../../units.js';

export const secretsConfig = z
  .strictObject({
    /** Globs (relative to the working directory) the secrets check does not read. */
    exclude: z.array(z.string()).default([]),
    timeout: durationMs.default(120_000),
  })
  .prefault({});

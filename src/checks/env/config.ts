import { z } from 'zod';
import { durationMs } from '../../units.js';

export const envConfig = z
  .strictObject({
    /** The env contract: the variables a deploy needs. */
    contract: z.string().default('.env.example'),
    timeout: durationMs.default(60_000),
  })
  .prefault({});

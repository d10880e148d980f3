import { z } from 'zod';
import { checkTimeout } from '../../units.js';

export const secretsConfig = z
  .strictObject({
    /** Globs (relative to the working directory) the secrets check does not read. */
    exclude: z.array(z.string()).default([]),
    /** Built client output to scan (untracked is fine); default: found from the framework's layout. */
    bundles: z.array(z.string()).optional(),
    /** Log files or exported artifacts to scan for credentials and personal data. */
    logs: z.array(z.string()).default([]),
    timeout: checkTimeout(120_000, 600_000),
  })
  .prefault({});

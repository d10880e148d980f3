import * as z from 'zod/mini';
import { checkTimeout } from '../../units.js';

export const secretsConfig = z.prefault(
  z.strictObject({
    /** Globs (relative to the working directory) the secrets check does not read. */
    exclude: z._default(z.array(z.string()), []),
    /** Built client output to scan (untracked is fine); default: found from the framework's layout. */
    bundles: z.optional(z.array(z.string())),
    /** Log files or exported artifacts to scan for credentials and personal data. */
    logs: z._default(z.array(z.string()), []),
    timeout: checkTimeout(120_000, 600_000),
  }),
  {},
);

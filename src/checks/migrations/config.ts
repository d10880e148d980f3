import * as z from 'zod/mini';
import { checkTimeout, int } from '../../units.js';

export const migrationsConfig = z.prefault(
  z.strictObject({
    /** Globs of migration files; default: discovered from known framework layouts. */
    paths: z.optional(z.array(z.string())),
    dialect: z._default(z.enum(['auto', 'postgresql', 'mysql', 'sqlite', 'clickhouse']), 'auto'),
    'postgres-version': z._default(int(9, 30), 15),
    trace: z._default(z.boolean(), false),
    /** Style rules (prefer-timestamptz, int-primary-key, prefer-jsonb): reported only when true. */
    style: z._default(z.boolean(), false),
    timeout: checkTimeout(120_000, 600_000),
  }),
  {},
);

import { z } from 'zod';
import { checkTimeout } from '../../units.js';

export const migrationsConfig = z
  .strictObject({
    /** Globs of migration files; default: discovered from known framework layouts. */
    paths: z.array(z.string()).optional(),
    dialect: z.enum(['auto', 'postgresql', 'mysql', 'sqlite', 'clickhouse']).default('auto'),
    'postgres-version': z.number().int().min(9).max(30).default(15),
    trace: z.boolean().default(false),
    /** Style rules (prefer-timestamptz, int-primary-key, prefer-jsonb): reported only when true. */
    style: z.boolean().default(false),
    timeout: checkTimeout(120_000, 600_000),
  })
  .prefault({});

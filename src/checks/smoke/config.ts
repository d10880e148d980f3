import { z } from 'zod';
import { durationMs } from '../../units.js';

export const smokeRoute = z.strictObject({
  path: z.string().startsWith('/'),
  status: z.number().int().optional(),
  contains: z.string().optional(),
  p95: durationMs.optional(),
});

export const smokeConfig = z
  .strictObject({
    urls: z.array(z.string()).default([]),
    routes: z.array(smokeRoute).optional(),
    'tls-min-days': z.number().int().min(0).default(14),
    'https-redirect': z.boolean().default(true),
    resolver: z.string().optional(),
    email: z
      .strictObject({
        domain: z.string().optional(),
        'dkim-selectors': z.array(z.string()).default([]),
      })
      .optional(),
    timeout: durationMs.default(300_000),
  })
  .prefault({});

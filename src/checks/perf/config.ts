import { z } from 'zod';
import { durationMs, fraction } from '../../units.js';

export const perfRoute = z.strictObject({
  name: z.string().optional(),
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']))
    .default('GET'),
  path: z.string().startsWith('/'),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  status: z.number().int().optional(),
  p95: durationMs.optional(),
});

export const perfConfig = z
  .strictObject({
    setup: z.string().optional(),
    start: z.string().optional(),
    ready: z.string().optional(),
    duration: durationMs.default(30_000),
    connections: z.number().int().min(1).max(1000).default(10),
    regression: fraction.default(0.1),
    routes: z.array(perfRoute).default([]),
    timeout: durationMs.default(900_000),
  })
  .prefault({});

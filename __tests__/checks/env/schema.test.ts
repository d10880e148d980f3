import { describe, expect, it } from '@jest/globals';
import { parseSchema } from '../../../src/checks/env/schema.js';

const byName = (text: string) => Object.fromEntries(parseSchema(text).map((v) => [v.name, v]));

describe('typed env schemas read without executing them', () => {
  it('reads a t3-env createEnv schema (server and client), skipping runtimeEnv', () => {
    const vars = byName(`import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    AUTH_SECRET:
      process.env.NODE_ENV === 'production' ? z.string() : z.string().optional(),
    PORT: z.coerce.number().int().default(3000),
    ADMIN_EMAIL: z.string().email(),
    ENABLE_SIGNUP: z.coerce.boolean(),
  },
  client: {
    NEXT_PUBLIC_APP_URL: z.string().url(),
  },
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    NEXT_PUBLIC_APP_URL: process.env.NEXT_PUBLIC_APP_URL,
  },
});
`);
    expect(Object.keys(vars).sort()).toEqual(
      ['ADMIN_EMAIL', 'AUTH_SECRET', 'DATABASE_URL', 'ENABLE_SIGNUP', 'NEXT_PUBLIC_APP_URL', 'NODE_ENV', 'PORT'].sort(),
    );
    expect(vars.DATABASE_URL).toMatchObject({ type: 'url', optional: false, line: 6 });
    expect(vars.NODE_ENV).toMatchObject({
      type: 'enum',
      values: ['development', 'test', 'production'],
      optional: true,
    });
    expect(vars.AUTH_SECRET).toMatchObject({ type: 'string', optional: false, line: 8 });
    expect(vars.PORT).toMatchObject({ type: 'port', optional: true });
    expect(vars.ADMIN_EMAIL.type).toBe('email');
    expect(vars.ENABLE_SIGNUP.type).toBe('boolean');
  });

  it('reads an envalid cleanEnv schema', () => {
    const vars = byName(`const { cleanEnv, str, port, url, bool, num } = require('envalid');
module.exports = cleanEnv(process.env, {
  API_KEY: str(),
  NODE_ENV: str({ choices: ['development', 'test', 'production'] }),
  PORT: port({ default: 4000 }),
  WEBHOOK_URL: url({ devDefault: 'http://localhost:9999' }),
  VERBOSE: bool({ default: false }),
  MAX_JOBS: num(),
});`);
    expect(vars.API_KEY).toMatchObject({ type: 'string', optional: false });
    expect(vars.NODE_ENV).toMatchObject({ type: 'enum', values: ['development', 'test', 'production'] });
    expect(vars.PORT).toMatchObject({ type: 'port', optional: true });
    expect(vars.WEBHOOK_URL).toMatchObject({ type: 'url', optional: false });
    expect(vars.VERBOSE).toMatchObject({ type: 'boolean', optional: true });
    expect(vars.MAX_JOBS.type).toBe('number');
  });

  it('leaves files that are not env schemas alone', () => {
    expect(parseSchema('export const config = { TIMEOUT: 5, NAME: "x" };')).toEqual([]);
  });
});

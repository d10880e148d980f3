import * as z from 'zod/mini';
import { checkTimeout } from '../../units.js';

export const envConfig = z.prefault(
  z.strictObject({
    /** The env contract: the variables a deploy needs. */
    contract: z._default(z.string(), '.env.example'),
    timeout: checkTimeout(60_000, 300_000),
    /**
     * When to validate the process environment against the contract: `auto` = always from the CLI,
     * in the action only when a contract variable is present in the step's environment.
     */
    validate: z._default(z.enum(['auto', 'always', 'never']), 'auto'),
    /**
     * Validate the local env files (.env, .env.local, .env.<environment>, .env.<environment>.local), which is
     * what dotenv users run with, rather than the process environment. The CLI sets it unless `--env-from-shell`.
     */
    'local-files': z._default(z.boolean(), false),
    /** Extra variable names code may read without declaring them (a trailing `*` matches a prefix). */
    allow: z._default(z.array(z.string()), []),
    /**
     * Typed env schemas read statically (t3-env `createEnv`, envalid `cleanEnv`, a zod object of env
     * variables). Default: the usual locations; `[]` turns schema reading off.
     */
    schema: z._default(z.array(z.string()), [
      'env.ts',
      'env.mjs',
      'env.js',
      'src/env.ts',
      'src/env.mjs',
      'src/env.js',
      'src/env/server.ts',
      'src/env/server.mjs',
      'src/env/client.ts',
      'src/env/client.mjs',
      'src/env/index.ts',
      'src/config/env.ts',
      'src/config/env.js',
      'src/lib/env.ts',
      'lib/env.ts',
      'app/env.ts',
    ]),
    /** Files whose env reads are not checked against the contract (tests, build output, vendored code). */
    'code-exclude': z._default(z.array(z.string()), [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.next/**',
      '**/.nuxt/**',
      '**/.output/**',
      '**/coverage/**',
      '**/vendor/**',
      '**/*.min.js',
      '**/*.d.ts',
      '**/*.test.*',
      '**/*.spec.*',
      '**/__tests__/**',
      '**/__mocks__/**',
      '**/test/**',
      '**/tests/**',
      '**/e2e/**',
      '**/cypress/**',
      '**/playwright/**',
      '**/conftest.py',
      '**/test_*.py',
      '**/*_test.py',
    ]),
  }),
  {},
);

export type EnvConfig = z.output<typeof envConfig>;

// Which browser-exposed names are secrets (env-public-secret): settings about passwords and tokens are not.
import { describe, expect, it } from '@jest/globals';
import { isExposedSecret } from '../../../src/checks/env/names.js';

describe('env: browser-exposed names', () => {
  it('flags secrets behind a public prefix', () => {
    for (const name of [
      'NEXT_PUBLIC_STRIPE_SECRET_KEY',
      'VITE_ADMIN_PASSWORD',
      'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY',
      'NEXT_PUBLIC_DATABASE_URL',
      'VITE_OPENAI_API_KEY',
      'REACT_APP_GITHUB_TOKEN',
    ])
      expect([name, isExposedSecret(name)]).toEqual([name, true]);
  });
  it('leaves settings about secrets alone (issue 12 item 7)', () => {
    for (const name of [
      'NEXT_PUBLIC_DISABLE_PASSWORD_SIGNUP',
      'NEXT_PUBLIC_PASSWORD_MIN_LENGTH',
      'VITE_MAX_TOKENS',
      'NEXT_PUBLIC_RESET_PASSWORD_URL',
      'NEXT_PUBLIC_IS_PASSWORD_LOGIN_ENABLED',
      'NEXT_PUBLIC_TOKEN_TTL',
      'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY',
    ])
      expect([name, isExposedSecret(name)]).toEqual([name, false]);
  });
});

// Deploy-job mistakes in the target environment's values (issue 12 item 6): wrong hosts, test-mode keys
// and one secret shared across environments. The opposite cases must stay silent.
import { describe, expect, it } from '@jest/globals';
import { deployValueFindings } from '../../../src/checks/env/deploy-values.js';
import type { ContractVar } from '../../../src/checks/env/contract.js';

// Values assembled at run time: no literal keys in the repository.
const rnd = () => Math.random().toString(36).slice(2, 14) + Math.random().toString(36).slice(2, 14);
const key = (prefix: string) => `${prefix}${rnd()}`;

const vars = (names: string[]): ContractVar[] =>
  names.map((name, i) => ({ name, line: i + 1, required: true, type: 'string', file: '.env.example' }) as ContractVar);

const judge = (values: Record<string, string>, environment = 'production') =>
  deployValueFindings(vars(Object.keys(values)), values, environment, '.env.example').map(
    (f) => `${f.rule}:${f.severity}:${f.message.split(' ')[0]}`,
  );

describe('env: deploy-job values', () => {
  it('flags production URLs that point at localhost, tunnels, example domains and staging hosts', () => {
    expect(
      judge({
        STRIPE_WEBHOOK_URL: 'http://localhost:3000/api/webhooks/stripe',
        NEXTAUTH_URL: 'https://127.0.0.1:3000',
        OAUTH_CALLBACK_URL: 'https://a1b2-203-0-113-5.ngrok-free.app/auth/callback',
        APP_BASE_URL: 'https://app.example.com',
        API_ORIGIN: 'https://staging.shop-app.io',
        PAYMENTS_API: 'https://api-dev.shop-app.io/v1',
        PRINTER_URL: 'http://printer.local:631',
        SEARCH_URL: 'http://localhost:7700',
      }),
    ).toEqual([
      'env-non-production-url:high:STRIPE_WEBHOOK_URL',
      'env-non-production-url:high:NEXTAUTH_URL',
      'env-non-production-url:high:OAUTH_CALLBACK_URL',
      'env-non-production-url:high:APP_BASE_URL',
      'env-non-production-url:high:API_ORIGIN',
      'env-non-production-url:high:PAYMENTS_API',
      'env-non-production-url:high:PRINTER_URL',
      // an internal service beside the app on one host is plausible: below the default gate
      'env-non-production-url:medium:SEARCH_URL',
    ]);
  });

  it('says nothing about production-shaped values, same-host databases or other environments', () => {
    expect(
      judge({
        DATABASE_URL: `postgres://app:${rnd()}@localhost:5432/app`,
        REDIS_URL: 'redis://127.0.0.1:6379',
        NEXTAUTH_URL: 'https://shop-app.io',
        DEVTO_API: 'https://dev.to/api',
        STAGING_SITE: 'https://staging.com',
        DEVICES_API: 'https://devices.shop-app.io',
        LOG_LEVEL: 'info',
        STRIPE_SECRET_KEY: key('sk_live_'),
        MOLLIE_PROFILE: 'test_profile',
      }),
    ).toEqual([]);
    expect(judge({ NEXTAUTH_URL: 'http://localhost:3000', STRIPE_SECRET_KEY: key('sk_test_') }, 'staging')).toEqual([]);
  });

  it('flags test-mode payment keys in production', () => {
    expect(
      judge({
        STRIPE_SECRET_KEY: key('sk_test_'),
        NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: key('pk_test_'),
        RAZORPAY_KEY_ID: key('rzp_test_'),
        MOLLIE_API_KEY: key('test_'),
        CLERK_SECRET_KEY: key('sk_live_'),
      }),
    ).toEqual([
      'env-test-mode-key:high:STRIPE_SECRET_KEY',
      'env-test-mode-key:high:NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY',
      'env-test-mode-key:high:RAZORPAY_KEY_ID',
      'env-test-mode-key:high:MOLLIE_API_KEY',
    ]);
  });

  it('flags one secret under names for two environments, once per pair, without the value', () => {
    const shared = key('sk_live_');
    const db = `postgres://app:${rnd()}@db.internal/app`;
    const found = deployValueFindings(
      vars(['STRIPE_KEY', 'DATABASE_URL']),
      {
        STRIPE_KEY: shared,
        STRIPE_KEY_STAGING: shared,
        DATABASE_URL: db,
        TEST_DATABASE_URL: db,
        STRIPE_KEY_PROD: shared, // production under either name: the same environment
        FEATURE_X: 'enabled-all', // not a credential
        FEATURE_X_STAGING: 'enabled-all',
      },
      'production',
      '.env.example',
    );
    expect(found.map((f) => f.message)).toEqual([
      'STRIPE_KEY and STRIPE_KEY_PROD and STRIPE_KEY_STAGING hold the same value, though their names are meant for different environments',
      'DATABASE_URL and TEST_DATABASE_URL hold the same value, though their names are meant for different environments',
    ]);
    expect(found.every((f) => f.severity === 'high' && f.file === '.env.example')).toBe(true);
    expect(JSON.stringify(found)).not.toContain(shared.slice(8));
    expect(JSON.stringify(found)).not.toContain(db.slice(12, 20));
    // different values, or the same environment under two names: nothing
    expect(
      deployValueFindings(
        vars(['STRIPE_KEY']),
        { STRIPE_KEY: key('sk_live_'), STRIPE_KEY_STAGING: key('sk_live_') },
        'production',
        '.env.example',
      ),
    ).toEqual([]);
  });
});

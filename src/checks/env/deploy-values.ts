// Deploy-job mistakes in the values of the target environment: a production URL that points at a
// developer's machine, a tunnel or a staging host; one secret shared by variables meant for different
// environments; a payment provider's test-mode key in production. Pure; messages carry names only.
import type { Finding } from '../../types.js';
import type { ContractVar } from './contract.js';
import { finding, RULES } from './findings.js';
import { hasUrlPassword, isRuntimeVar } from './names.js';
import { CREDENTIAL_NAME } from './validate.js';

export const isProduction = (environment: string): boolean => /^(prod|production|live)$/i.test(environment.trim());

/** Hosts no production value should name, whatever the scheme (rules as data). */
const WRONG_HOSTS: { test: (host: string) => boolean; what: string }[] = [
  {
    test: (h) =>
      /(^|\.)(ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|ngrok-free\.dev|loca\.lt|trycloudflare\.com)$/.test(h),
    what: 'a tunnel to a developer machine (ngrok, localtunnel, cloudflared quick tunnel)',
  },
  {
    test: (h) => /(^|\.)example\.(com|net|org)$/.test(h) || /\.(example|invalid|test)$/.test(h),
    what: 'a reserved example domain (RFC 2606)',
  },
  { test: (h) => /\.local$/.test(h), what: 'a .local (mDNS) host on a local network' },
];

const LOOPBACK = (h: string) =>
  h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '[::1]' || h === '0.0.0.0';

/** Labels that name a non-production environment: `staging.app.com`, `api-dev.app.com`. */
const NON_PROD_LABEL = /^(staging|stage|stg|dev|develop|development|test|testing|qa|uat|preview|sandbox)$/;

function nonProdHost(host: string): boolean {
  const labels = host.split('.');
  // The last two labels approximate the registrable domain: `dev.to` or `staging.com` are sites, not stages.
  return labels.slice(0, -2).some((l) => l.split('-').some((part) => NON_PROD_LABEL.test(part)));
}

/** Names of URLs that are handed to browsers, providers or other services (callbacks, the site itself). */
const PUBLIC_URL_NAME =
  /(PUBLIC|SITE|APP|BASE|CALLBACK|REDIRECT|WEBHOOK|RETURN|ORIGIN|FRONTEND|WEB|NEXTAUTH|AUTH|CANONICAL|DOMAIN|HOST)(_|$)/;

function wrongUrl(name: string, value: string): { what: string; severity: 'high' | 'medium' } | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (!host) return undefined;
  const listed = WRONG_HOSTS.find((w) => w.test(host));
  if (listed) return { what: listed.what, severity: 'high' };
  if (nonProdHost(host)) return { what: 'a staging, dev, test or sandbox host', severity: 'high' };
  // A database or cache on the same host is a normal single-server deploy; an HTTP URL on loopback that
  // others are given (a webhook or OAuth callback, the site's own URL) silently breaks those flows.
  if (LOOPBACK(host) && /^(https?|wss?):$/.test(url.protocol)) {
    return {
      what: 'this machine (localhost)',
      severity: PUBLIC_URL_NAME.test(name.toUpperCase()) ? 'high' : 'medium',
    };
  }
  return undefined;
}

/** Test-mode key prefixes, from the providers' documentation (rules as data). */
const TEST_MODE_KEYS: { prefix: string; provider: string; name?: RegExp }[] = [
  { prefix: 'sk_test_', provider: 'Stripe, Clerk or Paystack' },
  { prefix: 'pk_test_', provider: 'Stripe, Clerk or Paystack' },
  { prefix: 'rk_test_', provider: 'Stripe (restricted key)' },
  { prefix: 'rzp_test_', provider: 'Razorpay' },
  { prefix: 'FLWSECK_TEST-', provider: 'Flutterwave' },
  { prefix: 'FLWPUBK_TEST-', provider: 'Flutterwave' },
  { prefix: 'sk_sbox_', provider: 'Checkout.com (sandbox)' },
  { prefix: 'pk_sbox_', provider: 'Checkout.com (sandbox)' },
  { prefix: 'pdl_sdbx_', provider: 'Paddle (sandbox)' },
  { prefix: 'sandbox_', provider: 'Braintree (sandbox tokenization key)', name: /BRAINTREE/ },
  { prefix: 'sandbox-sq0', provider: 'Square (sandbox)' },
  { prefix: 'test_', provider: 'Mollie', name: /MOLLIE.*(KEY|TOKEN)/ },
];

/** Environment words in variable names, each mapped to the environment it means ('' = production). */
const ENV_WORDS: Record<string, string> = {
  STAGING: 'staging',
  STAGE: 'staging',
  STG: 'staging',
  DEV: 'dev',
  DEVELOPMENT: 'dev',
  LOCAL: 'dev',
  TEST: 'test',
  TESTING: 'test',
  SANDBOX: 'test',
  QA: 'qa',
  UAT: 'qa',
  PREVIEW: 'preview',
  PROD: '',
  PRODUCTION: '',
  LIVE: '',
};

function splitEnvWord(name: string): { base: string; env: string } {
  const parts = name.toUpperCase().split('_');
  const env = parts.filter((p) => p in ENV_WORDS).map((p) => ENV_WORDS[p]);
  return { base: parts.filter((p) => !(p in ENV_WORDS)).join('_'), env: [...new Set(env)].sort().join('+') };
}

export function deployValueFindings(
  vars: ContractVar[],
  values: Record<string, string | undefined>,
  environment: string,
  contractFile: string,
): Finding[] {
  const out: Finding[] = [];
  const at = (name: string) => {
    const v = vars.find((x) => x.name === name);
    return { file: v?.file ?? contractFile, line: v?.line };
  };
  if (isProduction(environment)) {
    for (const v of vars) {
      const value = values[v.name]?.trim();
      if (!value) continue;
      const url = wrongUrl(v.name, value);
      if (url)
        out.push(
          finding({
            rule: RULES.nonProductionUrl,
            severity: url.severity,
            ...at(v.name),
            subject: v.name,
            message: `${v.name} points at ${url.what} in ${environment}`,
            why: 'webhooks, OAuth callbacks and links built from it reach nobody in production: payments, sign-ins and notifications fail silently',
            fix: `set ${v.name} to the ${environment} address in the ${environment} environment; if a service really runs beside the app on this host, add "launch-gate-ignore: ${RULES.nonProductionUrl} <reason>" above the line in ${at(v.name).file}`,
          }),
        );
      const key = TEST_MODE_KEYS.find(
        (k) => value.startsWith(k.prefix) && (!k.name || k.name.test(v.name.toUpperCase())),
      );
      if (key)
        out.push(
          finding({
            rule: RULES.testModeKey,
            severity: 'high',
            ...at(v.name),
            subject: v.name,
            message: `${v.name} holds a test-mode key (${key.provider}) in ${environment}`,
            why: 'test-mode keys accept every request and move no money: checkouts look fine and nobody is charged',
            fix: `put the live key of the provider into ${v.name} in the ${environment} environment`,
          }),
        );
    }
  }
  // One value under names for two environments: a staging key in production, or production data reached
  // from a test job.
  const groups = new Map<string, { name: string; env: string }[]>();
  const contractNames = new Set(vars.map((v) => v.name));
  for (const [name, raw] of Object.entries(values)) {
    const value = raw?.trim();
    if (!value || value.length < 8 || isRuntimeVar(name)) continue;
    const { base, env } = splitEnvWord(name);
    if (!base || (!CREDENTIAL_NAME.test(base) && !/DSN$/.test(base) && !hasUrlPassword(value))) continue;
    const key = `${base}\0${value}`;
    groups.set(key, [...(groups.get(key) ?? []), { name, env }]);
  }
  for (const members of groups.values()) {
    if (!members.some((m) => contractNames.has(m.name))) continue;
    const envs = new Set(members.map((m) => m.env));
    if (envs.size < 2) continue;
    const names = members.map((m) => m.name).sort();
    const first = names.find((n) => contractNames.has(n))!;
    out.push(
      finding({
        rule: RULES.sharedValue,
        severity: 'high',
        ...at(first),
        subject: names.join(','),
        message: `${names.join(' and ')} hold the same value, though their names are meant for different environments`,
        why: 'one credential across environments means a staging or test run acts on production data and money, and one leak exposes both',
        fix: `give each environment its own credential (create a separate key at the provider) and set ${names.join(', ')} to their own values`,
      }),
    );
  }
  return out;
}

// Values that look like credentials but are not: placeholders, documentation examples and
// references to a secret stored elsewhere. Shared by our rules and by secretlint's results.
import { createHash } from 'node:crypto';

const PLACEHOLDER_WORDS = [
  'example',
  'xxxx',
  '****',
  '....',
  '…',
  'your',
  'changeme',
  'change_me',
  'change-me',
  'replace',
  'placeholder',
  'dummy',
  'sample',
  'redacted',
  'insert',
  'todo',
  'fixme',
  'notreal',
  'not_real',
  'not-a-real',
  'secret_here',
  'token_here',
  'key_here',
  'abcdefgh',
  'abcdef123',
  '12345678',
  'qwerty',
];

/** Whole values that are defaults or words, not secrets. */
const WEAK_VALUES = new Set([
  'password',
  'passwd',
  'secret',
  'postgres',
  'root',
  'admin',
  'test',
  'testing',
  'example',
  'mysql',
  'default',
  'guest',
  'user',
  'pass',
  'changeit',
  'null',
  'none',
  'true',
  'false',
  'undefined',
  'localhost',
  'development',
  'dev',
  // Passwords of official quick starts (Docker's postgres image, Prisma's connection URL docs).
  'mysecretpassword',
  'randompassword',
  'mypassword',
]);

/** A reference to a secret kept elsewhere: env vars, CI secrets, templates, shell expansions. */
export function isReference(value: string): boolean {
  return (
    /\$\{[A-Za-z_][\w.]*(?::?[-=?+][^}]*)?\}?|\$\([a-z_][\w -]*\)|\{\{[^}]*\}\}|%\([A-Za-z_]+\)[sd]|<%/.test(value) ||
    /process\.env|os\.environ|getenv\(|ENV\[|secrets\.[A-Z_]|^\$[A-Za-z_]\w*$|^%[A-Z_]+%$/.test(value) ||
    // `{DB_PASSWORD}` (f-strings, str.format, compose and Helm-less templates) and compose's escaped `$$VAR`.
    /^\{[A-Za-z_][\w.]*\}$|^\$\$\{?[A-Za-z_]\w*\}?$/.test(value)
  );
}

/**
 * SHA-256 of example credentials that providers print in their own documentation (GitHub's PAT page,
 * Slack's API docs, Google Maps samples): copied into READMEs and tests everywhere, valid nowhere. Kept as
 * digests so that this repository holds no credential-shaped string.
 */
const PUBLISHED_EXAMPLES = new Set([
  '3543c50b0cb9cea8e55eb1f529b79f043cb250d485fde7b66cabbb5183add7da',
  '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb',
  'ac9265e56c79b234607ec72c53753cfea9f88c99eb713790ddf9be5593bb4465',
  // The storage account key of Microsoft's Azurite emulator (`devstoreaccount1`), documented by Microsoft.
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
]);

export const isPublishedExample = (value: string): boolean =>
  value.length >= 20 && value.length <= 200 && PUBLISHED_EXAMPLES.has(createHash('sha256').update(value).digest('hex'));

/** True for values no attacker could use: placeholders, examples, repeated or sequential characters. */
export function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  if (isPublishedExample(value)) return true;
  if (WEAK_VALUES.has(v.replace(/['"`[\](){}<>]/g, ''))) return true;
  if (PLACEHOLDER_WORDS.some((w) => v.includes(w))) return true;
  if (/^<.*>$|^\[.*\]$/.test(value)) return true;
  if (/(.)\1{5,}/.test(value)) return true; // 000000, aaaaaa
  if (isReference(value)) return true;
  return false;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
const INTEGRITY = /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+=*$/;

export const isUuid = (v: string): boolean => UUID.test(v);
export const isHexDigest = (v: string): boolean => HEX_DIGEST.test(v);
export const isIntegrity = (v: string): boolean => INTEGRITY.test(v);

/**
 * Values of a secret-named setting that are not secrets: code expressions (`settings.API_KEY`,
 * `random_password.db.result`, `getpass()`), paths, URLs, prose, encrypted blobs (SOPS `ENC[…]`),
 * hashes (`$2b$…`), words that name the setting rather than hold it, keys public by design.
 */
export function isNonSecretValue(value: string): boolean {
  const v = value.toLowerCase();
  if (isPlaceholder(value) || /\s/.test(value)) return true;
  if (/^\$|\$\{|\{\{|\$\(|#\{|%\(|<%|^ENC\[|^!!?[A-Za-z]+$/.test(value)) return true;
  if (
    /^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+(?:\(.*)?$|^[A-Za-z_$][\w$.]*\(.*\)?$/.test(value) &&
    !hasRandomPart(value)
  )
    return true;
  if (/^(?:\.{0,2}\/|~\/)|:\/\/|\.(?:html?|json|ya?ml|pem|key|crt|cer|txt|js|ts|py|rb|php|xml|conf)$/i.test(value))
    return true;
  if (isPublicOrTestKey(value) || /^(?:pk\.eyJ|AIza)/.test(value)) return true;
  // A word prefix (`secret-token:`, `secret_admin_`) before a long random part is the provider's format.
  const rest = /^(?:[A-Za-z]+[-_:.]){1,4}(.*)$/.exec(value);
  if (
    rest &&
    !/test|fake|dummy|mock|demo/i.test(value.slice(0, value.length - rest[1].length)) &&
    hasRandomPart(rest[1])
  )
    return false;
  return GENERIC_WEAK_WORDS.some((w) => v.includes(w));
}

/** A run of 16+ letters and digits mixed the way generated keys are (`ser.xA4el…`), not a word or a name. */
function hasRandomPart(value: string): boolean {
  return (value.match(/[A-Za-z0-9]{16,}/g) ?? []).some(
    (p) => /[0-9].*[0-9].*[0-9]/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p) && !/^[A-Z][A-Z0-9_]*$/.test(p),
  );
}

/**
 * Keys that are public by design or reach only a sandbox: publishable (`pk_live_`, `sb_publishable_`) and
 * test-mode (`sk_test_`, `rk_test_`, `pk_test_`: Stripe, Clerk) keys; PostHog project keys (`phc_`), Langfuse
 * public keys (`pk-lf-`) and Mapbox public tokens (`pk.`) are meant to ship in web pages.
 */
export const isPublicOrTestKey = (value: string): boolean =>
  /^(?:pk_(?:live|test)_|[sr]k_test_|sb_publishable_|phc_|pk-lf-|pk\.eyJ)/.test(value);

/** Words that, inside a value, mark it as a name, a test value or a default rather than a credential. */
const GENERIC_WEAK_WORDS = ['pass', 'secret', 'token', 'test', 'fake', 'dummy', 'mock', 'demo', 'foobar', 'default'];

/**
 * A random-looking value: letters and digits (or symbols) mixed, long and varied enough. `short`:
 * passwords, which people pick shorter than generated API keys.
 */
export function looksGenerated(value: string, short: boolean, entropy: (s: string) => number): boolean {
  const hex = /^[0-9a-f]+$/i.test(value);
  if (value.length < (short ? 8 : 16) || value.length > 300) return false;
  // Generated values of this length hold a digit; words, identifiers and parser states (`?InTemplate`) do not.
  if (!/[A-Za-z]/.test(value) || !(/[0-9]/.test(value) || (value.length >= 32 && /[^A-Za-z0-9]/.test(value))))
    return false;
  if (/^[a-z]+(?:[-_.][a-z]+)+$/i.test(value)) return false; // kebab-or-snake words: api-tls-cert
  return entropy(value) >= (hex ? 3 : short ? 3 : 3.5);
}

// Our own detection rules, as data (gitleaks-style): what secretlint's recommended preset misses.
// Each regex is global; the named group `s` is the secret (else the whole match).
import type { Severity } from '../../types.js';
import { shannon } from './entropy.js';
import {
  isHexDigest,
  isNonSecretValue,
  isPlaceholder,
  isPublicOrTestKey,
  isUuid,
  looksGenerated,
} from './placeholder.js';
import { SHAPE_RULES } from './providers/index.js';

export interface MatchContext {
  path: string;
  /** What the pattern runs on: the file, or only the lines of it that held escapes, decoded. */
  text: string;
  /** The whole file, for tests about the file (does it name the provider): `text` may be a part of it. */
  file: string;
}

export interface SecretRule {
  id: string;
  /** Literal substrings (case-sensitive): the rule runs only on text that holds one (cheap prefilter). */
  keywords: string[];
  /** A cheaper necessary condition than the full pattern, tested before it on texts that pass the keywords. */
  hint?: RegExp;
  regex: RegExp;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  minEntropy?: number;
  /** Only files whose path (forward slashes) matches. */
  path?: RegExp;
  /** Report at the start of the whole match (a PEM header) rather than at the secret. */
  atMatch?: boolean;
  /** Severity other than the catalog's default. */
  severity?: Severity;
  /** Extra checks: false drops the match; an object adjusts it. */
  accept?: (secret: string, m: RegExpExecArray, c: MatchContext) => boolean | { severity?: Severity };
}

/** Paths of files that hold environment values: `.env`, `.env.production`, `prod.env`; not templates. */
export const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|[\w-]+\.env)$/;
export const ENV_TEMPLATE = /(?:^|[./])(?:example|sample|template|dist|defaults?|tpl|schema)(?:\.|$)/i;
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const PY_FILE = /\.py$/;

/** Words that make `<word>_key` the name of a secret (`MIDTRANS_SERVER_KEY`, `MEILI_MASTER_KEY`), not of an id or a sort key. */
const KEY_KINDS = [
  'server',
  'master',
  'admin',
  'management',
  'ingestion',
  'service',
  'deploy',
  'storage',
  'account',
  'record',
  'integration',
  'subscription',
  'hmac',
  'root',
];
const KINDS = KEY_KINDS.join('|');

/** Names of variables that hold secrets; public and identifier-like names are left out. */
export const SECRET_NAME = new RegExp(
  `(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|_PAT$|APP_?KEY|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?|SALT|SIGNING_?KEY|ENCRYPTION_?KEY|WEBHOOK_?SECRET|DSN|(?:${KINDS})_?KEY)`,
  'i',
);
const NOT_SECRET_NAME =
  /PUBLIC|PUBLISHABLE|ANON|_ID$|_URL$|_HOST$|_PORT$|_USER(?:NAME)?$|_SHA$|HASH|CHECKSUM|DIGEST|COMMIT|_FILE$|_PATH$|_TTL$|_EXPIR|_LENGTH$|_ALGORITHM$|_ISSUER$|_AUDIENCE$|_NAME$|_TYPE$/i;

/** Hosts of a dev setup: loopback, Docker's host alias, or a single-label name (a compose service: `hoppscotch-db`). */
const LOCAL_HOST =
  /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[A-Za-z][\w-]*)(?::\d+)?(?:[/?]|$)/i;

function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
  const part = jwt.split('.')[1];
  if (!part) return undefined;
  try {
    const json = Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const v = JSON.parse(json);
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Names under which a UUID is the credential (Heroku, Snyk, Postmark, Codecov tokens), not an identifier. */
const UUID_SECRET_NAME = new RegExp(
  `(?:^|_)(?:token|authtoken|secret|password|api_?key|apikey|(?:secret|access|auth|private|license|${KINDS})_key)$`,
);
/** Many providers issue UUID-shaped tokens: a UUID counts under a name that ends like `*_TOKEN`, `apiKey`. */
const uuidToken = (name: string, v: string) => isUuid(v) && UUID_SECRET_NAME.test(words(name).join('_'));

/** A generated key body of 40+ characters holds a digit (odds against: 1 in 1,000); one of letters only is a near miss. */
/** `sk_live_` keys of other providers: hex bodies of Paystack's (40) and UploadThing's (64) length. */
const NOT_STRIPE_BODY = /^sk_live_(?:[a-f0-9]{40}|[a-f0-9]{64})$/;
export const liveKeyBody = (s: string): boolean => s.length < 48 || /[0-9]/.test(s.slice(8));

/** A random-looking literal: long enough, varied enough, not a placeholder, UUID or digest. */
function randomLiteral(v: string, minLen: number, minEntropy: number): boolean {
  if (v.length < minLen || isPlaceholder(v) || isUuid(v)) return false;
  // Words joined by `_`, `-` or `.` (`POLAR_GATEWAY_API_KEY`, the name as its own value) are not generated.
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)+$/.test(v)) return false;
  return shannon(v) >= minEntropy;
}

/** Words naming a secret in a setting (lower-case, `_`-separated after camelCase splitting). */
const SECRET_WORDS = new RegExp(
  `(?:^|_)(?:password|passwd|pwd|pass|pat|secret|token|credentials?|api_?key|apikey|access_?key|private_?key|auth_?key|signing_?key|encryption_?key|license_?key|app_?key|secret_?key|(?:${KINDS})_?key|authtoken)(?:_|$)`,
);
/** The literal form the generic rule searches for, case-insensitively. */
const SECRET_WORD =
  'password|passwd|pwd|_pass|_pat(?![a-z])|secret|token|credentials?|api[_-]?key|access[_-]?key|private[_-]?key|license[_-]?key|' +
  `(?:${KINDS})[_-]?key`;
/** Literals one of which every secret-named setting holds (the prefilter is case-sensitive). */
const SETTING_KEYWORDS = [
  'assword',
  'ASSWORD',
  'asswd',
  'ASSWD',
  'pwd',
  'PWD',
  'Pwd',
  'ecret',
  'ECRET',
  'oken',
  'OKEN',
  'pi_key',
  'PI_KEY',
  'piKey',
  'PIKey',
  'pikey',
  'PIKEY',
  'pi-key',
  'ccess_key',
  'CCESS_KEY',
  'ccessKey',
  'rivate_key',
  'RIVATE_KEY',
  'rivateKey',
  'icense_key',
  'ICENSE_KEY',
  'icenseKey',
  'redentials',
  'REDENTIALS',
  '_PASS',
  '_pass',
  '_PAT',
  '_pat',
  // `<kind>_key` in the spellings settings use; the first letter is left out so that any case matches.
  ...KEY_KINDS.map((k) => k.slice(1)).flatMap((t) => [
    `${t}_key`,
    `${t.toUpperCase()}_KEY`,
    `${t}Key`,
    `${t.toUpperCase()}KEY`,
  ]),
];
/** A secret-named setting and its assignment operator, up to the value. */
// A type annotation may sit between the name and `=` (`API_KEY: &str =`, `apiKey: string =`, `val KEY: String =`).
const SETTING = `(?:${SECRET_WORD})[A-Za-z0-9_.-]{0,60}["']?[ \\t]*(?:=>|:=|=(?!=)|:(?:[ \\t]*&?(?:'static[ \\t]+)?[A-Za-z_][\\w:<>?]{0,30}[ \\t]*=(?![=>]))?)[ \\t]*`;
/** Words of a setting that is about a secret without holding one: `token_type`, `password_min_length`. */
const ABOUT_SECRET = new Set(
  (
    'type endpoint url uri host port header field param params name ref file path dir hash hashed digest checksum ' +
    'ttl expiry expires expiration timeout validity seconds length min max count size policy pattern regex format ' +
    'prefix suffix template label placeholder hint message description enabled required require alphabet version ' +
    'id public publishable anon csrf xsrf page next continuation cursor cache reset confirm confirmation strength ' +
    'rule rules validator mode algorithm alg issuer audience kind style class input selector location env var ' +
    'store provider manager source usage limit generator encrypted cipher salt'
  ).split(' '),
);

const words = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A setting whose value is the secret itself: `DB_PASSWORD`, `apiKey`, `client_secret`, not `token_type`. */
export function isSecretName(key: string): boolean {
  const w = words(key);
  return SECRET_WORDS.test(w.join('_')) && !w.some((x) => ABOUT_SECRET.has(x) || /^sha\d*$|^md5$/.test(x));
}

const CODE_FILE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|swift|rs|c|cc|cpp|h|hpp|m|dart|groovy|lua|pl|ex|exs|erl|clj|vue|svelte)$/i;
const NOT_CODE_FILE = new RegExp(`^(?!.*${CODE_FILE.source})`, 'i');
/** Folders of tests, fixtures and examples: fake values are the norm there. */
const FAKE_DIRS = 'tests?|__tests__|spec|specs|fixtures?|testdata|__mocks__|mocks?|examples?|samples?|__snapshots__';
const NOT_REAL_DIR = new RegExp(`(?:^|\\/)(?:${FAKE_DIRS})\\/`, 'i');
/** Documents written for people. */
const PROSE_EXT = 'md|mdx|rst|adoc|txt|html?';
const PROSE_FILE = new RegExp(`\\.(?:${PROSE_EXT})$`, 'i');
/** Docs, tests, fixtures and generated files: fake values are the norm there; provider formats still count. */
const GENERIC_SKIP = new RegExp(
  `(?:^|\\/)(?:${FAKE_DIRS}|docs?)\\/|[._-](?:test|spec|mock|fixture)s?\\.[a-z]+$|_test\\.go$|(?:^|\\/)test_[^/]*\\.py$|` +
    `\\.(?:${PROSE_EXT}|snap|map|svg|lock)$|\\.min\\.[a-z]+$|(?:^|\\/)(?:package-lock\\.json|yarn\\.lock|pnpm-lock\\.yaml|go\\.sum)$`,
  'i',
);

/** Files where the catch-all rules may run: not docs or tests, not the files a dedicated rule reads. */
function mayHoldGenericSecret(c: MatchContext): boolean {
  if (GENERIC_SKIP.test(c.path)) return false;
  const name = c.path.split('/').pop() ?? '';
  if (ENV_TEMPLATE.test(name)) return false;
  return !isSealedSecret(c.file);
}

/** One-entry cache: the catch-all rules ask once per match, the answer is per text. */
let sealed = { text: '', is: false };
function isSealedSecret(text: string): boolean {
  if (sealed.text !== text) sealed = { text, is: /kind["']?[ \t]*:[ \t]*["']?SealedSecret\b/.test(text) };
  return sealed.is;
}

const isAnonJwt = (s: string) => s.startsWith('eyJ') && decodeJwtPayload(s)?.role === 'anon';

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The whole setting name around a secret word the regex started at (`DB_` + `PASSWORD`). */
function settingName(text: string, at: number): string {
  const before = /[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, at - 80), at))![0];
  return before + /^[A-Za-z0-9_.-]*/.exec(text.slice(at, at + 80))![0];
}

/** The line that holds `index`. */
function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Comments and prose around a value: a comment line (`//`, `#`, `*`, `--`, `;`, `<!--`), or a line that
 * says the value is an example. The catch-all rules skip those; format rules still read them.
 */
function isCommentOrExample(c: MatchContext, index: number): boolean {
  const line = lineAt(c.text, index);
  return /^\s*(?:\/\/|\/\*|\*|#|--|;|<!--)/.test(line) || /\b(?:example|e\.g\.|format|sample)\b/i.test(line);
}

function genericAccept(
  s: string,
  m: RegExpExecArray,
  c: MatchContext,
  unquoted: boolean,
  name?: string,
  inCiFiles = false,
): boolean {
  if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index)) return false;
  // The dedicated rules own these files (env files, compose files, workflows), except for what they cannot
  // see: command-line flags in a workflow's `run:` or a compose `command:`.
  if (ENV_FILE.test(c.path)) return false;
  if (!inCiFiles && (COMPOSE_FILE.test(c.path) || WORKFLOW_FILE.test(c.path))) return false;
  if (unquoted && (CODE_FILE.test(c.path) || /[[\]{}()<>,]/.test(s))) return false;
  const key = name ?? settingName(c.text, m.index);
  if (!isSecretName(key) || isNonSecretValue(s) || isAnonJwt(s)) return false;
  // DocSearch / Algolia's search-only key is public by design (the admin key has its own rule).
  if (/^(?:search_?)?api_?key$/i.test(key.replace(/^.*[.-]/, '')) && /algolia|docsearch/i.test(c.file)) return false;
  const password = /pass|pwd/i.test(key);
  if (isUuid(s)) return uuidToken(key.replace(/^.*[.-]/, ''), s);
  return looksGenerated(s, password, shannon);
}

/** The key of the YAML/JSON mapping that holds the line at `index` (the nearest less-indented line). */
function parentKey(text: string, index: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length;
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < 500; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^[ \t]*/.exec(line)![0].length < indent) return /^[ \t]*["']?([\w.-]+)["']?[ \t]*:/.exec(line)?.[1];
  }
  return undefined;
}

/** Does a decoded value hold a credential one of the format rules recognises? */
function holdsKnownSecret(plain: string): boolean {
  return RULES.some((r) => {
    if (r.path || r.id === 'secret-assignment' || r.id === 'http-auth-header') return false;
    if (!r.keywords.some((k) => plain.includes(k))) return false;
    const re = new RegExp(r.regex.source, r.regex.flags);
    for (let m = re.exec(plain); m; m = re.exec(plain)) {
      const s = m.groups?.s ?? m.groups?.s2 ?? m[0];
      if (
        s &&
        (!r.minEntropy || shannon(s) >= r.minEntropy) &&
        (!r.accept || r.accept(s, m, { path: '', text: plain, file: plain }))
      )
        return true;
      if (!m[0].length) re.lastIndex++;
    }
    return false;
  });
}

const OWN_RULES: SecretRule[] = [
  {
    id: 'aws-access-key-id',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    regex: /(?<![A-Za-z0-9])(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    // secretlint has this one too, but misses keys that end in '+' or '/' (its pattern ends in \b).
    id: 'aws-secret-access-key',
    keywords: ['secret_access_key', 'SECRET_ACCESS_KEY', 'secretAccessKey', 'SecretAccessKey', 'secret-access-key'],
    regex: /secret[_-]?access[_-]?key["']?\s*(?::|=>|=)\s*["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    minEntropy: 4,
  },
  {
    id: 'stripe-secret-key',
    keywords: ['_live_'],
    regex: /(?<![A-Za-z0-9])(?<s>(?:sk|rk)_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
    // `sk_live_` is Paystack's, UploadThing's and Clerk's prefix too: their rows (providers/) name those keys.
    accept: (s, _m, c) =>
      liveKeyBody(s) && !(s.startsWith('sk_') && (NOT_STRIPE_BODY.test(s) || /(?<![a-z])clerk/i.test(c.file))),
  },
  {
    id: 'azure-storage-key',
    keywords: ['AccountKey='],
    regex: /AccountKey=(?<s>[A-Za-z0-9+/]{86}==)/g,
    minEntropy: 4,
  },
  {
    id: 'supabase-service-role-key',
    keywords: ['eyJ'],
    regex: /(?<![A-Za-z0-9_-])(?<s>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/g,
    accept: (s) => decodeJwtPayload(s)?.role === 'service_role',
  },
  {
    id: 'sendgrid-api-key',
    keywords: ['SG.'],
    regex: /(?<![A-Za-z0-9])(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
  },
  {
    id: 'discord-bot-token',
    keywords: ['discord', 'Discord', 'DISCORD', '.login(', 'Bot '],
    regex:
      /(?<![A-Za-z0-9_-])(?<s>[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
    // A file that does not name Discord: the first part must be the base64 of a snowflake (17-20 digits).
    accept: (s, _m, c) =>
      /discord/i.test(c.file) || /^\d{17,20}$/.test(Buffer.from(s.split('.')[0], 'base64').toString('latin1')),
  },
  {
    id: 'discord-webhook',
    keywords: ['discord'],
    regex: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<s>[A-Za-z0-9_-]{60,68})/g,
    minEntropy: 4,
  },
  {
    id: 'telegram-bot-token',
    keywords: [':AA'],
    regex: /(?<![A-Za-z0-9])(?<s>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5,
  },
  {
    id: 'twilio-api-key',
    keywords: ['twilio', 'Twilio', 'TWILIO'],
    regex: /(?<![A-Za-z0-9])(?<s>SK[0-9a-f]{32})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    id: 'twilio-api-key',
    keywords: ['twilio', 'Twilio', 'TWILIO'],
    regex: /twilio[\w]*?auth[_-]?token["']?\s*[:=]\s*["']?(?<s>[0-9a-f]{32})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
  },
  {
    // Twilio.init(accountSid, authToken) and similar: the 32-hex value right after an account SID.
    id: 'twilio-api-key',
    keywords: ['twilio', 'Twilio', 'TWILIO'],
    regex: /AC[0-9a-f]{32}["']?[ \t]*,[ \t]*["'](?<s>[0-9a-f]{32})["']/g,
    minEntropy: 3,
  },
  {
    id: 'mailgun-api-key',
    keywords: ['key-', 'mailgun', 'Mailgun', 'MAILGUN'],
    hint: /key-[0-9a-f]{32}|mailgun/i,
    regex: /(?<![A-Za-z0-9-])(?<s>key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9-])/g,
    minEntropy: 3,
    accept: (s, _m, c) => s.startsWith('key-') || /mailgun/i.test(c.file),
  },
  {
    id: 'mailchimp-api-key',
    keywords: ['-us'],
    hint: /-us\d/,
    regex: /(?<![A-Za-z0-9])(?<s>[0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    id: 'resend-api-key',
    keywords: ['re_'],
    hint: /re_[A-Za-z0-9]{8}_/,
    regex: /(?<![A-Za-z0-9_])(?<s>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/g,
    minEntropy: 3.5,
  },
  {
    id: 'pypi-token',
    keywords: ['pypi-'],
    regex: /(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g,
  },
  {
    id: 'datadog-api-key',
    keywords: [
      'datadog',
      'Datadog',
      'DATADOG',
      'dd_api',
      'DD_API',
      'dd_app',
      'DD_APP',
      'dd-api',
      'dd-app',
      'ddApi',
      'ddApp',
    ],
    regex:
      /(?<![A-Za-z0-9])(?<p>(?:datadog|dd)[_-]?)?(?:api|app(?:lication)?)[_-]?key["']?\s*[:=]\s*["']?(?<s>[a-f0-9]{32}|[a-f0-9]{40})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    // Without the prefix, only in a file about Datadog (`provider "datadog" { app_key = … }`).
    accept: (_s, m, c) => !!m.groups!.p || /datadog/i.test(c.file),
  },
  {
    id: 'digitalocean-token',
    keywords: ['_v1_'],
    regex: /(?<![A-Za-z0-9])(?<s>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    id: 'square-access-token',
    keywords: ['EAAA', 'sq0csp-', 'sq0atp-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>EAAA[A-Za-z0-9_-]{60}|sq0(?:csp|atp)-[A-Za-z0-9_-]{22,43})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
  },
  {
    id: 'vercel-token',
    keywords: ['vercel', 'Vercel', 'VERCEL'],
    regex: /vercel[_-]?(?:api[_-]?)?token["']?\s*[:=]\s*["']?(?<s>[A-Za-z0-9]{24})(?![A-Za-z0-9])/gi,
    minEntropy: 3.5,
  },
  {
    id: 'netlify-token',
    keywords: ['nfp_', 'nfc_', 'netlify', 'Netlify', 'NETLIFY'],
    regex:
      /(?<![A-Za-z0-9_])(?<s>nf[pc]_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])|netlify[_-]?(?:auth[_-]?)?token["']?\s*[:=]\s*["']?(?<s2>[A-Za-z0-9_-]{40,46})(?![A-Za-z0-9_-])/gi,
    minEntropy: 3.5,
  },
  {
    id: 'doppler-token',
    keywords: ['dp.st.', 'dp.pt.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    regex:
      /(?<![A-Za-z0-9])(?<s>dp\.(?:st|pt|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
  },
  {
    id: 'openai-api-key',
    keywords: ['sk-'],
    regex:
      /(?<![A-Za-z0-9_-])(?<s>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
    accept: (s) => !s.startsWith('sk-ant-'),
  },
  {
    id: 'anthropic-api-key',
    keywords: ['sk-ant-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
  },
  {
    id: 'github-token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    regex: /(?<![A-Za-z0-9_])(?<s>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
    minEntropy: 3.5,
  },
  {
    id: 'gitlab-token',
    keywords: ['glpat-', 'glrt-', 'gldt-', 'glptt-', 'gloas-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>gl(?:pat|rt|dt|oas)-[A-Za-z0-9_-]{20,64}|glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5,
  },
  {
    id: 'slack-token',
    keywords: ['xox'],
    regex: /(?<![A-Za-z0-9])(?<s>xox[abeoprs]-(?:\d-)?[0-9]{6,}-[A-Za-z0-9-]{10,})(?![A-Za-z0-9-])/g,
    minEntropy: 3.5,
  },
  {
    id: 'google-api-key',
    keywords: ['AIza'],
    regex: /(?<![A-Za-z0-9_-])(?<s>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5,
    // Firebase web config keys are public identifiers by design: skip files that hold one.
    accept: (_s, _m, c) =>
      !/(?:^|\/)(?:google-services\.json|GoogleService-Info\.plist)$/.test(c.path) &&
      !/firebaseapp\.com|authDomain|firebase\.initializeApp|initializeApp\s*\(/.test(c.file),
  },
  {
    // Azure AD / Entra ID client secrets carry `Q~` after 3 characters and a digit.
    id: 'azure-ad-client-secret',
    keywords: ['Q~'],
    regex: /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    minEntropy: 3.5,
  },
  {
    // Shared access signatures: the `sig=` of a URL with a service version `sv=` grants what `sp=` says.
    id: 'azure-sas-token',
    keywords: ['sig='],
    hint: /[?&]sv=\d{4}-\d\d-\d\d/,
    regex: /[?&]sv=\d{4}-\d\d-\d\d&[^\s'"<>]{0,400}?[?&]sig=(?<s>[A-Za-z0-9%+/=]{30,120})/g,
    minEntropy: 4,
  },
  {
    id: 'azure-devops-pat',
    keywords: ['AZDO'],
    regex: /(?<![A-Za-z0-9])(?<s>[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28})(?![A-Za-z0-9])/g,
    minEntropy: 4,
  },
  {
    id: 'heroku-api-key',
    keywords: ['HRKU-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>HRKU-[A-Za-z0-9_-]{58,60})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5,
  },
  {
    id: 'flyio-token',
    keywords: ['FlyV1 ', 'fo1_'],
    regex: /(?<s>FlyV1 fm[12][a-z]?_[A-Za-z0-9+/=,_-]{40,}|(?<![A-Za-z0-9_])fo1_[A-Za-z0-9_-]{43})/g,
    minEntropy: 3.5,
  },
  {
    id: 'rubygems-api-key',
    keywords: ['rubygems_'],
    regex: /(?<![A-Za-z0-9_])(?<s>rubygems_[a-f0-9]{48})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    // ~/.docker/config.json and .dockerconfigjson: "auth" is base64 of user:password.
    id: 'docker-config-auth',
    keywords: ['"auths"'],
    regex: /"auth"[ \t]*:[ \t]*"(?<s>[A-Za-z0-9+/]{8,}={0,2})"/g,
    accept: (s) => {
      const plain = Buffer.from(s, 'base64').toString('utf8');
      const pass = /^[^:\s]+:(\S{6,})$/.exec(plain)?.[1];
      return !!pass && !isPlaceholder(pass);
    },
  },
  {
    id: 'circleci-token',
    keywords: ['CCIPAT_', 'CCIPRJ_'],
    regex: /(?<![A-Za-z0-9_])(?<s>CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
  },
  {
    id: 'terraform-cloud-token',
    keywords: ['.atlasv1.'],
    regex: /(?<![A-Za-z0-9])(?<s>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
    minEntropy: 4,
  },
  {
    id: 'pulumi-token',
    keywords: ['pul-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>pul-[a-f0-9]{40})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    // Sandbox access tokens reach fake banks only: not reported.
    id: 'plaid-access-token',
    keywords: ['access-production-', 'access-development-'],
    regex:
      /(?<![A-Za-z0-9-])(?<s>access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9])/g,
  },
  {
    id: 'braintree-access-token',
    keywords: ['access_token$production$'],
    regex: /(?<s>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    // Okta API tokens: `00` + 40 characters, in a file that talks to Okta (or after the SSWS scheme).
    id: 'okta-api-token',
    keywords: ['okta', 'Okta', 'OKTA', 'SSWS'],
    hint: /(?<![A-Za-z0-9_-])00[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/,
    regex: /(?<![A-Za-z0-9_-])(?<s>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
  },
  {
    id: 'sentry-auth-token',
    keywords: ['sntrys_', 'sntryu_'],
    regex: /(?<![A-Za-z0-9_])(?<s>sntrys_eyJ[A-Za-z0-9+/=]{20,}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
  },
  {
    // Secret (`sk.`) tokens only: public `pk.` tokens are meant for browsers.
    id: 'mapbox-secret-token',
    keywords: ['sk.eyJ'],
    regex: /(?<![A-Za-z0-9_.-])(?<s>sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
  },
  {
    // Stripe (and Svix-based: Clerk, Resend) webhook signing secrets: forged events pass signature checks.
    id: 'webhook-signing-secret',
    keywords: ['whsec_'],
    regex: /(?<![A-Za-z0-9_])(?<s>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/g,
    minEntropy: 3.5,
    accept: (s) => !isPlaceholder(s),
  },
  {
    // The Cloudflare global API key (37 hex, sent as `X-Auth-Key`) and API tokens (40 characters) in a
    // setting or header named for Cloudflare; these formats carry no prefix of their own.
    id: 'cloudflare-global-api-key',
    keywords: ['X-Auth-Key', 'x-auth-key', 'X-AUTH-KEY', 'cloudflare', 'Cloudflare', 'CLOUDFLARE', 'CF_API_KEY'],
    hint: /x-auth-key|cloudflare|cf_api_key/i,
    regex:
      /(?:X-Auth-Key|cloudflare[_-]?(?:global[_-]?)?api[_-]?key|CF_API_KEY)["']?[ \t]*[:=][ \t]*["']?(?<s>[a-f0-9]{37})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    accept: (s, m, c) => !isPlaceholder(s) && (/cloudflare|X-Auth-Email/i.test(c.file) || !/^x-auth/i.test(m[0])),
  },
  {
    // Postmark server and account tokens are UUIDs: trust the client constructor, header or setting name.
    id: 'postmark-token',
    keywords: ['postmark', 'Postmark', 'POSTMARK', 'ServerClient(', 'AccountClient('],
    hint: /postmark|(?:Server|Account)Client\(/i,
    regex:
      /(?:(?:Server|Account)Client\([ \t]*|X-Postmark-(?:Server|Account)-Token["']?[ \t]*[:=][ \t]*|postmark[_-]?(?:server|account|api)?[_-]?(?:token|key)["']?[ \t]*[:=][ \t]*)["']?(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']?/gi,
    minEntropy: 3,
    accept: (s, _m, c) => !isPlaceholder(s) && /postmark/i.test(c.file),
  },
  {
    // Algolia admin / write keys (32 hex, like the public search-only key): only a setting that says admin.
    id: 'algolia-admin-key',
    keywords: ['lgolia', 'LGOLIA'],
    hint: /algolia/i,
    regex:
      /algolia[_-]?(?:admin|write)[_-]?(?:api[_-]?)?key["']?[ \t]*[:=][ \t]*["'`]?(?<s>[a-f0-9]{32})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    accept: (s) => !isPlaceholder(s),
  },
  {
    // Cohere keys (40 alphanumerics, no prefix): the Python client's first argument or a Cohere-named setting.
    id: 'cohere-api-key',
    keywords: ['cohere', 'Cohere', 'COHERE', 'CO_API_KEY'],
    hint: /cohere|co_api_key/i,
    regex:
      /(?:cohere\.(?:Async)?Client(?:V2)?\([ \t]*(?:api_key[ \t]*=[ \t]*)?|(?<![A-Za-z0-9])(?:cohere|co)[_-]?api[_-]?key["']?[ \t]*[:=][ \t]*)["'](?<s>[A-Za-z0-9]{40})["']/gi,
    minEntropy: 4,
    accept: (s) => !isPlaceholder(s),
  },
  {
    id: 'twitch-oauth-token',
    keywords: ['oauth:'],
    regex: /(?<![A-Za-z0-9])(?<s>oauth:[a-z0-9]{30})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
  },
  {
    id: 'atlassian-api-token',
    keywords: ['ATATT3', 'ATCTT3', 'ATBB'],
    regex: /(?<![A-Za-z0-9_-])(?<s>AT[AC]TT3[A-Za-z0-9_=-]{150,250}|ATBB[A-Za-z0-9]{32})(?![A-Za-z0-9_=-])/g,
    minEntropy: 4,
  },
  {
    id: 'newrelic-key',
    keywords: ['NRAK-', 'NRAL', 'NRII-'],
    regex:
      /(?<![A-Za-z0-9_-])(?<s>NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|(?:eu01xx)?[a-f0-9]{30,36}NRAL)(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    id: 'airtable-token',
    keywords: ['pat'],
    regex: /(?<![A-Za-z0-9])(?<s>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
  },
  {
    id: 'postman-api-key',
    keywords: ['PMAK-'],
    regex: /(?<![A-Za-z0-9_-])(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/g,
    minEntropy: 3,
  },
  {
    id: 'age-secret-key',
    keywords: ['AGE-SECRET-KEY-1'],
    regex: /(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/g,
  },
  {
    // ADO.NET / ODBC connection strings (`Server=…;Password=…`) and JDBC URLs with a password parameter.
    id: 'connection-string-password',
    keywords: ['assword=', 'ASSWORD=', 'pwd=', 'Pwd=', 'PWD='],
    regex:
      /(?:jdbc:[a-z0-9]+:[^\s'"]*?[?&;]|(?:Server|Data Source|Host|Address|Addr)=[^\r\n'"]*?;[ \t]*)(?:password|pwd)=(?<s>[^;&\s'"]{4,200})/gi,
    accept: (s, m) => {
      if (isPlaceholder(s) || /^\*+$/.test(s) || /^[$%{]/.test(s)) return false;
      return /(?:\/\/|=)(?:localhost|127\.0\.0\.1|\(local\)|\.)[;:/,]/i.test(m[0]) ? { severity: 'medium' } : true;
    },
  },
  {
    // Kubernetes Secret manifests: `data:` values are only base64, so decode and judge the value.
    id: 'kubernetes-secret-data',
    keywords: ['Secret'],
    path: /\.(?:ya?ml|json)$/,
    hint: /kind["']?[ \t]*:[ \t]*["']?Secret\b/,
    regex: /^[ \t]+["']?(?<k>[\w.-]+)["']?[ \t]*:[ \t]*["']?(?<s>[A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*,?[ \t]*$/gm,
    accept: (s, m, c) => {
      if (parentKey(c.text, m.index) !== 'data') return false;
      const plain = Buffer.from(s, 'base64').toString('utf8').trim();
      if (!plain || !/^[\x20-\x7e\t\r\n]+$/.test(plain) || isNonSecretValue(plain)) return false;
      if (isSecretName(m.groups!.k) && !isUuid(plain) && looksGenerated(plain, true, shannon)) return true;
      return holdsKnownSecret(plain);
    },
  },
  {
    id: 'private-key',
    keywords: ['PRIVATE KEY'],
    atMatch: true,
    // Header, a base64 body (EC and ed25519 bodies are short), footer; any key type.
    regex:
      /-----BEGIN[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----(?:[\r\n]+[A-Za-z-]+:[^\r\n]*)*\s*(?<s>[A-Za-z0-9+/=\r\n\t \\"',]{40,20000}?)-----END[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----/g,
    accept: (s, m) => {
      // An OpenPGP armour ends its body with a CRC line (`=` and 4 characters): not part of the key.
      const body = s.replace(/(?:^|\\n|[\r\n])=[A-Za-z0-9+/]{4}[\s"',\\n]*$/, '').replace(/\\n|[\s"',\\]/g, '');
      if (body.length < 40 || !/^[A-Za-z0-9+/]+=*$/.test(body) || shannon(body) < 4.5) return false;
      return /ENCRYPTED/.test(m[0].slice(0, 40)) ? { severity: 'high' } : true;
    },
  },
  {
    // PuTTY .ppk files (v2 and v3): the header, then the private lines; encrypted ones are `high`.
    id: 'private-key',
    keywords: ['PuTTY-User-Key-File-'],
    atMatch: true,
    regex:
      /PuTTY-User-Key-File-[23]: [\w@.-]+\r?\nEncryption: (?<enc>[\w-]+)[^]{0,4000}?Private-Lines: \d+\r?\n(?<s>[A-Za-z0-9+/=\r\n]{20,8000}?)\r?\nPrivate-(?:MAC|Hash):/g,
    accept: (s, m) => shannon(s.replace(/\s/g, '')) >= 4 && (m.groups!.enc === 'none' || { severity: 'high' as const }),
  },
  {
    id: 'database-url-password',
    keywords: [
      'postgres',
      'mysql',
      'mariadb',
      'mongodb',
      'redis',
      'amqp',
      'mssql',
      'sqlserver',
      'cockroach',
      'POSTGRES',
      'MYSQL',
      'MONGODB',
      'REDIS',
    ],
    hint: /:\/\/[^\s:@/'"]{0,100}:[^\s@/'"]{6,200}@/,
    regex:
      /(?<![A-Za-z0-9+])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|cockroachdb)(?:\+[a-z0-9]+)?:\/\/[^:/?#\s@'"]{0,100}:(?<s>[^@/?#\s'"]{6,200})@[^\s'"]+/gi,
    accept: (s, m, c) => {
      if (isPlaceholder(s) || /^\*+$/.test(s)) return false;
      if (!LOCAL_HOST.test(m[0])) return true;
      // A local development database in docs or tests (`johndoe:randompassword@localhost`) is an example.
      return !GENERIC_SKIP.test(c.path) && { severity: 'medium' };
    },
  },
  {
    id: 'django-secret-key',
    keywords: ['SECRET_KEY'],
    path: PY_FILE,
    regex: /^[ \t]*SECRET_KEY[ \t]*=[ \t]*[rbu]?(?<q>['"])(?<s>[^'"\r\n]{20,})\k<q>/gm,
    accept: (s) => randomLiteral(s, 20, 3.5),
  },
  {
    id: 'compose-password',
    keywords: ['PASS', 'SECRET', 'TOKEN', 'KEY', 'pass', 'secret', 'token', 'key'],
    path: COMPOSE_FILE,
    regex:
      /^[ \t]*-?[ \t]*["']?(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|ACCESS_KEY)[A-Za-z0-9_]*)["']?[ \t]*[:=][ \t]*["']?(?<s>[^\s"'#][^\s"']{7,})["']?(?:[ \t]+#.*)?[ \t]*$/gim,
    accept: (s, m) => {
      if (NOT_SECRET_NAME.test(m.groups!.k) || isPublicOrTestKey(s)) return false;
      if (!randomLiteral(s, 8, 2.5) && !uuidToken(m.groups!.k, s)) return false;
      // Compose files mostly wire up local services: only a generated-looking value is likely a real one.
      return looksGenerated(s, false, shannon) || { severity: 'medium' };
    },
  },
  {
    id: 'workflow-env-secret',
    keywords: ['PASS', 'SECRET', 'TOKEN', 'KEY', 'pass', 'secret', 'token', 'key'],
    path: WORKFLOW_FILE,
    regex:
      /^[ \t]+(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*)[ \t]*:[ \t]*["']?(?<s>[^\s"'#][^\s"']{7,})["']?(?:[ \t]+#.*)?[ \t]*$/gim,
    accept: (s, m) =>
      !NOT_SECRET_NAME.test(m.groups!.k) &&
      !isPublicOrTestKey(s) &&
      (randomLiteral(s, 8, 3) || uuidToken(m.groups!.k, s)),
  },
  {
    id: 'env-file-secret',
    keywords: ['='],
    path: ENV_FILE,
    regex:
      /^[ \t]*(?:export[ \t]+)?(?<k>[A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*(?<q>["']?)(?<s>[^\s"'#]+)\k<q>[ \t]*(?:#.*)?$/gm,
    accept: (s, m, c) => {
      const k = m.groups!.k;
      if (ENV_TEMPLATE.test(c.path.split('/').pop() ?? '')) return false;
      if (!SECRET_NAME.test(k) || NOT_SECRET_NAME.test(k) || isPublicOrTestKey(s)) return false;
      if (/^(?:https?|wss?):\/\//i.test(s)) return false;
      if (isHexDigest(s) && s.length >= 32) return shannon(s) >= 3;
      return randomLiteral(s, 16, 3.5) || uuidToken(k, s);
    },
  },
  {
    // `Authorization: Bearer …`, `X-Api-Key: …` and other credential headers with a literal value.
    id: 'http-auth-header',
    keywords: [
      'uthorization',
      'UTHORIZATION',
      '-Token',
      '-token',
      '-TOKEN',
      'pi-Key',
      'PI-Key',
      'pi-key',
      'PI-KEY',
      'apikey',
      'ubscription-Key',
      'PPLICATION-KEY',
    ],
    hint: /(?:authorization|-token|api-key|apikey|subscription-key|application-key)["']?[ \t]*[:=]/i,
    regex:
      /(?<![A-Za-z0-9-])(?<h>(?:Proxy-)?Authorization|X-Api-Key|Api-Key|apikey|X-Goog-Api-Key|X-RapidAPI-Key|Ocp-Apim-Subscription-Key|DD-API-KEY|DD-APPLICATION-KEY|X-[A-Za-z]{0,20}-?(?:Access-|Auth-|Api-|Server-|Account-)?Token|Private-Token|Circle-Token)["']?[ \t]*[:=][ \t]*["']?(?:(?<scheme>Bearer|Token|Basic|SSWS|Key|Api-Key)[ \t]+)?(?<s>[A-Za-z0-9._~+/=-]{16,400})(?![A-Za-z0-9._~+/=-])/gi,
    accept: (s, m, c) => {
      if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index) || /csrf|xsrf/i.test(m.groups!.h)) return false;
      if (isNonSecretValue(s) || isAnonJwt(s)) return false;
      if (/^basic$/i.test(m.groups!.scheme ?? '')) {
        const pass = /^[^:\s]+:(\S{6,})$/.exec(Buffer.from(s, 'base64').toString('utf8'))?.[1];
        return !!pass && !isPlaceholder(pass);
      }
      return isUuid(s) || looksGenerated(s, false, shannon);
    },
  },
  {
    // `secret-name = "random literal"` in any config or source file: the catch-all for providers
    // without a recognisable token format (database passwords, signing keys, vendor API keys).
    id: 'secret-assignment',
    keywords: SETTING_KEYWORDS,
    // The value may be on the next line (`"apiKey":` then the string, as formatters wrap long values).
    regex: new RegExp(`${SETTING}(?:\\r?\\n[ \\t]*)?(?<q>["'\`])(?<s>[^"'\`\\r\\n]{8,300})\\k<q>`, 'gi'),
    accept: (s, m, c) => genericAccept(s, m, c, false),
  },
  {
    // The same, unquoted, in configuration files only (in code an unquoted value is an expression).
    id: 'secret-assignment',
    path: NOT_CODE_FILE,
    keywords: SETTING_KEYWORDS,
    regex: new RegExp(`${SETTING}(?<s>[^\\s"'\`]{8,300})[ \\t]*(?:[#;].*)?$`, 'gim'),
    accept: (s, m, c) => genericAccept(s, m, c, true),
  },
  {
    // Env lists with the name and the value as siblings: Kubernetes `- name: X` then `value: "…"`, ECS
    // `{"name": "X", "value": "…"}` on one line or two.
    id: 'secret-assignment',
    keywords: SETTING_KEYWORDS,
    hint: /["']?value["']?[ \t]*:/,
    regex:
      /["']?name["']?[ \t]*:[ \t]*["']?(?<k>[A-Za-z_][\w.-]{1,80})["']?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?["']?value["']?[ \t]*:[ \t]*(?:(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>|(?<s2>[^\s"',}]{8,300}))/g,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups!.k),
  },
  {
    // `NAME=value` inside a log line, a sentence or a command, in files that are not code. Prose needs a
    // stronger value than configuration does: long, varied, not on a line that says it is an example.
    id: 'secret-assignment',
    path: NOT_CODE_FILE,
    keywords: SETTING_KEYWORDS,
    regex:
      /(?<![\w.$-])(?<k>[A-Z][A-Z0-9_]{1,60})=(?<s>[^\s"'`<>()[\]{},;|]{15,299}[^\s"'`<>()[\]{},;|.:])(?=[.,;:)]?(?:\s|$))/g,
    accept: (s, m, c) => {
      if (ENV_FILE.test(c.path) || COMPOSE_FILE.test(c.path) || WORKFLOW_FILE.test(c.path)) return false;
      if (NOT_REAL_DIR.test(c.path) || ENV_TEMPLATE.test(c.path.split('/').pop() ?? '')) return false;
      if (isCommentOrExample(c, m.index) && !/\.log$/.test(c.path)) return false;
      const k = m.groups!.k;
      if (!isSecretName(k) || isNonSecretValue(s) || isAnonJwt(s)) return false;
      if (isUuid(s)) return uuidToken(k, s);
      if (PROSE_FILE.test(c.path)) return s.length >= 20 && looksGenerated(s, false, shannon) && shannon(s) >= 4;
      return looksGenerated(s, /pass|pwd/i.test(k), shannon);
    },
  },
  {
    // Command-line flags: `--token=…`, `--password …` in scripts and CI files.
    id: 'secret-assignment',
    keywords: ['-token', '-password', '-passwd', '-api-key', '-apikey', '-secret', '-auth-key', '-access-key'],
    regex:
      /(?<![\w-])--(?<k>[a-z0-9-]{0,30}?(?:token|password|passwd|api-?key|secret|auth-key|access-key))[= ](?:(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>|(?<s2>[^\s"'`]{8,300}))/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups!.k, true),
  },
  {
    // XML settings: `<password>…</password>` (Maven, Tomcat), `<add key="ApiKey" value="…"/>` (.NET).
    id: 'secret-assignment',
    keywords: ['assword>', 'ASSWORD>', 'ecret>', 'ECRET>', 'oken>', 'OKEN>', 'pikey>', 'piKey>', 'PIKey>', 'add key='],
    hint: /(?:password|secret|token|key)(?:>|["'][ \t]+value=)/i,
    regex:
      /<(?<k>[\w.:-]{0,40}?(?:password|passwd|secret|token|api-?key|apikey)[\w.:-]{0,20})>(?<s>[^<\s]{8,300})<\/\k<k>>|<add[ \t]+key=["'](?<k2>[\w.:-]{1,60})["'][ \t]+value=["'](?<s2>[^"'\s]{8,300})["']/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups!.k ?? m.groups!.k2),
  },
  {
    // Setters and builder calls: `.setClientSecret("…")`, `.password("…")`, `withApiKey('…')`.
    id: 'secret-assignment',
    keywords: ['ecret(', 'assword(', 'oken(', 'piKey(', 'PIKey('],
    regex: /(?:secret|password|token|apikey)\([ \t]*(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>[ \t]*\)/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false),
  },
  {
    // PHP constants: `define('DB_PASSWORD', '…')`; long random `*_KEY` / `*_SALT` values (WordPress salts).
    id: 'secret-assignment',
    keywords: ['define('],
    regex: /define\([ \t]*["'](?<k>[A-Z0-9_]{2,60})["'][ \t]*,[ \t]*(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>[ \t]*\)/g,
    accept: (s, m, c) => {
      const k = m.groups!.k;
      if (/_(?:KEY|SALT)$/.test(k) && s.length >= 32 && mayHoldGenericSecret(c))
        return !isPlaceholder(s) && !/\$\{|\{\{/.test(s) && shannon(s) >= 4.5;
      return genericAccept(s, m, c, false, k);
    },
  },
  {
    // SQL: `CREATE USER … WITH PASSWORD '…'`, `IDENTIFIED BY '…'`, `PASSWORD = '…'`.
    id: 'secret-assignment',
    keywords: ['PASSWORD', 'password', 'IDENTIFIED', 'identified'],
    hint: /(?:password|identified\s+(?:with\s+\w+\s+)?by)\s*=?\s*'/i,
    regex:
      /\b(?:(?:WITH|ENCRYPTED)\s+PASSWORD|IDENTIFIED\s+(?:WITH\s+\w+\s+)?BY|PASSWORD\s*=)\s*'(?<s>[^'\r\n]{6,200})'/gi,
    accept: (s, m, c) =>
      mayHoldGenericSecret(c) &&
      !isCommentOrExample(c, m.index) &&
      !isNonSecretValue(s) &&
      looksGenerated(s, true, shannon),
  },
  {
    // PowerShell: a plain-text string turned into a SecureString is a password in the script.
    id: 'secret-assignment',
    keywords: ['ConvertTo-SecureString', 'convertto-securestring'],
    regex: /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?<q>["'])(?<s>[^"'\r\n]{6,200})\k<q>[ \t]+-AsPlainText/gi,
    accept: (s, _m, c) => mayHoldGenericSecret(c) && !isNonSecretValue(s),
  },
  {
    // user:password in a URL of any scheme (SMTP, AMQP, Cloudinary, private registries…).
    id: 'url-credentials',
    keywords: ['://'],
    hint: /:\/\/[^\s:@/'"]{0,100}:[^\s@/'"]{6,200}@/,
    regex:
      /(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/(?<u>[^\s:@/'"]{0,100}):(?<s>[^\s@/'"]{6,200})@(?<h>[A-Za-z0-9.-]+)/g,
    accept: (s, m, c) => {
      if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index)) return false;
      if (isNonSecretValue(decodeURIComponentSafe(s))) return false;
      if (!looksGenerated(decodeURIComponentSafe(s), true, shannon)) return false;
      return /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0)$/i.test(m.groups!.h) ? { severity: 'medium' as const } : true;
    },
  },
  {
    // `curl -u user:password`, `wget --user`: HTTP basic credentials on a command line.
    id: 'http-auth-header',
    keywords: ['-u ', '--user'],
    hint: /(?:-u|--user)[ =]["']?[^\s:"']+:[^\s"']{6,}/,
    regex: /(?<![\w-])(?:-u|--user)[ =]["']?(?<u>[^\s:"'$]+):(?<s>[^\s"'@]{6,200})/g,
    accept: (s, m, c) =>
      mayHoldGenericSecret(c) &&
      !isCommentOrExample(c, m.index) &&
      !isNonSecretValue(s) &&
      looksGenerated(s, true, shannon),
  },
  {
    // .pgpass: host:port:database:user:password per line.
    id: 'secret-assignment',
    keywords: [':'],
    path: /(?:^|\/)\.?pgpass(?:\.conf)?$/,
    regex: /^[^\s:#][^\s:]*:[^\s:]*:[^\s:]*:[^\s:]*:(?<s>\S{6,})$/gm,
    accept: (s) => !isNonSecretValue(s) && looksGenerated(s, true, shannon),
  },
  {
    id: 'netrc-password',
    keywords: ['password'],
    path: /(?:^|\/)[._]?netrc$/,
    regex: /(?:^|\s)password[ \t]+(?<s>\S+)/g,
    accept: (s) => !isNonSecretValue(s) && (isUuid(s) || looksGenerated(s, true, shannon)),
  },
];

/** Our hand-written rules, then the providers' documented shapes (providers/, one file per family). */
export const RULES: SecretRule[] = [...OWN_RULES, ...SHAPE_RULES];

/** Every keyword of every rule: the file-level prefilter. */
export const ALL_KEYWORDS: string[] = [...new Set(RULES.flatMap((r) => r.keywords))];

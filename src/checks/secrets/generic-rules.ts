// Rules that say where a secret is rather than whose it is: connection strings, private keys, env,
// compose and workflow files, Kubernetes secrets, auth headers, secret-named settings. Data, with the
// name and context tests they share.
import { shannon } from './entropy.js';
import {
  isHexDigest,
  isNonSecretValue,
  isPlaceholder,
  isPublicOrTestKey,
  isUuid,
  looksGenerated,
} from './placeholder.js';
import { decodeJwtPayload, PROVIDER_RULES } from './provider-rules.js';
import { SHAPE_RULES } from './providers/index.js';
import type { MatchContext, SecretRule } from './rules.js';

const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|[\w-]+\.env)$/;
const ENV_TEMPLATE = /(?:^|[./])(?:example|sample|template|dist|defaults?|tpl|schema)(?:\.|$)/i;
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
const SECRET_NAME = new RegExp(
  `(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|_PAT$|APP_?KEY|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?|SALT|SIGNING_?KEY|ENCRYPTION_?KEY|WEBHOOK_?SECRET|DSN|(?:${KINDS})_?KEY)`,
  'i',
);
const NOT_SECRET_NAME =
  /PUBLIC|PUBLISHABLE|ANON|_ID$|_URL$|_HOST$|_PORT$|_USER(?:NAME)?$|_SHA$|HASH|CHECKSUM|DIGEST|COMMIT|_FILE$|_PATH$|_TTL$|_EXPIR|_LENGTH$|_ALGORITHM$|_ISSUER$|_AUDIENCE$|_NAME$|_TYPE$/i;

/** Hosts of a dev setup: loopback, Docker's host alias, or a single-label name (a compose service: `hoppscotch-db`). */
const LOCAL_HOST =
  /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[A-Za-z][\w-]*)(?::\d+)?(?:[/?]|$)/i;

/** Names under which a UUID is the credential (Heroku, Snyk, Postmark, Codecov tokens), not an identifier. */
const UUID_SECRET_NAME = new RegExp(
  `(?:^|_)(?:token|authtoken|secret|password|api_?key|apikey|(?:secret|access|auth|private|license|${KINDS})_key)$`,
);
/** Many providers issue UUID-shaped tokens: a UUID counts under a name that ends like `*_TOKEN`, `apiKey`. */
const uuidToken = (name: string, v: string) => isUuid(v) && UUID_SECRET_NAME.test(words(name).join('_'));

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
function isSecretName(key: string): boolean {
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
  return [...PROVIDER_RULES, ...GENERIC_RULES, ...SHAPE_RULES].some((r) => {
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

/** A generated-looking value, not in a comment or an example line, in a file that may hold one. */
const generatedOutsideComments = (s: string, m: RegExpExecArray, c: MatchContext): boolean =>
  mayHoldGenericSecret(c) &&
  !isCommentOrExample(c, m.index) &&
  !isNonSecretValue(s) &&
  looksGenerated(s, true, shannon);

export const GENERIC_RULES: SecretRule[] = [
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
    accept: generatedOutsideComments,
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
    accept: generatedOutsideComments,
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

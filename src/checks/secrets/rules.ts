// Our own detection rules, as data (gitleaks-style): what secretlint's recommended preset misses.
// Each regex is global; the named group `s` is the secret (else the whole match).
import type { Severity } from '../../types.js';
import { shannon } from './entropy.js';
import { isHexDigest, isPlaceholder, isUuid } from './placeholder.js';

export interface MatchContext {
  path: string;
  text: string;
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

/** Names of variables that hold secrets; public and identifier-like names are left out. */
export const SECRET_NAME =
  /(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?|SALT|SIGNING_?KEY|ENCRYPTION_?KEY|MASTER_?KEY|WEBHOOK_?SECRET|DSN)/i;
const NOT_SECRET_NAME =
  /PUBLIC|PUBLISHABLE|ANON|_ID$|_URL$|_HOST$|_PORT$|_USER(?:NAME)?$|_SHA$|HASH|CHECKSUM|DIGEST|COMMIT|_FILE$|_PATH$|_TTL$|_EXPIR|_LENGTH$|_ALGORITHM$|_ISSUER$|_AUDIENCE$|_NAME$|_TYPE$/i;

const LOCAL_HOST =
  /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|db|postgres|mysql|redis|mongo|database)(?::\d+)?(?:[/?]|$)/i;

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

/** A random-looking literal: long enough, varied enough, not a placeholder, UUID or digest. */
function randomLiteral(v: string, minLen: number, minEntropy: number): boolean {
  if (v.length < minLen || isPlaceholder(v) || isUuid(v)) return false;
  return shannon(v) >= minEntropy;
}

export const RULES: SecretRule[] = [
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
    keywords: ['discord', 'Discord', 'DISCORD'],
    regex:
      /(?<![A-Za-z0-9_-])(?<s>[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
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
    id: 'mailgun-api-key',
    keywords: ['key-', 'mailgun', 'Mailgun', 'MAILGUN'],
    hint: /key-[0-9a-f]{32}|mailgun/i,
    regex: /(?<![A-Za-z0-9-])(?<s>key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9-])/g,
    minEntropy: 3,
    accept: (s, _m, c) => s.startsWith('key-') || /mailgun/i.test(c.text),
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
      /(?:datadog|dd)[_-]?(?:api|app(?:lication)?)[_-]?key["']?\s*[:=]\s*["']?(?<s>[a-f0-9]{32}|[a-f0-9]{40})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
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
    accept: (_s, _m, c) => !/firebaseapp\.com|authDomain|firebase\.initializeApp|initializeApp\s*\(/.test(c.text),
  },
  {
    id: 'private-key',
    keywords: ['PRIVATE KEY'],
    atMatch: true,
    // Header, a base64 body (EC and ed25519 bodies are short), footer; any key type.
    regex:
      /-----BEGIN[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----(?:[\r\n]+[A-Za-z-]+:[^\r\n]*)*\s*(?<s>[A-Za-z0-9+/=\r\n\t \\"',]{40,20000}?)-----END[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----/g,
    accept: (s, m) => {
      const body = s.replace(/\\n|[\s"',\\]/g, '');
      if (body.length < 40 || !/^[A-Za-z0-9+/]+=*$/.test(body) || shannon(body) < 4.5) return false;
      return /ENCRYPTED/.test(m[0].slice(0, 40)) ? { severity: 'high' } : true;
    },
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
    hint: /:\/\/[^\s:@/'"]{1,100}:[^\s@/'"]{6,200}@/,
    regex:
      /(?<![A-Za-z0-9+])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|cockroachdb)(?:\+[a-z0-9]+)?:\/\/[^:/?#\s@'"]{1,100}:(?<s>[^@/?#\s'"]{6,200})@[^\s'"]+/gi,
    accept: (s, m) => {
      if (isPlaceholder(s) || /^\*+$/.test(s)) return false;
      return LOCAL_HOST.test(m[0]) ? { severity: 'medium' } : true;
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
      /^[ \t]*-?[ \t]*["']?(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|ACCESS_KEY)[A-Za-z0-9_]*)["']?[ \t]*[:=][ \t]*["']?(?<s>[^\s"'#]{8,})["']?[ \t]*$/gim,
    accept: (s, m) => !NOT_SECRET_NAME.test(m.groups!.k) && randomLiteral(s, 8, 2.5),
  },
  {
    id: 'workflow-env-secret',
    keywords: ['PASS', 'SECRET', 'TOKEN', 'KEY', 'pass', 'secret', 'token', 'key'],
    path: WORKFLOW_FILE,
    regex:
      /^[ \t]+(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*)[ \t]*:[ \t]*["']?(?<s>[^\s"'#]{8,})["']?[ \t]*$/gim,
    accept: (s, m) => !NOT_SECRET_NAME.test(m.groups!.k) && randomLiteral(s, 8, 3),
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
      if (!SECRET_NAME.test(k) || NOT_SECRET_NAME.test(k)) return false;
      if (/^(?:https?|wss?):\/\//i.test(s)) return false;
      if (isHexDigest(s) && s.length >= 32) return shannon(s) >= 3;
      return randomLiteral(s, 16, 3.5);
    },
  },
];

/** Every keyword of every rule: the file-level prefilter. */
export const ALL_KEYWORDS: string[] = [...new Set(RULES.flatMap((r) => r.keywords))];

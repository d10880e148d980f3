// Severity by evidence: what a hit rests on (a provider's verifiable shape, a secret-named setting with a
// random-looking value, a committed env or dev-config file) and where it sits (code, a test, docs, a
// template, a comment, a form's placeholder) decide how loud it is. Only a provider's shape outside tests,
// docs and comments blocks; everything else is reported at most `high` and quieter where fakes are the norm.
import type { Finding, Severity } from '../../types.js';
import { severityRank } from '../../types.js';

/** What a rule's hits rest on. Rules not listed rest on a provider's shape (prefix, length, checksum). */
export type Evidence = 'shape' | 'connection string' | 'keyword + entropy' | 'env file' | 'dev config';

const EVIDENCE: Record<string, Evidence> = {
  // A secret-named setting whose value looks random: no prefix proves whose it is or that it is real.
  'aws-secret-access-key': 'keyword + entropy',
  'vercel-token': 'keyword + entropy',
  'datadog-api-key': 'keyword + entropy',
  'okta-api-token': 'keyword + entropy',
  'cloudflare-global-api-key': 'keyword + entropy',
  'postmark-token': 'keyword + entropy',
  'algolia-admin-key': 'keyword + entropy',
  'cohere-api-key': 'keyword + entropy',
  'twilio-api-key': 'keyword + entropy',
  'django-secret-key': 'keyword + entropy',
  'http-auth-header': 'keyword + entropy',
  'secret-assignment': 'keyword + entropy',
  'kubernetes-secret-data': 'keyword + entropy',
  'netrc-password': 'keyword + entropy',
  'url-credentials': 'keyword + entropy',
  'secretlint-other': 'keyword + entropy',
  'env-file-secret': 'env file',
  'compose-password': 'dev config',
  'workflow-env-secret': 'dev config',
  // A URL or keyword string with a password for a named host: whose it is shows in the host.
  'database-url-password': 'connection string',
  'connection-string-password': 'connection string',
};

export const evidenceOf = (rule: string): Evidence => EVIDENCE[rule] ?? 'shape';

/** Where a file sits: fakes are the norm in tests and docs, defaults in templates, sentences in locales. */
export type Place = 'code' | 'test' | 'docs' | 'template' | 'locale';

const TEST_PATH =
  /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|cypress|playwright|fixtures?|testdata|test-data|__mocks__|mocks?|__snapshots__|stories|storybook|seeds?|seeders?|testing)\/|[._-](?:test|spec|mock|fixture|stories|e2e)s?\.[a-z]+$|_test\.go$|(?:^|\/)(?:test_[^/]*|conftest)\.py$|(?:^|\/)seed[^/]*\.[a-z]+$|(?:^|\/)scripts\/(?:dev|local|seed|test)\b/i;
const DOCS_PATH =
  /(?:^|\/)(?:docs?|documentation|examples?|samples?|demos?|tutorials?|guides?)\/|\.(?:md|mdx|rst|adoc|txt|html?)$|(?:^|\/)(?:README|CHANGELOG|CONTRIBUTING)[^/]*$/i;
const TEMPLATE_PATH =
  /(?:^|[./_-])(?:example|sample|template|dist|defaults?|tpl|schema|variables)(?:\.|$)|\.(?:example|sample|template|tpl|dist)$/i;
const LOCALE_PATH = /(?:^|\/)(?:locales?|i18n|lang|langs|translations?|messages)\/|\.(?:po|pot|xliff|xlf|strings)$/i;

export function placeOf(path: string): Place {
  const name = path.split('/').pop() ?? '';
  if (LOCALE_PATH.test(path)) return 'locale';
  if (TEST_PATH.test(path)) return 'test';
  if (DOCS_PATH.test(path)) return 'docs';
  if (TEMPLATE_PATH.test(name)) return 'template';
  return 'code';
}

/** The line that holds `index` and the one above it. */
function linesAround(text: string, index: number): { line: string; before: string; above: string } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  const prevStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start;
  return {
    line: text.slice(start, end < 0 ? text.length : end),
    before: text.slice(start, index),
    above: start > 0 ? text.slice(prevStart, start - 1) : '',
  };
}

const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--(?!-)|;|<!--|%|rem\s)/i;
/** The author says the value is not a real credential, on its line or the line above. */
const NOT_REAL_MARKER =
  /\b(?:dummy|fake|bogus|not (?:actually |really )?(?:a )?(?:real |valid |live |production )?(?:secret|key|token|password|credential)s?\b|not[-_ ]a[-_ ]secret|nosec(?:ret)?\b|for (?:local )?(?:tests?|testing|development|dev)\b|test(?:ing)?[- ]only|test (?:secret|key|token|password|value)s?\b|example (?:key|value|token|secret|password)s?\b|published (?:example|sample)|sample (?:key|token|secret))/i;
/** The value is a form's hint or a schema's example, shown to users by design. */
const HINT_BEFORE = /(?:\bplaceholder|\bexamples?|\bhint|\bdefaultValue)["']?\s*(?:=|:)\s*\{?\s*["'`]?[^"'`]*$/i;

/** Consonant-only tokens of our trade that appear in names-as-values (`smtpPassword`). */
const TECH_TOKENS = new Set(
  'smtp http https ftp sftp ssh srh db pg pw pwd sql ldap jwt mfa csrf xsrf dns tls ssl crm cms npm pnpm gql grpc ws wss cdn'.split(
    ' ',
  ),
);

const vowelShare = (p: string) => (p.match(/[aeiouy]/gi)?.length ?? 0) / p.length;

/**
 * Words, not a generated value: `smtpPassword`, `devrustfs-service123`, `e2e-test-secret-at-least-32-chars`.
 * Each part (split at punctuation and camelCase) is a word (with a vowel, or a protocol like `smtp`), a
 * short number or a short token (`e2e`); random mixed-case strings split into many 1-3 letter parts.
 */
export function isWordy(value: string): boolean {
  const parts = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const letters: string[] = [];
  for (const p of parts) {
    if (/^\d{1,4}$/.test(p) || /^(?=.*\d)(?=.*[a-z])[a-z0-9]{1,3}$/i.test(p)) continue;
    const core = p.replace(/\d{1,4}$/, '');
    // A word is lower-case, Capitalised or an ACRONYM; random letters mix cases inside a part.
    if (!/^(?:[A-Z]?[a-z]{1,19}|[A-Z]{2,6})$/.test(core)) return false;
    const lc = core.toLowerCase();
    if (TECH_TOKENS.has(lc)) {
      letters.push(core);
      continue;
    }
    if (!/[aeiouy]/.test(lc) || (lc.length >= 7 && vowelShare(lc) < 0.2) || /[^aeiouy]{5}/.test(lc)) return false;
    letters.push(core);
  }
  if (!letters.length) return false;
  return letters.reduce((n, p) => n + p.length, 0) / letters.length >= 3.5;
}

/** The text a base64 value decodes to, when it is printable (a JSON blob of defaults, `user:pass`). */
function decodedText(value: string): string | undefined {
  if (value.length < 12 || !/^[A-Za-z0-9+/_-]+=*$/.test(value)) return undefined;
  const plain = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  return /^[\x20-\x7e]{6,}$/.test(plain) && /[^A-Za-z0-9]/.test(plain) ? plain : undefined;
}

/** A file named for dev, local or test use: `docker-compose.dev.yml`, `config/dev.exs`, `.env.test`. */
const DEV_NAMED = /(?:^|[._-])(?:dev|develop|development|local|test|testing|e2e|ci)(?:[._-]|$)/i;
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;

/** A dev or CI setup: a file named for dev, local or test, or a workflow that talks to localhost. */
function isDevSetup(path: string, text: string): boolean {
  const name = path.split('/').pop() ?? '';
  // Code files named `dev.ts` are code; config files (and code under `config/`, like `config/dev.exs`) are setups.
  if (
    DEV_NAMED.test(name) &&
    (!/\.(?:[cm]?[jt]sx?|py|go|rb|java|php|rs|cs)$/.test(name) || /(?:^|\/)config\//.test(path))
  )
    return true;
  return /(?:^|\/)\.github\/workflows\//.test(path) && /localhost|127\.0\.0\.1|^\s*services:/m.test(text);
}

/** A provider-shaped hit whose variable part is words or too short to be issued: `xoxb-test-token`. */
function isShapedPlaceholder(secret: string): boolean {
  const body = secret.replace(/^[A-Za-z]{2,10}[-_.]/, '');
  return body.length < 12 || isWordy(body);
}

export interface Judged {
  severity: Severity;
  evidence: Evidence;
  confidence: NonNullable<Finding['confidence']>;
}

const lower = (a: Severity, b: Severity): Severity => (severityRank(a) > severityRank(b) ? a : b);

/**
 * The severity, evidence and confidence of a hit of `rule` at `index` of `text` (the content of `path`),
 * from the rule's own verdict `severity`; undefined drops it (a form placeholder, a value the author marks
 * as fake that rests on nothing but a keyword).
 */
export function judge(
  rule: string,
  severity: Severity,
  secret: string,
  path: string,
  text: string,
  index: number,
  /** The whole file, when `text` is only the decoded lines of it. */
  file = text,
): Judged | undefined {
  const evidence = evidenceOf(rule);
  const place = placeOf(path);
  const { line, before, above } = linesAround(text, index);
  const hinted = HINT_BEFORE.test(before);
  const marked = NOT_REAL_MARKER.test(line) || (COMMENT_LINE.test(above) && NOT_REAL_MARKER.test(above));
  const commented = COMMENT_LINE.test(line);
  const quiet = place === 'test' || place === 'docs' || place === 'locale';
  if (evidence === 'shape') {
    if (hinted || isShapedPlaceholder(secret)) return undefined;
    if (marked) return { severity: 'low', evidence, confidence: 'possible' };
    if (quiet || commented) return { severity: lower(severity, 'medium'), evidence, confidence: 'likely' };
    return { severity, evidence, confidence: severityRank(severity) === 0 ? 'certain' : 'likely' };
  }
  if (hinted || marked) return undefined;
  if (evidence === 'connection string') {
    // The rule lowered local and single-label hosts already; a remote host keeps the rule's verdict.
    if (quiet || commented) return { severity: lower(severity, 'medium'), evidence, confidence: 'possible' };
    const dev = place === 'template' || isDevSetup(path, file) || COMPOSE_FILE.test(path);
    // A local host in a template or dev setup is the dev database itself.
    if (dev) severity = severityRank(severity) >= severityRank('medium') ? 'low' : lower(severity, 'medium');
    return { severity, evidence, confidence: severityRank(severity) === 0 ? 'certain' : 'possible' };
  }
  if (isWordy(secret) || isWordy(decodedText(secret) ?? '')) return undefined;
  // No prefix proves whose the value is: never a blocker on its own.
  let s = lower(severity, 'high');
  if (quiet || commented) s = 'low';
  else if (place === 'template') s = lower(s, 'medium');
  else if (isDevSetup(path, file)) s = lower(s, 'medium');
  return { severity: s, evidence, confidence: s === 'high' ? 'likely' : 'possible' };
}

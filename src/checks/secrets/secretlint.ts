// secretlint's engine with its recommended preset, behind a prefilter. Only rule ids, message ids
// and ranges leave this module: secretlint's messages, `data` and `sourceContent` hold raw secrets.
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

/** What secretlint found, as our rule id and the position of the credential in the text. */
export interface EngineHit {
  rule: string;
  /** The secret itself (password of a URL, key of an assignment), for masking and fingerprints. */
  secret: string;
  index: number;
}

const CONFIG: Parameters<typeof lintSource>[0]['options']['config'] = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended as never }],
};

/**
 * A necessary condition of the preset's rules (read from their patterns, case as they match), with
 * literals at least one of which any match contains. Without `pattern`, the literals are the
 * condition itself.
 */
export interface EngineCondition {
  anchors: string[];
  pattern?: RegExp;
}

const lits = (...anchors: string[]): EngineCondition => ({ anchors });
const SECRET_ACCESS = ['SECRET', 'secret', 'Secret'].flatMap((a) =>
  ['ACCESS', 'access', 'Access'].flatMap((b) => [a + b, `${a}_${b}`]),
);
const DB_SCHEMES = ['mongodb', 'mysql', 'postgres', 'MONGODB', 'MYSQL', 'POSTGRES', 'MongoDB', 'MySQL', 'Postgres'];

/** A text matching none of these cannot produce a message, so secretlint is not called for it. */
export const SECRETLINT_CONDITIONS: EngineCondition[] = [
  { anchors: SECRET_ACCESS, pattern: /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)/ },
  lits('PRIVATE KEY', 'x-oauth-basic', '_authToken='),
  { anchors: ['npm_'], pattern: /npm_[A-Za-z0-9_]{36}/ },
  { anchors: ['xox'], pattern: /xox[a-z]-/ },
  lits('xapp-', 'hooks.slack.', 'HOOKS.SLACK.', 'Hooks.Slack.'),
  { anchors: ['://'], pattern: /:\/\/[-\w]{1,256}:[-\w]{1,256}@/ },
  lits('T3BlbkFJ', 'sk-ant-api', 'gsk_'),
  { anchors: ['hf_'], pattern: /hf_[a-zA-Z]{34}/ },
  lits('lin_api_'),
  { anchors: ['ntn_'], pattern: /ntn_\d/ },
  lits('SG.', 'shppa_', 'shpca_', 'shpat_', 'shpss_', 'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'),
  lits('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'glc_', 'glsa_', 'ops_ey'),
  { anchors: DB_SCHEMES, pattern: new RegExp(`(?:${DB_SCHEMES.join('|')})[^:\\s]{0,10}:\\/\\/`) },
  lits('hvs.', 'hvb.', 'hvr.', 'vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'),
  { anchors: ['dapi'], pattern: /dapi[A-Fa-f0-9]{32}/ },
  lits('dckr_pat_', 'figd_', 'cfk_', 'cfut_', 'cfat_', 'tskey-'),
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFILTER_SOURCE = SECRETLINT_CONDITIONS.map((c) => c.pattern?.source ?? c.anchors.map(escapeRe).join('|')).join(
  '|',
);

/** Any condition at all: the reference the anchored check in scan.ts must agree with. */
export const SECRETLINT_PREFILTER = new RegExp(PREFILTER_SOURCE);
const PREFILTER_ALL = new RegExp(PREFILTER_SOURCE, 'g');

const metCache = new Map<string, RegExp>();

/**
 * The conditions `text` meets, given which anchors it holds, as one global RegExp; undefined when
 * it meets none (exactly when SECRETLINT_PREFILTER does not match). Leaving out what cannot match
 * anywhere in the text changes none of its matches, so windows cut with it are the same, and far
 * cheaper to find than with the whole alternation.
 */
export function metConditions(text: string, holds: (anchor: string) => boolean): RegExp | undefined {
  const parts: string[] = [];
  for (const c of SECRETLINT_CONDITIONS) {
    const seen = c.anchors.filter(holds);
    if (!seen.length) continue;
    if (!c.pattern) parts.push(seen.map(escapeRe).join('|'));
    else if (c.pattern.test(text)) parts.push(c.pattern.source);
  }
  if (!parts.length) return undefined;
  const source = parts.join('|');
  let re = metCache.get(source);
  if (!re) metCache.set(source, (re = new RegExp(source, 'g')));
  return re;
}

/** Texts above this size are cut down to windows around prefilter matches before secretlint. */
const WINDOW_FROM = 64 * 1024;
/** Characters kept on each side of a match: room for a 4096-bit PEM key. */
const RADIUS = 6 * 1024;

interface Windowed {
  text: string;
  /** Offset in the original text of a position in `text`. */
  toOriginal(i: number): number;
}

/**
 * The parts of a large text around prefilter matches, joined by newlines (no pattern of the preset
 * spans a line break between windows); small texts pass through whole. Keeps secretlint fast on
 * minified bundles and generated type files that happen to contain one keyword.
 */
export function windows(text: string, prefilter = PREFILTER_ALL): Windowed {
  if (text.length <= WINDOW_FROM) return { text, toOriginal: (i) => i };
  const spans: [number, number][] = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    if (m[0].length === 0) prefilter.lastIndex++;
    const from = Math.max(0, m.index - RADIUS);
    const to = Math.min(text.length, m.index + m[0].length + RADIUS);
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    starts.push(at);
    parts.push(text.slice(from, to));
    at += to - from + 1;
  }
  return {
    text: parts.join('\n'),
    toOriginal: (i) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return spans[lo][0] + (i - starts[lo]);
    },
  };
}

/** secretlint `ruleId/messageId` → our rule id; `null` drops the message (not a live secret). */
const MESSAGE_MAP: Record<string, string | null> = {
  'aws/AWSSecretAccessKey': 'aws-secret-access-key',
  'aws/AWSAccessKeyID': 'aws-access-key-id',
  'aws/AWSAccountID': null,
  'stripe/STRIPE_SECRET_KEY_TEST': null,
  'stripe/STRIPE_RESTRICTED_KEY_TEST': null,
  'slack/IncomingWebhook': 'slack-webhook',
};

const RULE_MAP: Record<string, string> = {
  aws: 'aws-secret-access-key',
  gcp: 'gcp-service-account-key',
  npm: 'npm-token',
  slack: 'slack-token',
  basicauth: 'url-credentials',
  openai: 'openai-api-key',
  anthropic: 'anthropic-api-key',
  groq: 'groq-api-key',
  huggingface: 'huggingface-token',
  linear: 'linear-api-key',
  notion: 'notion-token',
  privatekey: 'private-key',
  sendgrid: 'sendgrid-api-key',
  shopify: 'shopify-token',
  stripe: 'stripe-secret-key',
  github: 'github-token',
  gitlab: 'gitlab-token',
  grafana: 'grafana-token',
  '1password': 'onepassword-token',
  'database-connection-string': 'database-url-password',
  'hashicorp-vault': 'vault-token',
  vercel: 'vercel-token',
  databricks: 'databricks-token',
  docker: 'docker-hub-token',
  figma: 'figma-token',
  cloudflare: 'cloudflare-api-token',
  tailscale: 'tailscale-key',
};

/** Our rule id for a secretlint message, or null to drop it. */
export function mapRule(ruleId: string, messageId: string | undefined): string | null {
  const short = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  const key = `${short}/${messageId ?? ''}`;
  if (key in MESSAGE_MAP) return MESSAGE_MAP[key];
  return RULE_MAP[short] ?? 'secretlint-other';
}

const AWS_SECRET_VALUE = /(?:secret)_?(?:access)_?(?:key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})/i;
const URL_PASSWORD = /:\/\/[^:/\s@]*:([^@/\s]+)@/;

/** The credential inside a reported range (secretlint's ranges sometimes start at the key name). */
function extractSecret(rule: string, text: string, start: number, end: number): { secret: string; index: number } {
  const raw = text.slice(start, end);
  if (rule === 'aws-secret-access-key') {
    const m = AWS_SECRET_VALUE.exec(text.slice(start, start + 300));
    if (m) return { secret: m[1], index: start + m.index + m[0].length - m[1].length };
  }
  if (rule === 'url-credentials') {
    const m = URL_PASSWORD.exec(raw);
    if (m) return { secret: m[1], index: start + m.index + m[0].length - 1 - m[1].length };
  }
  if (rule === 'gcp-service-account-key') {
    // Reported over the whole JSON file: point at the private_key member instead.
    const at = text.indexOf('"private_key"', start);
    const endAt = at >= 0 ? text.indexOf('PRIVATE KEY', at + 40) : -1;
    if (at >= 0 && endAt > at) return { secret: text.slice(at, endAt), index: at };
  }
  return { secret: raw.slice(0, 4000), index: start };
}

/**
 * Runs the recommended preset on one text (masked), returning our rule ids and positions.
 * `met`: the caller's metConditions() of the text, when it has them.
 */
export async function runSecretlint(path: string, text: string, met?: RegExp): Promise<EngineHit[]> {
  if (!met && !SECRETLINT_PREFILTER.test(text)) return [];
  const w = windows(text, met);
  // secretlint drops a leading byte-order mark, which would shift every range by one.
  const bom = w.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const content = w.text.slice(bom);
  const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
  const result = await lintSource({
    source: { filePath: path, content, ext, contentType: 'text' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: EngineHit[] = [];
  for (const m of result.messages) {
    if (m.type !== 'message') continue;
    const rule = mapRule(m.ruleId, m.messageId);
    // Our own database-url-password rule covers every scheme secretlint's does and also knows
    // local development URLs in docs and tests; secretlint's would override it as a blocker.
    if (!rule || rule === 'database-url-password') continue;
    const [start, end] = m.range;
    const found = extractSecret(rule, content, start, end);
    hits.push({ rule, secret: found.secret, index: w.toOriginal(found.index + bom) });
  }
  return hits;
}

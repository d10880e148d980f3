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
 * Necessary conditions of the preset's rules (read from their patterns, case as they match): a
 * text matching none of these cannot produce a message, so secretlint is not called for it.
 */
const PREFILTER_SOURCE = [
  String.raw`(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)`,
  String.raw`PRIVATE KEY`,
  String.raw`x-oauth-basic`,
  String.raw`_authToken=`,
  String.raw`npm_[A-Za-z0-9_]{36}`,
  String.raw`xox[a-z]-|xapp-`,
  String.raw`hooks\.slack\.|HOOKS\.SLACK\.|Hooks\.Slack\.`,
  String.raw`:\/\/[-\w]{1,256}:[-\w]{1,256}@`,
  String.raw`T3BlbkFJ`,
  String.raw`sk-ant-api`,
  String.raw`gsk_`,
  String.raw`hf_[a-zA-Z]{34}`,
  String.raw`lin_api_`,
  String.raw`ntn_\d`,
  String.raw`SG\.`,
  String.raw`shp(?:pa|ca|at|ss)_`,
  String.raw`[sr]k_(?:live|test)_`,
  String.raw`gh[pousr]_|github_pat_`,
  String.raw`glpat-`,
  String.raw`gl(?:c|sa)_`,
  String.raw`ops_ey`,
  String.raw`(?:mongodb|mysql|postgres|MONGODB|MYSQL|POSTGRES|MongoDB|MySQL|Postgres)[^:\s]{0,10}:\/\/`,
  String.raw`hv[sbr]\.`,
  String.raw`vc[piark]_`,
  String.raw`dapi[A-Fa-f0-9]{32}`,
  String.raw`dckr_pat_`,
  String.raw`figd_`,
  String.raw`(?:cfk|cfut|cfat)_`,
  String.raw`tskey-`,
].join('|');

export const SECRETLINT_PREFILTER = new RegExp(PREFILTER_SOURCE);
const PREFILTER_ALL = new RegExp(PREFILTER_SOURCE, 'g');

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
export function windows(text: string): Windowed {
  if (text.length <= WINDOW_FROM) return { text, toOriginal: (i) => i };
  const spans: [number, number][] = [];
  PREFILTER_ALL.lastIndex = 0;
  for (let m = PREFILTER_ALL.exec(text); m; m = PREFILTER_ALL.exec(text)) {
    if (m[0].length === 0) PREFILTER_ALL.lastIndex++;
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
  if (rule === 'url-credentials' || rule === 'database-url-password') {
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

/** Runs the recommended preset on one text (masked), returning our rule ids and positions. */
export async function runSecretlint(path: string, text: string): Promise<EngineHit[]> {
  if (!SECRETLINT_PREFILTER.test(text)) return [];
  const w = windows(text);
  const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
  const result = await lintSource({
    source: { filePath: path, content: w.text, ext, contentType: 'text' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: EngineHit[] = [];
  for (const m of result.messages) {
    if (m.type !== 'message') continue;
    const rule = mapRule(m.ruleId, m.messageId);
    if (!rule) continue;
    const [start, end] = m.range;
    const found = extractSecret(rule, w.text, start, end);
    hits.push({ rule, secret: found.secret, index: w.toOriginal(found.index) });
  }
  return hits;
}

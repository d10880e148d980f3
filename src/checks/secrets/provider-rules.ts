// Hand-written rules for providers whose keys need more than a shape row (providers/): several
// formats, a setting name or a client call around the value, a check of the value itself. Data.
import { isPlaceholder } from './placeholder.js';
import type { SecretRule } from './rules.js';

/** The payload of a JWT, when it decodes to a JSON object. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
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

/** `sk_live_` keys of other providers: hex bodies of Paystack's (40) and UploadThing's (64) length. */
const NOT_STRIPE_BODY = /^sk_live_(?:[a-f0-9]{40}|[a-f0-9]{64})$/;
/** A generated key body of 40+ characters holds a digit (odds against: 1 in 1,000); one of letters only is a near miss. */
export const liveKeyBody = (s: string): boolean => s.length < 48 || /[0-9]/.test(s.slice(8));

export const PROVIDER_RULES: SecretRule[] = [
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
];

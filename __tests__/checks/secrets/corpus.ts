// A corpus of realistic fake credentials, each in a realistic file, and hard negatives.
// Everything is assembled at run time from parts and a seeded generator, so the repository itself
// holds nothing a secret scanner would flag.
import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';

export interface CorpusCase {
  name: string;
  provider: string;
  file: string;
  content: string;
  /** Positives: the rule we expect and the 1-based line of the secret (the PEM header for keys). */
  rule?: string;
  line?: number;
  /** The credential, for checks that no output holds it. */
  secret?: string;
}

/** Deterministic random characters: the corpus is the same on every run. */
class Gen {
  private n = 0;
  constructor(private seed: string) {}
  bytes(len: number): Buffer {
    const out: Buffer[] = [];
    let total = 0;
    while (total < len) {
      const b = createHash('sha256').update(`${this.seed}:${this.n++}`).digest();
      out.push(b);
      total += b.length;
    }
    return Buffer.concat(out).subarray(0, len);
  }
  chars(alphabet: string, len: number): string {
    return [...this.bytes(len)].map((b) => alphabet[b % alphabet.length]).join('');
  }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const BASE32 = UPPER + '234567';

const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');

/** The 1-based line of the first line containing `needle`. */
function lineOf(content: string, needle: string): number {
  const i = content.indexOf(needle);
  if (i < 0) throw new Error(`corpus: marker not found: ${needle.slice(0, 4)}`);
  return content.slice(0, i).split('\n').length;
}

function jwt(g: Gen, payload: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const sig = createHmac('sha256', g.bytes(32)).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

const BEGIN = '-----' + 'BEGIN';
const END = '-----' + 'END';

export function buildCorpus(seed = 'launch-gate-corpus'): { positives: CorpusCase[]; negatives: CorpusCase[] } {
  const g = new Gen(seed);
  const positives: CorpusCase[] = [];
  const negatives: CorpusCase[] = [];
  const pos = (
    name: string,
    provider: string,
    file: string,
    content: string,
    rule: string,
    secret: string,
    marker = secret,
  ) => positives.push({ name, provider, file, content, rule, secret, line: lineOf(content, marker) });
  const neg = (name: string, provider: string, file: string, content: string) =>
    negatives.push({ name, provider, file, content });

  // ---- cloud
  const awsId = 'AK' + 'IA' + g.chars(BASE32, 16);
  const awsSecret = g.chars(B64, 40);
  pos(
    'AWS access key id in an SDK config',
    'aws',
    'src/aws.ts',
    `import { S3Client } from '@aws-sdk/client-s3';\n\nexport const s3 = new S3Client({\n  region: 'eu-west-1',\n  credentials: {\n    accessKeyId: '${awsId}',\n    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,\n  },\n});\n`,
    'aws-access-key-id',
    awsId,
  );
  pos(
    'AWS secret access key in a credentials file',
    'aws',
    'deploy/aws-credentials',
    `[default]\nregion = us-east-1\n# rotated 2024-05\naws_secret_access_key = ${awsSecret}\n`,
    'aws-secret-access-key',
    awsSecret,
  );
  const azureKey = g.chars(B64, 86) + '==';
  pos(
    'Azure storage connection string',
    'azure',
    'appsettings.json',
    `{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Blobs": "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${azureKey};EndpointSuffix=core.windows.net"\n  }\n}\n`,
    'azure-storage-key',
    azureKey,
  );
  const gcpKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const gcpJson =
    JSON.stringify(
      {
        type: 'service_account',
        project_id: 'acme-prod',
        private_key_id: g.chars(HEX, 40),
        private_key: gcpKey,
        client_email: 'deployer@acme-prod.iam.gserviceaccount.com',
        client_id: g.chars(DIGITS, 21),
      },
      null,
      2,
    ) + '\n';
  pos(
    'GCP service account key file',
    'gcp',
    'infra/gcp-sa.json',
    gcpJson,
    'gcp-service-account-key',
    gcpKey,
    '"private_key"',
  );
  const doTok = 'dop' + '_v1_' + g.chars(HEX, 64);
  pos(
    'DigitalOcean token in a deploy script',
    'digitalocean',
    'scripts/deploy.sh',
    `#!/usr/bin/env bash\nset -euo pipefail\nexport DIGITALOCEAN_ACCESS_TOKEN=${doTok}\ndoctl apps create-deployment "$APP_ID"\n`,
    'digitalocean-token',
    doTok,
  );
  const vercel = 'vcp' + '_' + g.chars(ALNUM, 40);
  pos(
    'Vercel token in a script',
    'vercel',
    'scripts/preview.mjs',
    `import { execSync } from 'node:child_process';\nconst token = '${vercel}';\nexecSync(\`vercel deploy --token \${token}\`, { stdio: 'inherit' });\n`,
    'vercel-token',
    vercel,
  );
  const netlify = 'nfp' + '_' + g.chars(ALNUM, 36);
  pos(
    'Netlify token in a Makefile',
    'netlify',
    'Makefile',
    `deploy:\n\tnetlify deploy --prod --auth ${netlify} --dir dist\n`,
    'netlify-token',
    netlify,
  );
  const doppler = 'dp.' + 'st.' + 'prd.' + g.chars(ALNUM, 43);
  pos(
    'Doppler service token in a Dockerfile',
    'doppler',
    'Dockerfile',
    `FROM node:20-alpine\nWORKDIR /app\nENV DOPPLER_TOKEN=${doppler}\nRUN npm ci\nCMD ["doppler", "run", "--", "node", "server.js"]\n`,
    'doppler-token',
    doppler,
  );
  const cf = 'cfut' + '_' + g.chars(ALNUM, 40) + g.chars(HEX, 8);
  pos(
    'Cloudflare API token',
    'cloudflare',
    'wrangler.sh',
    `#!/bin/sh\nCLOUDFLARE_API_TOKEN="${cf}" npx wrangler deploy\n`,
    'cloudflare-api-token',
    cf,
  );

  // ---- VCS and registries
  const ghp = 'gh' + 'p_' + g.chars(ALNUM, 36);
  pos(
    'GitHub classic token in a release script',
    'github',
    'scripts/release.sh',
    `#!/usr/bin/env bash\n# publish the release notes\ncurl -s -H "Authorization: token ${ghp}" \\\n  https://api.github.com/repos/acme/app/releases\n`,
    'github-token',
    ghp,
  );
  const ghpat = 'github' + '_pat_' + g.chars(ALNUM, 22) + '_' + g.chars(ALNUM, 59);
  pos(
    'GitHub fine-grained token in a config',
    'github',
    'config/bot.json',
    `{\n  "owner": "acme",\n  "token": "${ghpat}"\n}\n`,
    'github-token',
    ghpat,
  );
  const glpat = 'gl' + 'pat-' + g.chars(ALNUM, 20);
  pos(
    'GitLab token in CI config',
    'gitlab',
    '.gitlab-ci.yml',
    `stages: [release]\nrelease:\n  stage: release\n  script:\n    - curl --header "PRIVATE-TOKEN: ${glpat}" "$CI_API_V4_URL/projects"\n`,
    'gitlab-token',
    glpat,
  );
  const npmTok = 'np' + 'm_' + g.chars(ALNUM, 36);
  pos(
    'npm token in .npmrc',
    'npm',
    '.npmrc',
    `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmTok}\n`,
    'npm-token',
    npmTok,
  );
  const pypi = 'py' + 'pi-' + 'AgEIcHlwaS5vcmc' + g.chars(B64URL, 120);
  pos(
    'PyPI token in .pypirc',
    'pypi',
    '.pypirc',
    `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${pypi}\n`,
    'pypi-token',
    pypi,
  );

  // ---- payments
  const skLive = 'sk' + '_live_' + g.chars(ALNUM, 99);
  pos(
    'Stripe live secret key in server code',
    'stripe',
    'src/billing/stripe.ts',
    `import Stripe from 'stripe';\n\nexport const stripe = new Stripe('${skLive}', {\n  apiVersion: '2024-06-20',\n});\n`,
    'stripe-secret-key',
    skLive,
  );
  const rkLive = 'rk' + '_live_' + g.chars(ALNUM, 24);
  pos(
    'Stripe restricted key in a worker',
    'stripe',
    'workers/refunds.py',
    `import stripe\n\nstripe.api_key = "${rkLive}"\n`,
    'stripe-secret-key',
    rkLive,
  );
  const square = 'EA' + 'AA' + g.chars(B64URL, 60);
  pos(
    'Square access token',
    'square',
    'src/payments/square.ts',
    `import { Client, Environment } from 'square';\nexport const square = new Client({\n  environment: Environment.Production,\n  accessToken: '${square}',\n});\n`,
    'square-access-token',
    square,
  );

  // ---- AI APIs
  const openai = 'sk' + '-proj-' + g.chars(B64URL, 74) + 'T3Blbk' + 'FJ' + g.chars(B64URL, 74);
  pos(
    'OpenAI project key',
    'openai',
    'src/ai/client.ts',
    `import OpenAI from 'openai';\nexport const openai = new OpenAI({ apiKey: '${openai}' });\n`,
    'openai-api-key',
    openai,
  );
  const anthropic = 'sk' + '-ant-api03-' + g.chars(B64URL, 93) + 'AA';
  pos(
    'Anthropic key in .env.local',
    'anthropic',
    '.env.local',
    `# local overrides\nANTHROPIC_API_KEY=${anthropic}\nLOG_LEVEL=debug\n`,
    'anthropic-api-key',
    anthropic,
  );
  const hf = 'h' + 'f_' + g.chars(UPPER + LOWER, 34);
  pos(
    'Hugging Face token in a training script',
    'huggingface',
    'train.py',
    `from huggingface_hub import login\n\nlogin(token="${hf}")\n`,
    'huggingface-token',
    hf,
  );
  const groq = 'gs' + 'k_' + g.chars(ALNUM, 52);
  pos('Groq key', 'groq', 'src/llm.ts', `export const groq = new Groq({ apiKey: "${groq}" });\n`, 'groq-api-key', groq);
  const gkey = 'AI' + 'za' + g.chars(B64URL, 35);
  pos(
    'Google Maps server key',
    'google',
    'server/geocode.ts',
    `const MAPS_KEY = '${gkey}';\nexport async function geocode(q: string) {\n  return fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${q}&key=\${MAPS_KEY}\`);\n}\n`,
    'google-api-key',
    gkey,
  );

  // ---- chat
  const slackBot = 'xo' + 'xb-' + g.chars(DIGITS, 12) + '-' + g.chars(DIGITS, 13) + '-' + g.chars(ALNUM, 24);
  pos(
    'Slack bot token',
    'slack',
    'src/notify/slack.ts',
    `import { WebClient } from '@slack/web-api';\nexport const slack = new WebClient('${slackBot}');\n`,
    'slack-token',
    slackBot,
  );
  const slackHook =
    'https://hooks.slack.com/services/T' +
    g.chars(UPPER + DIGITS, 10) +
    '/B' +
    g.chars(UPPER + DIGITS, 10) +
    '/' +
    g.chars(ALNUM, 24);
  pos(
    'Slack webhook URL',
    'slack',
    'ops/alerts.py',
    `import requests\n\nWEBHOOK = "${slackHook}"\n\ndef alert(text):\n    requests.post(WEBHOOK, json={"text": text})\n`,
    'slack-webhook',
    slackHook,
  );
  const discord =
    Buffer.from('1' + g.chars(DIGITS, 17)).toString('base64') + '.' + g.chars(B64URL, 6) + '.' + g.chars(B64URL, 38);
  pos(
    'Discord bot token',
    'discord',
    'bot/main.py',
    `import discord\n\nclient = discord.Client(intents=discord.Intents.default())\nclient.run("${discord}")\n`,
    'discord-bot-token',
    discord,
  );
  const discordHook = 'https://discord.com/api/webhooks/' + '1' + g.chars(DIGITS, 18) + '/' + g.chars(B64URL, 68);
  pos(
    'Discord webhook',
    'discord',
    'src/notify/discord.ts',
    `const HOOK = "${discordHook}";\nexport const notify = (content: string) => fetch(HOOK, { method: 'POST', body: JSON.stringify({ content }) });\n`,
    'discord-webhook',
    discordHook,
  );
  const telegram = '7' + g.chars(DIGITS, 9) + ':AA' + g.chars(B64URL, 33);
  pos(
    'Telegram bot token',
    'telegram',
    'cmd/bot/main.go',
    `package main\n\nconst botToken = "${telegram}"\n\nfunc main() { run(botToken) }\n`,
    'telegram-bot-token',
    telegram,
  );

  // ---- mail and messaging
  const sendgrid = 'S' + 'G.' + g.chars(B64URL, 22) + '.' + g.chars(ALNUM, 20) + '-' + g.chars(ALNUM, 22);
  pos(
    'SendGrid key with a dash',
    'sendgrid',
    'src/mail.js',
    `const sg = require('@sendgrid/mail');\nsg.setApiKey('${sendgrid}');\n`,
    'sendgrid-api-key',
    sendgrid,
  );
  const mailgun = 'key' + '-' + g.chars(HEX, 32);
  pos(
    'Mailgun key',
    'mailgun',
    'app/mail.php',
    `<?php\n$mg = Mailgun::create('${mailgun}');\n`,
    'mailgun-api-key',
    mailgun,
  );
  const mailchimp = g.chars(HEX, 32) + '-us' + '14';
  pos(
    'Mailchimp key',
    'mailchimp',
    'newsletter.py',
    `from mailchimp3 import MailChimp\nclient = MailChimp(mc_api="${mailchimp}")\n`,
    'mailchimp-api-key',
    mailchimp,
  );
  const resend = 'r' + 'e_' + g.chars(ALNUM, 8) + '_' + g.chars(ALNUM, 24);
  pos(
    'Resend key',
    'resend',
    'src/email.ts',
    `import { Resend } from 'resend';\nexport const resend = new Resend('${resend}');\n`,
    'resend-api-key',
    resend,
  );
  const twilioSk = 'S' + 'K' + g.chars(HEX, 32);
  pos(
    'Twilio API key',
    'twilio',
    'config/twilio.rb',
    `Twilio.configure do |c|\n  c.api_key = "${twilioSk}"\nend\n`,
    'twilio-api-key',
    twilioSk,
  );
  const twilioAuth = g.chars(HEX, 32);
  pos(
    'Twilio auth token',
    'twilio',
    'config/sms.yml',
    `twilio_account_sid: AC${g.chars(HEX, 32)}\ntwilio_auth_token: ${twilioAuth}\n`,
    'twilio-api-key',
    twilioAuth,
  );

  // ---- databases
  const pgPass = g.chars(ALNUM, 20);
  pos(
    'PostgreSQL URL with password',
    'postgresql',
    'config/database.yml',
    `production:\n  adapter: postgresql\n  url: postgres://app_prod:${pgPass}@db.prod.acme.internal:5432/app\n`,
    'database-url-password',
    pgPass,
  );
  const redisPass = g.chars(ALNUM, 24);
  pos(
    'Redis URL with password',
    'redis',
    'worker/settings.py',
    `BROKER_URL = "rediss://default:${redisPass}@cache.acme.io:6380/0"\n`,
    'database-url-password',
    redisPass,
  );
  const mongoPass = g.chars(ALNUM, 18);
  pos(
    'MongoDB SRV URL',
    'mongodb',
    'src/db.js',
    `const uri = 'mongodb+srv://api:${mongoPass}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true';\n`,
    'database-url-password',
    mongoPass,
  );
  const myPass = g.chars(ALNUM, 16);
  pos(
    'MySQL URL in .env',
    'mysql',
    '.env',
    `NODE_ENV=production\nDATABASE_URL=mysql://shop:${myPass}@mysql.acme.cloud:3306/shop\n`,
    'database-url-password',
    myPass,
  );
  const composePass = g.chars(ALNUM, 14) + '!9';
  pos(
    'docker-compose password',
    'docker-compose',
    'docker-compose.yml',
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${composePass}\n    ports: ["5432:5432"]\n`,
    'compose-password',
    composePass,
  );
  const supaJwt = jwt(g, {
    iss: 'supabase',
    ref: g.chars(LOWER, 20),
    role: 'service_role',
    iat: 1700000000,
    exp: 2015576000,
  });
  pos(
    'Supabase service-role key',
    'supabase',
    'src/lib/supabase-admin.ts',
    `import { createClient } from '@supabase/supabase-js';\nexport const admin = createClient('https://abcdefghijklmnop.supabase.co', '${supaJwt}');\n`,
    'supabase-service-role-key',
    supaJwt,
  );

  // ---- CI
  const wfToken = g.chars(ALNUM, 32);
  pos(
    'literal token in a workflow env block',
    'github-actions',
    '.github/workflows/deploy.yml',
    `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      DEPLOY_API_TOKEN: ${wfToken}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`,
    'workflow-env-secret',
    wfToken,
  );
  const ddKey = g.chars(HEX, 32);
  pos(
    'Datadog API key in code',
    'datadog',
    'src/monitoring.ts',
    `export const DATADOG_API_KEY = '${ddKey}';\n`,
    'datadog-api-key',
    ddKey,
  );
  const vaultTok = 'hv' + 's.' + g.chars(B64URL, 95);
  pos(
    'Vault token',
    'vault',
    'scripts/secrets.sh',
    `export VAULT_ADDR=https://vault.acme.io\nexport VAULT_TOKEN=${vaultTok}\nvault kv get secret/app\n`,
    'vault-token',
    vaultTok,
  );
  const shopify = 'shp' + 'at_' + g.chars(HEX, 32);
  pos(
    'Shopify admin token',
    'shopify',
    'src/shop.ts',
    `export const shopify = { shop: 'acme.myshopify.com', accessToken: '${shopify}' };\n`,
    'shopify-token',
    shopify,
  );
  const basicPass = g.chars(ALNUM, 16);
  pos(
    'credentials in a URL',
    'http-basic',
    'scripts/mirror.sh',
    `git clone https://deploy:${basicPass}@git.acme.io/app.git\n`,
    'url-credentials',
    basicPass,
  );

  // ---- private keys (real PEM keys, generated now)
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  pos('RSA private key', 'pem-rsa', 'certs/server.key', rsa, 'private-key', rsa, BEGIN);
  const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'sec1', format: 'pem' })
    .toString();
  pos(
    'EC private key',
    'pem-ec',
    'deploy/ec-signing.pem',
    `# signing key for release artifacts\n${ec}`,
    'private-key',
    ec,
    BEGIN,
  );
  const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  pos(
    'ed25519 private key in a config',
    'pem-ed25519',
    'config/keys.ts',
    `export const SIGNING_KEY = \`${ed}\`;\n`,
    'private-key',
    ed,
    BEGIN,
  );

  // ---- JWT / session signing secrets in committed .env files
  const jwtHex = g.chars(HEX, 64);
  pos(
    'JWT signing secret (hex) in .env',
    'jwt-secret',
    '.env',
    `PORT=3000\nJWT_SECRET=${jwtHex}\n`,
    'env-file-secret',
    jwtHex,
  );
  const sess = g.bytes(32).toString('base64');
  pos(
    'session secret in .env.production',
    'session-secret',
    '.env.production',
    `NODE_ENV=production\nSESSION_SECRET="${sess}"\nCOOKIE_DOMAIN=acme.io\n`,
    'env-file-secret',
    sess,
  );
  const django = 'django-insecure-' + g.chars(LOWER + DIGITS + '!@#%^&*(-_=+)', 50);
  pos(
    'Django SECRET_KEY',
    'django',
    'mysite/settings.py',
    `from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = '${django}'\nDEBUG = False\n`,
    'django-secret-key',
    django,
  );

  // ================= hard negatives
  const exId = 'AKIA' + 'IOSFODNN7' + 'EXAMPLE';
  const exSecret = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
  neg(
    'AWS documentation example keys',
    'aws',
    'docs/aws.md',
    `Set the keys:\n\n\`\`\`\naws_access_key_id = ${exId}\naws_secret_access_key = ${exSecret}\n\`\`\`\n`,
  );
  neg(
    '.env.example placeholders',
    'dotenv',
    '.env.example',
    `STRIPE_SECRET_KEY=sk_live_${'x'.repeat(24)}\nJWT_SECRET=changeme\nOPENAI_API_KEY=<your-key>\nSESSION_SECRET=\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`,
  );
  neg(
    '.env.sample realistic template',
    'dotenv',
    'config/.env.sample',
    `API_TOKEN=your-api-token-here\nSECRET_KEY=replace-me-with-a-long-random-string\n`,
  );
  neg(
    'process.env references',
    'code',
    'src/config.ts',
    `export const config = {\n  stripeKey: process.env.STRIPE_SECRET_KEY!,\n  jwtSecret: process.env.JWT_SECRET ?? '',\n  dbUrl: process.env.DATABASE_URL,\n};\n`,
  );
  neg(
    'workflow secrets references',
    'github-actions',
    '.github/workflows/release.yml',
    `on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n      NODE_VERSION: 20\n      TOKEN_URL: https://auth.acme.io/token\n    steps:\n      - run: npm publish\n`,
  );
  neg(
    'compose interpolation',
    'docker-compose',
    'compose.yaml',
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}\n      - REDIS_PASSWORD=\${REDIS_PASSWORD:-}\n`,
  );
  neg(
    'compose dev default password',
    'docker-compose',
    'docker-compose.dev.yml',
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n      POSTGRES_HOST_AUTH_METHOD: trust\n`,
  );
  const uuids = Array.from({ length: 5 }, () => {
    const h = g.chars(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  });
  neg(
    'UUIDs in fixtures',
    'uuid',
    'test/fixtures/users.json',
    JSON.stringify(
      uuids.map((id, i) => ({ id, name: `user${i}`, apiKeyId: id })),
      null,
      2,
    ),
  );
  neg(
    'UUIDs and commit sha in .env',
    'dotenv',
    'deploy/.env.ci',
    `APP_ID=${uuids[0]}\nCOMMIT_SHA=${g.chars(HEX, 40)}\nBUILD_HASH=${g.chars(HEX, 64)}\nTENANT_ID=${uuids[1]}\n`,
  );
  neg(
    'git shas in a changelog',
    'git',
    'CHANGELOG.md',
    Array.from({ length: 6 }, () => `- ${g.chars(HEX, 40)} fix things`).join('\n') + '\n',
  );
  const integrity = () => 'sha512-' + g.bytes(64).toString('base64');
  neg(
    'npm lockfile integrity',
    'lockfile',
    'package-lock.json',
    JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          'node_modules/left-pad': {
            version: '1.3.0',
            resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
            integrity: integrity(),
          },
          'node_modules/ms': { version: '2.1.3', integrity: integrity() },
        },
      },
      null,
      2,
    ),
  );
  neg(
    'yarn lockfile integrity',
    'lockfile',
    'yarn.lock',
    `ms@^2.1.1:\n  version "2.1.3"\n  resolved "https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#${g.chars(HEX, 40)}"\n  integrity ${integrity()}\n`,
  );
  neg('go.sum hashes', 'lockfile', 'go.sum', `github.com/pkg/errors v0.9.1 h1:${g.bytes(32).toString('base64')}\n`);
  neg(
    'Stripe test secret key',
    'stripe',
    'test/billing.test.ts',
    `const stripe = new Stripe('${'sk' + '_test_' + g.chars(ALNUM, 99)}');\n`,
  );
  neg(
    'Stripe restricted test key',
    'stripe',
    'test/refunds.test.py',
    `stripe.api_key = "${'rk' + '_test_' + g.chars(ALNUM, 24)}"\n`,
  );
  neg(
    'Stripe publishable live key',
    'stripe',
    'web/checkout.ts',
    `const stripe = await loadStripe('${'pk' + '_live_' + g.chars(ALNUM, 99)}');\n`,
  );
  neg(
    'Stripe publishable test key',
    'stripe',
    'web/checkout.test.ts',
    `loadStripe('${'pk' + '_test_' + g.chars(ALNUM, 99)}');\n`,
  );
  neg(
    'sk_live placeholder in docs',
    'stripe',
    'docs/billing.md',
    `Put your key in the env: \`STRIPE_SECRET_KEY=sk_live_${'X'.repeat(32)}\`\n`,
  );
  neg(
    'Firebase web config',
    'firebase',
    'web/firebase.ts',
    `import { initializeApp } from 'firebase/app';\nexport const app = initializeApp({\n  apiKey: '${'AI' + 'za' + g.chars(B64URL, 35)}',\n  authDomain: 'acme-web.firebaseapp.com',\n  projectId: 'acme-web',\n});\n`,
  );
  const anon = jwt(g, { iss: 'supabase', ref: g.chars(LOWER, 20), role: 'anon', iat: 1700000000, exp: 2015576000 });
  neg(
    'Supabase anon key',
    'supabase',
    'web/supabase.ts',
    `export const supabase = createClient('https://abcdefghijklmnop.supabase.co', '${anon}');\n`,
  );
  neg(
    'Supabase anon key in .env',
    'supabase',
    '.env.development',
    `NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnop.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\n`,
  );
  neg(
    'test JWT in a fixture',
    'jwt',
    'test/auth.test.ts',
    `const token = '${jwt(g, { sub: 'user-1', name: 'Test User', iat: 1516239022 })}';\n`,
  );
  const pub = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString();
  neg('public key PEM', 'pem', 'keys/public.pem', pub);
  neg(
    'certificate PEM',
    'pem',
    'certs/ca.crt',
    `${BEGIN} CERTIFICATE-----\n${(
      g
        .bytes(600)
        .toString('base64')
        .match(/.{1,64}/g) ?? []
    ).join('\n')}\n${END} CERTIFICATE-----\n`,
  );
  neg(
    'SSH public key',
    'ssh',
    'deploy/authorized_keys',
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${g.bytes(32).toString('base64').replace(/=+$/, '')} deploy@ci\n`,
  );
  neg(
    'placeholder private key in docs',
    'pem',
    'docs/tls.md',
    `Paste your key:\n\n\`\`\`\n${BEGIN} RSA PRIVATE KEY-----\n...\n${END} RSA PRIVATE KEY-----\n\`\`\`\n`,
  );
  neg(
    'Slack documentation webhook',
    'slack',
    'docs/slack.md',
    `Example: https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)}\n`,
  );
  neg('GitHub token placeholder', 'github', 'docs/ci.md', `export GITHUB_TOKEN=${'ghp' + '_' + 'X'.repeat(36)}\n`);
  neg(
    'local test database URL',
    'postgresql',
    'test/setup.ts',
    `process.env.DATABASE_URL ??= 'postgres://postgres:postgres@localhost:5432/app_test';\n`,
  );
  neg(
    'database URL from variables',
    'postgresql',
    'src/db.ts',
    'const url = `postgres://${process.env.DB_USER}:${process.env.DB_PASS}@${process.env.DB_HOST}/app`;\n',
  );
  neg(
    'Django key from the environment',
    'django',
    'mysite/settings_prod.py',
    `import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = False\n`,
  );
  neg(
    'non-secret .env values',
    'dotenv',
    'services/api/.env',
    `PORT=8080\nNODE_ENV=production\nLOG_LEVEL=info\nPUBLIC_URL=https://acme.io\nJWT_EXPIRES_IN=3600\nSESSION_COOKIE_NAME=acme_session\n`,
  );
  neg(
    'bcrypt hash in a seed',
    'hash',
    'db/seed.sql',
    `INSERT INTO users (email, password_hash) VALUES ('a@acme.io', '$2b$10$${g.chars(ALNUM + './', 53)}');\n`,
  );
  neg(
    'data URI in CSS',
    'css',
    'web/styles.css',
    `.logo { background: url(data:image/png;base64,${g.bytes(300).toString('base64')}); }\n`,
  );
  neg('Twilio account SID', 'twilio', 'config/sms.ts', `export const TWILIO_ACCOUNT_SID = 'AC${g.chars(HEX, 32)}';\n`);
  neg(
    'Sentry DSN',
    'sentry',
    'src/sentry.ts',
    `Sentry.init({ dsn: 'https://${g.chars(HEX, 32)}@o12345.ingest.sentry.io/678901' });\n`,
  );
  neg(
    'AWS ARN and account id',
    'aws',
    'infra/main.tf',
    `resource "aws_iam_role_policy_attachment" "x" {\n  role       = "deployer"\n  policy_arn = "arn:aws:iam::123456789012:policy/deploy"\n}\nvariable "db_password" {}\npassword = var.db_password\n`,
  );
  neg(
    'Kubernetes secret reference',
    'kubernetes',
    'k8s/deploy.yaml',
    `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n`,
  );
  return { positives, negatives };
}

// Held-out batch C, written without reading the rules or the other corpora: the credentials small SaaS
// teams leak most (AI APIs, payments, BaaS, deploy platforms, databases, CI tokens) in the files they leak
// from, and hard negatives in the same files (placeholders, env references, test-mode and publishable keys,
// public keys, hashes, lockfiles, pinned action refs). Assembled at run time from parts and a seeded
// generator: the repository holds nothing a secret scanner would flag.
import { createHash } from 'node:crypto';
import type { Heldout, HeldoutCase } from './evaluate.js';
import {
  AN,
  ANL,
  B32,
  DASH5 as D5,
  DIG,
  HEX,
  LO,
  Seeded,
  UP,
  URLSAFE,
  b64,
  b64url,
  ecPem,
  jwtRandomSig as jwt,
  lineOf,
  lines as L,
  opensshLike as opensshPem,
  pemBlock as pem,
  rsaPem,
  uuid,
} from './generate.js';

export function buildHeldoutC(seed = 'launch-gate-heldout-c1'): Heldout {
  const g = new Seeded(seed, '#');
  const positives: HeldoutCase[] = [];
  const negatives: HeldoutCase[] = [];
  /** `at` marks the finding's line when it is not the secret itself (the PEM header, a JSON key). */
  const pos = (
    provider: string,
    name: string,
    file: string,
    content: string,
    secret: string,
    extra: number[] = [],
    at = secret,
  ) =>
    positives.push({
      provider,
      name,
      file,
      content,
      secret,
      line: lineOf(content, at),
      lines: [lineOf(content, at), ...extra],
    });
  const neg = (name: string, file: string, content: string) =>
    negatives.push({ provider: 'none', name, file, content });

  const liveSk = 'sk' + '_live_';
  const liveRk = 'rk' + '_live_';
  const ghp = 'gh' + 'p_';
  const akia = 'AK' + 'IA';

  // ---------------- AI providers ----------------
  const oaiProj = `sk-proj-${g.pick(URLSAFE, 74)}T3BlbkFJ${g.pick(URLSAFE, 74)}`;
  pos(
    'openai',
    'OpenAI project key in .env.local',
    '.env.local',
    L(
      '# local dev',
      'NEXT_PUBLIC_APP_URL=http://localhost:3000',
      `OPENAI_API_KEY=${oaiProj}`,
      'OPENAI_MODEL=gpt-4o-mini',
    ),
    oaiProj,
  );
  const oaiLegacy = `sk-${g.pick(AN, 20)}T3BlbkFJ${g.pick(AN, 20)}`;
  pos(
    'openai',
    'OpenAI legacy key passed to the Python client',
    'scripts/summarize.py',
    L(
      'from openai import OpenAI',
      '',
      `client = OpenAI(api_key="${oaiLegacy}")`,
      'resp = client.chat.completions.create(model="gpt-4o", messages=[])',
    ),
    oaiLegacy,
  );
  const oaiSvc = `sk-svcacct-${g.pick(URLSAFE, 74)}T3BlbkFJ${g.pick(URLSAFE, 74)}`;
  pos(
    'openai',
    'OpenAI service-account key in a TS module',
    'src/lib/ai.ts',
    L("import OpenAI from 'openai';", '', `export const openai = new OpenAI({ apiKey: '${oaiSvc}' });`),
    oaiSvc,
  );
  const ant = `sk-ant-api03-${g.pick(URLSAFE, 93)}AA`;
  pos(
    'anthropic',
    'Anthropic key in a TS client',
    'src/server/claude.ts',
    L(
      "import Anthropic from '@anthropic-ai/sdk';",
      '',
      'const anthropic = new Anthropic({',
      `  apiKey: "${ant}",`,
      '});',
    ),
    ant,
  );
  const ant2 = `sk-ant-api03-${g.pick(URLSAFE, 93)}AA`;
  pos(
    'anthropic',
    'Anthropic key in a Jupyter notebook cell',
    'notebooks/eval.ipynb',
    JSON.stringify(
      {
        cells: [
          { cell_type: 'code', source: ['import anthropic\n', `client = anthropic.Anthropic(api_key="${ant2}")\n`] },
        ],
        nbformat: 4,
      },
      null,
      1,
    ),
    ant2,
  );
  const gai = `AIza${g.pick(URLSAFE, 35)}`;
  pos(
    'google-ai',
    'Gemini key in a Python script',
    'tools/gemini_batch.py',
    L(
      'import google.generativeai as genai',
      `genai.configure(api_key="${gai}")`,
      'model = genai.GenerativeModel("gemini-1.5-flash")',
    ),
    gai,
  );
  const gai2 = `AIza${g.pick(URLSAFE, 35)}`;
  pos('google-ai', 'Gemini key in .env', '.env', L(`GEMINI_API_KEY=${gai2}`), gai2);
  const groq = `gsk_${g.pick(AN, 52)}`;
  pos(
    'groq',
    'Groq key in a TS module',
    'src/llm/groq.ts',
    L("import Groq from 'groq-sdk';", `const groq = new Groq({ apiKey: '${groq}' });`),
    groq,
  );
  const mistral = g.pick(AN, 32);
  pos(
    'mistral',
    'Mistral key in .env',
    '.env.production',
    L('LLM_PROVIDER=mistral', `MISTRAL_API_KEY=${mistral}`),
    mistral,
  );
  const cohere = g.pick(AN, 40);
  pos(
    'cohere',
    'Cohere key in Python',
    'rerank.py',
    L(
      'import cohere',
      `co = cohere.Client("${cohere}")`,
      'co.rerank(query=q, documents=docs, model="rerank-english-v3.0")',
    ),
    cohere,
  );
  const pplx = `pplx-${g.pick(AN, 48)}`;
  pos(
    'perplexity',
    'Perplexity key in a fetch header',
    'src/search.ts',
    L(
      "const res = await fetch('https://api.perplexity.ai/chat/completions', {",
      `  headers: { Authorization: 'Bearer ${pplx}' },`,
      '});',
    ),
    pplx,
  );
  const hf = `hf_${g.pick(UP + LO, 34)}`;
  pos(
    'huggingface',
    'Hugging Face token in Python',
    'train.py',
    L('from huggingface_hub import login', `login(token="${hf}")`),
    hf,
  );
  const r8 = `r8_${g.pick(AN, 37)}`;
  pos(
    'replicate',
    'Replicate token in shell',
    'scripts/gen.sh',
    L('#!/bin/sh', `export REPLICATE_API_TOKEN=${r8}`, 'replicate run stability-ai/sdxl'),
    r8,
  );
  const xai = `xai-${g.pick(AN, 80)}`;
  pos('xai', 'xAI key in .env', '.env', L(`XAI_API_KEY=${xai}`), xai);
  const pcsk = `pcsk_${g.pick(AN, 5)}_${g.pick(AN, 63)}`;
  pos(
    'pinecone',
    'Pinecone key in Python',
    'ingest.py',
    L('from pinecone import Pinecone', `pc = Pinecone(api_key="${pcsk}")`),
    pcsk,
  );

  // ---------------- payments ----------------
  const skl = `${liveSk}51${g.pick(AN, 97)}`;
  pos(
    'stripe',
    'Stripe live secret key in a Node server',
    'server/billing.js',
    L("const Stripe = require('stripe');", `const stripe = Stripe('${skl}');`, 'module.exports = stripe;'),
    skl,
  );
  const rkl = `${liveRk}51${g.pick(AN, 97)}`;
  pos(
    'stripe',
    'Stripe restricted key in docker-compose',
    'docker-compose.yml',
    L('services:', '  api:', '    image: acme/api', '    environment:', `      STRIPE_KEY: ${rkl}`),
    rkl,
  );
  const whsec = `whsec_${g.pick(AN, 32)}`;
  pos(
    'stripe',
    'Stripe webhook secret in a route',
    'app/api/stripe/route.ts',
    L(`const endpointSecret = '${whsec}';`, 'event = stripe.webhooks.constructEvent(body, sig, endpointSecret);'),
    whsec,
  );
  const clerk = `${liveSk}${g.pick(AN, 40)}`;
  pos(
    'clerk',
    'Clerk live secret key in .env',
    '.env.production',
    L('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_' + b64('clerk.acme.com$'), `CLERK_SECRET_KEY=${clerk}`),
    clerk,
  );
  const sqAccess = `EAAA${g.pick(URLSAFE, 60)}`;
  pos(
    'square',
    'Square production access token',
    'config/square.json',
    JSON.stringify(
      { environment: 'production', accessToken: sqAccess, locationId: 'L' + g.pick(UP + DIG, 12) },
      null,
      2,
    ),
    sqAccess,
  );
  const sqSecret = `sq0csp-${g.pick(URLSAFE, 43)}`;
  pos(
    'square',
    'Square OAuth application secret',
    '.env',
    L('SQUARE_APP_ID=sq0idp-' + g.pick(URLSAFE, 22), `SQUARE_APP_SECRET=${sqSecret}`),
    sqSecret,
  );
  const paypal = `E${g.pick(URLSAFE, 79)}`;
  pos(
    'paypal',
    'PayPal client secret in .env',
    '.env.production',
    L(`PAYPAL_CLIENT_ID=A${g.pick(URLSAFE, 79)}`, `PAYPAL_CLIENT_SECRET=${paypal}`, 'PAYPAL_MODE=live'),
    paypal,
  );
  const shpat = `shpat_${g.pick(HEX, 32)}`;
  pos(
    'shopify',
    'Shopify admin token in a TS client',
    'src/shopify.ts',
    L(
      'const client = new shopify.clients.Rest({',
      '  session: { shop: "acme.myshopify.com",',
      `    accessToken: "${shpat}" },`,
      '});',
    ),
    shpat,
  );

  // ---------------- BaaS / databases ----------------
  const ref = g.pick(LO, 20);
  const srv = jwt(g, { iss: 'supabase', ref, role: 'service_role', iat: 1716239022, exp: 2031815022 });
  pos(
    'supabase',
    'Supabase service_role JWT in a server client',
    'lib/supabaseAdmin.ts',
    L(
      "import { createClient } from '@supabase/supabase-js';",
      `export const admin = createClient('https://${ref}.supabase.co',`,
      `  '${srv}');`,
    ),
    srv,
  );
  const sbpw = g.pick(AN, 16);
  const sbUrl = `postgresql://postgres.${ref}:${sbpw}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`;
  pos('supabase', 'Supabase Postgres URL in .env', '.env', L(`DATABASE_URL="${sbUrl}?pgbouncer=true"`), sbUrl);
  const sbSecret = `sb_secret_${g.pick(URLSAFE, 31)}`;
  pos(
    'supabase',
    'Supabase new-style secret key',
    'supabase/functions/.env',
    L(`SUPABASE_SECRET_KEY=${sbSecret}`),
    sbSecret,
  );
  const fbKey = ecPem(g, 'PRIVATE KEY');
  const fbJson = JSON.stringify(
    {
      type: 'service_account',
      project_id: 'acme-prod',
      private_key_id: g.pick(HEX, 40),
      private_key: fbKey,
      client_email: 'firebase-adminsdk-x1y2z@acme-prod.iam.gserviceaccount.com',
      client_id: g.pick(DIG, 21),
    },
    null,
    2,
  );
  pos(
    'firebase',
    'Firebase admin service-account JSON',
    'firebase-adminsdk.json',
    fbJson,
    fbKey.split('\n')[1],
    [lineOf(fbJson, '"private_key_id"')],
    '"private_key"',
  );
  const mongoPw = g.pick(AN, 16);
  const mongo = `mongodb+srv://app:${mongoPw}@cluster0.${g.pick(ANL, 5)}.mongodb.net/prod?retryWrites=true&w=majority`;
  pos('mongodb', 'Atlas URI in a Node config', 'config/db.js', L(`module.exports = { uri: '${mongo}' };`), mongo);
  const neonPw = g.pick(AN, 12);
  const neon = `postgresql://neondb_owner:npg_${neonPw}@ep-${g.pick(LO, 6)}-${g.pick(LO, 6)}-${g.pick(ANL, 8)}.us-east-2.aws.neon.tech/neondb?sslmode=require`;
  pos(
    'neon',
    'Neon connection string in drizzle config',
    'drizzle.config.ts',
    L(
      "import { defineConfig } from 'drizzle-kit';",
      'export default defineConfig({',
      `  dbCredentials: { url: '${neon}' },`,
      '});',
    ),
    neon,
  );
  const napi = `napi_${g.pick(ANL, 64)}`;
  pos(
    'neon',
    'Neon API key in a workflow',
    '.github/workflows/preview.yml',
    L('jobs:', '  branch:', '    runs-on: ubuntu-latest', '    env:', `      NEON_API_KEY: ${napi}`),
    napi,
  );
  const pscale = `pscale_pw_${g.pick(URLSAFE, 43)}`;
  pos(
    'planetscale',
    'PlanetScale password in .env',
    '.env',
    L('DATABASE_HOST=aws.connect.psdb.cloud', 'DATABASE_USERNAME=' + g.pick(ANL, 12), `DATABASE_PASSWORD=${pscale}`),
    pscale,
  );
  const upPw = g.pick(AN, 34);
  const upUrl = `rediss://default:${upPw}@${g.pick(LO, 6)}-${g.pick(LO, 6)}-${g.int(10000, 99999)}.upstash.io:6379`;
  pos(
    'upstash',
    'Upstash Redis URL in TS',
    'src/cache.ts',
    L("import Redis from 'ioredis';", `export const redis = new Redis('${upUrl}');`),
    upUrl,
  );
  const upTok = `A${g.pick(AN, 3)}AAIjcDE${g.pick(AN, 60)}`;
  pos(
    'upstash',
    'Upstash REST token in .env',
    '.env.local',
    L(
      `UPSTASH_REDIS_REST_URL=https://${g.pick(LO, 8)}-${g.int(10000, 99999)}.upstash.io`,
      `UPSTASH_REDIS_REST_TOKEN=${upTok}`,
    ),
    upTok,
  );
  const redisPw = g.pick(AN, 24);
  const redis = `redis://:${redisPw}@redis-${g.int(10000, 19999)}.c1.us-east-1-2.ec2.cloud.redislabs.com:${g.int(10000, 19999)}`;
  pos(
    'redis',
    'Redis Cloud URL in compose',
    'docker-compose.prod.yml',
    L('services:', '  worker:', '    environment:', `      - REDIS_URL=${redis}`),
    redis,
  );

  // ---------------- cloud / deploy ----------------
  const akid = `${akia}${g.pick(B32, 16)}`;
  const aks = g.pick(AN + '+/', 40);
  const awsCreds = L(
    '[default]',
    `aws_access_key_id = ${akid}`,
    `aws_secret_access_key = ${aks}`,
    'region = us-east-1',
  );
  pos('aws', 'AWS credentials file committed', 'deploy/.aws/credentials', awsCreds, akid, [lineOf(awsCreds, aks)]);
  const akid2 = `${akia}${g.pick(B32, 16)}`;
  const aks2 = g.pick(AN + '+/', 40);
  const awsJs = L(
    "import { S3Client } from '@aws-sdk/client-s3';",
    'export const s3 = new S3Client({',
    "  region: 'us-east-1',",
    `  credentials: { accessKeyId: '${akid2}', secretAccessKey: '${aks2}' },`,
    '});',
  );
  pos('aws', 'AWS keys in a JS S3 client', 'src/s3.ts', awsJs, akid2);
  const akid3 = `${akia}${g.pick(B32, 16)}`;
  const aks3 = g.pick(AN + '+/', 40);
  const awsPy = L(
    'import boto3',
    's3 = boto3.client(',
    '    "s3",',
    `    aws_access_key_id="${akid3}",`,
    `    aws_secret_access_key="${aks3}",`,
    ')',
  );
  pos('aws', 'AWS keys in boto3', 'etl/upload.py', awsPy, akid3, [lineOf(awsPy, aks3)]);
  const vercel = g.pick(AN, 24);
  pos(
    'vercel',
    'Vercel token in a deploy workflow',
    '.github/workflows/deploy.yml',
    L('    steps:', '      - run: npm i -g vercel', `      - run: vercel deploy --prod --token=${vercel}`),
    vercel,
  );
  const nfp = `nfp_${g.pick(AN, 36)}`;
  pos(
    'netlify',
    'Netlify PAT in netlify deploy script',
    'scripts/deploy.sh',
    L(`NETLIFY_AUTH_TOKEN=${nfp} netlify deploy --prod`),
    nfp,
  );
  const cf = g.pick(URLSAFE, 40);
  pos(
    'cloudflare',
    'Cloudflare API token in wrangler env',
    '.env',
    L(`CLOUDFLARE_ACCOUNT_ID=${g.pick(HEX, 32)}`, `CLOUDFLARE_API_TOKEN=${cf}`),
    cf,
  );
  const cfGlobal = g.pick(HEX, 37);
  pos(
    'cloudflare',
    'Cloudflare global API key in curl',
    'docs/ops.md',
    L(
      '```sh',
      'curl https://api.cloudflare.com/client/v4/zones \\',
      '  -H "X-Auth-Email: ops@acme.io" \\',
      `  -H "X-Auth-Key: ${cfGlobal}"`,
      '```',
    ),
    cfGlobal,
  );
  const dop = `dop_v1_${g.pick(HEX, 64)}`;
  pos(
    'digitalocean',
    'DigitalOcean token in Terraform vars',
    'infra/terraform.tfvars',
    L('region = "nyc3"', `do_token = "${dop}"`),
    dop,
  );
  const hrku = `HRKU-AA${g.pick(URLSAFE, 58)}`;
  pos(
    'heroku',
    'Heroku API key in a workflow',
    '.github/workflows/heroku.yml',
    L('      - uses: akhileshns/heroku-deploy@v3.13.15', '        with:', `          heroku_api_key: "${hrku}"`),
    hrku,
  );
  const herokuOld = uuid(g);
  pos(
    'heroku',
    'Heroku legacy UUID API key in .netrc',
    '.netrc',
    L('machine api.heroku.com', '  login ops@acme.io', `  password ${herokuOld}`),
    herokuOld,
  );
  const rnd = `rnd_${g.pick(AN, 32)}`;
  pos(
    'render',
    'Render API key in a script',
    'scripts/render-deploy.ts',
    L(
      `const RENDER_API_KEY = "${rnd}";`,
      "await fetch('https://api.render.com/v1/services', { headers: { Authorization: `Bearer ${RENDER_API_KEY}` } });",
    ),
    rnd,
  );
  const railway = uuid(g);
  pos(
    'railway',
    'Railway token in CI env',
    '.gitlab-ci.yml',
    L('deploy:', '  script:', '    - railway up --service api', '  variables:', `    RAILWAY_TOKEN: "${railway}"`),
    railway,
  );

  // ---------------- code hosting / CI / registries ----------------
  const classic = `${ghp}${g.pick(AN, 36)}`;
  pos(
    'github',
    'GitHub classic PAT in a git remote',
    'scripts/mirror.sh',
    L(`git remote add mirror https://${classic}@github.com/acme/app.git`),
    classic,
  );
  const fine = `github_pat_11${g.pick(UP + DIG, 20)}_${g.pick(AN, 59)}`;
  pos(
    'github',
    'GitHub fine-grained PAT in Octokit',
    'tools/release.ts',
    L("import { Octokit } from '@octokit/rest';", `const octokit = new Octokit({ auth: '${fine}' });`),
    fine,
  );
  const glpat = `glpat-${g.pick(URLSAFE, 20)}`;
  pos(
    'gitlab',
    'GitLab PAT in a pip index URL',
    'requirements.txt',
    L(
      '--extra-index-url https://__token__:' + glpat + '@gitlab.com/api/v4/projects/123/packages/pypi/simple',
      'requests==2.32.3',
    ),
    glpat,
  );
  const npmTok = `npm_${g.pick(AN, 36)}`;
  pos(
    'npm',
    'npm token in .npmrc',
    '.npmrc',
    L('@acme:registry=https://registry.npmjs.org/', `//registry.npmjs.org/:_authToken=${npmTok}`),
    npmTok,
  );
  const pypi = `pypi-AgEIcHlwaS5vcmc${g.pick(URLSAFE, 140)}`;
  pos('pypi', 'PyPI token in .pypirc', '.pypirc', L('[pypi]', 'username = __token__', `password = ${pypi}`), pypi);
  const dckr = `dckr_pat_${g.pick(URLSAFE, 27)}`;
  pos(
    'dockerhub',
    'Docker Hub PAT in a workflow',
    '.github/workflows/docker.yml',
    L('      - run: echo "' + dckr + '" | docker login -u acme --password-stdin'),
    dckr,
  );
  const sntrys = `sntrys_${b64(JSON.stringify({ iat: 1716239022.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).replace(/=+$/, '')}_${g.pick(URLSAFE, 43)}`;
  pos('sentry', 'Sentry org auth token in .sentryclirc', '.sentryclirc', L('[auth]', `token=${sntrys}`), sntrys);
  const sntryu = `sntryu_${g.pick(HEX, 64)}`;
  pos(
    'sentry',
    'Sentry user token in next.config',
    'next.config.js',
    L('module.exports = withSentryConfig(nextConfig, {', "  org: 'acme',", `  authToken: '${sntryu}',`, '});'),
    sntryu,
  );

  // ---------------- messaging / email ----------------
  const xb = `${'xox' + 'b-'}${g.int(1000000000, 9999999999)}${g.int(100, 999)}-${g.int(1000000000, 9999999999)}${g.int(100, 999)}-${g.pick(AN, 24)}`;
  pos(
    'slack',
    'Slack bot token in Bolt app',
    'bot/app.js',
    L(
      "const { App } = require('@slack/bolt');",
      `const app = new App({ token: '${xb}', signingSecret: process.env.SLACK_SIGNING_SECRET });`,
    ),
    xb,
  );
  const xp = `${'xox' + 'p-'}${g.int(1000000000, 9999999999)}-${g.int(1000000000, 9999999999)}-${g.int(1000000000, 9999999999)}${g.int(100, 999)}-${g.pick(HEX, 32)}`;
  pos(
    'slack',
    'Slack user token in Python',
    'scripts/archive_channels.py',
    L('from slack_sdk import WebClient', `client = WebClient(token="${xp}")`),
    xp,
  );
  const hook = `https://hooks.slack.com/services/T${g.pick(UP + DIG, 10)}/B${g.pick(UP + DIG, 10)}/${g.pick(AN, 24)}`;
  pos(
    'slack',
    'Slack incoming webhook in a workflow',
    '.github/workflows/notify.yml',
    L(
      '      - name: Notify',
      '        run: |',
      `          curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' ${hook}`,
    ),
    hook,
  );
  const discordWh = `https://discord.com/api/webhooks/${g.pick(DIG, 19)}/${g.pick(URLSAFE, 68)}`;
  pos(
    'discord',
    'Discord webhook in a Python alert',
    'alerts.py',
    L('import requests', `WEBHOOK = "${discordWh}"`, 'requests.post(WEBHOOK, json={"content": msg})'),
    discordWh,
  );
  const discordBot = `${b64(g.pick(DIG, 19)).replace(/=+$/, '')}.${g.pick(URLSAFE, 6)}.${g.pick(URLSAFE, 38)}`;
  pos(
    'discord',
    'Discord bot token in discord.js',
    'bot/index.js',
    L('const client = new Client({ intents: [GatewayIntentBits.Guilds] });', `client.login('${discordBot}');`),
    discordBot,
  );
  const twSid = `AC${g.pick(HEX, 32)}`;
  const twTok = g.pick(HEX, 32);
  const tw = L("const twilio = require('twilio');", `const client = twilio('${twSid}', '${twTok}');`);
  pos('twilio', 'Twilio SID + auth token in Node', 'sms/send.js', tw, twTok);
  const twKey = `SK${g.pick(HEX, 32)}`;
  pos(
    'twilio',
    'Twilio API key + secret in .env',
    '.env',
    L(`TWILIO_API_KEY=${twKey}`, `TWILIO_API_SECRET=${g.pick(AN, 32)}`),
    twKey,
    [2],
  );
  const sg = `SG.${g.pick(URLSAFE, 22)}.${g.pick(URLSAFE, 43)}`;
  pos(
    'sendgrid',
    'SendGrid key in Node',
    'mail/sendgrid.js',
    L("const sgMail = require('@sendgrid/mail');", `sgMail.setApiKey('${sg}');`),
    sg,
  );
  const mg = `${g.pick(HEX, 32)}-${g.pick(HEX, 8)}-${g.pick(HEX, 8)}`;
  pos(
    'mailgun',
    'Mailgun key in a mailgun.js client',
    'mail/mailgun.ts',
    L("const mg = mailgun.client({ username: 'api',", `  key: '${mg}' });`),
    mg,
  );
  const mgOld = `key-${g.pick(HEX, 32)}`;
  pos(
    'mailgun',
    'Mailgun legacy key in Python requests auth',
    'mail/send.py',
    L(
      'requests.post("https://api.mailgun.net/v3/mg.acme.io/messages",',
      `    auth=("api", "${mgOld}"),`,
      '    data={"to": to})',
    ),
    mgOld,
  );
  const resend = `re_${g.pick(AN, 8)}_${g.pick(AN, 24)}`;
  pos(
    'resend',
    'Resend key in a route',
    'app/api/contact/route.ts',
    L("import { Resend } from 'resend';", `const resend = new Resend('${resend}');`),
    resend,
  );
  const postmark = uuid(g);
  pos(
    'postmark',
    'Postmark server token in Node',
    'mail/postmark.js',
    L("const postmark = require('postmark');", `const client = new postmark.ServerClient('${postmark}');`),
    postmark,
  );
  const tg = `${g.int(1000000000, 7999999999)}:AA${g.pick(URLSAFE, 33)}`;
  pos(
    'telegram',
    'Telegram bot token in Python',
    'bot/main.py',
    L(`TOKEN = "${tg}"`, 'app = ApplicationBuilder().token(TOKEN).build()'),
    tg,
  );

  // ---------------- SaaS APIs ----------------
  const dd = g.pick(HEX, 32);
  pos(
    'datadog',
    'Datadog API key in a k8s manifest',
    'k8s/datadog-agent.yaml',
    L('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: datadog', 'stringData:', `  api-key: ${dd}`),
    dd,
  );
  const ddApp = g.pick(HEX, 40);
  pos(
    'datadog',
    'Datadog app key in Terraform provider',
    'infra/providers.tf',
    L('provider "datadog" {', `  api_key = "${g.pick(HEX, 32)}"`, `  app_key = "${ddApp}"`, '}'),
    ddApp,
    [2],
  );
  const lin = `lin_api_${g.pick(AN, 40)}`;
  pos(
    'linear',
    'Linear key in a script',
    'scripts/triage.ts',
    L(`const linear = new LinearClient({ apiKey: "${lin}" });`),
    lin,
  );
  const ntn = `ntn_${g.pick(DIG, 11)}${g.pick(AN, 35)}`;
  pos(
    'notion',
    'Notion integration token in Python',
    'sync/notion.py',
    L('from notion_client import Client', `notion = Client(auth="${ntn}")`),
    ntn,
  );
  const notionOld = `secret_${g.pick(AN, 43)}`;
  pos(
    'notion',
    'Notion legacy secret in .env',
    '.env',
    L(`NOTION_TOKEN=${notionOld}`, `NOTION_DATABASE_ID=${g.pick(HEX, 32)}`),
    notionOld,
  );
  const at = `pat${g.pick(AN, 14)}.${g.pick(HEX, 64)}`;
  pos(
    'airtable',
    'Airtable PAT in Node',
    'sync/airtable.js',
    L(
      "const Airtable = require('airtable');",
      `const base = new Airtable({ apiKey: '${at}' }).base('app${g.pick(AN, 14)}');`,
    ),
    at,
  );
  const hub = `pat-na1-${uuid(g)}`;
  pos(
    'hubspot',
    'HubSpot private app token',
    'crm/hubspot.ts',
    L(`const hubspot = new Client({ accessToken: '${hub}' });`),
    hub,
  );
  const algoliaAdmin = g.pick(HEX, 32);
  pos(
    'algolia',
    'Algolia admin key in an indexing script',
    'scripts/index.js',
    L(
      `const ALGOLIA_APP_ID = '${g.pick(UP + DIG, 10)}';`,
      `const ALGOLIA_ADMIN_KEY = '${algoliaAdmin}';`,
      'const client = algoliasearch(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY);',
    ),
    algoliaAdmin,
  );
  const mapboxSk = `sk.${b64url(JSON.stringify({ u: 'acme', a: g.pick(ANL, 25) })).replace(/=+$/, '')}.${g.pick(URLSAFE, 22)}`;
  pos(
    'mapbox',
    'Mapbox secret token in a download script',
    'scripts/tiles.sh',
    L(`export MAPBOX_DOWNLOADS_TOKEN=${mapboxSk}`, 'npm run fetch-tiles'),
    mapboxSk,
  );

  // ---------------- private keys and app secrets ----------------
  const rsa = rsaPem(g);
  pos('private-key', 'RSA private key committed', 'certs/server.key', rsa, rsa.split('\n')[1], [], `${D5}BEGIN RSA`);
  const ec = ecPem(g, 'EC PRIVATE KEY');
  pos(
    'private-key',
    'EC private key in a Go test fixture',
    'internal/auth/testdata/signing.pem',
    ec,
    ec.split('\n')[1],
    [],
    `${D5}BEGIN EC`,
  );
  const ossh = opensshPem(g);
  const deployKey = L('# deploy key for the droplet', ossh.trimEnd());
  pos(
    'private-key',
    'OpenSSH deploy key',
    'deploy/id_ed25519',
    deployKey,
    ossh.split('\n')[1],
    [],
    `${D5}BEGIN OPENSSH`,
  );
  const jwtSecret = b64(g.bytes(32));
  pos(
    'app-secret',
    'JWT_SECRET in committed .env',
    '.env',
    L('PORT=4000', `JWT_SECRET=${jwtSecret}`, 'JWT_EXPIRES_IN=7d'),
    jwtSecret,
  );
  const nextauth = b64(g.bytes(32));
  pos(
    'app-secret',
    'NEXTAUTH_SECRET in .env.production',
    '.env.production',
    L('NEXTAUTH_URL=https://app.acme.io', `NEXTAUTH_SECRET=${nextauth}`),
    nextauth,
  );
  const sess = g.pick(HEX, 64);
  pos('app-secret', 'SESSION_SECRET in .env', 'apps/web/.env', L(`SESSION_SECRET="${sess}"`), sess);

  // ================= hard negatives =================
  neg(
    'OpenAI placeholders and references',
    '.env.example',
    L(
      'OPENAI_API_KEY=sk-...your-key-here...',
      'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GEMINI_API_KEY=<your-gemini-api-key>',
      'GROQ_API_KEY=',
      'MISTRAL_API_KEY=your_mistral_api_key',
    ),
  );
  neg(
    'env references in JS/TS',
    'src/config.ts',
    L(
      'export const config = {',
      '  openai: process.env.OPENAI_API_KEY!,',
      "  stripe: process.env['STRIPE_SECRET_KEY'],",
      '  supabase: import.meta.env.VITE_SUPABASE_URL,',
      '  jwt: Deno.env.get("JWT_SECRET"),',
      '  bun: Bun.env.SESSION_SECRET,',
      '};',
    ),
  );
  neg(
    'env references in Python',
    'settings.py',
    L(
      'import os',
      'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
      'STRIPE_KEY = os.getenv("STRIPE_SECRET_KEY", "")',
      'SECRET_KEY = env("DJANGO_SECRET_KEY")',
      'DATABASE_URL = os.environ.get("DATABASE_URL")',
    ),
  );
  neg(
    'GitHub Actions secret refs',
    '.github/workflows/ci.yml',
    L(
      '    env:',
      '      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}',
      '      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}',
      '      VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}',
      '      GITHUB_TOKEN: ${{ github.token }}',
      '      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '      - run: vercel deploy --prod --token=${{ secrets.VERCEL_TOKEN }}',
    ),
  );
  neg(
    'shell and compose interpolation',
    'docker-compose.yml',
    L(
      'services:',
      '  api:',
      '    environment:',
      '      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app',
      '      REDIS_URL: redis://:${REDIS_PASSWORD:-changeme}@redis:6379',
      '      JWT_SECRET: ${JWT_SECRET:?required}',
      '      STRIPE_KEY: $STRIPE_KEY',
    ),
  );
  neg(
    'npmrc with env token',
    '.npmrc',
    L('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '@acme:registry=https://npm.pkg.github.com'),
  );
  neg(
    'Stripe test keys',
    'src/stripe.test.ts',
    L(
      `const stripe = new Stripe('sk_test_51${g.pick(AN, 97)}');`,
      `const restricted = 'rk_test_51${g.pick(AN, 97)}';`,
      `const pk = 'pk_test_51${g.pick(AN, 97)}';`,
    ),
  );
  neg(
    'Stripe publishable live key in frontend',
    'src/checkout.tsx',
    L(
      "import { loadStripe } from '@stripe/stripe-js';",
      `const stripePromise = loadStripe('pk_live_51${g.pick(AN, 97)}');`,
    ),
  );
  neg(
    'Clerk publishable key and test secret',
    '.env.development',
    L(
      'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_' + b64('fond-otter-12.clerk.accounts.dev$'),
      `CLERK_SECRET_KEY=sk_test_${g.pick(AN, 40)}`,
    ),
  );
  const anon = jwt(g, { iss: 'supabase', ref, role: 'anon', iat: 1716239022, exp: 2031815022 });
  neg(
    'Supabase anon key in the browser client',
    'src/supabase.ts',
    L(
      "import { createClient } from '@supabase/supabase-js';",
      `export const supabase = createClient('https://${ref}.supabase.co', '${anon}');`,
    ),
  );
  neg(
    'Supabase publishable key',
    '.env',
    L(
      `NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co`,
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=sb_publishable_${g.pick(URLSAFE, 31)}`,
    ),
  );
  neg(
    'Firebase web config',
    'src/firebase.ts',
    L(
      'const firebaseConfig = {',
      `  apiKey: "AIza${g.pick(URLSAFE, 35)}",`,
      '  authDomain: "acme-prod.firebaseapp.com",',
      '  projectId: "acme-prod",',
      `  appId: "1:${g.pick(DIG, 12)}:web:${g.pick(HEX, 22)}",`,
      '};',
    ),
  );
  neg(
    'AWS documentation example keys',
    'docs/aws.md',
    L(
      '```ini',
      '[default]',
      `aws_access_key_id = ${akia}IOSFODNN7EXAMPLE`,
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      '```',
    ),
  );
  neg(
    'jwt.io example token in docs',
    'docs/auth.md',
    L(
      'Send the token in the header:',
      '```',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      '```',
    ),
  );
  neg(
    'Twilio docs placeholders',
    'docs/sms.md',
    L(
      'const client = twilio("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your_auth_token");',
      'TWILIO_AUTH_TOKEN=[AuthToken]',
    ),
  );
  neg(
    'placeholder tokens',
    'README.md',
    L(
      'Set `GITHUB_TOKEN=' + ghp + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`',
      'and `SLACK_BOT_TOKEN=' + 'xox' + 'b-your-bot-token`.',
      'export GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX',
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'REPLICATE_API_TOKEN=r8_******',
      'DATABASE_URL=postgresql://postgres:[YOUR-PASSWORD]@db.abcdefghijklmnopqrst.supabase.co:5432/postgres',
    ),
  );
  neg(
    'local database URLs',
    '.env.example',
    L(
      'DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev',
      'REDIS_URL=redis://localhost:6379',
      'MONGODB_URI=mongodb://localhost:27017/test',
      'MONGO_URL=mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/',
    ),
  );
  neg(
    'public keys and certificates',
    'certs/public.pem',
    pem(
      'PUBLIC KEY',
      b64(Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), g.bytes(65)])),
    ) + pem('CERTIFICATE', b64(Buffer.concat([Buffer.from('308201', 'hex'), g.bytes(400)]))),
  );
  neg(
    'SSH public key in authorized_keys',
    'deploy/authorized_keys',
    L(
      `ssh-ed25519 ${b64(Buffer.concat([Buffer.from('0000000b7373682d65643235353139', 'hex'), Buffer.from('00000020', 'hex'), g.bytes(32)]))} ops@acme`,
    ),
  );
  neg(
    'SRI hashes in HTML',
    'public/index.html',
    L(
      `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${b64(g.bytes(48))}" crossorigin="anonymous"></script>`,
    ),
  );
  neg(
    'package-lock integrity',
    'package-lock.json',
    JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: {
          'node_modules/stripe': {
            version: '16.2.0',
            resolved: 'https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz',
            integrity: `sha512-${b64(g.bytes(64))}`,
          },
        },
      },
      null,
      2,
    ),
  );
  neg(
    'pnpm lockfile',
    'pnpm-lock.yaml',
    L(
      "lockfileVersion: '9.0'",
      'packages:',
      '  openai@4.52.0:',
      `    resolution: {integrity: sha512-${b64(g.bytes(64))}}`,
    ),
  );
  neg(
    'yarn.lock checksums',
    'yarn.lock',
    L('"@supabase/supabase-js@npm:^2.43.0":', '  version: 2.43.4', `  checksum: ${g.pick(HEX, 128)}`),
  );
  neg(
    'go.sum',
    'go.sum',
    L(
      `github.com/stripe/stripe-go/v78 v78.1.0 h1:${b64(g.bytes(32))}`,
      `github.com/stripe/stripe-go/v78 v78.1.0/go.mod h1:${b64(g.bytes(32))}`,
    ),
  );
  neg(
    'Pipfile.lock hashes',
    'Pipfile.lock',
    JSON.stringify({ default: { openai: { hashes: [`sha256:${g.pick(HEX, 64)}`], version: '==1.35.0' } } }, null, 2),
  );
  neg(
    'git SHAs in a changelog',
    'CHANGELOG.md',
    L(
      `- fix webhook retries (${g.pick(HEX, 40)})`,
      `- bump stripe (${g.pick(HEX, 7)})`,
      `Full diff: https://github.com/acme/app/compare/${g.pick(HEX, 40)}...${g.pick(HEX, 40)}`,
    ),
  );
  neg(
    'pinned action refs',
    '.github/workflows/pinned.yml',
    L(
      '    steps:',
      `      - uses: actions/checkout@${g.pick(HEX, 40)} # v4.1.7`,
      `      - uses: actions/setup-node@${g.pick(HEX, 40)} # v4`,
      `      - uses: docker/login-action@${g.pick(HEX, 40)}`,
      '        with:',
      '          password: ${{ secrets.DOCKERHUB_TOKEN }}',
    ),
  );
  neg(
    'UUIDs in fixtures and migrations',
    'db/seed.sql',
    L(
      `INSERT INTO users (id, org_id) VALUES ('${uuid(g)}', '${uuid(g)}');`,
      `INSERT INTO api_keys (id, user_id, prefix) VALUES ('${uuid(g)}', '${uuid(g)}', 'lg_');`,
    ),
  );
  neg(
    'base64 image',
    'src/assets.ts',
    L(
      `export const pixel = 'data:image/png;base64,${b64(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), g.bytes(90)]))}';`,
    ),
  );
  neg(
    'CSS module class hashes',
    'dist/assets/index.css',
    L(
      `._button_${g.pick(ANL, 5)}_1{color:red}._card_${g.pick(URLSAFE, 5)}_2{padding:4px}.css-${g.pick(ANL, 6)}{display:flex}`,
    ),
  );
  neg(
    'webpack chunk manifest',
    '.next/build-manifest.json',
    JSON.stringify(
      {
        pages: { '/': [`static/chunks/pages/index-${g.pick(HEX, 16)}.js`, `static/chunks/${g.pick(HEX, 20)}.js`] },
        buildId: g.pick(URLSAFE, 21),
      },
      null,
      2,
    ),
  );
  neg(
    'secret names without values',
    'docs/env.md',
    L(
      '| Variable | Description |',
      '|---|---|',
      '| `STRIPE_SECRET_KEY` | Your Stripe secret key (starts with `sk_live_` in production) |',
      '| `STRIPE_WEBHOOK_SECRET` | The `whsec_...` signing secret |',
      '| `SUPABASE_SERVICE_ROLE_KEY` | Service role key; never expose it |',
    ),
  );
  neg(
    'type definitions',
    'src/env.d.ts',
    L(
      'declare namespace NodeJS {',
      '  interface ProcessEnv {',
      '    OPENAI_API_KEY: string;',
      '    JWT_SECRET: string;',
      '    DATABASE_URL?: string;',
      '  }',
      '}',
    ),
  );
  neg(
    'zod env schema',
    'src/env.ts',
    L(
      'export const env = z.object({',
      "  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),",
      '  OPENAI_API_KEY: z.string().min(20),',
      '  NEXTAUTH_SECRET: z.string().min(32),',
      '}).parse(process.env);',
    ),
  );
  neg(
    'k8s secretKeyRef',
    'k8s/deploy.yaml',
    L(
      '        env:',
      '          - name: STRIPE_SECRET_KEY',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: stripe',
      '                key: secret-key',
    ),
  );
  neg(
    'terraform variables',
    'infra/main.tf',
    L(
      'variable "do_token" {',
      '  type      = string',
      '  sensitive = true',
      '}',
      'provider "digitalocean" {',
      '  token = var.do_token',
      '}',
      'resource "aws_iam_access_key" "ci" { user = aws_iam_user.ci.name }',
    ),
  );
  neg(
    'Google OAuth client id and analytics ids',
    'src/analytics.ts',
    L(
      `export const GOOGLE_CLIENT_ID = '${g.pick(DIG, 12)}-${g.pick(ANL, 32)}.apps.googleusercontent.com';`,
      `export const GA = 'G-${g.pick(UP + DIG, 10)}';`,
      `export const SENTRY_DSN = 'https://${g.pick(HEX, 32)}@o${g.pick(DIG, 6)}.ingest.sentry.io/${g.pick(DIG, 7)}';`,
    ),
  );
  neg(
    'Algolia search-only key in the frontend',
    'src/search.ts',
    L(`const searchClient = algoliasearch('${g.pick(UP + DIG, 10)}', '${g.pick(HEX, 32)}'); // search-only key`),
  );
  neg(
    'Mapbox public token',
    'src/map.ts',
    L(
      `mapboxgl.accessToken = 'pk.${b64url(JSON.stringify({ u: 'acme', a: g.pick(ANL, 25) }))}.${g.pick(URLSAFE, 22)}';`,
    ),
  );
  neg(
    'PostHog and Segment public keys',
    'src/tracking.ts',
    L(
      `posthog.init('phc_${g.pick(AN, 43)}', { api_host: 'https://us.i.posthog.com' });`,
      `analytics.load('${g.pick(AN, 32)}');`,
    ),
  );
  neg(
    'hash constants in tests',
    'test/hash.test.ts',
    L(
      `expect(sha256('hello')).toBe('${createHash('sha256').update('hello').digest('hex')}');`,
      `const etag = '"${g.pick(HEX, 32)}"';`,
      `const digest = 'sha1:${g.pick(HEX, 40)}';`,
    ),
  );
  neg('Docker image digests', 'k8s/image.yaml', L(`        image: ghcr.io/acme/api@sha256:${g.pick(HEX, 64)}`));
  neg(
    'random-looking ids in a test snapshot',
    '__snapshots__/ids.snap',
    L(
      'exports[`ids 1`] = `',
      `{"requestId":"req_${g.pick(AN, 14)}","traceId":"${g.pick(HEX, 32)}","nonce":"${g.pick(URLSAFE, 22)}"}`,
      '`;',
    ),
  );
  neg(
    'secret regexes in a validator',
    'src/validate.ts',
    L(
      'const openai = /^sk-(proj-)?[A-Za-z0-9_-]{20,}$/;',
      'const stripe = /^[sr]k_(live|test)_[0-9a-zA-Z]{24,}$/;',
      'const slack = /^xox[bp]-[0-9-]+[A-Za-z0-9]+$/;',
    ),
  );
  neg(
    'redacted secrets in logs',
    'docs/troubleshooting.md',
    L(
      'Error: Invalid API key provided: sk_live_********************abcd',
      'openai.AuthenticationError: Incorrect API key provided: sk-proj-****...****T3Bl',
    ),
  );
  neg(
    'JWT_SECRET placeholders in .env.example',
    '.env.example',
    L(
      'JWT_SECRET=change-me',
      'NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32',
      'SESSION_SECRET=<random string>',
      'SECRET_KEY_BASE=replace_me',
    ),
  );
  neg(
    'AWS role ARN and account ids',
    'infra/roles.tf',
    L(
      'role_arn = "arn:aws:iam::123456789012:role/deploy"',
      'kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/' + uuid(g) + '"',
    ),
  );
  return { positives, negatives };
}

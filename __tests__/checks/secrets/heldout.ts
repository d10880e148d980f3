// A held-out corpus, written without reading the rules: realistic credentials of many providers in the
// files they usually leak from, and hard negatives (placeholders, references, hashes, lockfiles, public
// keys, public-by-design keys). It measures the scanner honestly; rules must never special-case it.
// Everything is assembled at run time from parts and a seeded generator: the repository holds nothing a
// secret scanner would flag.
import type { Heldout, HeldoutCase } from './evaluate.js';
import {
  AN,
  ANL,
  B32,
  B64,
  BECH32,
  DASH5,
  DIG,
  HEX,
  LO,
  Seeded,
  UP,
  URLSAFE,
  b64,
  b64url,
  ecPem,
  jwtHs256,
  lineOf,
  lines,
  opensshKey,
  pemBlock,
  rsaPem,
  sshString,
  uuid,
  wrap,
} from './generate.js';

export type { Heldout, HeldoutCase };

export function buildHeldout(seed = 'launch-gate-heldout-v1'): Heldout {
  const g = new Seeded(seed);
  const positives: HeldoutCase[] = [];
  const negatives: HeldoutCase[] = [];
  /** A positive: `secret` sits on the line of `marker`; findings on the lines of `alsoOk` are fine too. */
  const pos = (
    name: string,
    provider: string,
    file: string,
    content: string,
    secret: string,
    marker = secret,
    alsoOk: string[] = [],
  ) => {
    const line = lineOf(content, marker);
    const ok = [line, ...alsoOk.map((m) => lineOf(content, m))];
    positives.push({ name, provider, file, content, secret, line, lines: [...new Set(ok)], rule: provider });
  };
  const neg = (name: string, kind: string, file: string, content: string) =>
    negatives.push({ name, provider: kind, file, content });

  // ---------------------------------------------------------------- cloud providers
  const awsId = 'AK' + 'IA' + g.pick(B32, 16);
  const awsSecret = g.pick(B64, 40);
  pos(
    'AWS keys in a Terraform provider block',
    'aws',
    'infra/main.tf',
    lines(
      'terraform {',
      '  required_version = ">= 1.5"',
      '}',
      '',
      'provider "aws" {',
      '  region     = "eu-central-1"',
      `  access_key = "${awsId}"`,
      `  secret_key = "${awsSecret}"`,
      '}',
    ),
    awsSecret,
    awsId,
    [awsSecret],
  );
  const stsId = 'AS' + 'IA' + g.pick(B32, 16);
  const stsSecret = g.pick(B64, 40);
  const stsToken = 'IQoJb3JpZ2luX2VjE' + g.pick(B64, 300);
  pos(
    'AWS session credentials exported in a shell script',
    'aws',
    'scripts/assume-role.sh',
    lines(
      '#!/bin/sh',
      '# copied from the console for a quick fix',
      `export AWS_ACCESS_KEY_ID=${stsId}`,
      `export AWS_SECRET_ACCESS_KEY=${stsSecret}`,
      `export AWS_SESSION_TOKEN=${stsToken}`,
      'aws s3 sync ./build s3://acme-web-prod --delete',
    ),
    stsSecret,
    stsId,
    [stsSecret, stsToken],
  );
  const gcpPem = rsaPem(g, 'PRIVATE KEY');
  const saJson = (project: string, email: string) =>
    JSON.stringify(
      {
        type: 'service_account',
        project_id: project,
        private_key_id: g.pick(HEX, 40),
        private_key: gcpPem,
        client_email: email,
        client_id: g.pick(DIG, 21),
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      null,
      2,
    ) + '\n';
  pos(
    'GCP service account key JSON',
    'gcp',
    'deploy/gcp-key.json',
    saJson('acme-data-prod', 'etl-runner@acme-data-prod.iam.gserviceaccount.com'),
    gcpPem,
    '"private_key"',
  );
  pos(
    'Firebase Admin SDK service account JSON',
    'firebase',
    'functions/serviceAccountKey.json',
    saJson('acme-mobile-7f3a2', 'firebase-adminsdk-x1k2p@acme-mobile-7f3a2.iam.gserviceaccount.com'),
    gcpPem,
    '"private_key"',
  );
  const gkey = 'AI' + 'za' + g.pick(URLSAFE, 35);
  pos(
    'Google API key in a Python geocoder',
    'google-api-key',
    'app/geo.py',
    lines(
      'import requests',
      '',
      'def geocode(address: str) -> dict:',
      '    r = requests.get(',
      '        "https://maps.googleapis.com/maps/api/geocode/json",',
      `        params={"address": address, "key": "${gkey}"},`,
      '        timeout=5,',
      '    )',
      '    return r.json()',
    ),
    gkey,
  );
  const azSecret = g.pick(AN, 3) + g.pick(DIG, 1) + 'Q~' + g.pick(AN + '_~.-', 34);
  pos(
    'Azure AD client secret in Terraform',
    'azure-ad',
    'infra/azure.tf',
    lines(
      'provider "azuread" {',
      `  tenant_id     = "${uuid(g)}"`,
      `  client_id     = "${uuid(g)}"`,
      `  client_secret = "${azSecret}"`,
      '}',
    ),
    azSecret,
  );
  const azAccount = g.pick(B64, 86) + '==';
  pos(
    'Azure storage connection string in local.settings.json',
    'azure-storage',
    'api/local.settings.json',
    lines(
      '{',
      '  "IsEncrypted": false,',
      '  "Values": {',
      `    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncprod;AccountKey=${azAccount};EndpointSuffix=core.windows.net",`,
      '    "FUNCTIONS_WORKER_RUNTIME": "node"',
      '  }',
      '}',
    ),
    azAccount,
  );
  const doTok = 'dop' + '_v1_' + g.pick(HEX, 64);
  pos(
    'DigitalOcean token in terraform.tfvars',
    'digitalocean',
    'infra/terraform.tfvars',
    lines('region   = "fra1"', `do_token = "${doTok}"`, 'droplets = 3'),
    doTok,
  );
  const cfTok = g.pick(URLSAFE, 40);
  pos(
    'Cloudflare API token in a Terraform provider',
    'cloudflare',
    'infra/dns.tf',
    lines(
      'provider "cloudflare" {',
      `  api_token = "${cfTok}"`,
      '}',
      '',
      'resource "cloudflare_record" "www" {',
      '  name = "www"',
      '}',
    ),
    cfTok,
  );
  const heroUuid = uuid(g);
  pos(
    'Heroku API key in .netrc',
    'heroku',
    'ci/.netrc',
    lines(
      'machine api.heroku.com',
      '  login deploy@acme.io',
      `  password ${heroUuid}`,
      'machine git.heroku.com',
      '  login deploy@acme.io',
      `  password ${heroUuid}`,
    ),
    heroUuid,
  );
  // Both password lines carry the key: a finding on either is right.
  positives[positives.length - 1].lines = [3, 6];
  const hrku = 'HRKU-' + 'AA' + g.pick(URLSAFE, 58);
  pos(
    'Heroku platform key in a GitHub workflow',
    'heroku',
    '.github/workflows/deploy.yml',
    lines(
      'name: deploy',
      'on: { push: { branches: [main] } }',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      HEROKU_API_KEY: ${hrku}`,
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme-api.git HEAD:main',
    ),
    hrku,
  );
  const flyTok = 'FlyV1 fm2_' + g.pick(B64, 200);
  pos(
    'Fly.io deploy token in a CI env file',
    'flyio',
    'ci/deploy.env',
    lines('FLY_APP=acme-edge', `FLY_API_TOKEN="${flyTok}"`),
    flyTok,
  );
  const vercelTok = g.pick(AN, 24);
  pos(
    'Vercel token in a deploy script',
    'vercel',
    'scripts/preview.sh',
    lines('#!/usr/bin/env bash', 'set -e', `vercel deploy --prebuilt --token=${vercelTok} --scope acme`),
    vercelTok,
  );

  // ---------------------------------------------------------------- source hosting and registries
  const ghFine = 'github' + '_pat_' + g.pick(AN, 22) + '_' + g.pick(AN, 59);
  pos(
    'GitHub fine-grained PAT in a workflow',
    'github',
    '.github/workflows/release.yml',
    lines(
      'name: release',
      'on: workflow_dispatch',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: gh release create "v$(jq -r .version package.json)" --generate-notes',
      '        env:',
      `          GH_TOKEN: ${ghFine}`,
    ),
    ghFine,
  );
  const ghs = 'gh' + 's_' + g.pick(AN, 36);
  pos(
    'GitHub app installation token in Go',
    'github',
    'cmd/sync/main.go',
    lines(
      'package main',
      '',
      'import "github.com/google/go-github/v62/github"',
      '',
      'func client() *github.Client {',
      `\treturn github.NewClient(nil).WithAuthToken("${ghs}")`,
      '}',
    ),
    ghs,
  );
  const glpat = 'gl' + 'pat-' + g.pick(URLSAFE, 20);
  pos(
    'GitLab PAT in a clone URL',
    'gitlab',
    'scripts/vendor.sh',
    lines(
      '#!/bin/bash',
      'rm -rf vendor/infra',
      `git clone --depth 1 https://oauth2:${glpat}@gitlab.com/acme/infra.git vendor/infra`,
    ),
    glpat,
  );
  const bbPass = 'AT' + 'BB' + g.pick(AN, 32);
  pos(
    'Bitbucket app password in a CI clone URL',
    'bitbucket',
    'bitbucket-pipelines.yml',
    lines(
      'pipelines:',
      '  default:',
      '    - step:',
      '        script:',
      `          - git clone https://acme-ci:${bbPass}@bitbucket.org/acme/shared-config.git`,
      '          - make test',
    ),
    bbPass,
  );
  const npmTok = 'npm' + '_' + g.pick(AN, 36);
  pos(
    'npm token in .npmrc',
    'npm',
    '.npmrc',
    lines(
      '@acme:registry=https://registry.npmjs.org/',
      `//registry.npmjs.org/:_authToken=${npmTok}`,
      'save-exact=true',
    ),
    npmTok,
  );
  const npmTok2 = 'npm' + '_' + g.pick(AN, 36);
  pos(
    'npm token written to .npmrc in a Dockerfile',
    'npm',
    'Dockerfile',
    lines(
      'FROM node:20-alpine AS build',
      'WORKDIR /app',
      'COPY package*.json ./',
      `RUN echo "//registry.npmjs.org/:_authToken=${npmTok2}" > .npmrc && npm ci && rm .npmrc`,
      'COPY . .',
      'RUN npm run build',
    ),
    npmTok2,
  );
  const pypiTok = 'pypi-' + 'AgEIcHlwaS5vcmc' + g.pick(URLSAFE, 160);
  pos(
    'PyPI token in .pypirc',
    'pypi',
    '.pypirc',
    lines('[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__', `password = ${pypiTok}`),
    pypiTok,
  );
  const gemTok = 'rubygems' + '_' + g.pick(HEX, 48);
  pos(
    'RubyGems key in gem credentials',
    'rubygems',
    'ci/gem-credentials',
    lines('---', `:rubygems_api_key: ${gemTok}`),
    gemTok,
  );
  const dockerPat = 'dckr' + '_pat_' + g.pick(URLSAFE, 27);
  pos(
    'Docker Hub PAT in docker login',
    'dockerhub',
    '.gitlab-ci.yml',
    lines(
      'build:',
      '  image: docker:24',
      '  script:',
      `    - docker login -u acmebot -p ${dockerPat}`,
      '    - docker build -t acme/api:$CI_COMMIT_SHA .',
    ),
    dockerPat,
  );
  const regPass = g.pick(AN, 20);
  const dockerAuth = b64(`acme-ci:${regPass}`);
  pos(
    'Docker config.json registry auth',
    'docker-config',
    'ci/docker/config.json',
    lines('{', '  "auths": {', '    "registry.acme.io": {', `      "auth": "${dockerAuth}"`, '    }', '  }', '}'),
    dockerAuth,
  );
  const snykTok = uuid(g);
  pos(
    'Snyk token in a workflow env',
    'snyk',
    '.github/workflows/security.yml',
    lines(
      'name: security',
      'on: pull_request',
      'jobs:',
      '  snyk:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: snyk/actions/node@master',
      '        env:',
      `          SNYK_TOKEN: ${snykTok}`,
    ),
    snykTok,
  );
  const circleTok = 'CCIPAT' + '_' + g.pick(AN, 22) + '_' + g.pick(HEX, 40);
  pos(
    'CircleCI personal token in curl',
    'circleci',
    'scripts/trigger.sh',
    lines(
      '#!/usr/bin/env bash',
      'curl -X POST https://circleci.com/api/v2/project/gh/acme/api/pipeline \\',
      `  -H "Circle-Token: ${circleTok}" \\`,
      '  -H \'Content-Type: application/json\' -d \'{"branch":"main"}\'',
    ),
    circleTok,
  );
  const tfcTok = g.pick(AN, 14) + '.atlasv1.' + g.pick(AN, 67);
  pos(
    'Terraform Cloud token in .terraformrc',
    'terraform-cloud',
    'ci/.terraformrc',
    lines('credentials "app.terraform.io" {', `  token = "${tfcTok}"`, '}'),
    tfcTok,
  );
  const pulTok = 'pul' + '-' + g.pick(HEX, 40);
  pos(
    'Pulumi access token in GitLab CI variables',
    'pulumi',
    '.gitlab-ci.yml',
    lines(
      'variables:',
      `  PULUMI_ACCESS_TOKEN: ${pulTok}`,
      '  PULUMI_STACK: acme/prod',
      '',
      'up:',
      '  script:',
      '    - pulumi up --yes',
    ),
    pulTok,
  );
  const vaultTok = 'hvs' + '.' + 'CAESI' + g.pick(URLSAFE, 86);
  pos(
    'Vault token exported in a script',
    'vault',
    'scripts/secrets-sync.sh',
    lines(
      '#!/bin/sh',
      'export VAULT_ADDR=https://vault.acme.internal:8200',
      `export VAULT_TOKEN=${vaultTok}`,
      'vault kv get -format=json kv/app',
    ),
    vaultTok,
  );
  const doppler = 'dp' + '.st.' + 'prd.' + g.pick(AN, 43);
  pos(
    'Doppler service token in docker-compose',
    'doppler',
    'docker-compose.prod.yml',
    lines('services:', '  api:', '    image: acme/api:1.4.2', '    environment:', `      DOPPLER_TOKEN: ${doppler}`),
    doppler,
  );

  // ---------------------------------------------------------------- chat, mail, payments
  const slackBot = 'xo' + 'xb-' + g.pick(DIG, 12) + '-' + g.pick(DIG, 13) + '-' + g.pick(AN, 24);
  pos(
    'Slack bot token in Python',
    'slack',
    'bot/settings.py',
    lines('import os', '', `SLACK_BOT_TOKEN = "${slackBot}"`, 'SLACK_CHANNEL = "#deploys"'),
    slackBot,
  );
  const slackHook =
    'https://hooks.slack.com/services/' +
    'T0' +
    g.pick(UP + DIG, 8) +
    '/B0' +
    g.pick(UP + DIG, 9) +
    '/' +
    g.pick(AN, 24);
  pos(
    'Slack incoming webhook in JSON config',
    'slack',
    'config/alerts.json',
    lines('{', '  "channel": "#oncall",', `  "webhook": "${slackHook}",`, '  "mention": "@here"', '}'),
    slackHook,
  );
  const discordHook = 'https://discord.com/api/webhooks/' + g.pick(DIG, 19) + '/' + g.pick(URLSAFE, 68);
  pos(
    'Discord webhook in a shell notifier',
    'discord',
    'scripts/notify.sh',
    lines('#!/bin/sh', `curl -s -H 'Content-Type: application/json' -d "{\\"content\\": \\"$1\\"}" ${discordHook}`),
    discordHook,
  );
  const tgTok = g.pick(DIG, 10) + ':AA' + g.pick(URLSAFE, 33);
  pos(
    'Telegram bot token in Python',
    'telegram',
    'bot/main.py',
    lines('from telegram.ext import Application', '', `app = Application.builder().token("${tgTok}").build()`),
    tgTok,
  );
  const sg = 'SG' + '.' + g.pick(URLSAFE, 22) + '.' + g.pick(URLSAFE, 43);
  pos(
    'SendGrid key in a Dockerfile ENV',
    'sendgrid',
    'mailer/Dockerfile',
    lines('FROM python:3.12-slim', `ENV SENDGRID_API_KEY=${sg}`, 'COPY . /srv', 'CMD ["python", "/srv/mailer.py"]'),
    sg,
  );
  const mgKey = g.pick(HEX, 32) + '-' + g.pick(HEX, 8) + '-' + g.pick(HEX, 8);
  pos(
    'Mailgun key in .env',
    'mailgun',
    '.env',
    lines('NODE_ENV=production', 'MAILGUN_DOMAIN=mg.acme.io', `MAILGUN_API_KEY=${mgKey}`),
    mgKey,
  );
  const postmark = uuid(g);
  pos(
    'Postmark server token in curl',
    'postmark',
    'scripts/test-mail.sh',
    lines(
      'curl "https://api.postmarkapp.com/email" \\',
      '  -X POST -H "Accept: application/json" -H "Content-Type: application/json" \\',
      `  -H "X-Postmark-Server-Token: ${postmark}" \\`,
      '  -d \'{"From": "ops@acme.io", "To": "me@acme.io", "Subject": "test", "TextBody": "hi"}\'',
    ),
    postmark,
  );
  const mcKey = g.pick(HEX, 32) + '-us21';
  pos(
    'Mailchimp key in PHP',
    'mailchimp',
    'src/Newsletter.php',
    lines(
      '<?php',
      '$client = new \\MailchimpMarketing\\ApiClient();',
      '$client->setConfig([',
      `    'apiKey' => '${mcKey}',`,
      "    'server' => 'us21',",
      ']);',
    ),
    mcKey,
  );
  const twSid = 'AC' + g.pick(HEX, 32);
  const twAuth = g.pick(HEX, 32);
  pos(
    'Twilio SID and auth token in Java',
    'twilio',
    'src/main/java/com/acme/Sms.java',
    lines(
      'package com.acme;',
      '',
      'import com.twilio.Twilio;',
      '',
      'public class Sms {',
      '  static {',
      `    Twilio.init("${twSid}", "${twAuth}");`,
      '  }',
      '}',
    ),
    twAuth,
  );
  const pusherSecret = g.pick(HEX, 20);
  pos(
    'Pusher app secret in a Laravel config',
    'pusher',
    'config/broadcasting.php',
    lines(
      '<?php',
      'return [',
      "    'connections' => [",
      "        'pusher' => [",
      "            'driver' => 'pusher',",
      `            'key' => '${g.pick(HEX, 20)}',`,
      `            'secret' => '${pusherSecret}',`,
      "            'app_id' => '1638201',",
      '        ],',
      '    ],',
      '];',
    ),
    pusherSecret,
  );
  const skLive = 'sk' + '_live_' + '51' + g.pick(AN, 97);
  pos(
    'Stripe live secret key in Ruby',
    'stripe',
    'config/initializers/stripe.rb',
    lines("require 'stripe'", '', `Stripe.api_key = '${skLive}'`),
    skLive,
  );
  const rkLive = 'rk' + '_live_' + '51' + g.pick(AN, 97);
  pos(
    'Stripe restricted key in PHP',
    'stripe',
    'billing/bootstrap.php',
    lines('<?php', "require 'vendor/autoload.php';", `\\Stripe\\Stripe::setApiKey('${rkLive}');`),
    rkLive,
  );
  const whsec = 'whsec' + '_' + g.pick(AN, 32);
  pos(
    'Stripe webhook signing secret in .env',
    'stripe',
    'billing/.env',
    lines('PORT=4242', `STRIPE_WEBHOOK_SECRET=${whsec}`),
    whsec,
  );
  const shpat = 'shpat' + '_' + g.pick(HEX, 32);
  pos(
    'Shopify admin token in .env',
    'shopify',
    'shop/.env',
    lines('SHOPIFY_STORE=acme-goods.myshopify.com', `SHOPIFY_ADMIN_TOKEN=${shpat}`),
    shpat,
  );
  const shpss = 'shpss' + '_' + g.pick(HEX, 32);
  pos(
    'Shopify app shared secret in TOML',
    'shopify',
    'shopify.app.toml',
    lines('name = "acme-sync"', 'client_id = "' + g.pick(HEX, 32) + '"', `client_secret = "${shpss}"`),
    shpss,
  );
  const plaidSecret = g.pick(HEX, 30);
  pos(
    'Plaid secret in Python',
    'plaid',
    'payments/plaid_client.py',
    lines(
      'import plaid',
      'from plaid.api import plaid_api',
      '',
      'configuration = plaid.Configuration(',
      '    host=plaid.Environment.Production,',
      `    api_key={"clientId": "${g.pick(HEX, 24)}", "secret": "${plaidSecret}"},`,
      ')',
    ),
    plaidSecret,
  );
  const plaidAccess = 'access-production-' + uuid(g);
  pos(
    'Plaid access token in a Ruby script',
    'plaid',
    'scripts/backfill.rb',
    lines("require 'plaid'", `ACCESS_TOKEN = '${plaidAccess}'`, 'client.transactions_sync(access_token: ACCESS_TOKEN)'),
    plaidAccess,
  );
  const btTok = 'access_token$production$' + g.pick(ANL, 16) + '$' + g.pick(HEX, 32);
  pos(
    'Braintree access token in PHP',
    'braintree',
    'src/Payments.php',
    lines('<?php', `$gateway = new Braintree\\Gateway(['accessToken' => '${btTok}']);`),
    btTok,
  );
  const squareTok = 'EA' + 'AA' + g.pick(URLSAFE, 60);
  pos(
    'Square access token in Ruby',
    'square',
    'config/square.rb',
    lines(
      'Square.configure do |config|',
      "  config.environment = 'production'",
      `  config.access_token = '${squareTok}'`,
      'end',
    ),
    squareTok,
  );
  const cbPem = ecPem(g, 'EC PRIVATE KEY');
  const cbJson =
    JSON.stringify({ name: `organizations/${uuid(g)}/apiKeys/${uuid(g)}`, privateKey: cbPem }, null, 2) + '\n';
  pos('Coinbase CDP API key JSON', 'coinbase', 'keys/cdp_api_key.json', cbJson, cbPem, '"privateKey"');
  const cbSecret = g.pick(AN, 32);
  const cbKey = g.pick(AN, 16);
  // The key half of the pair is sensitive too: a finding on its line is not a false alarm.
  pos(
    'Coinbase legacy API secret in .env',
    'coinbase',
    'trader/.env',
    lines(`COINBASE_API_KEY=${cbKey}`, `COINBASE_API_SECRET=${cbSecret}`),
    cbSecret,
    cbSecret,
    [cbKey],
  );

  // ---------------------------------------------------------------- identity, observability, SaaS
  const oktaTok = '00' + g.pick(URLSAFE, 40);
  pos(
    'Okta API token in okta.yaml',
    'okta',
    'config/okta.yaml',
    lines('okta:', '  client:', '    orgUrl: "https://acme.okta.com"', `    token: "${oktaTok}"`),
    oktaTok,
  );
  const oktaTok2 = '00' + g.pick(URLSAFE, 40);
  pos(
    'Okta SSWS token in curl',
    'okta',
    'scripts/okta-users.sh',
    lines(
      'curl -s https://acme.okta.com/api/v1/users?limit=200 \\',
      `  -H "Authorization: SSWS ${oktaTok2}" | jq '.[].profile.login'`,
    ),
    oktaTok2,
  );
  const auth0 = g.pick(URLSAFE, 64);
  pos(
    'Auth0 client secret in .env',
    'auth0',
    'web/.env.production',
    lines('AUTH0_DOMAIN=acme.eu.auth0.com', `AUTH0_CLIENT_ID=${g.pick(AN, 32)}`, `AUTH0_CLIENT_SECRET=${auth0}`),
    auth0,
  );
  const sentryDsn = `https://${g.pick(HEX, 32)}:${g.pick(HEX, 32)}@o${g.pick(DIG, 6)}.ingest.sentry.io/${g.pick(DIG, 7)}`;
  pos(
    'Sentry DSN with its secret part',
    'sentry',
    'server/settings/prod.py',
    lines('import sentry_sdk', '', `sentry_sdk.init(dsn="${sentryDsn}", traces_sample_rate=0.1)`),
    sentryDsn,
  );
  const sntrys =
    'sntrys' +
    '_' +
    b64(
      JSON.stringify({ iat: 1717000000.1, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' }),
    ).replace(/=+$/, '') +
    '_' +
    g.pick(B64, 43);
  pos(
    'Sentry org auth token in .sentryclirc',
    'sentry',
    '.sentryclirc',
    lines('[defaults]', 'org = acme', 'project = web', '', '[auth]', `token=${sntrys}`),
    sntrys,
  );
  const sntryu = 'sntryu' + '_' + g.pick(HEX, 64);
  pos(
    'Sentry user token in a release script',
    'sentry',
    'scripts/release.sh',
    lines(`export SENTRY_AUTH_TOKEN=${sntryu}`, 'sentry-cli releases new "$VERSION"'),
    sntryu,
  );
  const algAdmin = g.pick(HEX, 32);
  pos(
    'Algolia admin key in .env',
    'algolia',
    'search/.env',
    lines(`ALGOLIA_APP_ID=${g.pick(UP + DIG, 10)}`, `ALGOLIA_ADMIN_API_KEY=${algAdmin}`),
    algAdmin,
  );
  const algAdmin2 = g.pick(HEX, 32);
  pos(
    'Algolia admin key in an indexing script',
    'algolia',
    'scripts/reindex.js',
    lines(
      "const algoliasearch = require('algoliasearch');",
      '',
      '// admin key: needed to replace the index',
      `const client = algoliasearch('${g.pick(UP + DIG, 10)}', '${algAdmin2}');`,
      "client.initIndex('products').replaceAllObjects(require('./products.json'));",
    ),
    algAdmin2,
  );
  const mapbox = 'sk' + '.' + b64url(JSON.stringify({ u: 'acme', a: g.pick(ANL, 25) })) + '.' + g.pick(URLSAFE, 22);
  pos(
    'Mapbox secret token in .netrc',
    'mapbox',
    'ios/.netrc',
    lines('machine api.mapbox.com', 'login mapbox', `password ${mapbox}`),
    mapbox,
  );
  const twitchSecret = g.pick(ANL, 30);
  pos(
    'Twitch client secret in .env',
    'twitch',
    'stream-bot/.env',
    lines(`TWITCH_CLIENT_ID=${g.pick(ANL, 30)}`, `TWITCH_CLIENT_SECRET=${twitchSecret}`),
    twitchSecret,
  );
  const twitchOauth = 'oauth:' + g.pick(ANL, 30);
  pos(
    'Twitch chat OAuth token in a bot config',
    'twitch',
    'stream-bot/config.json',
    lines('{', '  "username": "acmebot",', `  "password": "${twitchOauth}",`, '  "channels": ["acme"]', '}'),
    twitchOauth,
  );
  const atlassian = 'ATATT' + '3xFfGF0' + g.pick(URLSAFE, 176) + '=' + g.pick(UP + DIG, 8);
  pos(
    'Atlassian API token in curl -u',
    'atlassian',
    'scripts/jira-export.sh',
    lines(
      '#!/bin/bash',
      `curl -s -u ops@acme.io:${atlassian} \\`,
      '  "https://acme.atlassian.net/rest/api/3/search?jql=project=OPS" > issues.json',
    ),
    atlassian,
  );
  const ddKey = g.pick(HEX, 32);
  pos(
    'Datadog API key in datadog.yaml',
    'datadog',
    'deploy/datadog.yaml',
    lines(`api_key: ${ddKey}`, 'site: datadoghq.eu', 'logs_enabled: true'),
    ddKey,
  );
  const nrLicense = g.pick(HEX, 36) + 'NRAL';
  pos(
    'New Relic license key in newrelic.yml',
    'newrelic',
    'newrelic.yml',
    lines('common: &default_settings', `  license_key: ${nrLicense}`, '  app_name: acme-api'),
    nrLicense,
  );
  const nrak = 'NRAK' + '-' + g.pick(UP + DIG, 27);
  pos(
    'New Relic user key in shell',
    'newrelic',
    'scripts/nr-deploy-marker.sh',
    lines(`curl -X POST https://api.newrelic.com/graphql -H "API-Key: ${nrak}" -d @marker.json`),
    nrak,
  );
  const glsa = 'glsa' + '_' + g.pick(AN, 32) + '_' + g.pick(HEX, 8);
  pos(
    'Grafana service account token in provisioning',
    'grafana',
    'grafana/provisioning/datasources.yml',
    lines(
      'apiVersion: 1',
      'datasources:',
      '  - name: loki',
      '    secureJsonData:',
      `      httpHeaderValue1: "Bearer ${glsa}"`,
    ),
    glsa,
  );
  const linear = 'lin' + '_api_' + g.pick(AN, 40);
  pos(
    'Linear API key in TypeScript',
    'linear',
    'tools/linear.ts',
    lines(
      "import { LinearClient } from '@linear/sdk';",
      '',
      `export const linear = new LinearClient({ apiKey: '${linear}' });`,
    ),
    linear,
  );
  const notion = 'ntn' + '_' + g.pick(DIG, 11) + g.pick(AN, 35);
  pos(
    'Notion integration token in Python',
    'notion',
    'tools/notion_sync.py',
    lines('from notion_client import Client', '', `notion = Client(auth="${notion}")`),
    notion,
  );
  const figma = 'figd' + '_' + g.pick(URLSAFE, 40);
  pos('Figma token in .env', 'figma', 'design-tokens/.env', lines(`FIGMA_TOKEN=${figma}`, 'FIGMA_FILE=abc123'), figma);
  const airtable = 'pat' + g.pick(AN, 14) + '.' + g.pick(HEX, 64);
  pos(
    'Airtable PAT in Python',
    'airtable',
    'tools/airtable_export.py',
    lines('from pyairtable import Api', '', `api = Api("${airtable}")`),
    airtable,
  );
  const pmak = 'PMAK' + '-' + g.pick(HEX, 24) + '-' + g.pick(HEX, 34);
  pos(
    'Postman API key in a shell script',
    'postman',
    'scripts/postman-sync.sh',
    lines(`newman run "https://api.getpostman.com/collections/123?apikey=${pmak}"`),
    pmak,
  );
  const dbx = 'dapi' + g.pick(HEX, 32);
  pos(
    'Databricks token in .databrickscfg',
    'databricks',
    'ci/.databrickscfg',
    lines('[DEFAULT]', 'host = https://adb-4410212345678901.1.azuredatabricks.net', `token = ${dbx}`),
    dbx,
  );
  const psw = 'pscale' + '_pw_' + g.pick(URLSAFE, 43);
  const psUrl = `mysql://acme_app:${psw}@aws.connect.psdb.cloud/shop?sslaccept=strict`;
  pos('PlanetScale password in DATABASE_URL', 'planetscale', 'shop/.env', lines(`DATABASE_URL="${psUrl}"`), psw);
  const sbService = jwtHs256(g, {
    iss: 'supabase',
    ref: g.pick(LO, 20),
    role: 'service_role',
    iat: 1700000000,
    exp: 2015576000,
  });
  pos(
    'Supabase service role key in .env',
    'supabase',
    'app/.env.local',
    lines('NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnop.supabase.co', `SUPABASE_SERVICE_ROLE_KEY=${sbService}`),
    sbService,
  );
  const openai = 'sk' + '-proj-' + g.pick(URLSAFE, 74) + 'T3Blbk' + 'FJ' + g.pick(URLSAFE, 74);
  pos(
    'OpenAI project key in Python',
    'openai',
    'ml/summarize.py',
    lines('from openai import OpenAI', '', `client = OpenAI(api_key="${openai}")`),
    openai,
  );
  const anthropic = 'sk' + '-ant-api03-' + g.pick(URLSAFE, 93) + 'AA';
  pos(
    'Anthropic key in TypeScript',
    'anthropic',
    'src/ai.ts',
    lines(
      "import Anthropic from '@anthropic-ai/sdk';",
      '',
      `const anthropic = new Anthropic({ apiKey: '${anthropic}' });`,
    ),
    anthropic,
  );
  const hf = 'hf' + '_' + g.pick(UP + LO, 34);
  pos(
    'Hugging Face token in Python',
    'huggingface',
    'ml/download.py',
    lines('from huggingface_hub import login', '', `login(token="${hf}")`),
    hf,
  );
  const age = 'AGE-SECRET-KEY-1' + g.pick(BECH32, 58);
  pos(
    'age secret key file',
    'age',
    'deploy/keys.txt',
    lines('# created: 2024-03-11T10:12:44+01:00', '# public key: age1' + g.pick(BECH32.toLowerCase(), 58), age),
    age,
  );

  // ---------------------------------------------------------------- private keys
  const ssh = opensshKey(g, 'deploy@ci');
  pos('OpenSSH ed25519 private key', 'ssh-private-key', 'deploy/id_ed25519', ssh.pem, ssh.pem, DASH5 + 'BEGIN');
  const rsa1 = rsaPem(g, 'RSA PRIVATE KEY');
  const ansible = lines(
    'deploy_user: deploy',
    'deploy_ssh_key: |',
    ...rsa1
      .trimEnd()
      .split('\n')
      .map((l) => '  ' + l),
    'deploy_port: 22',
  );
  pos(
    'RSA private key in an Ansible vars file',
    'rsa-private-key',
    'ansible/group_vars/prod.yml',
    ansible,
    rsa1,
    DASH5 + 'BEGIN',
  );
  const ppkPub = b64(Buffer.concat([sshString('ssh-ed25519'), sshString(g.bytes(32))]));
  const ppk = lines(
    'PuTTY-User-Key-File-3: ssh-ed25519',
    'Encryption: none',
    'Comment: eddsa-key-20240311',
    'Public-Lines: 2',
    ...wrap(ppkPub, 64).split('\n'),
    'Private-Lines: 1',
    b64(sshString(g.bytes(32))),
    'Private-MAC: ' + g.pick(HEX, 64),
  );
  pos('PuTTY private key', 'putty', 'keys/deploy.ppk', ppk, ppk, 'PuTTY-User-Key-File');
  // Positive findings on the private lines are just as right as on the header.
  positives[positives.length - 1].lines = [1, 6, 7, 8];
  const pgpBody = b64(Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), g.bytes(900)]));
  const pgp = lines(
    DASH5 + 'BEGIN PGP PRIVATE KEY BLOCK' + DASH5,
    '',
    ...wrap(pgpBody, 64).split('\n'),
    '=' + g.pick(B64, 4),
    DASH5 + 'END PGP PRIVATE KEY BLOCK' + DASH5,
  );
  pos('PGP private key block', 'pgp-private-key', 'release/signing-key.asc', pgp, pgp, DASH5 + 'BEGIN');

  // ---------------------------------------------------------------- app secrets and passwords
  const jwtSecret = g.pick(AN, 64);
  pos(
    'JWT HS256 signing secret in .env',
    'jwt-secret',
    'api/.env',
    lines('PORT=8080', `JWT_SECRET=${jwtSecret}`, 'JWT_EXPIRES_IN=1h'),
    jwtSecret,
  );
  const jwtSecret2 = g.pick(B64, 44);
  pos(
    'JWT signing secret in a Node config JSON',
    'jwt-secret',
    'config/production.json',
    lines('{', '  "port": 8080,', '  "jwt": {', `    "secret": "${jwtSecret2}",`, '    "expiresIn": "1h"', '  }', '}'),
    jwtSecret2,
  );
  const django = g.pick(LO + DIG + '!@#$%^&*(-_=+)', 50);
  pos(
    'Django SECRET_KEY in settings.py',
    'django',
    'mysite/settings.py',
    lines(
      'from pathlib import Path',
      '',
      'BASE_DIR = Path(__file__).resolve().parent.parent',
      '',
      `SECRET_KEY = '${django}'`,
      '',
      'DEBUG = False',
    ),
    django,
  );
  const railsBase = g.pick(HEX, 128);
  pos(
    'Rails secret_key_base in secrets.yml',
    'rails',
    'config/secrets.yml',
    lines('production:', `  secret_key_base: ${railsBase}`),
    railsBase,
  );
  const flaskKey = g.pick(HEX, 48);
  pos(
    'Flask secret key in a config class',
    'flask',
    'app/config.py',
    lines('class ProductionConfig:', '    DEBUG = False', `    SECRET_KEY = "${flaskKey}"`),
    flaskKey,
  );
  const bearer = g.pick(URLSAFE, 48);
  pos(
    'Bearer token hard-coded in a curl call',
    'generic-bearer',
    'scripts/trigger-deploy.sh',
    lines(
      '#!/usr/bin/env bash',
      'curl -fsS -X POST https://deploy.acme.internal/v1/releases \\',
      `  -H "Authorization: Bearer ${bearer}" \\`,
      '  -d "sha=$GITHUB_SHA"',
    ),
    bearer,
  );
  const goKey = g.pick(AN, 40);
  pos(
    'API key constant in Go',
    'generic-api-key',
    'internal/billing/client.go',
    lines('package billing', '', 'const (', '\tbaseURL = "https://api.billing.acme.io"', `\tapiKey  = "${goKey}"`, ')'),
    goKey,
  );
  const javaPw = g.pick(AN + '!#%', 20);
  pos(
    'Datasource password in application.properties',
    'generic-password',
    'src/main/resources/application.properties',
    lines(
      'spring.datasource.url=jdbc:postgresql://db.acme.internal:5432/orders',
      'spring.datasource.username=orders',
      `spring.datasource.password=${javaPw}`,
    ),
    javaPw,
  );
  const djPw = g.pick(AN, 24);
  pos(
    'Django DATABASES password',
    'generic-password',
    'shop/settings/production.py',
    lines(
      'DATABASES = {',
      "    'default': {",
      "        'ENGINE': 'django.db.backends.postgresql',",
      "        'NAME': 'shop',",
      "        'USER': 'shop',",
      `        'PASSWORD': '${djPw}',`,
      "        'HOST': 'db.acme.internal',",
      '    }',
      '}',
    ),
    djPw,
  );
  const ymlPw = g.pick(AN, 18) + '#9';
  pos(
    'SMTP password in an application.yml',
    'generic-password',
    'src/main/resources/application.yml',
    lines('spring:', '  mail:', '    host: smtp.acme.io', '    username: noreply@acme.io', `    password: "${ymlPw}"`),
    ymlPw,
  );
  const dockerPw = g.pick(AN, 22);
  pos(
    'Database password in a Dockerfile ENV',
    'generic-password',
    'db/Dockerfile',
    lines('FROM postgres:16', `ENV POSTGRES_PASSWORD=${dockerPw}`, 'COPY init.sql /docker-entrypoint-initdb.d/'),
    dockerPw,
  );
  const pipPw = g.pick(AN, 20);
  pos(
    'Private index credentials in requirements.txt',
    'basic-auth-url',
    'requirements.txt',
    lines(`--extra-index-url https://ci:${pipPw}@pypi.acme.io/simple/`, 'django==5.0.4', 'requests==2.31.0'),
    pipPw,
  );

  // ---------------------------------------------------------------- connection strings
  const pgPw = g.pick(AN, 24);
  pos(
    'Postgres URL in .env',
    'postgres-url',
    'services/api/.env',
    lines('LOG_LEVEL=info', `DATABASE_URL=postgres://app:${pgPw}@db.prod.acme.internal:5432/app?sslmode=require`),
    pgPw,
  );
  const myPw = 'S3cure-Pa55-2024';
  pos(
    'MySQL URL with a human password in Python',
    'mysql-url',
    'etl/db.py',
    lines(
      'from sqlalchemy import create_engine',
      '',
      `engine = create_engine("mysql+pymysql://root:${myPw}@10.0.3.12:3306/shop")`,
    ),
    myPw,
  );
  const mgPw = g.pick(AN, 16);
  pos(
    'mongodb+srv URL in Node',
    'mongodb-url',
    'src/db.js',
    lines(
      "const mongoose = require('mongoose');",
      '',
      `mongoose.connect('mongodb+srv://api:${mgPw}@cluster0.x1yz2.mongodb.net/prod?retryWrites=true&w=majority');`,
    ),
    mgPw,
  );
  const rdPw = g.pick(AN, 32);
  pos(
    'Redis URL in a YAML config',
    'redis-url',
    'config/cache.yml',
    lines('cache:', `  url: redis://:${rdPw}@redis.acme.internal:6379/0`, '  ttl: 300'),
    rdPw,
  );
  const amqpPw = g.pick(AN, 20);
  pos(
    'AMQP URL in Go',
    'amqp-url',
    'worker/queue.go',
    lines(
      'package worker',
      '',
      'import amqp "github.com/rabbitmq/amqp091-go"',
      '',
      'func dial() (*amqp.Connection, error) {',
      `\treturn amqp.Dial("amqps://worker:${amqpPw}@rabbit.acme.io:5671/prod")`,
      '}',
    ),
    amqpPw,
  );
  const jdbcPw = g.pick(AN, 18);
  pos(
    'JDBC URL with password parameter',
    'jdbc',
    'src/main/resources/db.properties',
    lines(
      'db.driver=org.postgresql.Driver',
      `db.url=jdbc:postgresql://db.acme.internal:5432/ledger?user=ledger&password=${jdbcPw}&ssl=true`,
    ),
    jdbcPw,
  );
  const mssqlPw = g.pick(AN, 16) + '!';
  pos(
    'SQL Server JDBC URL',
    'jdbc',
    'erp/src/main/resources/application.yml',
    lines(
      'spring:',
      '  datasource:',
      `    url: jdbc:sqlserver://sql.acme.io:1433;databaseName=erp;user=erp_app;password=${mssqlPw};encrypt=true`,
    ),
    mssqlPw,
  );
  const adoPw = g.pick(AN, 20);
  pos(
    '.NET SQL connection string',
    'mssql-connection-string',
    'web/appsettings.Production.json',
    lines(
      '{',
      '  "ConnectionStrings": {',
      `    "Default": "Server=tcp:acme.database.windows.net,1433;Database=shop;User ID=shop;Password=${adoPw};Encrypt=True;"`,
      '  }',
      '}',
    ),
    adoPw,
  );

  // ---------------------------------------------------------------- Kubernetes secrets
  const k8sPw = g.pick(AN, 24);
  const k8sPwB64 = b64(k8sPw);
  pos(
    'Kubernetes Secret data (base64 password)',
    'k8s-secret',
    'k8s/db-secret.yaml',
    lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db-credentials',
      'type: Opaque',
      'data:',
      `  username: ${b64('orders')}`,
      `  password: ${k8sPwB64}`,
    ),
    k8sPwB64,
  );
  const k8sGh = 'gh' + 'p_' + g.pick(AN, 36);
  const k8sGhB64 = b64(k8sGh);
  pos(
    'Kubernetes Secret data holding a GitHub token',
    'k8s-secret',
    'k8s/runner-secret.yaml',
    lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: runner-token',
      '  namespace: ci',
      'type: Opaque',
      'data:',
      `  GITHUB_TOKEN: ${k8sGhB64}`,
    ),
    k8sGhB64,
  );
  const k8sUrlPw = g.pick(AN, 22);
  pos(
    'Kubernetes Secret stringData with a DB URL',
    'k8s-secret',
    'k8s/api-secret.yaml',
    lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: api-env',
      'stringData:',
      `  DATABASE_URL: postgresql://api:${k8sUrlPw}@postgres.prod.svc:5432/api`,
    ),
    k8sUrlPw,
  );

  buildNegatives(g, neg, ssh.publicLine);
  return { positives, negatives };
}

/**
 * Batch B, written after the first round of rule fixes and measured once before any further change:
 * other languages and file kinds (XML, SQL, PHP defines, PowerShell, INI, TOML, Gradle, .pgpass), so
 * the fixes are judged on cases they were not shaped by.
 */
export function buildHeldoutB(seed = 'launch-gate-heldout-b1'): Heldout {
  const g = new Seeded(seed);
  const positives: HeldoutCase[] = [];
  const negatives: HeldoutCase[] = [];
  const pos = (name: string, provider: string, file: string, content: string, secret: string, marker = secret) => {
    const line = lineOf(content, marker);
    positives.push({ name, provider, file, content, secret, line, lines: [line], rule: provider });
  };
  const neg = (name: string, kind: string, file: string, content: string) =>
    negatives.push({ name, provider: kind, file, content });
  const pw = (n = 20) => g.pick(AN, n - 2) + g.pick(DIG, 1) + g.pick('!#%*-', 1);

  const sk = 'sk' + '_live_' + g.pick(AN, 24);
  pos(
    'Stripe key in .NET app.config',
    'stripe',
    'Web/App.config',
    lines(
      '<configuration>',
      '  <appSettings>',
      `    <add key="StripeApiKey" value="${sk}" />`,
      '  </appSettings>',
      '</configuration>',
    ),
    sk,
  );
  const mvn = pw();
  pos(
    'Maven settings.xml server password',
    'maven',
    '.mvn/settings.xml',
    lines(
      '<settings>',
      '  <servers>',
      '    <server>',
      '      <id>acme-releases</id>',
      '      <username>deployer</username>',
      `      <password>${mvn}</password>`,
      '    </server>',
      '  </servers>',
      '</settings>',
    ),
    mvn,
  );
  const sg = 'SG' + '.' + g.pick(URLSAFE, 22) + '.' + g.pick(URLSAFE, 43);
  pos(
    'SendGrid key in C#',
    'sendgrid',
    'src/Mailer.cs',
    lines(
      'using SendGrid;',
      'public class Mailer {',
      `    private readonly SendGridClient _client = new SendGridClient("${sg}");`,
      '}',
    ),
    sg,
  );
  const ktKey = g.pick(AN, 40);
  pos(
    'API key constant in Kotlin',
    'generic-api-key',
    'app/src/main/java/com/acme/Api.kt',
    lines('package com.acme', '', 'object Api {', `    const val API_KEY = "${ktKey}"`, '}'),
    ktKey,
  );
  const swKey = g.pick(AN, 32);
  pos(
    'API token in Swift',
    'generic-api-key',
    'App/Sources/Client.swift',
    lines('import Foundation', '', 'struct Client {', `    static let apiToken = "${swKey}"`, '}'),
    swKey,
  );
  const ghRust = 'gh' + 'p_' + g.pick(AN, 36);
  pos(
    'GitHub token in Rust',
    'github',
    'src/main.rs',
    lines('use octocrab::Octocrab;', '', `const TOKEN: &str = "${ghRust}";`),
    ghRust,
  );
  const psPw = pw();
  pos(
    'PowerShell plain-text SecureString',
    'powershell',
    'deploy/Install.ps1',
    lines(
      '$user = "ACME\\svc-deploy"',
      `$password = ConvertTo-SecureString "${psPw}" -AsPlainText -Force`,
      '$cred = New-Object System.Management.Automation.PSCredential($user, $password)',
    ),
    psPw,
  );
  const iniPw = pw();
  pos(
    'INI database password',
    'generic-password',
    'config/app.ini',
    lines('[server]', 'port = 8080', '', '[database]', 'host = db.acme.internal', 'user = app', `password = ${iniPw}`),
    iniPw,
  );
  const tomlSecret = g.pick(AN, 48);
  pos(
    'TOML signing secret',
    'generic-secret',
    'config/production.toml',
    lines('[http]', 'port = 8080', '', '[session]', `secret = "${tomlSecret}"`),
    tomlSecret,
  );
  const dockerLoginPw = pw(24);
  pos(
    'docker/login-action with a literal password',
    'github-actions',
    '.github/workflows/image.yml',
    lines(
      'jobs:',
      '  push:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: docker/login-action@v3',
      '        with:',
      '          registry: registry.acme.io',
      '          username: ci',
      `          password: ${dockerLoginPw}`,
    ),
    dockerLoginPw,
  );
  const glPw = pw();
  pos(
    'GitLab CI variable',
    'gitlab-ci',
    '.gitlab-ci.yml',
    lines('variables:', '  POSTGRES_DB: app', `  DB_PASSWORD: ${glPw}`, '', 'test:', '  script: [make test]'),
    glPw,
  );
  const curlPw = pw();
  pos(
    'curl -u user:password in a Jenkinsfile',
    'basic-auth',
    'Jenkinsfile',
    lines(
      'pipeline {',
      '  agent any',
      '  stages {',
      "    stage('deploy') {",
      `      steps { sh 'curl -fsS -u deployer:${curlPw} https://nexus.acme.io/repository/releases/ -T app.jar' }`,
      '    }',
      '  }',
      '}',
    ),
    curlPw,
  );
  const becomePw = pw();
  pos(
    'Ansible become password in inventory',
    'ansible',
    'inventory/prod.yml',
    lines(
      'all:',
      '  hosts:',
      '    web1.acme.io:',
      '  vars:',
      '    ansible_user: deploy',
      `    ansible_become_password: ${becomePw}`,
    ),
    becomePw,
  );
  const helmPw = pw();
  pos(
    'Helm values with a database password',
    'helm',
    'charts/api/values-prod.yaml',
    lines(
      'postgresql:',
      '  enabled: true',
      '  auth:',
      '    username: api',
      `    password: ${helmPw}`,
      '    database: api',
    ),
    helmPw,
  );
  const sqlPw = pw();
  pos(
    'CREATE USER … PASSWORD in a migration',
    'sql',
    'db/migrations/0003_reporting_user.sql',
    lines(
      '-- read-only user for the BI tool',
      `CREATE USER reporting WITH PASSWORD '${sqlPw}';`,
      'GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;',
    ),
    sqlPw,
  );
  const myPw = pw();
  pos(
    'MySQL IDENTIFIED BY',
    'sql',
    'db/init/users.sql',
    lines(`CREATE USER 'shop'@'%' IDENTIFIED BY '${myPw}';`, "GRANT ALL ON shop.* TO 'shop'@'%';"),
    myPw,
  );
  const awsId = 'AK' + 'IA' + g.pick(B32, 16);
  const awsSecret = g.pick(B64, 40);
  pos(
    'boto3 client with literal keys',
    'aws',
    'scripts/backup.py',
    lines(
      'import boto3',
      '',
      `s3 = boto3.client("s3", aws_access_key_id="${awsId}", aws_secret_access_key="${awsSecret}")`,
    ),
    awsId,
  );
  const gitCred = 'gh' + 'p_' + g.pick(AN, 36);
  pos('.git-credentials', 'github', 'ci/.git-credentials', lines(`https://acme-bot:${gitCred}@github.com`), gitCred);
  const pgpass = pw();
  pos('.pgpass line', 'pgpass', 'ops/.pgpass', lines(`db.acme.internal:5432:orders:orders:${pgpass}`), pgpass);
  const wpPw = pw();
  pos(
    'wp-config.php DB_PASSWORD',
    'wordpress',
    'wp-config.php',
    lines(
      '<?php',
      "define( 'DB_NAME', 'wordpress' );",
      "define( 'DB_USER', 'wp' );",
      `define( 'DB_PASSWORD', '${wpPw}' );`,
      "define( 'DB_HOST', 'db.acme.internal' );",
    ),
    wpPw,
  );
  const wpSalt = g.pick(AN + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64);
  pos(
    'wp-config.php AUTH_KEY salt',
    'wordpress',
    'site/wp-config.php',
    lines('<?php', `define( 'AUTH_KEY',         '${wpSalt}' );`),
    wpSalt,
  );
  const laravel = 'base64:' + b64(g.bytes(32));
  pos(
    'Laravel APP_KEY in .env',
    'laravel',
    'shop/.env',
    lines('APP_NAME=Shop', 'APP_ENV=production', `APP_KEY=${laravel}`),
    laravel,
  );
  const symfony = g.pick(HEX, 32);
  pos(
    'Symfony APP_SECRET in .env.prod',
    'symfony',
    'app/.env.prod',
    lines('APP_ENV=prod', `APP_SECRET=${symfony}`),
    symfony,
  );
  const npmTok = 'npm' + '_' + g.pick(AN, 36);
  pos(
    '.yarnrc.yml npmAuthToken',
    'npm',
    '.yarnrc.yml',
    lines(
      'nodeLinker: node-modules',
      'npmScopes:',
      '  acme:',
      '    npmRegistryServer: "https://registry.npmjs.org"',
      `    npmAuthToken: ${npmTok}`,
    ),
    npmTok,
  );
  const gradlePw = pw();
  pos(
    'gradle.properties signing password',
    'gradle',
    'gradle.properties',
    lines('org.gradle.jvmargs=-Xmx2g', 'signing.keyId=24875D73', `signing.password=${gradlePw}`, 'ossrhUsername=acme'),
    gradlePw,
  );
  const xapp = 'xa' + 'pp-1-' + 'A0' + g.pick(UP + DIG, 9) + '-' + g.pick(DIG, 13) + '-' + g.pick(HEX, 64);
  pos(
    'Slack app-level token',
    'slack',
    'bot/config.yaml',
    lines('slack:', `  app_token: ${xapp}`, '  socket_mode: true'),
    xapp,
  );
  const goStripe = 'sk' + '_live_' + g.pick(AN, 99);
  pos(
    'Stripe key in Go',
    'stripe',
    'billing/stripe.go',
    lines(
      'package billing',
      '',
      'import "github.com/stripe/stripe-go/v78"',
      '',
      'func init() {',
      `\tstripe.Key = "${goStripe}"`,
      '}',
    ),
    goStripe,
  );
  const ghOauth = g.pick(HEX, 40);
  pos(
    'GitHub OAuth app client secret in YAML',
    'github-oauth',
    'config/oauth.yml',
    lines('github:', `  client_id: Iv1.${g.pick(HEX, 16)}`, `  client_secret: ${ghOauth}`),
    ghOauth,
  );
  const gocspx = 'GOC' + 'SPX-' + g.pick(URLSAFE, 28);
  pos(
    'Google OAuth client_secret.json',
    'google-oauth',
    'auth/client_secret.json',
    JSON.stringify(
      {
        web: {
          client_id: `${g.pick(DIG, 12)}-${g.pick(ANL, 32)}.apps.googleusercontent.com`,
          project_id: 'acme-web',
          client_secret: gocspx,
          redirect_uris: ['https://acme.io/oauth/callback'],
        },
      },
      null,
      2,
    ) + '\n',
    gocspx,
  );
  const discord = 'M' + g.pick(AN, 23) + '.' + g.pick(URLSAFE, 6) + '.' + g.pick(URLSAFE, 38);
  pos(
    'Discord bot token in Python',
    'discord',
    'bot/run.py',
    lines(
      'import discord',
      '',
      'client = discord.Client(intents=discord.Intents.default())',
      `client.run("${discord}")`,
    ),
    discord,
  );
  const javaAws = g.pick(B64, 40);
  const javaAwsId = 'AK' + 'IA' + g.pick(B32, 16);
  pos(
    'AWS secret key in Java properties',
    'aws',
    'src/main/resources/aws.properties',
    lines(`aws.accessKeyId=${javaAwsId}`, `aws.secretKey=${javaAws}`),
    javaAws,
  );
  // The key id is reported by design (aws-access-key-id): its line is right too.
  positives[positives.length - 1].lines = [1, 2];
  const cloudinary = `cloudinary://${g.pick(DIG, 15)}:${g.pick(URLSAFE, 27)}@acme`;
  pos('Cloudinary URL', 'cloudinary', 'web/.env.production', lines(`CLOUDINARY_URL=${cloudinary}`), cloudinary);
  const smtpPw = pw();
  pos(
    'SMTP URL with password',
    'smtp-url',
    'config/mail.yml',
    lines('mail:', `  url: smtp://postmaster%40mg.acme.io:${smtpPw}@smtp.mailgun.org:587`),
    smtpPw,
  );
  const ecKey = ecPem(g, 'EC PRIVATE KEY');
  const tfHeredoc = lines(
    'resource "tls_locally_signed_cert" "api" {',
    '  ca_private_key_pem = <<EOT',
    ...ecKey.trimEnd().split('\n'),
    'EOT',
    '}',
  );
  pos('EC private key in a Terraform heredoc', 'ec-private-key', 'infra/certs.tf', tfHeredoc, ecKey, DASH5 + 'BEGIN');
  const sas = `https://acmeprod.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacx&se=2026-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(b64(g.bytes(32)))}`;
  pos(
    'Azure SAS URL',
    'azure-sas',
    'scripts/restore.sh',
    lines('#!/bin/sh', `azcopy copy "${sas}" ./restore --recursive`),
    sas,
  );
  const ado = g.pick('abcdefghijklmnopqrstuvwxyz234567', 52);
  pos(
    'Azure DevOps PAT in a script',
    'azure-devops',
    'scripts/ado.sh',
    lines(`export AZURE_DEVOPS_EXT_PAT=${ado}`, 'az devops project list --org https://dev.azure.com/acme'),
    ado,
  );
  const shpca = 'shpca' + '_' + g.pick(HEX, 32);
  pos(
    'Shopify custom app token in Ruby',
    'shopify',
    'lib/shop.rb',
    lines(`session = ShopifyAPI::Auth::Session.new(shop: "acme.myshopify.com", access_token: "${shpca}")`),
    shpca,
  );
  const oktaSecret = g.pick(URLSAFE, 40);
  pos(
    'OAuth client secret via a Java setter',
    'okta',
    'src/main/java/com/acme/Sso.java',
    lines(
      'OktaClient client = OktaClient.builder()',
      '    .setClientId("0oa' + g.pick(AN, 17) + '")',
      `    .setClientSecret("${oktaSecret}")`,
      '    .build();',
    ),
    oktaSecret,
  );

  // ---------------------------------------------------------------- negatives
  neg(
    'Maven settings with env references',
    'reference',
    'ci/settings.xml',
    lines(
      '<server>',
      '  <id>acme</id>',
      '  <username>${env.MAVEN_USERNAME}</username>',
      '  <password>${env.MAVEN_PASSWORD}</password>',
      '</server>',
    ),
  );
  neg(
    'wp-config-sample.php',
    'placeholder',
    'wp-config-sample.php',
    lines(
      '<?php',
      "define( 'DB_PASSWORD', 'password_here' );",
      "define( 'AUTH_KEY',         'put your unique phrase here' );",
    ),
  );
  neg(
    'SQL with a psql variable',
    'reference',
    'db/migrations/0004_app_user.sql',
    lines("CREATE USER app WITH PASSWORD :'app_password';", 'ALTER USER app WITH PASSWORD NULL;'),
  );
  neg(
    'PowerShell reads a password',
    'reference',
    'deploy/Connect.ps1',
    lines('$password = Read-Host -AsSecureString "Password"', '$token = $env:API_TOKEN', '$cred = Get-Credential'),
  );
  neg(
    'Kotlin and Swift build-config lookups',
    'reference',
    'app/Config.kt',
    lines(
      'val apiKey = BuildConfig.API_KEY',
      'val token = KeychainHelper.read("token")',
      'val secret = System.getenv("CLIENT_SECRET") ?: error("missing")',
    ),
  );
  neg(
    'password hashing code',
    'code',
    'app/security.py',
    lines(
      'import hashlib',
      '',
      'def hash_password(password: str, salt: bytes) -> str:',
      '    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()',
    ),
  );
  neg(
    'OpenAPI security scheme',
    'schema',
    'api/openapi.yaml',
    lines(
      'components:',
      '  securitySchemes:',
      '    apiKey:',
      '      type: apiKey',
      '      in: header',
      '      name: X-API-Key',
      '    bearerAuth:',
      '      type: http',
      '      scheme: bearer',
      '      bearerFormat: JWT',
    ),
  );
  neg(
    'GraphQL schema',
    'schema',
    'api/schema.graphql',
    lines('type User {', '  id: ID!', '  password: String!', '  apiToken: String', '}'),
  );
  neg(
    'Django password validators',
    'settings',
    'mysite/settings/base.py',
    lines(
      'AUTH_PASSWORD_VALIDATORS = [',
      "    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'},",
      ']',
      "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']",
    ),
  );
  neg(
    'GitLab CI variable references',
    'reference',
    'ci/deploy.gitlab-ci.yml',
    lines(
      'deploy:',
      '  variables:',
      '    DB_PASSWORD: $CI_DB_PASSWORD',
      '    API_TOKEN: "$PROD_API_TOKEN"',
      '  script: [./deploy.sh]',
    ),
  );
  neg(
    'Kubernetes secretKeyRef',
    'reference',
    'k8s/deploy.yaml',
    lines(
      'env:',
      '  - name: DB_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef:',
      '        name: db-credentials',
      '        key: password',
    ),
  );
  neg(
    'Terraform sensitive variable',
    'reference',
    'infra/variables.tf',
    lines('variable "db_password" {', '  type      = string', '  sensitive = true', '  default   = ""', '}'),
  );
  neg(
    'Helm values using an existing secret',
    'reference',
    'charts/api/values.yaml',
    lines(
      'postgresql:',
      '  auth:',
      '    existingSecret: api-db',
      '    password: ""',
      '    secretKeys:',
      '      adminPasswordKey: postgres-password',
    ),
  );
  neg(
    'Firebase web config',
    'public-by-design',
    'web/src/environments/environment.prod.ts',
    lines(
      'export const environment = {',
      '  production: true,',
      '  firebase: {',
      `    apiKey: 'AI${'za'}${g.pick(URLSAFE, 35)}',`,
      "    authDomain: 'acme-web.firebaseapp.com',",
      "    projectId: 'acme-web',",
      '  },',
      '};',
    ),
  );
  neg(
    'JSON schema for credentials',
    'schema',
    'schemas/credentials.json',
    lines(
      '{',
      '  "properties": {',
      '    "password": { "type": "string", "minLength": 12 },',
      '    "apiKey": { "type": "string", "pattern": "^[A-Za-z0-9]{32}$" }',
      '  }',
      '}',
    ),
  );
  neg(
    'redacted log sample',
    'placeholder',
    'docs/troubleshooting.log',
    lines(
      '2024-05-02T10:11:12Z INFO request token=[REDACTED] status=200',
      '2024-05-02T10:11:13Z WARN login failed password=******** user=alice',
    ),
  );
  neg(
    'HTML password field',
    'text',
    'web/templates/login.html',
    lines(
      '<form>',
      '  <input type="password" name="password" autocomplete="current-password" placeholder="Password">',
      '  <input type="hidden" name="token" value="{{ token }}">',
      '</form>',
    ),
  );
  neg(
    'Go header constant',
    'code',
    'internal/http/headers.go',
    lines('package http', '', 'const (', '\ttokenHeader  = "X-Auth-Token"', '\tapiKeyHeader = "X-Api-Key"', ')'),
  );
  neg(
    'compose secrets from files',
    'reference',
    'deploy/compose.prod.yaml',
    lines(
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
      'secrets:',
      '  db_password:',
      '    file: ./secrets/db_password.txt',
    ),
  );
  neg(
    'workflow github.token',
    'reference',
    '.github/workflows/label.yml',
    lines(
      'jobs:',
      '  label:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/labeler@v5',
      '        with:',
      '          repo-token: ${{ github.token }}',
    ),
  );
  neg(
    '.env.test with test values',
    'placeholder',
    '.env.test',
    lines('JWT_SECRET=test-secret', 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test'),
  );
  neg(
    'Cypress login test',
    'fixture',
    'cypress/e2e/login.cy.ts',
    lines("cy.get('#email').type('alice@example.com');", "cy.get('#password').type('correct-horse-battery-staple');"),
  );
  neg(
    'Postman collection variables',
    'reference',
    'postman/collection.json',
    lines(
      '{',
      '  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{apiToken}}" }] },',
      '  "variable": [{ "key": "apiToken", "value": "" }]',
      '}',
    ),
  );
  neg(
    'kwargs from getpass',
    'code',
    'scripts/migrate.py',
    lines('import getpass, psycopg', '', 'conn = psycopg.connect(host="db", user="admin", password=getpass.getpass())'),
  );
  neg(
    'terraform lock file',
    'lockfile',
    '.terraform.lock.hcl',
    lines(
      'provider "registry.terraform.io/hashicorp/aws" {',
      '  version = "5.50.0"',
      '  hashes = [',
      `    "h1:${b64(g.bytes(32))}",`,
      `    "zh:${g.pick(HEX, 64)}",`,
      '  ]',
      '}',
    ),
  );
  neg(
    'gradle wrapper checksum',
    'hash',
    'gradle/wrapper/gradle-wrapper.properties',
    lines(
      'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip',
      `distributionSha256Sum=${g.pick(HEX, 64)}`,
    ),
  );
  neg(
    'pre-commit revs',
    'hash',
    '.pre-commit-config.yaml',
    lines(
      'repos:',
      '  - repo: https://github.com/gitleaks/gitleaks',
      `    rev: ${g.pick(HEX, 40)}`,
      '    hooks:',
      '      - id: gitleaks',
    ),
  );
  neg(
    'git credential helper config',
    'settings',
    '.gitconfig',
    lines('[credential]', '  helper = store', '[user]', '  signingkey = ' + g.pick(HEX.toUpperCase().slice(0, 16), 16)),
  );
  neg(
    'TOML with empty and env values',
    'reference',
    'config/default.toml',
    lines('[database]', 'password = ""', '', '[session]', 'secret = "${SESSION_SECRET}"'),
  );
  neg(
    'INI template',
    'placeholder',
    'config/app.ini.example',
    lines('[database]', 'password = <database password>', 'api_key = your_api_key'),
  );
  neg(
    'XML with a placeholder',
    'placeholder',
    'Web/App.Debug.config',
    lines(
      '<appSettings>',
      '  <add key="StripeApiKey" value="__STRIPE_API_KEY__" />',
      '  <add key="Password" value="#{DbPassword}#" />',
      '</appSettings>',
    ),
  );
  neg(
    'GPG key ids and fingerprints',
    'id',
    'docs/signing.md',
    lines(
      'Releases are signed with key `' + g.pick('0123456789ABCDEF', 16) + '`',
      'Fingerprint: ' + Array.from({ length: 10 }, () => g.pick('0123456789ABCDEF', 4)).join(' '),
    ),
  );
  neg(
    'random request ids in a log fixture',
    'id',
    'logs/sample.jsonl',
    lines(
      ...Array.from({ length: 4 }, () =>
        JSON.stringify({ traceId: g.pick(HEX, 32), spanId: g.pick(HEX, 16), requestId: uuid(g) }),
      ),
    ),
  );
  neg(
    'Vault agent template',
    'reference',
    'deploy/agent.hcl',
    lines(
      'template {',
      '  destination = "/etc/app/db.env"',
      '  contents    = <<EOT',
      '{{ with secret "database/creds/app" }}DB_PASSWORD={{ .Data.password }}{{ end }}',
      'EOT',
      '}',
    ),
  );
  neg(
    'Windows registry export of a setting name',
    'settings',
    'deploy/settings.reg',
    lines('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme]', '"TokenLifetimeMinutes"=dword:0000003c', '"PasswordPolicy"="strong"'),
  );
  return { positives, negatives };
}

type Neg = (name: string, kind: string, file: string, content: string) => void;

function buildNegatives(g: Seeded, neg: Neg, sshPublic: string): void {
  const sha1 = () => g.pick(HEX, 40);
  const sha256 = () => g.pick(HEX, 64);
  const sri = (bits: 256 | 384 | 512) => `sha${bits}-` + b64(g.bytes(bits / 8));

  // ---------------------------------------------------------------- placeholders
  neg(
    '.env.example with placeholders',
    'placeholder',
    '.env.example',
    lines(
      'DATABASE_URL=postgres://user:password@localhost:5432/app',
      'STRIPE_SECRET_KEY=your-stripe-secret-key-here',
      'OPENAI_API_KEY=<your OpenAI key>',
      'JWT_SECRET=change-me',
      'SENDGRID_API_KEY=',
      'AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ),
  );
  neg(
    'angle bracket token in YAML',
    'placeholder',
    'config/example.yml',
    lines('github:', '  token: <TOKEN>', '  api_key: <YOUR_API_KEY>', '  password: <password>'),
  );
  neg(
    'docker-compose with variable references',
    'reference',
    'docker-compose.yml',
    lines(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
      '      API_TOKEN: ${API_TOKEN:-}',
      '  api:',
      '    environment:',
      '      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app',
    ),
  );
  neg(
    'Helm template values',
    'reference',
    'chart/templates/secret.yaml',
    lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: {{ include "app.fullname" . }}',
      'stringData:',
      '  token: {{ .Values.token | quote }}',
      '  password: {{ required "password" .Values.db.password }}',
    ),
  );
  neg(
    'Python reads the environment',
    'reference',
    'app/config.py',
    lines(
      'import os',
      '',
      'STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]',
      'SECRET_KEY = os.getenv("DJANGO_SECRET_KEY")',
      "DATABASE_PASSWORD = os.environ.get('DATABASE_PASSWORD', '')",
    ),
  );
  neg(
    'Ruby ENV.fetch',
    'reference',
    'config/initializers/github.rb',
    lines(
      "GITHUB_TOKEN = ENV.fetch('GITHUB_TOKEN')",
      "Stripe.api_key = ENV['STRIPE_SECRET_KEY']",
      'password: Rails.application.credentials.dig(:smtp, :password)',
    ),
  );
  neg(
    'Node process.env',
    'reference',
    'src/config.ts',
    lines(
      'export const config = {',
      '  openaiApiKey: process.env.OPENAI_API_KEY!,',
      "  jwtSecret: process.env.JWT_SECRET ?? '',",
      '  password: process.env.DB_PASSWORD,',
      '};',
    ),
  );
  neg(
    'GitHub Actions secrets references',
    'reference',
    '.github/workflows/ci.yml',
    lines(
      'jobs:',
      '  publish:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      '    steps:',
      '      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc',
    ),
  );
  neg(
    'Go, Java, PHP env lookups',
    'reference',
    'src/env.txt',
    lines(
      'apiKey := os.Getenv("API_KEY")',
      'String password = System.getenv("DB_PASSWORD");',
      "$secret = getenv('STRIPE_SECRET');",
      'token = ENV["SLACK_TOKEN"]',
    ),
  );
  neg(
    'Terraform variables',
    'reference',
    'infra/db.tf',
    lines(
      'resource "aws_db_instance" "main" {',
      '  username = "app"',
      '  password = var.db_password',
      '  api_key  = data.vault_generic_secret.api.data["key"]',
      '}',
    ),
  );
  neg(
    '.npmrc with an env reference',
    'reference',
    'web/.npmrc',
    lines('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'always-auth=true'),
  );
  neg(
    '.pypirc template',
    'placeholder',
    'docs/pypirc.example',
    lines('[pypi]', 'username = __token__', 'password = <your PyPI API token>'),
  );
  neg(
    '.netrc written from the environment',
    'reference',
    'ci/write-netrc.sh',
    lines(
      'cat > ~/.netrc <<EOF',
      'machine api.heroku.com',
      '  login $HEROKU_EMAIL',
      '  password $HEROKU_API_KEY',
      'EOF',
    ),
  );
  neg(
    'Kubernetes Secret with CHANGEME values',
    'placeholder',
    'k8s/secret.example.yaml',
    lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: app',
      'data:',
      `  password: ${b64('CHANGEME')}`,
      `  api-key: ${b64('replace-me')}`,
    ),
  );
  neg(
    'README with redacted tokens',
    'placeholder',
    'docs/setup.md',
    lines(
      '# Setup',
      '',
      'Create a token (it looks like `gh' + 'p_************************************`) and run:',
      '',
      '```sh',
      'export OPENAI_API_KEY=sk-...',
      'export GITHUB_TOKEN=gh' + 'p_' + 'x'.repeat(36),
      '```',
    ),
  );
  neg(
    'empty and masked values',
    'placeholder',
    'config/logged.yml',
    lines('password: ""', 'token: "***"', "api_key: '********'", 'secret: null', 'client_secret: ~'),
  );
  neg(
    'fake fixtures in a test',
    'fixture',
    'test/auth.test.js',
    lines(
      "const FAKE_TOKEN = 'fake-token-for-tests';",
      "const dummyPassword = 'dummy-password';",
      "const apiKey = 'test-api-key-1234';",
      "expect(login('alice', 'password123')).toBe(false);",
    ),
  );
  const awsDocsId = 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE';
  const awsDocsSecret = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
  neg(
    'AWS documentation example keys',
    'docs-example',
    'docs/aws.md',
    lines('```ini', '[default]', `aws_access_key_id = ${awsDocsId}`, `aws_secret_access_key = ${awsDocsSecret}`, '```'),
  );
  neg(
    'Stripe publishable and test keys',
    'public-by-design',
    'web/src/stripe.ts',
    lines(
      `export const stripe = loadStripe('pk_live_51${g.pick(AN, 97)}');`,
      `export const testKey = 'sk_test_51${g.pick(AN, 97)}';`,
    ),
  );
  const sentryPublic = `https://${g.pick(HEX, 32)}@o${g.pick(DIG, 6)}.ingest.sentry.io/${g.pick(DIG, 7)}`;
  neg(
    'Sentry public DSN in browser code',
    'public-by-design',
    'web/src/sentry.js',
    lines("import * as Sentry from '@sentry/browser';", `Sentry.init({ dsn: '${sentryPublic}' });`),
  );
  const anon = jwtHs256(g, { iss: 'supabase', ref: g.pick(LO, 20), role: 'anon', iat: 1700000000, exp: 2015576000 });
  neg(
    'Supabase anon key in browser config',
    'public-by-design',
    'web/.env',
    lines('NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnop.supabase.co', `NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`),
  );
  neg(
    'OAuth client ids',
    'public-by-design',
    'web/src/auth.ts',
    lines(
      `export const GOOGLE_CLIENT_ID = '${g.pick(DIG, 12)}-${g.pick(ANL, 32)}.apps.googleusercontent.com';`,
      `export const AUTH0_CLIENT_ID = '${g.pick(AN, 32)}';`,
    ),
  );

  // ---------------------------------------------------------------- hashes, ids, digests
  neg(
    'git shas in a changelog',
    'hash',
    'CHANGELOG.md',
    lines('## 1.4.2', '', ...Array.from({ length: 6 }, () => `- fix: retry on 503 (${sha1()})`)),
  );
  neg(
    'SHA256SUMS file',
    'hash',
    'release/SHA256SUMS',
    lines(...['linux-amd64', 'linux-arm64', 'darwin-arm64'].map((p) => `${sha256()}  launch-gate-${p}.tar.gz`)),
  );
  neg(
    'Docker image digests',
    'hash',
    'k8s/deployment.yaml',
    lines(
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - image: ghcr.io/acme/api@sha256:${sha256()}`,
      `        - image: nginx:1.27@sha256:${sha256()}`,
    ),
  );
  neg(
    'UUIDs in JSON',
    'id',
    'data/tenants.json',
    JSON.stringify(
      Array.from({ length: 5 }, () => ({ id: uuid(g), tenantId: uuid(g), requestId: uuid(g) })),
      null,
      2,
    ) + '\n',
  );
  neg(
    'Stripe object ids',
    'id',
    'test/fixtures/invoice.json',
    lines(
      '{',
      `  "id": "in_1${g.pick(AN, 23)}",`,
      `  "customer": "cus_${g.pick(AN, 14)}",`,
      `  "price": "price_1${g.pick(AN, 23)}",`,
      `  "payment_intent": "pi_3${g.pick(AN, 23)}"`,
      '}',
    ),
  );
  neg(
    'bcrypt hashes in seed data',
    'hash',
    'db/seeds.sql',
    lines(
      'INSERT INTO users (email, password_hash) VALUES',
      `  ('alice@example.com', '$2b$12$${g.pick(AN + './', 53)}'),`,
      `  ('bob@example.com', '$2b$12$${g.pick(AN + './', 53)}');`,
    ),
  );
  neg(
    'HTML subresource integrity',
    'hash',
    'web/index.html',
    lines(
      '<!doctype html>',
      `<script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12" integrity="${sri(384)}" crossorigin="anonymous"></script>`,
      `<link rel="stylesheet" href="/app.css" integrity="${sri(256)}">`,
    ),
  );

  // ---------------------------------------------------------------- lockfiles
  neg(
    'package-lock.json integrity',
    'lockfile',
    'package-lock.json',
    JSON.stringify(
      {
        name: 'web',
        lockfileVersion: 3,
        packages: Object.fromEntries(
          ['react', 'zod', 'yaml'].map((n) => [
            `node_modules/${n}`,
            { version: '1.0.0', resolved: `https://registry.npmjs.org/${n}/-/${n}-1.0.0.tgz`, integrity: sri(512) },
          ]),
        ),
      },
      null,
      2,
    ) + '\n',
  );
  neg(
    'yarn.lock integrity',
    'lockfile',
    'yarn.lock',
    lines(
      '# yarn lockfile v1',
      '',
      '"react@^18.2.0":',
      '  version "18.3.1"',
      `  resolved "https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#${sha1()}"`,
      `  integrity ${sri(512)}`,
    ),
  );
  neg(
    'pnpm-lock.yaml',
    'lockfile',
    'pnpm-lock.yaml',
    lines("lockfileVersion: '9.0'", 'packages:', '  react@18.3.1:', `    resolution: {integrity: ${sri(512)}}`),
  );
  neg(
    'go.sum',
    'lockfile',
    'go.sum',
    lines(
      `github.com/google/uuid v1.6.0 h1:${b64(g.bytes(32))}`,
      `github.com/google/uuid v1.6.0/go.mod h1:${b64(g.bytes(32))}`,
    ),
  );
  neg(
    'Cargo.lock',
    'lockfile',
    'Cargo.lock',
    lines(
      '[[package]]',
      'name = "serde"',
      'version = "1.0.203"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${sha256()}"`,
    ),
  );
  neg(
    'poetry.lock',
    'lockfile',
    'poetry.lock',
    lines(
      '[[package]]',
      'name = "requests"',
      'version = "2.32.3"',
      'files = [',
      `    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${sha256()}"},`,
      ']',
      '',
      '[metadata]',
      `content-hash = "${sha256()}"`,
    ),
  );
  neg(
    'Gemfile.lock and composer.lock',
    'lockfile',
    'composer.lock',
    lines(
      '{',
      `    "content-hash": "${g.pick(HEX, 32)}",`,
      '    "packages": [{ "name": "guzzlehttp/guzzle", "dist": { "type": "zip", "reference": "' +
        sha1() +
        '", "shasum": "" } }]',
      '}',
    ),
  );

  // ---------------------------------------------------------------- public keys and certificates
  neg(
    'authorized_keys',
    'public-key',
    'deploy/authorized_keys',
    lines(sshPublic, `ssh-rsa ${b64(Buffer.concat([sshString('ssh-rsa'), g.bytes(270)]))} ops@bastion`),
  );
  neg(
    'known_hosts',
    'public-key',
    'ci/known_hosts',
    lines(`github.com ssh-ed25519 ${b64(Buffer.concat([sshString('ssh-ed25519'), g.bytes(32)]))}`),
  );
  neg(
    'PEM public key',
    'public-key',
    'keys/jwt-public.pem',
    pemBlock(
      'PUBLIC KEY',
      b64(Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f00', 'hex'), g.bytes(270)])),
    ),
  );
  neg(
    'certificate chain',
    'public-key',
    'certs/chain.pem',
    pemBlock('CERTIFICATE', b64(Buffer.concat([Buffer.from('308203', 'hex'), g.bytes(800)]))) +
      pemBlock('CERTIFICATE', b64(Buffer.concat([Buffer.from('308204', 'hex'), g.bytes(900)]))),
  );
  neg(
    'PGP public key block',
    'public-key',
    'KEYS.asc',
    lines(
      DASH5 + 'BEGIN PGP PUBLIC KEY BLOCK' + DASH5,
      '',
      ...wrap(b64(g.bytes(600)), 64).split('\n'),
      '=' + g.pick(B64, 4),
      DASH5 + 'END PGP PUBLIC KEY BLOCK' + DASH5,
    ),
  );

  // ---------------------------------------------------------------- high-entropy text that is not a secret
  neg(
    'base64 PNG in CSS',
    'data-uri',
    'web/src/icons.css',
    lines(
      '.icon-check {',
      `  background-image: url("data:image/png;base64,iVBORw0KGgo${b64(g.bytes(300))}");`,
      '}',
      '@font-face {',
      '  font-family: "Inter";',
      `  src: url(data:font/woff2;base64,d09GMgABAAAA${b64(g.bytes(400))}) format("woff2");`,
      '}',
    ),
  );
  neg(
    'SVG data URI',
    'data-uri',
    'web/src/logo.tsx',
    lines(
      `export const logo = 'data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>')}';`,
    ),
  );
  const ident = () => g.pick(LO, 1) + g.pick(AN + '_$', 11);
  neg(
    'minified JS',
    'minified',
    'web/public/vendor.min.js',
    lines(
      `!function(e,t){var ${ident()}="${g.pick(AN, 40)}",${ident()}=function(n){return n.${ident()}(${ident()})};t.exports={key:"${g.pick(URLSAFE, 32)}",token:e.${ident()}}}(window,module);`,
    ),
  );
  neg(
    'i18n strings',
    'text',
    'locales/de.json',
    lines(
      '{',
      '  "auth.password.label": "Passwort",',
      '  "auth.token.expired": "Ihr Zugangstoken ist abgelaufen. Bitte melden Sie sich erneut an.",',
      '  "settings.apiKey.help": "Den API-Schlüssel finden Sie in den Kontoeinstellungen unter Entwickler.",',
      '  "secret.hint": "Geheimnisse niemals im Code speichern"',
      '}',
    ),
  );
  neg(
    'Jest snapshot with random base64',
    'snapshot',
    '__snapshots__/avatar.test.ts.snap',
    lines(
      '// Jest Snapshot v1, https://goo.gl/fbAQLP',
      '',
      'exports[`avatar renders 1`] = `',
      '<img',
      `  src="data:image/webp;base64,${b64(g.bytes(120))}"`,
      `  data-hash="${g.pick(B64, 44)}"`,
      '/>',
      '`;',
    ),
  );
  neg(
    'secret-detection regexes in code',
    'code',
    'src/lint/patterns.ts',
    lines(
      'export const githubToken = /gh[pousr]_[A-Za-z0-9]{36}/;',
      'export const awsKeyId = /(AKIA|ASIA)[A-Z2-7]{16}/;',
      'export const stripeKey = /sk_live_[0-9a-zA-Z]{24,99}/;',
    ),
  );
  neg(
    'CSRF and nonce in HTML',
    'text',
    'web/templates/form.html',
    lines(
      '<form method="post">',
      `  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">`,
      '  <script nonce="{{ request.csp_nonce }}">init()</script>',
      '</form>',
    ),
  );
  neg(
    'Google Analytics and tag ids',
    'id',
    'web/src/analytics.ts',
    lines(`export const GA_ID = 'G-${g.pick(UP + DIG, 10)}';`, `export const GTM_ID = 'GTM-${g.pick(UP + DIG, 7)}';`),
  );
  neg(
    'local docker-compose dev credentials to localhost',
    'placeholder',
    'docs/local-dev.md',
    lines(
      'Start the stack and connect with:',
      '',
      '```',
      'psql postgres://postgres:postgres@localhost:5432/app_dev',
      'redis-cli -u redis://localhost:6379/0',
      '```',
    ),
  );
  neg(
    'Terraform outputs and random passwords',
    'reference',
    'infra/outputs.tf',
    lines(
      'resource "random_password" "db" {',
      '  length  = 32',
      '  special = true',
      '}',
      '',
      'output "db_password" {',
      '  value     = random_password.db.result',
      '  sensitive = true',
      '}',
    ),
  );
  neg(
    'Java properties with placeholders',
    'placeholder',
    'src/main/resources/application-example.properties',
    lines(
      'spring.datasource.password=${DB_PASSWORD}',
      'app.jwt.secret=${JWT_SECRET:changeit}',
      'mail.password=REPLACE_ME',
    ),
  );
  neg(
    'PHP config reading env',
    'reference',
    'config/services.php',
    lines(
      '<?php',
      'return [',
      "    'stripe' => ['secret' => env('STRIPE_SECRET')],",
      "    'mailgun' => ['secret' => env('MAILGUN_SECRET'), 'domain' => env('MAILGUN_DOMAIN')],",
      '];',
    ),
  );
  neg(
    'Vault paths and secret names',
    'reference',
    'deploy/vault.hcl',
    lines(
      'path "secret/data/app/*" {',
      '  capabilities = ["read"]',
      '}',
      'template {',
      '  contents = "{{ with secret \\"secret/data/app\\" }}{{ .Data.data.password }}{{ end }}"',
      '}',
    ),
  );
  // Added after the first measurement, before any new rule: traps for a rule that reads
  // `secret-name = random-value` assignments (encrypted secrets, secret-named settings, code).
  neg(
    'Ansible Vault encrypted variable',
    'encrypted',
    'ansible/group_vars/all/vault.yml',
    lines(
      'db_password: !vault |',
      '  $ANSIBLE_VAULT;1.1;AES256',
      ...wrap(g.pick(HEX, 320), 80)
        .split('\n')
        .map((l) => '  ' + l),
    ),
  );
  neg(
    'SOPS encrypted values',
    'encrypted',
    'secrets/prod.enc.yaml',
    lines(
      `password: ENC[AES256_GCM,data:${b64(g.bytes(18))},iv:${b64(g.bytes(32))},tag:${b64(g.bytes(16))},type:str]`,
      `api_token: ENC[AES256_GCM,data:${b64(g.bytes(30))},iv:${b64(g.bytes(32))},tag:${b64(g.bytes(16))},type:str]`,
      'sops:',
      `    mac: ENC[AES256_GCM,data:${b64(g.bytes(48))},iv:${b64(g.bytes(32))},tag:${b64(g.bytes(16))},type:str]`,
    ),
  );
  neg(
    'SealedSecret',
    'encrypted',
    'k8s/sealed-db.yaml',
    lines(
      'apiVersion: bitnami.com/v1alpha1',
      'kind: SealedSecret',
      'metadata:',
      '  name: db-credentials',
      'spec:',
      '  encryptedData:',
      `    password: AgB${b64(g.bytes(300)).replace(/=+$/, '')}`,
      `    api-token: AgA${b64(g.bytes(300)).replace(/=+$/, '')}`,
    ),
  );
  neg(
    'secret-named settings that hold no secret',
    'settings',
    'config/auth.yml',
    lines(
      'auth:',
      '  token_type: bearer',
      '  token_endpoint: https://login.acme.io/oauth2/token',
      '  password_min_length: 12',
      '  password_reset_template: emails/password-reset.html',
      '  secretName: api-tls-cert',
      '  api_key_header: X-Api-Key',
      '  secret_ref: projects/acme/secrets/db-pass/versions/3',
      '  tokenizer: bert-base-uncased',
      '  access_token_ttl: 3600',
    ),
  );
  neg(
    'secret-named variables in code',
    'code',
    'app/auth.py',
    lines(
      'import getpass, secrets',
      '',
      'password = getpass.getpass("Password: ")',
      'token = secrets.token_urlsafe(32)',
      'api_key = settings.API_KEY',
      'signature = request.headers.get("X-Hub-Signature-256")',
      'self.secret_key = secret_key',
      "PASSWORD_PARAM = 'password'",
      'SECRET_KEY = get_random_secret_key()',
    ),
  );
  neg(
    'secret-named fields in TypeScript',
    'code',
    'src/client.ts',
    lines(
      'export class Client {',
      "  private token: string = '';",
      '  constructor(private readonly apiKey: string) {}',
      '  setPassword(password: string) { this.password = password; }',
      '  headers() { return { Authorization: `Bearer ${this.token}`, "X-Api-Key": this.apiKey }; }',
      '}',
      'const apiKey = BuildConfig.API_KEY;',
    ),
  );
  neg(
    'numeric and boolean secret settings',
    'settings',
    'src/main/resources/application-security.properties',
    lines(
      'jwt.secret.expiration=86400',
      'security.token.validity-seconds=3600',
      'app.password.require-digit=true',
      'spring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}',
    ),
  );
  neg(
    'password policy regex',
    'settings',
    'config/policy.json',
    lines(
      '{',
      '  "passwordPattern": "^(?=.*[A-Z])(?=.*\\\\d)(?=.*[!@#$%]).{12,64}$",',
      '  "tokenAlphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"',
      '}',
    ),
  );
  neg(
    'password digests in fixtures',
    'hash',
    'spec/fixtures/users.yml',
    lines(
      'alice:',
      '  email: alice@example.com',
      `  password_digest: "$2a$12$${g.pick(AN + './', 53)}"`,
      `  api_token_sha256: ${g.pick(HEX, 64)}`,
    ),
  );
  neg(
    'hex colours and CSS hashes',
    'text',
    'web/src/theme.css',
    lines(
      ':root {',
      '  --brand: #1f6feb;',
      '  --bg: #0d1117;',
      '}',
      `.c-${g.pick(HEX, 8)} { color: var(--brand); }`,
      `.css-${g.pick(ANL, 6)}-Button { padding: 4px; }`,
    ),
  );
}

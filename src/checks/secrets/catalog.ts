// What each rule id means for a user: the provider, why a leak matters and how to recover.
// One entry per id, whether the detection comes from our rules table or from secretlint's preset.
import type { Severity } from '../../types.js';
import { SHAPE_CATALOG } from './providers/index.js';

export interface RuleInfo {
  /** Provider and kind, used in messages: "Stripe live secret key". */
  title: string;
  severity: Severity;
  /** What an attacker can do with it. */
  why: string;
  /** Where to revoke or rotate it. */
  revoke: string;
}

const ROTATE =
  "move the new value to a secret store (CI secrets, your host's env settings) and read it from the environment; " +
  'the old value stays in git history, so rotating is what makes it harmless';

/** Fix text shown on every finding of a rule. */
export function fixFor(info: RuleInfo): string {
  return `${info.revoke}, then ${ROTATE}`;
}

export const CATALOG: Record<string, RuleInfo> = {
  'aws-access-key-id': {
    title: 'AWS access key id',
    severity: 'blocker',
    why: 'an AWS access key id with its secret gives API access to the account: bots scan public pushes for them within minutes',
    revoke: 'deactivate and delete the key in IAM (Security credentials), create a new one or switch to a role / OIDC',
  },
  'aws-secret-access-key': {
    title: 'AWS secret access key',
    severity: 'blocker',
    why: "the secret half of an AWS key pair signs API calls as the key's IAM user",
    revoke: 'deactivate and delete the access key in IAM, create a new one or switch to a role / OIDC',
  },
  'stripe-secret-key': {
    title: 'Stripe live secret key',
    severity: 'blocker',
    why: 'a live Stripe secret or restricted key can create charges, refunds and payouts and read customer data',
    revoke: 'roll the key in the Stripe dashboard (Developers > API keys)',
  },
  'azure-storage-key': {
    title: 'Azure storage account key',
    severity: 'blocker',
    why: 'a storage account key gives full read/write/delete access to every blob, queue and table of the account',
    revoke:
      'rotate the account key in the Azure portal (Storage account > Access keys), prefer managed identities or SAS',
  },
  'supabase-service-role-key': {
    title: 'Supabase service-role key',
    severity: 'blocker',
    why: "the service-role JWT bypasses row-level security: full read/write access to the project's database",
    revoke: 'rotate the JWT secret / API keys in the Supabase dashboard (Project settings > API)',
  },
  'sendgrid-api-key': {
    title: 'SendGrid API key',
    severity: 'blocker',
    why: 'a SendGrid key sends mail as your domain (phishing that passes SPF/DKIM) and can read contact lists',
    revoke: 'delete the key in SendGrid (Settings > API Keys) and create a new one with minimal scopes',
  },
  'discord-bot-token': {
    title: 'Discord bot token',
    severity: 'blocker',
    why: 'a bot token lets anyone act as the bot in every server it is in',
    revoke: 'reset the token in the Discord developer portal (Bot > Reset Token)',
  },
  'discord-webhook': {
    title: 'Discord webhook URL',
    severity: 'high',
    why: 'anyone with the webhook URL can post messages into the channel (spam, phishing links)',
    revoke: 'delete the webhook in the channel settings and create a new one',
  },
  'telegram-bot-token': {
    title: 'Telegram bot token',
    severity: 'blocker',
    why: 'a bot token gives full control of the bot: read its chats and send messages as it',
    revoke: 'revoke the token with @BotFather (/revoke)',
  },
  'twilio-api-key': {
    title: 'Twilio API key or auth token',
    severity: 'blocker',
    why: 'Twilio credentials send SMS and place calls billed to the account (toll fraud)',
    revoke: 'delete the API key or rotate the auth token in the Twilio console',
  },
  'mailgun-api-key': {
    title: 'Mailgun API key',
    severity: 'blocker',
    why: 'a Mailgun key sends mail as your domains and reads logs of sent mail',
    revoke: 'delete the key in Mailgun (API Security) and create a new one',
  },
  'mailchimp-api-key': {
    title: 'Mailchimp API key',
    severity: 'high',
    why: 'a Mailchimp key reads and exports audience lists (personal data) and sends campaigns',
    revoke: 'disable the key in Mailchimp (Account > Extras > API keys)',
  },
  'resend-api-key': {
    title: 'Resend API key',
    severity: 'blocker',
    why: 'a Resend key sends mail as your verified domains',
    revoke: 'delete the key in the Resend dashboard (API Keys)',
  },
  'pypi-token': {
    title: 'PyPI upload token',
    severity: 'blocker',
    why: 'an upload token publishes new versions of your packages: a supply-chain attack on every user',
    revoke: 'remove the token in PyPI (Account settings > API tokens); prefer trusted publishing',
  },
  'npm-token': {
    title: 'npm access token',
    severity: 'blocker',
    why: 'an npm token publishes new versions of your packages: a supply-chain attack on every user',
    revoke: 'revoke the token on npmjs.com (Access Tokens); prefer trusted publishing',
  },
  'datadog-api-key': {
    title: 'Datadog API or application key',
    severity: 'high',
    why: 'Datadog keys submit or read metrics, logs and dashboards of the organisation',
    revoke: 'revoke the key in Datadog (Organization settings > API / Application keys)',
  },
  'digitalocean-token': {
    title: 'DigitalOcean token',
    severity: 'blocker',
    why: 'a DigitalOcean token creates, reads and destroys droplets, databases and volumes',
    revoke: 'delete the token in DigitalOcean (API > Tokens)',
  },
  'square-access-token': {
    title: 'Square access token or OAuth secret',
    severity: 'blocker',
    why: 'a Square production credential takes payments, issues refunds and reads customer data',
    revoke: 'revoke the token in the Square developer dashboard',
  },
  'vercel-token': {
    title: 'Vercel token',
    severity: 'blocker',
    why: 'a Vercel token deploys, reads environment variables (more secrets) and deletes projects',
    revoke: 'delete the token in Vercel (Account settings > Tokens)',
  },
  'netlify-token': {
    title: 'Netlify access token',
    severity: 'blocker',
    why: 'a Netlify token deploys sites and reads their environment variables',
    revoke: 'revoke the token in Netlify (User settings > Applications > Personal access tokens)',
  },
  'doppler-token': {
    title: 'Doppler token',
    severity: 'blocker',
    why: 'a Doppler token reads every secret of the project or config it is scoped to',
    revoke: 'revoke the token in the Doppler dashboard (Access)',
  },
  'django-secret-key': {
    title: 'Django SECRET_KEY',
    severity: 'high',
    why: 'the SECRET_KEY signs sessions, password-reset links and CSRF tokens: with it one can forge a login',
    revoke: 'generate a new key (django.core.management.utils.get_random_secret_key) and read it from the environment',
  },
  'database-url-password': {
    title: 'database URL with a password',
    severity: 'blocker',
    why: 'a connection string with its password gives direct access to the database, around the application',
    revoke: "change the database user's password (ALTER ROLE / ALTER USER) and restrict network access",
  },
  'url-credentials': {
    title: 'URL with embedded credentials',
    severity: 'high',
    why: 'user:password in a URL authenticates against that service and ends up in logs and proxies',
    revoke: 'change the password of that account at the service',
  },
  'compose-password': {
    title: 'password in a docker-compose file',
    severity: 'high',
    why: 'compose files are shared and copied to servers; a literal password there is the real one more often than not',
    revoke:
      'change the password of that service account; use an env_file that is not committed or `${VAR}` interpolation',
  },
  'workflow-env-secret': {
    title: 'literal secret in a workflow env block',
    severity: 'high',
    why: 'workflow files are readable by anyone who can read the repository and are printed in logs unmasked',
    revoke: 'rotate the credential at its provider and reference it as `${{ secrets.NAME }}`',
  },
  'env-file-secret': {
    title: 'secret in a committed .env file',
    severity: 'high',
    why: 'a committed .env holds real runtime secrets (JWT/session signing keys, API tokens): with a signing key anyone can forge sessions',
    revoke: 'generate a new value, remove the file from git (git rm --cached) and add it to .gitignore',
  },
  'private-key': {
    title: 'private key',
    severity: 'blocker',
    why: 'a private key impersonates the server, signs as the owner, or opens SSH access',
    revoke:
      'replace the key pair (new certificate / deploy key / SSH key) and remove the old public key everywhere it is trusted',
  },
  'gcp-service-account-key': {
    title: 'Google Cloud service account key',
    severity: 'blocker',
    why: 'a service account key acts as that account on every Google Cloud API it is granted',
    revoke: 'delete the key in IAM (Service accounts > Keys); prefer workload identity federation',
  },
  'google-api-key': {
    title: 'Google API key',
    severity: 'high',
    why: 'a server-side Google API key bills Maps / Gemini / Cloud usage to the project and may read data',
    revoke: 'delete or regenerate the key in Google Cloud (APIs & Services > Credentials) and restrict it',
  },
  'openai-api-key': {
    title: 'OpenAI API key',
    severity: 'blocker',
    why: 'an OpenAI key runs paid requests on your account and reads its files and assistants',
    revoke: 'revoke the key on platform.openai.com (API keys)',
  },
  'anthropic-api-key': {
    title: 'Anthropic API key',
    severity: 'blocker',
    why: 'an Anthropic key runs paid requests on your organisation',
    revoke: 'disable the key in the Anthropic console (API keys)',
  },
  'groq-api-key': {
    title: 'Groq API key',
    severity: 'blocker',
    why: 'a Groq key runs paid requests on your account',
    revoke: 'delete the key in the Groq console',
  },
  'huggingface-token': {
    title: 'Hugging Face token',
    severity: 'blocker',
    why: 'a Hugging Face token reads private models and datasets and, with write scope, replaces them',
    revoke: 'invalidate the token in Hugging Face (Settings > Access Tokens)',
  },
  'github-token': {
    title: 'GitHub token',
    severity: 'blocker',
    why: 'a GitHub token reads and pushes to the repositories it can reach: code, secrets of workflows, releases',
    revoke: "revoke the token on GitHub (Settings > Developer settings) or let GitHub's secret scanning do it",
  },
  'gitlab-token': {
    title: 'GitLab token',
    severity: 'blocker',
    why: 'a GitLab token reads and writes the projects it can reach, or registers runners that receive CI secrets',
    revoke: 'revoke the token in GitLab (Access tokens / CI/CD settings)',
  },
  'slack-token': {
    title: 'Slack token',
    severity: 'blocker',
    why: 'a Slack token reads channels and posts as the bot or the user',
    revoke: 'revoke the token in the Slack app settings (OAuth & Permissions) and reinstall the app',
  },
  'slack-webhook': {
    title: 'Slack incoming webhook URL',
    severity: 'high',
    why: 'anyone with the webhook URL can post messages into the channel (phishing links from a trusted source)',
    revoke: 'remove the webhook in the Slack app settings (Incoming Webhooks) and create a new one',
  },
  'shopify-token': {
    title: 'Shopify token',
    severity: 'blocker',
    why: 'a Shopify token reads orders and customers and changes the store',
    revoke: 'rotate the token or uninstall the custom app in the Shopify admin',
  },
  'vault-token': {
    title: 'HashiCorp Vault token',
    severity: 'blocker',
    why: 'a Vault token reads every secret its policies allow',
    revoke: 'revoke it with `vault token revoke`',
  },
  'grafana-token': {
    title: 'Grafana token',
    severity: 'blocker',
    why: 'a Grafana token reads dashboards and data sources (often with database credentials)',
    revoke: 'delete the token in Grafana (Service accounts / Cloud access policies)',
  },
  'onepassword-token': {
    title: '1Password service account token',
    severity: 'blocker',
    why: 'a 1Password service account token reads every item in the vaults it is granted',
    revoke: 'revoke the service account token in 1Password',
  },
  'linear-api-key': {
    title: 'Linear API key',
    severity: 'high',
    why: "a Linear key reads and edits the workspace's issues",
    revoke: 'revoke the key in Linear (Settings > API)',
  },
  'notion-token': {
    title: 'Notion integration token',
    severity: 'high',
    why: 'a Notion token reads and edits the pages shared with the integration',
    revoke: 'regenerate the secret of the integration in Notion',
  },
  'databricks-token': {
    title: 'Databricks token',
    severity: 'blocker',
    why: 'a Databricks token runs jobs and reads data in the workspace',
    revoke: 'revoke the token in Databricks (User settings > Access tokens)',
  },
  'docker-hub-token': {
    title: 'Docker Hub token',
    severity: 'blocker',
    why: 'a Docker Hub token pushes images: a supply-chain attack on everyone who pulls them',
    revoke: 'delete the token in Docker Hub (Account settings > Security)',
  },
  'figma-token': {
    title: 'Figma token',
    severity: 'high',
    why: 'a Figma token reads the design files of the account',
    revoke: 'revoke the token in Figma (Settings > Personal access tokens)',
  },
  'cloudflare-api-token': {
    title: 'Cloudflare API token',
    severity: 'blocker',
    why: 'a Cloudflare token changes DNS, TLS and Workers of the zones it can reach',
    revoke: 'roll or delete the token in Cloudflare (My Profile > API Tokens)',
  },
  'cloudflare-global-api-key': {
    title: 'Cloudflare global API key',
    severity: 'blocker',
    why: 'the global API key (with the account email) has every permission of the user on every zone and account',
    revoke: 'change the global API key in Cloudflare (My Profile > API Tokens > Global API Key) and use scoped tokens',
  },
  'webhook-signing-secret': {
    title: 'Webhook signing secret',
    severity: 'high',
    why: 'with the signing secret anyone can forge webhook events (a paid invoice, a new user) that your endpoint trusts',
    revoke:
      'roll the endpoint secret (Stripe: Developers > Webhooks > Roll secret; Svix / Clerk: the endpoint settings)',
  },
  'postmark-token': {
    title: 'Postmark server or account token',
    severity: 'blocker',
    why: 'a Postmark server token sends mail as your verified domains; an account token manages servers and domains',
    revoke: 'regenerate the token in Postmark (Server > API Tokens, or Account > API Tokens)',
  },
  'algolia-admin-key': {
    title: 'Algolia admin API key',
    severity: 'blocker',
    why: 'the admin key reads, rewrites and deletes every index and creates new API keys',
    revoke: 'regenerate the admin key in the Algolia dashboard (Settings > API Keys); index with a scoped write key',
  },
  'cohere-api-key': {
    title: 'Cohere API key',
    severity: 'high',
    why: 'a Cohere key runs generation, embedding and rerank calls billed to your account',
    revoke: 'delete the key in the Cohere dashboard (API Keys) and create a new one',
  },
  'tailscale-key': {
    title: 'Tailscale key',
    severity: 'blocker',
    why: 'a Tailscale auth or API key joins machines to the tailnet or changes its ACLs',
    revoke: 'revoke the key in the Tailscale admin console (Settings > Keys)',
  },
  'azure-ad-client-secret': {
    title: 'Azure AD client secret',
    severity: 'blocker',
    why: 'an Entra ID (Azure AD) client secret signs in as the app registration, with every API permission it was granted',
    revoke:
      'delete the secret in the Azure portal (App registrations > Certificates & secrets); prefer workload identity federation',
  },
  'azure-sas-token': {
    title: 'Azure shared access signature',
    severity: 'blocker',
    why: 'a SAS URL grants the permissions in its `sp=` (read, write, delete, list) on the storage account until it expires',
    revoke: 'rotate the storage account key that signed it (or revoke the stored access policy / user delegation key)',
  },
  'azure-devops-pat': {
    title: 'Azure DevOps personal access token',
    severity: 'blocker',
    why: 'an Azure DevOps PAT reads and pushes code, runs pipelines and reads their variables within its scopes',
    revoke: 'revoke the token in Azure DevOps (User settings > Personal access tokens)',
  },
  'heroku-api-key': {
    title: 'Heroku API key',
    severity: 'blocker',
    why: 'a Heroku key deploys, reads config vars (every other secret of the app) and scales or deletes apps',
    revoke:
      'regenerate the key in Heroku (Account settings > API key) or revoke the authorization (heroku authorizations:revoke)',
  },
  'flyio-token': {
    title: 'Fly.io token',
    severity: 'blocker',
    why: 'a Fly.io token deploys to the organisation and reads the secrets of its apps',
    revoke: 'revoke the token (fly tokens revoke, or the dashboard Tokens page)',
  },
  'rubygems-api-key': {
    title: 'RubyGems API key',
    severity: 'blocker',
    why: "a RubyGems key pushes new versions of the owner's gems: a supply-chain attack on every user",
    revoke: 'delete the key on rubygems.org (Settings > API keys)',
  },
  'docker-config-auth': {
    title: 'container registry credentials',
    severity: 'blocker',
    why: 'the "auth" of a Docker config is user:password in base64: it pulls and pushes images as that account',
    revoke: 'change the password or delete the access token at the registry',
  },
  'circleci-token': {
    title: 'CircleCI token',
    severity: 'blocker',
    why: 'a CircleCI token triggers pipelines and reads project settings and environment variables',
    revoke: 'delete the token in CircleCI (User settings or Project settings > API Permissions)',
  },
  'terraform-cloud-token': {
    title: 'Terraform Cloud token',
    severity: 'blocker',
    why: 'a Terraform Cloud token runs plans and applies, and reads state files, which hold every output secret',
    revoke: 'revoke the token in HCP Terraform (User settings > Tokens, or the team / organization token page)',
  },
  'pulumi-token': {
    title: 'Pulumi access token',
    severity: 'blocker',
    why: 'a Pulumi token reads and updates stacks, including their decrypted configuration secrets',
    revoke: 'delete the token in Pulumi Cloud (Personal access tokens)',
  },
  'plaid-access-token': {
    title: 'Plaid access token',
    severity: 'blocker',
    why: "a Plaid access token (with the client secret) reads a user's bank accounts and transactions",
    revoke: 'invalidate it with /item/access_token/invalidate or remove the Item (/item/remove)',
  },
  'braintree-access-token': {
    title: 'Braintree access token',
    severity: 'blocker',
    why: 'a production Braintree access token creates transactions and refunds on the merchant account',
    revoke: 'revoke the token in the Braintree / PayPal developer dashboard',
  },
  'okta-api-token': {
    title: 'Okta API token',
    severity: 'blocker',
    why: 'an Okta API token acts with the admin rights of the user who created it: users, groups, apps, sign-on policies',
    revoke: 'revoke the token in the Okta admin console (Security > API > Tokens)',
  },
  'sentry-auth-token': {
    title: 'Sentry auth token',
    severity: 'high',
    why: 'a Sentry auth token uploads releases and source maps and reads events, which hold user data and stack traces',
    revoke: 'revoke the token in Sentry (Settings > Auth Tokens / Organization Tokens)',
  },
  'mapbox-secret-token': {
    title: 'Mapbox secret token',
    severity: 'high',
    why: 'a Mapbox secret (sk.) token has write or download scopes and bills the account',
    revoke: 'delete the token in Mapbox (Account > Access tokens)',
  },
  'twitch-oauth-token': {
    title: 'Twitch OAuth token',
    severity: 'high',
    why: 'a Twitch OAuth token chats and acts as the account within its scopes',
    revoke: 'disconnect the app in Twitch (Settings > Connections) so its tokens are revoked',
  },
  'atlassian-api-token': {
    title: 'Atlassian API token',
    severity: 'blocker',
    why: 'an Atlassian API token (or Bitbucket app password) acts as the user in Jira, Confluence or Bitbucket',
    revoke: 'revoke the token in the Atlassian account (Security > API tokens) or the Bitbucket app password',
  },
  'newrelic-key': {
    title: 'New Relic key',
    severity: 'high',
    why: 'a New Relic user key queries and changes the account; a license or ingest key sends data billed to it',
    revoke: 'delete or rotate the key in New Relic (API keys)',
  },
  'airtable-token': {
    title: 'Airtable personal access token',
    severity: 'high',
    why: 'an Airtable token reads and writes the bases it was granted',
    revoke: 'delete the token in Airtable (Developer hub > Personal access tokens)',
  },
  'postman-api-key': {
    title: 'Postman API key',
    severity: 'high',
    why: 'a Postman key reads collections and environments, which often hold further secrets',
    revoke: 'delete the key in Postman (Settings > API keys)',
  },
  'age-secret-key': {
    title: 'age secret key',
    severity: 'blocker',
    why: 'an age secret key decrypts every file (SOPS secrets, backups) encrypted to its public key',
    revoke:
      'generate a new key pair (age-keygen), re-encrypt to the new recipient and rotate what the old key protected',
  },
  'connection-string-password': {
    title: 'connection string with a password',
    severity: 'blocker',
    why: 'a connection string with its password gives direct access to the database, around the application',
    revoke: "change the database user's password and restrict network access to the server",
  },
  'kubernetes-secret-data': {
    title: 'Kubernetes Secret value',
    severity: 'high',
    why: 'Secret data is only base64-encoded, not encrypted: anyone who reads the manifest reads the value',
    revoke: 'rotate the value at its source; commit SealedSecrets, SOPS-encrypted files or External Secrets instead',
  },
  'http-auth-header': {
    title: 'credential in an HTTP header',
    severity: 'high',
    why: 'a literal Authorization / API-key header authenticates every request made with it',
    revoke: 'revoke the token or key at the service it authenticates to',
  },
  'secret-assignment': {
    title: 'hard-coded secret',
    severity: 'high',
    why: 'a literal password, key or token in code or configuration is readable by everyone with access to the repository and its forks',
    revoke: 'change the password or revoke the key at the service it belongs to',
  },
  'netrc-password': {
    title: 'password in a .netrc file',
    severity: 'high',
    why: 'a .netrc password (often an API token: Heroku, GitHub, Mapbox) logs in to that machine with curl, git and other tools',
    revoke: 'revoke the token or change the password at that host',
  },
  'secretlint-other': {
    title: 'credential',
    severity: 'high',
    why: 'secretlint recognised a credential format; anyone with read access to the repository can use it',
    revoke: 'revoke the credential at its provider',
  },
  // Providers' documented shapes, one table per family (providers/).
  ...SHAPE_CATALOG,
};

export const DOCS_BASE = 'docs/secrets/README.md';
export const docsLink = (rule: string): string => `${DOCS_BASE}#${rule}`;

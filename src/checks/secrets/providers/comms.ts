// Email, SMS, chat and push; monitoring, logging and incident tools; analytics and feature flags.
import type { Family } from './types.js';

const dash = (name: string, where = 'API keys') => `delete the key in ${name} (${where}) and create a new one`;

export const MESSAGING: Family = {
  name: 'email, SMS, chat and push',
  why: 'a messaging key sends as your domain or number (phishing that passes SPF/DKIM, SMS toll fraud) and reads conversations and contact lists',
  shapes: [
    {
      id: 'brevo-api-key',
      title: 'Brevo API or SMTP key',
      pattern: 'x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}',
      keywords: ['xkeysib-', 'xsmtpsib-'],
      revoke: dash('Brevo', 'SMTP & API'),
    },
    {
      id: 'mailersend-api-key',
      title: 'MailerSend API token',
      pattern: 'mlsn\\.[a-f0-9]{64}',
      revoke: dash('MailerSend', 'Integrations > API tokens'),
    },
    {
      id: 'mandrill-api-key',
      title: 'Mandrill API key',
      pattern: 'md-[A-Za-z0-9_-]{22}',
      severity: 'high',
      near: 'mandrill',
      revoke: dash('Mandrill', 'Settings > SMTP & API info'),
    },
    {
      id: 'ably-api-key',
      title: 'Ably API key',
      pattern: '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}',
      severity: 'high',
      near: 'ably',
      keywords: ['ably', 'Ably', 'ABLY'],
      revoke: dash('the Ably dashboard'),
    },
    {
      id: 'onesignal-api-key',
      title: 'OneSignal REST API key',
      pattern: 'os_v2_(?:app|org)_[a-z0-9]{100,}',
      revoke: dash('OneSignal', 'Settings > Keys & IDs'),
    },
    {
      id: 'intercom-access-token',
      title: 'Intercom access token',
      pattern: 'dG9rOj[A-Za-z0-9+/]{40,}={0,2}',
      revoke: 'regenerate the token in the Intercom Developer Hub (Authentication)',
    },
    {
      id: 'courier-auth-token',
      title: 'Courier production auth token',
      pattern: 'pk_prod_[A-Z0-9]{28}',
      revoke: dash('Courier', 'Settings > API keys'),
    },
    {
      id: 'telnyx-api-key',
      title: 'Telnyx API key',
      pattern: 'KEY[0-9A-F]{32}_[A-Za-z0-9]{22}',
      revoke: dash('Telnyx', 'Auth > API keys'),
    },
  ],
};

export const OBSERVABILITY: Family = {
  name: 'monitoring, logging and incidents',
  why: 'an observability key reads logs and traces (which hold user data and more secrets), or floods and silences the account',
  shapes: [
    {
      id: 'honeycomb-ingest-key',
      title: 'Honeycomb ingest key',
      pattern: 'hc[ax]ik_[a-z0-9]{58}',
      keywords: ['hcaik_', 'hcxik_'],
      revoke: dash('Honeycomb', 'Environment settings > API keys'),
    },
    {
      id: 'axiom-token',
      title: 'Axiom API token',
      pattern: 'xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      keywords: ['xaat-', 'xapt-'],
      revoke: dash('Axiom', 'Settings > API tokens'),
    },
    {
      id: 'checkly-api-key',
      title: 'Checkly API key',
      pattern: 'cu_[a-f0-9]{32}',
      revoke: dash('Checkly', 'User settings > API keys'),
    },
    {
      id: 'dynatrace-token',
      title: 'Dynatrace API token',
      pattern: 'dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}',
      revoke: dash('Dynatrace', 'Access tokens'),
    },
    {
      id: 'coralogix-key',
      title: 'Coralogix key',
      pattern: 'cx[tu]p_[A-Za-z0-9]{30}',
      keywords: ['cxtp_', 'cxup_'],
      revoke: dash('Coralogix', 'Data flow > API keys'),
    },
    {
      id: 'incident-io-api-key',
      title: 'incident.io API key',
      pattern: 'inc_[a-f0-9]{64}',
      revoke: dash('incident.io', 'Settings > API keys'),
    },
    {
      id: 'pagerduty-token',
      title: 'PagerDuty API token',
      pattern: 'u\\+[A-Za-z0-9_-]{18}',
      severity: 'high',
      near: 'pagerduty',
      revoke: dash('PagerDuty', 'User settings > API access'),
    },
  ],
};

export const ANALYTICS: Family = {
  name: 'analytics and feature flags',
  why: 'a server-side analytics or feature-flag key reads user-level data and can change flags in production',
  shapes: [
    {
      id: 'posthog-personal-api-key',
      title: 'PostHog personal API key',
      pattern: 'phx_[A-Za-z0-9]{40,50}',
      revoke: dash('PostHog', 'Settings > Personal API keys'),
    },
    {
      id: 'launchdarkly-key',
      title: 'LaunchDarkly SDK or API key',
      pattern: '(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      keywords: ['sdk-', 'api-'],
      revoke: 'reset the SDK key or delete the access token in LaunchDarkly (Account settings)',
    },
    {
      id: 'statsig-server-secret',
      title: 'Statsig server secret',
      pattern: 'secret-[A-Za-z0-9]{40,50}',
      severity: 'high',
      near: 'statsig',
      revoke: dash('Statsig', 'Project settings > Keys'),
    },
    {
      id: 'flagsmith-server-key',
      title: 'Flagsmith server-side key',
      pattern: 'ser\\.[A-Za-z0-9]{22}',
      near: 'flagsmith',
      revoke: dash('Flagsmith', 'Environment settings > Server-side keys'),
    },
    {
      id: 'unleash-api-token',
      title: 'Unleash API token',
      pattern: '(?:\\*|[a-z0-9-]+):(?:production|development|[a-z0-9-]+)\\.[a-f0-9]{64}',
      severity: 'high',
      keywords: [':production.', ':development.', '*:'],
      hint: '\\.[a-f0-9]{64}(?![A-Za-z0-9])',
      revoke: dash('Unleash', 'API access'),
    },
    {
      id: 'growthbook-secret-key',
      title: 'GrowthBook secret key',
      pattern: 'secret_(?:admin|readonly|user)_[A-Za-z0-9]{20,}',
      revoke: dash('GrowthBook', 'Settings > API keys'),
    },
    {
      id: 'metabase-api-key',
      title: 'Metabase API key',
      pattern: 'mb_[A-Za-z0-9+/]{43}=',
      revoke: dash('Metabase', 'Admin > Authentication > API keys'),
    },
    {
      id: 'census-secret-token',
      title: 'Census secret token',
      pattern: 'secret-token:[A-Za-z0-9]{32}',
      near: 'census',
      revoke: dash('Census', 'Workspace settings > API access'),
    },
  ],
};

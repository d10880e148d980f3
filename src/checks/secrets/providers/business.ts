// Payments, commerce, shipping, CRM, workspace and data APIs.
import type { Family } from './types.js';

const dash = (name: string, where = 'API keys') => `roll the key in the ${name} dashboard (${where})`;

export const PAYMENTS: Family = {
  name: 'payments and commerce',
  why: 'a live payments key moves money (charges, refunds, payouts) and reads customer and card-holder data',
  shapes: [
    {
      // Paystack's live secret keys are `sk_live_` and 40 hex digits; Stripe's bodies mix cases.
      id: 'paystack-secret-key',
      title: 'Paystack live secret key',
      pattern: 'sk_live_[a-f0-9]{40}',
      revoke: dash('Paystack', 'Settings > API Keys & Webhooks: generate new keys'),
    },
    {
      id: 'flutterwave-secret-key',
      title: 'Flutterwave secret key',
      pattern: 'FLWSECK-[a-f0-9]{32}-X',
      revoke: dash('Flutterwave', 'Settings > API keys'),
    },
    {
      id: 'live-mode-api-key',
      title: 'live-mode API key (Mollie, GoCardless, Chargebee, Lob)',
      pattern: 'live_(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{30,48}',
      severity: 'high',
      revoke: "roll the live key in the provider's dashboard (Developers > API keys)",
    },
    {
      id: 'xendit-secret-key',
      title: 'Xendit secret key',
      pattern: 'xnd_production_[A-Za-z0-9]{40,60}',
      revoke: dash('Xendit', 'Settings > API keys'),
    },
    {
      id: 'midtrans-server-key',
      title: 'Midtrans server key',
      pattern: 'Mid-server-[A-Za-z0-9_-]{20,30}',
      revoke: dash('Midtrans', 'Settings > Access keys'),
    },
    {
      id: 'mercury-api-token',
      title: 'Mercury API token',
      pattern: 'secret-token:mercury_production_[a-z]{3}_[A-Za-z0-9]{30,60}_yrucrem',
      revoke: dash('Mercury', 'Settings > API tokens'),
    },
    {
      id: 'polar-access-token',
      title: 'Polar access token',
      pattern: 'polar_(?:oat|pat|at_[uo])_[A-Za-z0-9]{30,50}',
      revoke: dash('Polar', 'Settings > Developers'),
    },
    {
      id: 'shippo-api-token',
      title: 'Shippo live API token',
      pattern: 'shippo_live_[a-f0-9]{40}',
      revoke: dash('Shippo', 'Settings > API'),
    },
    {
      id: 'easypost-api-key',
      title: 'EasyPost production API key',
      pattern: 'EZAK[a-f0-9]{54}',
      revoke: dash('EasyPost', 'Account > API keys'),
    },
    {
      id: 'klaviyo-private-key',
      title: 'Klaviyo private API key',
      pattern: 'pk_[a-f0-9]{34}',
      severity: 'high',
      revoke: dash('Klaviyo', 'Settings > API keys'),
    },
  ],
};

export const PRODUCTIVITY: Family = {
  name: 'workspace, CRM and data APIs',
  why: "a workspace, CRM or data API token reads and changes the company's documents, tickets and customer records, or spends its paid quota",
  shapes: [
    {
      id: 'asana-token',
      title: 'Asana personal access token',
      pattern: '[12]/\\d{16}(?:/\\d{16})?:[a-f0-9]{32}',
      keywords: ['1/', '2/'],
      revoke: 'deauthorize the token in Asana (My settings > Apps > Developer apps)',
    },
    {
      id: 'clickup-token',
      title: 'ClickUp personal token',
      pattern: 'pk_\\d{6,10}_[A-Z0-9]{32}',
      revoke: 'regenerate the token in ClickUp (Settings > Apps)',
    },
    {
      id: 'trello-token',
      title: 'Trello API token',
      pattern: 'ATTA[a-f0-9]{64}[A-F0-9]{8}',
      revoke: 'revoke the token in Trello (Account > Applications)',
    },
    {
      id: 'typeform-token',
      title: 'Typeform personal access token',
      pattern: 'tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}',
      revoke: 'delete the token in Typeform (Account > Personal tokens)',
    },
    {
      id: 'hubspot-private-app-token',
      title: 'HubSpot private app token',
      pattern: 'pat-(?:na|eu|ap)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      revoke: 'rotate the token in HubSpot (Settings > Integrations > Private apps)',
    },
    {
      id: 'calcom-api-key',
      title: 'Cal.com API key',
      pattern: 'cal_live_[a-f0-9]{32}',
      revoke: 'delete the key in Cal.com (Settings > Developer > API keys)',
    },
    {
      id: 'n8n-api-key',
      title: 'n8n API key',
      pattern: 'n8n_api_[a-f0-9]{64}',
      revoke: 'delete the key in n8n (Settings > n8n API)',
    },
    {
      id: 'close-api-key',
      title: 'Close API key',
      pattern: 'api_[A-Za-z0-9]{22}\\.[A-Za-z0-9]{22}',
      severity: 'high',
      revoke: 'delete the key in Close (Settings > Developer > API keys)',
    },
    {
      id: 'apify-token',
      title: 'Apify API token',
      pattern: 'apify_api_[A-Za-z0-9]{36}',
      revoke: 'reset the token in Apify (Settings > Integrations)',
    },
    {
      id: 'notion-legacy-token',
      title: 'Notion integration secret',
      pattern: 'secret_[A-Za-z0-9]{43}',
      severity: 'high',
      near: 'notion',
      revoke: 'refresh the secret of the integration in Notion (Settings > Connections > Develop)',
    },
  ],
};

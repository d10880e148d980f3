import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/secrets/providers/ai.ts
var dash = (name, where = "API keys") => `delete the key in the ${name} dashboard (${where}) and create a new one`;
var AI = {
  name: "AI and LLM APIs",
  why: "an AI API key spends the account's credit (abused keys run up thousands a day) and reads its files, prompts and models",
  shapes: [
    {
      id: "replicate-api-token",
      title: "Replicate API token",
      pattern: "r8_[A-Za-z0-9]{37}",
      revoke: dash("Replicate", "Account > API tokens")
    },
    {
      id: "perplexity-api-key",
      title: "Perplexity API key",
      pattern: "pplx-[A-Za-z0-9]{48}",
      revoke: dash("Perplexity")
    },
    { id: "xai-api-key", title: "xAI API key", pattern: "xai-[A-Za-z0-9]{80}", revoke: dash("xAI console") },
    {
      id: "openrouter-api-key",
      title: "OpenRouter API key",
      pattern: "sk-or-v1-[a-f0-9]{64}",
      revoke: dash("OpenRouter", "Keys")
    },
    {
      id: "langfuse-secret-key",
      title: "Langfuse secret key",
      pattern: "sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      why: "a Langfuse secret key reads every traced prompt and completion of the project (user data) and writes to it",
      revoke: dash("Langfuse project settings", "API keys")
    },
    {
      id: "langsmith-api-key",
      title: "LangSmith API key",
      pattern: "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}",
      revoke: dash("LangSmith", "Settings > API keys")
    },
    {
      id: "tavily-api-key",
      title: "Tavily API key",
      pattern: "tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}",
      revoke: dash("Tavily")
    },
    {
      id: "elevenlabs-api-key",
      title: "ElevenLabs API key",
      pattern: "sk_[a-f0-9]{48}",
      severity: "high",
      revoke: dash("ElevenLabs", "API keys")
    },
    {
      id: "pinecone-api-key",
      title: "Pinecone API key",
      pattern: "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}",
      revoke: dash("Pinecone console")
    },
    {
      id: "fireworks-api-key",
      title: "Fireworks AI API key",
      pattern: "fw_[A-Za-z0-9]{24}",
      severity: "high",
      near: "fireworks",
      revoke: dash("Fireworks")
    },
    {
      id: "helicone-api-key",
      title: "Helicone API key",
      pattern: "sk-helicone-(?:[a-z0-9]{7}-){3}[a-z0-9]{7}",
      revoke: dash("Helicone")
    },
    {
      id: "together-api-key",
      title: "Together AI API key",
      pattern: "tgp_v1_[A-Za-z0-9_-]{43}",
      revoke: dash("Together AI")
    },
    { id: "cerebras-api-key", title: "Cerebras API key", pattern: "csk-[a-z0-9]{48}", revoke: dash("Cerebras") },
    {
      id: "voyage-api-key",
      title: "Voyage AI API key",
      pattern: "pa-[A-Za-z0-9_-]{43}",
      severity: "high",
      near: "voyage",
      revoke: dash("Voyage AI")
    },
    { id: "jina-api-key", title: "Jina AI API key", pattern: "jina_[A-Za-z0-9_-]{56,64}", revoke: dash("Jina AI") },
    { id: "firecrawl-api-key", title: "Firecrawl API key", pattern: "fc-[a-f0-9]{32}", revoke: dash("Firecrawl") },
    {
      id: "browserbase-api-key",
      title: "Browserbase API key",
      pattern: "bb_live_[A-Za-z0-9_-]{24,32}",
      revoke: dash("Browserbase", "Settings")
    },
    { id: "e2b-api-key", title: "E2B API key", pattern: "e2b_[a-f0-9]{40}", revoke: dash("E2B") },
    {
      id: "runway-api-key",
      title: "Runway API secret",
      pattern: "key_[a-f0-9]{128}",
      revoke: dash("Runway developer portal")
    },
    { id: "mem0-api-key", title: "Mem0 API key", pattern: "m0-[A-Za-z0-9]{40}", revoke: dash("Mem0") },
    {
      id: "llamacloud-api-key",
      title: "LlamaCloud API key",
      pattern: "llx-[A-Za-z0-9]{48}",
      revoke: dash("LlamaCloud")
    },
    {
      id: "anyscale-api-key",
      title: "Anyscale API key",
      pattern: "esecret_[A-Za-z0-9]{24}",
      revoke: dash("Anyscale", "Credentials")
    },
    {
      id: "nvidia-api-key",
      title: "NVIDIA API key",
      pattern: "nvapi-[A-Za-z0-9_-]{64}",
      revoke: dash("NVIDIA build portal")
    },
    { id: "humanloop-api-key", title: "Humanloop API key", pattern: "hl_sk_[a-f0-9]{48}", revoke: dash("Humanloop") },
    {
      id: "zapier-ai-key",
      title: "Zapier AI Actions key",
      pattern: "sk-ak-[A-Za-z0-9]{32}",
      revoke: dash("Zapier AI Actions")
    }
  ]
};

// src/checks/secrets/providers/comms.ts
var dash2 = (name, where = "API keys") => `delete the key in ${name} (${where}) and create a new one`;
var MESSAGING = {
  name: "email, SMS, chat and push",
  why: "a messaging key sends as your domain or number (phishing that passes SPF/DKIM, SMS toll fraud) and reads conversations and contact lists",
  shapes: [
    {
      id: "brevo-api-key",
      title: "Brevo API or SMTP key",
      pattern: "x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
      keywords: ["xkeysib-", "xsmtpsib-"],
      revoke: dash2("Brevo", "SMTP & API")
    },
    {
      id: "mailersend-api-key",
      title: "MailerSend API token",
      pattern: "mlsn\\.[a-f0-9]{64}",
      revoke: dash2("MailerSend", "Integrations > API tokens")
    },
    {
      id: "mandrill-api-key",
      title: "Mandrill API key",
      pattern: "md-[A-Za-z0-9_-]{22}",
      severity: "high",
      near: "mandrill",
      revoke: dash2("Mandrill", "Settings > SMTP & API info")
    },
    {
      id: "ably-api-key",
      title: "Ably API key",
      pattern: "[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}",
      severity: "high",
      near: "ably",
      keywords: ["ably", "Ably", "ABLY"],
      revoke: dash2("the Ably dashboard")
    },
    {
      id: "onesignal-api-key",
      title: "OneSignal REST API key",
      pattern: "os_v2_(?:app|org)_[a-z0-9]{100,}",
      revoke: dash2("OneSignal", "Settings > Keys & IDs")
    },
    {
      id: "intercom-access-token",
      title: "Intercom access token",
      pattern: "dG9rOj[A-Za-z0-9+/]{40,}={0,2}",
      revoke: "regenerate the token in the Intercom Developer Hub (Authentication)"
    },
    {
      id: "courier-auth-token",
      title: "Courier production auth token",
      pattern: "pk_prod_[A-Z0-9]{28}",
      revoke: dash2("Courier", "Settings > API keys")
    },
    {
      id: "telnyx-api-key",
      title: "Telnyx API key",
      pattern: "KEY[0-9A-F]{32}_[A-Za-z0-9]{22}",
      revoke: dash2("Telnyx", "Auth > API keys")
    }
  ]
};
var OBSERVABILITY = {
  name: "monitoring, logging and incidents",
  why: "an observability key reads logs and traces (which hold user data and more secrets), or floods and silences the account",
  shapes: [
    {
      id: "honeycomb-ingest-key",
      title: "Honeycomb ingest key",
      pattern: "hc[ax]ik_[a-z0-9]{58}",
      keywords: ["hcaik_", "hcxik_"],
      revoke: dash2("Honeycomb", "Environment settings > API keys")
    },
    {
      id: "axiom-token",
      title: "Axiom API token",
      pattern: "xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      keywords: ["xaat-", "xapt-"],
      revoke: dash2("Axiom", "Settings > API tokens")
    },
    {
      id: "checkly-api-key",
      title: "Checkly API key",
      pattern: "cu_[a-f0-9]{32}",
      revoke: dash2("Checkly", "User settings > API keys")
    },
    {
      id: "dynatrace-token",
      title: "Dynatrace API token",
      pattern: "dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}",
      revoke: dash2("Dynatrace", "Access tokens")
    },
    {
      id: "coralogix-key",
      title: "Coralogix key",
      pattern: "cx[tu]p_[A-Za-z0-9]{30}",
      keywords: ["cxtp_", "cxup_"],
      revoke: dash2("Coralogix", "Data flow > API keys")
    },
    {
      id: "incident-io-api-key",
      title: "incident.io API key",
      pattern: "inc_[a-f0-9]{64}",
      revoke: dash2("incident.io", "Settings > API keys")
    },
    {
      id: "pagerduty-token",
      title: "PagerDuty API token",
      pattern: "u\\+[A-Za-z0-9_-]{18}",
      severity: "high",
      near: "pagerduty",
      revoke: dash2("PagerDuty", "User settings > API access")
    }
  ]
};
var ANALYTICS = {
  name: "analytics and feature flags",
  why: "a server-side analytics or feature-flag key reads user-level data and can change flags in production",
  shapes: [
    {
      id: "posthog-personal-api-key",
      title: "PostHog personal API key",
      pattern: "phx_[A-Za-z0-9]{40,50}",
      revoke: dash2("PostHog", "Settings > Personal API keys")
    },
    {
      id: "launchdarkly-key",
      title: "LaunchDarkly SDK or API key",
      pattern: "(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      keywords: ["sdk-", "api-"],
      revoke: "reset the SDK key or delete the access token in LaunchDarkly (Account settings)"
    },
    {
      id: "statsig-server-secret",
      title: "Statsig server secret",
      pattern: "secret-[A-Za-z0-9]{40,50}",
      severity: "high",
      near: "statsig",
      revoke: dash2("Statsig", "Project settings > Keys")
    },
    {
      id: "flagsmith-server-key",
      title: "Flagsmith server-side key",
      pattern: "ser\\.[A-Za-z0-9]{22}",
      near: "flagsmith",
      revoke: dash2("Flagsmith", "Environment settings > Server-side keys")
    },
    {
      id: "unleash-api-token",
      title: "Unleash API token",
      pattern: "(?:\\*|[a-z0-9-]+):(?:production|development|[a-z0-9-]+)\\.[a-f0-9]{64}",
      severity: "high",
      keywords: [":production.", ":development.", "*:"],
      hint: "\\.[a-f0-9]{64}(?![A-Za-z0-9])",
      revoke: dash2("Unleash", "API access")
    },
    {
      id: "growthbook-secret-key",
      title: "GrowthBook secret key",
      pattern: "secret_(?:admin|readonly|user)_[A-Za-z0-9]{20,}",
      revoke: dash2("GrowthBook", "Settings > API keys")
    },
    {
      id: "metabase-api-key",
      title: "Metabase API key",
      pattern: "mb_[A-Za-z0-9+/]{43}=",
      revoke: dash2("Metabase", "Admin > Authentication > API keys")
    },
    {
      id: "census-secret-token",
      title: "Census secret token",
      pattern: "secret-token:[A-Za-z0-9]{32}",
      near: "census",
      revoke: dash2("Census", "Workspace settings > API access")
    }
  ]
};

// src/checks/secrets/providers/code.ts
var dash3 = (name, where = "tokens") => `revoke the token in ${name} (${where}) and create a new one`;
var CODE = {
  name: "CI, registries and infrastructure",
  why: "a CI, registry or infrastructure token publishes packages, pushes code or changes infrastructure: a supply-chain attack on every user",
  shapes: [
    { id: "nuget-api-key", title: "NuGet API key", pattern: "oy2[a-z0-9]{43}", revoke: dash3("nuget.org", "API Keys") },
    {
      id: "jfrog-token",
      title: "JFrog Artifactory API key",
      pattern: "AKCp[A-Za-z0-9]{69}",
      revoke: dash3("JFrog", "Edit Profile > API key")
    },
    {
      id: "jfrog-reference-token",
      title: "JFrog reference token",
      pattern: "cmVmdGtuOjAxOj[A-Za-z0-9]{50,}",
      revoke: dash3("JFrog", "Access tokens")
    },
    {
      id: "buildkite-token",
      title: "Buildkite API token",
      pattern: "bkua_[a-f0-9]{40}",
      revoke: dash3("Buildkite", "Personal settings > API access tokens")
    },
    {
      id: "sonar-token",
      title: "SonarQube token",
      pattern: "sq[upa]_[a-f0-9]{40}",
      severity: "high",
      keywords: ["squ_", "sqp_", "sqa_"],
      revoke: dash3("SonarQube", "My account > Security")
    },
    {
      id: "crates-io-token",
      title: "crates.io API token",
      pattern: "cio[A-Za-z0-9]{32}",
      revoke: dash3("crates.io", "Account settings > API tokens")
    },
    {
      id: "depot-token",
      title: "Depot token",
      pattern: "depot_(?:project|org|user)_[a-f0-9]{64}",
      revoke: dash3("Depot")
    },
    {
      id: "percy-token",
      title: "Percy project token",
      pattern: "web_[a-f0-9]{64}",
      severity: "high",
      revoke: dash3("Percy", "Project settings")
    },
    {
      id: "chromatic-token",
      title: "Chromatic project token",
      pattern: "chpt_[a-f0-9]{14}",
      severity: "high",
      revoke: dash3("Chromatic", "Manage > Configure")
    },
    {
      id: "vault-batch-token",
      title: "HashiCorp Vault batch or recovery token",
      pattern: "hv[br]\\.[A-Za-z0-9_-]{90,}",
      keywords: ["hvb.", "hvr."],
      revoke: "revoke the token with `vault token revoke` (and its accessor)"
    },
    {
      id: "render-api-key",
      title: "Render API key",
      pattern: "rnd_[A-Za-z0-9]{32}",
      revoke: dash3("Render", "Account settings > API keys")
    },
    {
      id: "supabase-access-token",
      title: "Supabase access token",
      pattern: "sbp_[a-f0-9]{40}",
      revoke: dash3("Supabase", "Account > Access tokens")
    },
    {
      id: "supabase-secret-key",
      title: "Supabase secret key",
      pattern: "sb_secret_[A-Za-z0-9_-]{31,64}",
      revoke: "delete the secret key in Supabase (Project settings > API keys) and create a new one"
    },
    {
      id: "planetscale-token",
      title: "PlanetScale token or password",
      pattern: "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{32,64}",
      revoke: dash3("PlanetScale", "Settings > Service tokens / Passwords")
    },
    {
      id: "neon-api-key",
      title: "Neon API key",
      pattern: "napi_[a-z0-9]{64}",
      revoke: dash3("Neon", "Account settings > API keys")
    },
    {
      id: "appwrite-api-key",
      title: "Appwrite API key",
      pattern: "standard_[a-f0-9]{256}",
      revoke: dash3("Appwrite console", "Overview > API keys")
    },
    {
      id: "deno-deploy-token",
      title: "Deno Deploy token",
      pattern: "dd[pw]_[A-Za-z0-9]{36}",
      keywords: ["ddp_", "ddw_"],
      revoke: dash3("Deno Deploy", "Account settings > Access tokens")
    },
    {
      id: "xata-api-key",
      title: "Xata API key",
      pattern: "xau_[A-Za-z0-9]{32,}",
      revoke: dash3("Xata", "Account settings > API keys")
    },
    {
      id: "astra-db-token",
      title: "DataStax Astra DB token",
      pattern: "AstraCS:[A-Za-z0-9]{24}:[a-f0-9]{64}",
      revoke: dash3("Astra", "Tokens")
    },
    {
      id: "fauna-secret",
      title: "Fauna secret",
      pattern: "fn[A-Za-z0-9_-]{38}",
      severity: "high",
      near: "fauna",
      revoke: dash3("Fauna dashboard", "Keys")
    },
    {
      id: "alibaba-access-key-id",
      title: "Alibaba Cloud AccessKey ID",
      pattern: "LTAI[A-Za-z0-9]{12,20}",
      severity: "high",
      revoke: "disable and delete the AccessKey pair in the RAM console; prefer RAM roles"
    },
    {
      id: "tencent-secret-id",
      title: "Tencent Cloud SecretId",
      pattern: "AKID[A-Za-z0-9]{32}",
      severity: "high",
      revoke: "disable and delete the API key in the CAM console"
    },
    {
      id: "scaleway-access-key",
      title: "Scaleway access key",
      pattern: "SCW[A-Z0-9]{17}",
      severity: "high",
      revoke: "delete the API key in the Scaleway console (IAM > API keys)"
    },
    {
      id: "yandex-oauth-token",
      title: "Yandex Cloud OAuth token",
      pattern: "y0_[A-Za-z0-9_-]{55}",
      revoke: "revoke the OAuth token in Yandex ID and issue a new one"
    },
    {
      id: "cloudflare-tunnel-token",
      title: "Cloudflare Tunnel token",
      pattern: "eyJhIjoi[A-Za-z0-9+/]{100,}={0,2}",
      revoke: "delete the tunnel (or rotate its token) in Cloudflare Zero Trust > Networks > Tunnels"
    },
    {
      id: "ngrok-authtoken",
      title: "ngrok authtoken",
      pattern: "[0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{21}",
      severity: "high",
      near: "ngrok",
      keywords: ["ngrok", "NGROK", "Ngrok"],
      revoke: dash3("ngrok dashboard", "Authtokens")
    }
  ]
};

// src/checks/secrets/providers/business.ts
var dash4 = (name, where = "API keys") => `roll the key in the ${name} dashboard (${where})`;
var PAYMENTS = {
  name: "payments and commerce",
  why: "a live payments key moves money (charges, refunds, payouts) and reads customer and card-holder data",
  shapes: [
    {
      // Paystack's live secret keys are `sk_live_` and 40 hex digits; Stripe's bodies mix cases.
      id: "paystack-secret-key",
      title: "Paystack live secret key",
      pattern: "sk_live_[a-f0-9]{40}",
      revoke: dash4("Paystack", "Settings > API Keys & Webhooks: generate new keys")
    },
    {
      id: "flutterwave-secret-key",
      title: "Flutterwave secret key",
      pattern: "FLWSECK-[a-f0-9]{32}-X",
      revoke: dash4("Flutterwave", "Settings > API keys")
    },
    {
      id: "live-mode-api-key",
      title: "live-mode API key (Mollie, GoCardless, Chargebee, Lob)",
      pattern: "live_(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{30,48}",
      severity: "high",
      revoke: "roll the live key in the provider's dashboard (Developers > API keys)"
    },
    {
      id: "xendit-secret-key",
      title: "Xendit secret key",
      pattern: "xnd_production_[A-Za-z0-9]{40,60}",
      revoke: dash4("Xendit", "Settings > API keys")
    },
    {
      id: "midtrans-server-key",
      title: "Midtrans server key",
      pattern: "Mid-server-[A-Za-z0-9_-]{20,30}",
      revoke: dash4("Midtrans", "Settings > Access keys")
    },
    {
      id: "mercury-api-token",
      title: "Mercury API token",
      pattern: "secret-token:mercury_production_[a-z]{3}_[A-Za-z0-9]{30,60}_yrucrem",
      revoke: dash4("Mercury", "Settings > API tokens")
    },
    {
      id: "polar-access-token",
      title: "Polar access token",
      pattern: "polar_(?:oat|pat|at_[uo])_[A-Za-z0-9]{30,50}",
      revoke: dash4("Polar", "Settings > Developers")
    },
    {
      id: "shippo-api-token",
      title: "Shippo live API token",
      pattern: "shippo_live_[a-f0-9]{40}",
      revoke: dash4("Shippo", "Settings > API")
    },
    {
      id: "easypost-api-key",
      title: "EasyPost production API key",
      pattern: "EZAK[a-f0-9]{54}",
      revoke: dash4("EasyPost", "Account > API keys")
    },
    {
      id: "klaviyo-private-key",
      title: "Klaviyo private API key",
      pattern: "pk_[a-f0-9]{34}",
      severity: "high",
      revoke: dash4("Klaviyo", "Settings > API keys")
    }
  ]
};
var PRODUCTIVITY = {
  name: "workspace, CRM and data APIs",
  why: "a workspace, CRM or data API token reads and changes the company's documents, tickets and customer records, or spends its paid quota",
  shapes: [
    {
      id: "asana-token",
      title: "Asana personal access token",
      pattern: "[12]/\\d{16}(?:/\\d{16})?:[a-f0-9]{32}",
      keywords: ["1/", "2/"],
      revoke: "deauthorize the token in Asana (My settings > Apps > Developer apps)"
    },
    {
      id: "clickup-token",
      title: "ClickUp personal token",
      pattern: "pk_\\d{6,10}_[A-Z0-9]{32}",
      revoke: "regenerate the token in ClickUp (Settings > Apps)"
    },
    {
      id: "trello-token",
      title: "Trello API token",
      pattern: "ATTA[a-f0-9]{64}[A-F0-9]{8}",
      revoke: "revoke the token in Trello (Account > Applications)"
    },
    {
      id: "typeform-token",
      title: "Typeform personal access token",
      pattern: "tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}",
      revoke: "delete the token in Typeform (Account > Personal tokens)"
    },
    {
      id: "hubspot-private-app-token",
      title: "HubSpot private app token",
      pattern: "pat-(?:na|eu|ap)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      revoke: "rotate the token in HubSpot (Settings > Integrations > Private apps)"
    },
    {
      id: "calcom-api-key",
      title: "Cal.com API key",
      pattern: "cal_live_[a-f0-9]{32}",
      revoke: "delete the key in Cal.com (Settings > Developer > API keys)"
    },
    {
      id: "n8n-api-key",
      title: "n8n API key",
      pattern: "n8n_api_[a-f0-9]{64}",
      revoke: "delete the key in n8n (Settings > n8n API)"
    },
    {
      id: "close-api-key",
      title: "Close API key",
      pattern: "api_[A-Za-z0-9]{22}\\.[A-Za-z0-9]{22}",
      severity: "high",
      revoke: "delete the key in Close (Settings > Developer > API keys)"
    },
    {
      id: "apify-token",
      title: "Apify API token",
      pattern: "apify_api_[A-Za-z0-9]{36}",
      revoke: "reset the token in Apify (Settings > Integrations)"
    },
    {
      id: "notion-legacy-token",
      title: "Notion integration secret",
      pattern: "secret_[A-Za-z0-9]{43}",
      severity: "high",
      near: "notion",
      revoke: "refresh the secret of the integration in Notion (Settings > Connections > Develop)"
    }
  ]
};

// src/checks/secrets/providers/storage.ts
var STORAGE = {
  name: "storage, media, CMS and search",
  why: "a storage, CMS or search admin key reads, changes and deletes the stored content (user files, published pages, indexes)",
  shapes: [
    {
      // UploadThing's (v6) secret keys are `sk_live_` and 64 hex digits.
      id: "uploadthing-secret-key",
      title: "UploadThing secret key",
      pattern: "sk_live_[a-f0-9]{64}",
      revoke: "roll the secret key in the UploadThing dashboard (API Keys)"
    },
    {
      id: "backblaze-b2-key",
      title: "Backblaze B2 application key",
      pattern: "K00[0-9][A-Za-z0-9]{27}",
      severity: "high",
      revoke: "delete the application key in Backblaze (App Keys)"
    },
    {
      id: "dropbox-access-token",
      title: "Dropbox access token",
      pattern: "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,}",
      revoke: "revoke the token in the Dropbox App Console (or unlink the app)"
    },
    {
      id: "imagekit-private-key",
      title: "ImageKit private key",
      pattern: "private_[A-Za-z0-9+/]{28}=",
      revoke: "regenerate the private key in ImageKit (Developer options)"
    },
    {
      id: "contentful-management-token",
      title: "Contentful management token",
      pattern: "CFPAT-[A-Za-z0-9_-]{43}",
      revoke: "revoke the token in Contentful (Settings > CMA tokens)"
    },
    {
      id: "sanity-api-token",
      title: "Sanity API token",
      pattern: "sk[A-Za-z0-9]{150,200}",
      near: "sanity",
      revoke: "delete the token in Sanity (manage > API > Tokens)"
    },
    {
      id: "prisma-accelerate-key",
      title: "Prisma Accelerate API key",
      pattern: "prisma(?:\\+postgres)?://[a-z0-9.-]+/\\?api_key=eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{40,}\\.[A-Za-z0-9_-]{20,}",
      why: "an Accelerate connection string queries and changes the database behind it",
      revoke: "delete the API key in the Prisma Data Platform console and create a new connection string"
    }
  ]
};
var AUTH = {
  name: "identity and social login",
  why: "an identity provider or OAuth client secret signs in as your application: it lets an attacker take over its users' accounts",
  shapes: [
    {
      // Clerk's secret keys share Stripe's `sk_live_` prefix: a file that names Clerk decides.
      id: "clerk-secret-key",
      title: "Clerk live secret key",
      pattern: "sk_live_[A-Za-z0-9]{30,100}",
      near: "clerk",
      why: "a Clerk secret key manages the application's users and sessions through Clerk's backend API: it can sign in as any user",
      revoke: "roll the secret key in the Clerk dashboard (Configure > API keys)"
    },
    {
      id: "stytch-secret",
      title: "Stytch live secret",
      pattern: "secret-live-[A-Za-z0-9_=-]{36}",
      revoke: "rotate the secret in Stytch (API keys)"
    },
    {
      id: "google-oauth-client-secret",
      title: "Google OAuth client secret",
      pattern: "GOCSPX-[A-Za-z0-9_-]{28}",
      revoke: "reset the client secret in Google Cloud (APIs & Services > Credentials)"
    },
    {
      id: "twitter-bearer-token",
      title: "X (Twitter) app bearer token",
      pattern: "A{20,24}(?<s>[A-Za-z0-9%]{30,})",
      keywords: ["AAAAAAAAAAAAAAAAAAAA"],
      revoke: "regenerate the bearer token in the X developer portal (Keys and tokens)"
    },
    {
      id: "facebook-access-token",
      title: "Meta (Facebook) access token",
      pattern: "EAA[A-Za-z0-9]{100,}",
      severity: "high",
      revoke: "invalidate the token (reset the app secret in Meta for Developers, or log the user out)"
    }
  ]
};

// src/checks/secrets/providers/index.ts
var FAMILIES = [
  AI,
  CODE,
  PAYMENTS,
  PRODUCTIVITY,
  MESSAGING,
  OBSERVABILITY,
  ANALYTICS,
  STORAGE,
  AUTH
];
function literalPrefix(pattern) {
  const m = /^(?:\\.|[A-Za-z0-9_:+\-/~])+/.exec(pattern);
  if (!m) return "";
  let lit = m[0];
  if (/^[?*{|]/.test(pattern.slice(lit.length))) lit = lit.slice(0, -1);
  return lit.replace(/\\(.)/g, "$1");
}
function ruleOf(s) {
  const named = s.near ? [s.near, s.near.toUpperCase(), s.near.charAt(0).toUpperCase() + s.near.slice(1)] : void 0;
  const keywords = s.keywords ?? named ?? [literalPrefix(s.pattern)];
  if (keywords.some((k) => k.length < 2)) throw new Error(`provider shape ${s.id}: no literal prefix, give keywords`);
  const near = s.near ? `(?<![a-z])${s.near}` : void 0;
  const hint = near ?? s.hint;
  return {
    id: s.id,
    keywords,
    // A pattern may name the secret part itself (`(?<s>…)`) when its prefix is not secret.
    regex: new RegExp(
      `(?<![A-Za-z0-9_+/-])${s.pattern.includes("(?<s>") ? s.pattern : `(?<s>${s.pattern})`}(?![A-Za-z0-9_+/-])`,
      "g"
    ),
    minEntropy: 3,
    ...hint ? { hint: new RegExp(hint, near ? "i" : "") } : {}
  };
}
var SHAPE_RULES = FAMILIES.flatMap((f) => f.shapes.map(ruleOf));
var SHAPE_CATALOG = Object.fromEntries(
  FAMILIES.flatMap(
    (f) => f.shapes.map((s) => [
      s.id,
      { title: s.title, severity: s.severity ?? "blocker", why: s.why ?? f.why, revoke: s.revoke }
    ])
  )
);
var SHAPES = FAMILIES.flatMap((f) => f.shapes.map((s) => ({ family: f.name, ...s })));

// src/checks/secrets/catalog.ts
var ROTATE = "move the new value to a secret store (CI secrets, your host's env settings) and read it from the environment; the old value stays in git history, so rotating is what makes it harmless";
function fixFor(info) {
  return `${info.revoke}, then ${ROTATE}`;
}
var CATALOG = {
  "aws-access-key-id": {
    title: "AWS access key id",
    severity: "blocker",
    why: "an AWS access key id with its secret gives API access to the account: bots scan public pushes for them within minutes",
    revoke: "deactivate and delete the key in IAM (Security credentials), create a new one or switch to a role / OIDC"
  },
  "aws-secret-access-key": {
    title: "AWS secret access key",
    severity: "blocker",
    why: "the secret half of an AWS key pair signs API calls as the key's IAM user",
    revoke: "deactivate and delete the access key in IAM, create a new one or switch to a role / OIDC"
  },
  "stripe-secret-key": {
    title: "Stripe live secret key",
    severity: "blocker",
    why: "a live Stripe secret or restricted key can create charges, refunds and payouts and read customer data",
    revoke: "roll the key in the Stripe dashboard (Developers > API keys)"
  },
  "azure-storage-key": {
    title: "Azure storage account key",
    severity: "blocker",
    why: "a storage account key gives full read/write/delete access to every blob, queue and table of the account",
    revoke: "rotate the account key in the Azure portal (Storage account > Access keys), prefer managed identities or SAS"
  },
  "supabase-service-role-key": {
    title: "Supabase service-role key",
    severity: "blocker",
    why: "the service-role JWT bypasses row-level security: full read/write access to the project's database",
    revoke: "rotate the JWT secret / API keys in the Supabase dashboard (Project settings > API)"
  },
  "sendgrid-api-key": {
    title: "SendGrid API key",
    severity: "blocker",
    why: "a SendGrid key sends mail as your domain (phishing that passes SPF/DKIM) and can read contact lists",
    revoke: "delete the key in SendGrid (Settings > API Keys) and create a new one with minimal scopes"
  },
  "discord-bot-token": {
    title: "Discord bot token",
    severity: "blocker",
    why: "a bot token lets anyone act as the bot in every server it is in",
    revoke: "reset the token in the Discord developer portal (Bot > Reset Token)"
  },
  "discord-webhook": {
    title: "Discord webhook URL",
    severity: "high",
    why: "anyone with the webhook URL can post messages into the channel (spam, phishing links)",
    revoke: "delete the webhook in the channel settings and create a new one"
  },
  "telegram-bot-token": {
    title: "Telegram bot token",
    severity: "blocker",
    why: "a bot token gives full control of the bot: read its chats and send messages as it",
    revoke: "revoke the token with @BotFather (/revoke)"
  },
  "twilio-api-key": {
    title: "Twilio API key or auth token",
    severity: "blocker",
    why: "Twilio credentials send SMS and place calls billed to the account (toll fraud)",
    revoke: "delete the API key or rotate the auth token in the Twilio console"
  },
  "mailgun-api-key": {
    title: "Mailgun API key",
    severity: "blocker",
    why: "a Mailgun key sends mail as your domains and reads logs of sent mail",
    revoke: "delete the key in Mailgun (API Security) and create a new one"
  },
  "mailchimp-api-key": {
    title: "Mailchimp API key",
    severity: "high",
    why: "a Mailchimp key reads and exports audience lists (personal data) and sends campaigns",
    revoke: "disable the key in Mailchimp (Account > Extras > API keys)"
  },
  "resend-api-key": {
    title: "Resend API key",
    severity: "blocker",
    why: "a Resend key sends mail as your verified domains",
    revoke: "delete the key in the Resend dashboard (API Keys)"
  },
  "pypi-token": {
    title: "PyPI upload token",
    severity: "blocker",
    why: "an upload token publishes new versions of your packages: a supply-chain attack on every user",
    revoke: "remove the token in PyPI (Account settings > API tokens); prefer trusted publishing"
  },
  "npm-token": {
    title: "npm access token",
    severity: "blocker",
    why: "an npm token publishes new versions of your packages: a supply-chain attack on every user",
    revoke: "revoke the token on npmjs.com (Access Tokens); prefer trusted publishing"
  },
  "datadog-api-key": {
    title: "Datadog API or application key",
    severity: "high",
    why: "Datadog keys submit or read metrics, logs and dashboards of the organisation",
    revoke: "revoke the key in Datadog (Organization settings > API / Application keys)"
  },
  "digitalocean-token": {
    title: "DigitalOcean token",
    severity: "blocker",
    why: "a DigitalOcean token creates, reads and destroys droplets, databases and volumes",
    revoke: "delete the token in DigitalOcean (API > Tokens)"
  },
  "square-access-token": {
    title: "Square access token or OAuth secret",
    severity: "blocker",
    why: "a Square production credential takes payments, issues refunds and reads customer data",
    revoke: "revoke the token in the Square developer dashboard"
  },
  "vercel-token": {
    title: "Vercel token",
    severity: "blocker",
    why: "a Vercel token deploys, reads environment variables (more secrets) and deletes projects",
    revoke: "delete the token in Vercel (Account settings > Tokens)"
  },
  "netlify-token": {
    title: "Netlify access token",
    severity: "blocker",
    why: "a Netlify token deploys sites and reads their environment variables",
    revoke: "revoke the token in Netlify (User settings > Applications > Personal access tokens)"
  },
  "doppler-token": {
    title: "Doppler token",
    severity: "blocker",
    why: "a Doppler token reads every secret of the project or config it is scoped to",
    revoke: "revoke the token in the Doppler dashboard (Access)"
  },
  "django-secret-key": {
    title: "Django SECRET_KEY",
    severity: "high",
    why: "the SECRET_KEY signs sessions, password-reset links and CSRF tokens: with it one can forge a login",
    revoke: "generate a new key (django.core.management.utils.get_random_secret_key) and read it from the environment"
  },
  "database-url-password": {
    title: "database URL with a password",
    severity: "blocker",
    why: "a connection string with its password gives direct access to the database, around the application",
    revoke: "change the database user's password (ALTER ROLE / ALTER USER) and restrict network access"
  },
  "url-credentials": {
    title: "URL with embedded credentials",
    severity: "high",
    why: "user:password in a URL authenticates against that service and ends up in logs and proxies",
    revoke: "change the password of that account at the service"
  },
  "compose-password": {
    title: "password in a docker-compose file",
    severity: "high",
    why: "compose files are shared and copied to servers; a literal password there is the real one more often than not",
    revoke: "change the password of that service account; use an env_file that is not committed or `${VAR}` interpolation"
  },
  "workflow-env-secret": {
    title: "literal secret in a workflow env block",
    severity: "high",
    why: "workflow files are readable by anyone who can read the repository and are printed in logs unmasked",
    revoke: "rotate the credential at its provider and reference it as `${{ secrets.NAME }}`"
  },
  "env-file-secret": {
    title: "secret in a committed .env file",
    severity: "high",
    why: "a committed .env holds real runtime secrets (JWT/session signing keys, API tokens): with a signing key anyone can forge sessions",
    revoke: "generate a new value, remove the file from git (git rm --cached) and add it to .gitignore"
  },
  "private-key": {
    title: "private key",
    severity: "blocker",
    why: "a private key impersonates the server, signs as the owner, or opens SSH access",
    revoke: "replace the key pair (new certificate / deploy key / SSH key) and remove the old public key everywhere it is trusted"
  },
  "gcp-service-account-key": {
    title: "Google Cloud service account key",
    severity: "blocker",
    why: "a service account key acts as that account on every Google Cloud API it is granted",
    revoke: "delete the key in IAM (Service accounts > Keys); prefer workload identity federation"
  },
  "google-api-key": {
    title: "Google API key",
    severity: "high",
    why: "a server-side Google API key bills Maps / Gemini / Cloud usage to the project and may read data",
    revoke: "delete or regenerate the key in Google Cloud (APIs & Services > Credentials) and restrict it"
  },
  "openai-api-key": {
    title: "OpenAI API key",
    severity: "blocker",
    why: "an OpenAI key runs paid requests on your account and reads its files and assistants",
    revoke: "revoke the key on platform.openai.com (API keys)"
  },
  "anthropic-api-key": {
    title: "Anthropic API key",
    severity: "blocker",
    why: "an Anthropic key runs paid requests on your organisation",
    revoke: "disable the key in the Anthropic console (API keys)"
  },
  "groq-api-key": {
    title: "Groq API key",
    severity: "blocker",
    why: "a Groq key runs paid requests on your account",
    revoke: "delete the key in the Groq console"
  },
  "huggingface-token": {
    title: "Hugging Face token",
    severity: "blocker",
    why: "a Hugging Face token reads private models and datasets and, with write scope, replaces them",
    revoke: "invalidate the token in Hugging Face (Settings > Access Tokens)"
  },
  "github-token": {
    title: "GitHub token",
    severity: "blocker",
    why: "a GitHub token reads and pushes to the repositories it can reach: code, secrets of workflows, releases",
    revoke: "revoke the token on GitHub (Settings > Developer settings) or let GitHub's secret scanning do it"
  },
  "gitlab-token": {
    title: "GitLab token",
    severity: "blocker",
    why: "a GitLab token reads and writes the projects it can reach, or registers runners that receive CI secrets",
    revoke: "revoke the token in GitLab (Access tokens / CI/CD settings)"
  },
  "slack-token": {
    title: "Slack token",
    severity: "blocker",
    why: "a Slack token reads channels and posts as the bot or the user",
    revoke: "revoke the token in the Slack app settings (OAuth & Permissions) and reinstall the app"
  },
  "slack-webhook": {
    title: "Slack incoming webhook URL",
    severity: "high",
    why: "anyone with the webhook URL can post messages into the channel (phishing links from a trusted source)",
    revoke: "remove the webhook in the Slack app settings (Incoming Webhooks) and create a new one"
  },
  "shopify-token": {
    title: "Shopify token",
    severity: "blocker",
    why: "a Shopify token reads orders and customers and changes the store",
    revoke: "rotate the token or uninstall the custom app in the Shopify admin"
  },
  "vault-token": {
    title: "HashiCorp Vault token",
    severity: "blocker",
    why: "a Vault token reads every secret its policies allow",
    revoke: "revoke it with `vault token revoke`"
  },
  "grafana-token": {
    title: "Grafana token",
    severity: "blocker",
    why: "a Grafana token reads dashboards and data sources (often with database credentials)",
    revoke: "delete the token in Grafana (Service accounts / Cloud access policies)"
  },
  "onepassword-token": {
    title: "1Password service account token",
    severity: "blocker",
    why: "a 1Password service account token reads every item in the vaults it is granted",
    revoke: "revoke the service account token in 1Password"
  },
  "linear-api-key": {
    title: "Linear API key",
    severity: "high",
    why: "a Linear key reads and edits the workspace's issues",
    revoke: "revoke the key in Linear (Settings > API)"
  },
  "notion-token": {
    title: "Notion integration token",
    severity: "high",
    why: "a Notion token reads and edits the pages shared with the integration",
    revoke: "regenerate the secret of the integration in Notion"
  },
  "databricks-token": {
    title: "Databricks token",
    severity: "blocker",
    why: "a Databricks token runs jobs and reads data in the workspace",
    revoke: "revoke the token in Databricks (User settings > Access tokens)"
  },
  "docker-hub-token": {
    title: "Docker Hub token",
    severity: "blocker",
    why: "a Docker Hub token pushes images: a supply-chain attack on everyone who pulls them",
    revoke: "delete the token in Docker Hub (Account settings > Security)"
  },
  "figma-token": {
    title: "Figma token",
    severity: "high",
    why: "a Figma token reads the design files of the account",
    revoke: "revoke the token in Figma (Settings > Personal access tokens)"
  },
  "cloudflare-api-token": {
    title: "Cloudflare API token",
    severity: "blocker",
    why: "a Cloudflare token changes DNS, TLS and Workers of the zones it can reach",
    revoke: "roll or delete the token in Cloudflare (My Profile > API Tokens)"
  },
  "cloudflare-global-api-key": {
    title: "Cloudflare global API key",
    severity: "blocker",
    why: "the global API key (with the account email) has every permission of the user on every zone and account",
    revoke: "change the global API key in Cloudflare (My Profile > API Tokens > Global API Key) and use scoped tokens"
  },
  "webhook-signing-secret": {
    title: "Webhook signing secret",
    severity: "high",
    why: "with the signing secret anyone can forge webhook events (a paid invoice, a new user) that your endpoint trusts",
    revoke: "roll the endpoint secret (Stripe: Developers > Webhooks > Roll secret; Svix / Clerk: the endpoint settings)"
  },
  "postmark-token": {
    title: "Postmark server or account token",
    severity: "blocker",
    why: "a Postmark server token sends mail as your verified domains; an account token manages servers and domains",
    revoke: "regenerate the token in Postmark (Server > API Tokens, or Account > API Tokens)"
  },
  "algolia-admin-key": {
    title: "Algolia admin API key",
    severity: "blocker",
    why: "the admin key reads, rewrites and deletes every index and creates new API keys",
    revoke: "regenerate the admin key in the Algolia dashboard (Settings > API Keys); index with a scoped write key"
  },
  "cohere-api-key": {
    title: "Cohere API key",
    severity: "high",
    why: "a Cohere key runs generation, embedding and rerank calls billed to your account",
    revoke: "delete the key in the Cohere dashboard (API Keys) and create a new one"
  },
  "tailscale-key": {
    title: "Tailscale key",
    severity: "blocker",
    why: "a Tailscale auth or API key joins machines to the tailnet or changes its ACLs",
    revoke: "revoke the key in the Tailscale admin console (Settings > Keys)"
  },
  "azure-ad-client-secret": {
    title: "Azure AD client secret",
    severity: "blocker",
    why: "an Entra ID (Azure AD) client secret signs in as the app registration, with every API permission it was granted",
    revoke: "delete the secret in the Azure portal (App registrations > Certificates & secrets); prefer workload identity federation"
  },
  "azure-sas-token": {
    title: "Azure shared access signature",
    severity: "blocker",
    why: "a SAS URL grants the permissions in its `sp=` (read, write, delete, list) on the storage account until it expires",
    revoke: "rotate the storage account key that signed it (or revoke the stored access policy / user delegation key)"
  },
  "azure-devops-pat": {
    title: "Azure DevOps personal access token",
    severity: "blocker",
    why: "an Azure DevOps PAT reads and pushes code, runs pipelines and reads their variables within its scopes",
    revoke: "revoke the token in Azure DevOps (User settings > Personal access tokens)"
  },
  "heroku-api-key": {
    title: "Heroku API key",
    severity: "blocker",
    why: "a Heroku key deploys, reads config vars (every other secret of the app) and scales or deletes apps",
    revoke: "regenerate the key in Heroku (Account settings > API key) or revoke the authorization (heroku authorizations:revoke)"
  },
  "flyio-token": {
    title: "Fly.io token",
    severity: "blocker",
    why: "a Fly.io token deploys to the organisation and reads the secrets of its apps",
    revoke: "revoke the token (fly tokens revoke, or the dashboard Tokens page)"
  },
  "rubygems-api-key": {
    title: "RubyGems API key",
    severity: "blocker",
    why: "a RubyGems key pushes new versions of the owner's gems: a supply-chain attack on every user",
    revoke: "delete the key on rubygems.org (Settings > API keys)"
  },
  "docker-config-auth": {
    title: "container registry credentials",
    severity: "blocker",
    why: 'the "auth" of a Docker config is user:password in base64: it pulls and pushes images as that account',
    revoke: "change the password or delete the access token at the registry"
  },
  "circleci-token": {
    title: "CircleCI token",
    severity: "blocker",
    why: "a CircleCI token triggers pipelines and reads project settings and environment variables",
    revoke: "delete the token in CircleCI (User settings or Project settings > API Permissions)"
  },
  "terraform-cloud-token": {
    title: "Terraform Cloud token",
    severity: "blocker",
    why: "a Terraform Cloud token runs plans and applies, and reads state files, which hold every output secret",
    revoke: "revoke the token in HCP Terraform (User settings > Tokens, or the team / organization token page)"
  },
  "pulumi-token": {
    title: "Pulumi access token",
    severity: "blocker",
    why: "a Pulumi token reads and updates stacks, including their decrypted configuration secrets",
    revoke: "delete the token in Pulumi Cloud (Personal access tokens)"
  },
  "plaid-access-token": {
    title: "Plaid access token",
    severity: "blocker",
    why: "a Plaid access token (with the client secret) reads a user's bank accounts and transactions",
    revoke: "invalidate it with /item/access_token/invalidate or remove the Item (/item/remove)"
  },
  "braintree-access-token": {
    title: "Braintree access token",
    severity: "blocker",
    why: "a production Braintree access token creates transactions and refunds on the merchant account",
    revoke: "revoke the token in the Braintree / PayPal developer dashboard"
  },
  "okta-api-token": {
    title: "Okta API token",
    severity: "blocker",
    why: "an Okta API token acts with the admin rights of the user who created it: users, groups, apps, sign-on policies",
    revoke: "revoke the token in the Okta admin console (Security > API > Tokens)"
  },
  "sentry-auth-token": {
    title: "Sentry auth token",
    severity: "high",
    why: "a Sentry auth token uploads releases and source maps and reads events, which hold user data and stack traces",
    revoke: "revoke the token in Sentry (Settings > Auth Tokens / Organization Tokens)"
  },
  "mapbox-secret-token": {
    title: "Mapbox secret token",
    severity: "high",
    why: "a Mapbox secret (sk.) token has write or download scopes and bills the account",
    revoke: "delete the token in Mapbox (Account > Access tokens)"
  },
  "twitch-oauth-token": {
    title: "Twitch OAuth token",
    severity: "high",
    why: "a Twitch OAuth token chats and acts as the account within its scopes",
    revoke: "disconnect the app in Twitch (Settings > Connections) so its tokens are revoked"
  },
  "atlassian-api-token": {
    title: "Atlassian API token",
    severity: "blocker",
    why: "an Atlassian API token (or Bitbucket app password) acts as the user in Jira, Confluence or Bitbucket",
    revoke: "revoke the token in the Atlassian account (Security > API tokens) or the Bitbucket app password"
  },
  "newrelic-key": {
    title: "New Relic key",
    severity: "high",
    why: "a New Relic user key queries and changes the account; a license or ingest key sends data billed to it",
    revoke: "delete or rotate the key in New Relic (API keys)"
  },
  "airtable-token": {
    title: "Airtable personal access token",
    severity: "high",
    why: "an Airtable token reads and writes the bases it was granted",
    revoke: "delete the token in Airtable (Developer hub > Personal access tokens)"
  },
  "postman-api-key": {
    title: "Postman API key",
    severity: "high",
    why: "a Postman key reads collections and environments, which often hold further secrets",
    revoke: "delete the key in Postman (Settings > API keys)"
  },
  "age-secret-key": {
    title: "age secret key",
    severity: "blocker",
    why: "an age secret key decrypts every file (SOPS secrets, backups) encrypted to its public key",
    revoke: "generate a new key pair (age-keygen), re-encrypt to the new recipient and rotate what the old key protected"
  },
  "connection-string-password": {
    title: "connection string with a password",
    severity: "blocker",
    why: "a connection string with its password gives direct access to the database, around the application",
    revoke: "change the database user's password and restrict network access to the server"
  },
  "kubernetes-secret-data": {
    title: "Kubernetes Secret value",
    severity: "high",
    why: "Secret data is only base64-encoded, not encrypted: anyone who reads the manifest reads the value",
    revoke: "rotate the value at its source; commit SealedSecrets, SOPS-encrypted files or External Secrets instead"
  },
  "http-auth-header": {
    title: "credential in an HTTP header",
    severity: "high",
    why: "a literal Authorization / API-key header authenticates every request made with it",
    revoke: "revoke the token or key at the service it authenticates to"
  },
  "secret-assignment": {
    title: "hard-coded secret",
    severity: "high",
    why: "a literal password, key or token in code or configuration is readable by everyone with access to the repository and its forks",
    revoke: "change the password or revoke the key at the service it belongs to"
  },
  "netrc-password": {
    title: "password in a .netrc file",
    severity: "high",
    why: "a .netrc password (often an API token: Heroku, GitHub, Mapbox) logs in to that machine with curl, git and other tools",
    revoke: "revoke the token or change the password at that host"
  },
  "secretlint-other": {
    title: "credential",
    severity: "high",
    why: "secretlint recognised a credential format; anyone with read access to the repository can use it",
    revoke: "revoke the credential at its provider"
  },
  // Providers' documented shapes, one table per family (providers/).
  ...SHAPE_CATALOG
};
var DOCS_BASE = "docs/secrets/README.md";
var docsLink = (rule) => `${DOCS_BASE}#${rule}`;

export {
  SHAPE_RULES,
  fixFor,
  CATALOG,
  docsLink
};

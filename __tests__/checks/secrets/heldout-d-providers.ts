// Held-out batch D, the provider table: the services a small SaaS team or internal tool is likely to hold a
// credential of, with the credential's shape as each provider documents it. Written from the providers'
// own key formats (prefixes, lengths, alphabets) before batch D was run against the rules; a provider with
// no documented shape gets the length and alphabet its dashboard hands out, found only by its name.
//
// A row is `provider | family | variable name | template`. In a template, `{kN}` is N random characters
// of kind k: h hex, H upper hex, a alphanumeric, l lower alphanumeric, A upper alphanumeric, L letters,
// d digits, u URL-safe base64, b base64, B bech32 upper, Z base32 (AWS key ids: corrected after the first
// run, which drew them from A-Z0-9); `{U}` is a UUID. Everything else is literal.
export const PROVIDERS = `
OpenAI|ai|OPENAI_API_KEY|sk-proj-{u74}T3BlbkFJ{u74}
Anthropic|ai|ANTHROPIC_API_KEY|sk-ant-api03-{u93}AA
Groq|ai|GROQ_API_KEY|gsk_{a52}
Replicate|ai|REPLICATE_API_TOKEN|r8_{a37}
Hugging Face|ai|HF_TOKEN|hf_{L34}
Perplexity|ai|PERPLEXITY_API_KEY|pplx-{a48}
xAI|ai|XAI_API_KEY|xai-{a80}
OpenRouter|ai|OPENROUTER_API_KEY|sk-or-v1-{h64}
Langfuse|ai|LANGFUSE_SECRET_KEY|sk-lf-{U}
LangSmith|ai|LANGSMITH_API_KEY|lsv2_pt_{h32}_{h10}
Tavily|ai|TAVILY_API_KEY|tvly-{a32}
ElevenLabs|ai|ELEVENLABS_API_KEY|sk_{h48}
Pinecone|ai|PINECONE_API_KEY|pcsk_{a6}_{a63}
Fireworks AI|ai|FIREWORKS_API_KEY|fw_{a24}
Helicone|ai|HELICONE_API_KEY|sk-helicone-{l7}-{l7}-{l7}-{l7}
DeepSeek|ai|DEEPSEEK_API_KEY|sk-{h32}
Google|ai|GEMINI_API_KEY|AIza{u35}
Together AI|ai|TOGETHER_API_KEY|tgp_v1_{u43}
Cerebras|ai|CEREBRAS_API_KEY|csk-{l48}
Voyage AI|ai|VOYAGE_API_KEY|pa-{u43}
Jina AI|ai|JINA_API_KEY|jina_{h32}{a28}
Firecrawl|ai|FIRECRAWL_API_KEY|fc-{h32}
Browserbase|ai|BROWSERBASE_API_KEY|bb_live_{u27}
E2B|ai|E2B_API_KEY|e2b_{h40}
Modal|ai|MODAL_TOKEN_SECRET|as-{a22}
Stability AI|ai|STABILITY_API_KEY|sk-{a48}
Runway|ai|RUNWAYML_API_SECRET|key_{h128}
Mem0|ai|MEM0_API_KEY|m0-{a40}
LlamaIndex Cloud|ai|LLAMA_CLOUD_API_KEY|llx-{a48}
Anyscale|ai|ANYSCALE_API_KEY|esecret_{a24}
NVIDIA NIM|ai|NVIDIA_API_KEY|nvapi-{u64}
Exa|ai|EXA_API_KEY|{U}
Deepgram|ai|DEEPGRAM_API_KEY|{h40}
AssemblyAI|ai|ASSEMBLYAI_API_KEY|{h32}
Mistral AI|ai|MISTRAL_API_KEY|{a32}
Cohere|ai|COHERE_API_KEY|{a40}
Weights & Biases|ai|WANDB_API_KEY|{h40}
Weaviate|ai|WEAVIATE_API_KEY|{a40}
Qdrant|ai|QDRANT_API_KEY|{u40}
Microsoft Azure|ai|AZURE_OPENAI_API_KEY|{h32}
AI21 Labs|ai|AI21_API_KEY|{a32}
Portkey|ai|PORTKEY_API_KEY|{u30}
Baseten|ai|BASETEN_API_KEY|{a8}.{a32}
Vapi|ai|VAPI_API_KEY|{U}
Unstructured|ai|UNSTRUCTURED_API_KEY|{a30}
Braintrust|ai|BRAINTRUST_API_KEY|sk-{a48}
Leonardo AI|ai|LEONARDO_API_KEY|{U}
Midjourney proxy|ai|MJ_PROXY_SECRET|{a32}
Humanloop|ai|HUMANLOOP_API_KEY|hl_sk_{h48}
Arize|ai|ARIZE_API_KEY|ak-{U}-{a32}
GitHub|code|GITHUB_TOKEN|ghp_{a36}
GitHub|code|GH_PAT|github_pat_{a22}_{a59}
GitLab|code|GITLAB_TOKEN|glpat-{u20}
GitLab|code|RUNNER_TOKEN|glrt-{u20}
Bitbucket|code|BITBUCKET_APP_PASSWORD|ATBB{a32}
Atlassian|code|JIRA_API_TOKEN|ATATT3xFfGF0{u180}={H8}
npm|code|NPM_TOKEN|npm_{a36}
PyPI|code|PYPI_TOKEN|pypi-AgEIcHlwaS5vcmc{u70}
RubyGems|code|GEM_HOST_API_KEY|rubygems_{h48}
NuGet|code|NUGET_API_KEY|oy2{l43}
Docker Hub|code|DOCKERHUB_TOKEN|dckr_pat_{u27}
JFrog|code|ARTIFACTORY_API_KEY|AKCp{a69}
CircleCI|code|CIRCLECI_TOKEN|CCIPAT_{a22}_{h40}
Travis CI|code|TRAVIS_TOKEN|{u22}
Buildkite|code|BUILDKITE_API_TOKEN|bkua_{h40}
SonarQube|code|SONAR_TOKEN|squ_{h40}
SonarCloud|code|SONARCLOUD_TOKEN|{h40}
Codecov|code|CODECOV_TOKEN|{U}
Snyk|code|SNYK_TOKEN|{U}
Terraform Cloud|code|TFE_TOKEN|{a14}.atlasv1.{u67}
Pulumi|code|PULUMI_ACCESS_TOKEN|pul-{h40}
HashiCorp Vault|code|VAULT_TOKEN|hvs.{u90}
Doppler|code|DOPPLER_TOKEN|dp.st.{a40}
Infisical|code|INFISICAL_TOKEN|st.{U}.{h32}.{h32}
1Password|code|OP_SERVICE_ACCOUNT_TOKEN|ops_eyJ{u240}
Cloudsmith|code|CLOUDSMITH_API_KEY|{h40}
crates.io|code|CARGO_REGISTRY_TOKEN|cio{a32}
Expo|code|EXPO_TOKEN|{u40}
Chromatic|code|CHROMATIC_PROJECT_TOKEN|chpt_{h14}
Depot|code|DEPOT_TOKEN|depot_project_{h64}
Nx Cloud|code|NX_CLOUD_ACCESS_TOKEN|{b80}
Turborepo remote cache|code|TURBO_TOKEN|{a24}
Percy|code|PERCY_TOKEN|web_{h64}
BrowserStack|code|BROWSERSTACK_ACCESS_KEY|{a20}
Sauce Labs|code|SAUCE_ACCESS_KEY|{U}
Cypress Cloud|code|CYPRESS_RECORD_KEY|{U}
Vercel|deploy|VERCEL_TOKEN|{a24}
Netlify|deploy|NETLIFY_AUTH_TOKEN|nfp_{a36}
Fly.io|deploy|FLY_API_TOKEN|fo1_{u43}
Render|deploy|RENDER_API_KEY|rnd_{a32}
Railway|deploy|RAILWAY_TOKEN|{U}
Heroku|deploy|HEROKU_API_KEY|HRKU-AA{u58}
DigitalOcean|deploy|DIGITALOCEAN_TOKEN|dop_v1_{h64}
Linode|deploy|LINODE_TOKEN|{h64}
Hetzner Cloud|deploy|HCLOUD_TOKEN|{a64}
Vultr|deploy|VULTR_API_KEY|{A36}
Cloudflare|deploy|CLOUDFLARE_API_TOKEN|{u40}
Supabase|deploy|SUPABASE_ACCESS_TOKEN|sbp_{h40}
Supabase|deploy|SUPABASE_SECRET_KEY|sb_secret_{u31}
PlanetScale|deploy|PLANETSCALE_SERVICE_TOKEN|pscale_tkn_{u43}
Neon|deploy|NEON_API_KEY|napi_{l64}
Appwrite|deploy|APPWRITE_API_KEY|standard_{h256}
Deno Deploy|deploy|DENO_DEPLOY_TOKEN|ddp_{a36}
Upstash|deploy|UPSTASH_REDIS_REST_TOKEN|A{u63}
Koyeb|deploy|KOYEB_TOKEN|{a64}
Northflank|deploy|NORTHFLANK_API_TOKEN|nf-{u96}
Coolify|deploy|COOLIFY_TOKEN|{d2}|{a40}
Porter|deploy|PORTER_TOKEN|{u48}
Convex|deploy|CONVEX_DEPLOY_KEY|prod:{l12}-{l8}-{d3}|{h64}
Stripe|payments|STRIPE_SECRET_KEY|sk_live_{a99}
Stripe|payments|STRIPE_RESTRICTED_KEY|rk_live_{a99}
Square|payments|SQUARE_ACCESS_TOKEN|EAAA{u60}
Braintree|payments|BRAINTREE_ACCESS_TOKEN|access_token$production\${l16}\${h32}
Adyen|payments|ADYEN_API_KEY|AQE{u40}+{b60}
Razorpay|payments|RAZORPAY_KEY_SECRET|{a24}
Paystack|payments|PAYSTACK_SECRET_KEY|sk_live_{h40}
Flutterwave|payments|FLW_SECRET_KEY|FLWSECK-{h32}-X
Mollie|payments|MOLLIE_API_KEY|live_{a30}
Lemon Squeezy|payments|LEMONSQUEEZY_API_KEY|{u300}
Plaid|payments|PLAID_SECRET|{h30}
GoCardless|payments|GOCARDLESS_ACCESS_TOKEN|live_{u40}
Shopify|payments|SHOPIFY_ADMIN_TOKEN|shpat_{h32}
Shopify|payments|SHOPIFY_API_SECRET|shpss_{h32}
Chargebee|payments|CHARGEBEE_API_KEY|live_{a32}
Recurly|payments|RECURLY_API_KEY|{h32}
Xendit|payments|XENDIT_SECRET_KEY|xnd_production_{a50}
Midtrans|payments|MIDTRANS_SERVER_KEY|Mid-server-{u24}
Wise|payments|WISE_API_TOKEN|{U}
PayPal|payments|PAYPAL_CLIENT_SECRET|E{u79}
Coinbase Commerce|payments|COINBASE_COMMERCE_API_KEY|{U}
Paddle|payments|PADDLE_API_KEY|{h50}
Polar|payments|POLAR_ACCESS_TOKEN|polar_oat_{a43}
Mercury|payments|MERCURY_API_TOKEN|secret-token:mercury_production_wma_{a40}_yrucrem
Slack|messaging|SLACK_BOT_TOKEN|xoxb-{d11}-{d13}-{a24}
Slack|messaging|SLACK_USER_TOKEN|xoxp-{d11}-{d11}-{d13}-{h32}
Slack|messaging|SLACK_APP_TOKEN|xapp-1-A{A10}-{d13}-{h64}
Slack|messaging|SLACK_WEBHOOK_URL|https://hooks.slack.com/services/T{A10}/B{A10}/{a24}
Discord|messaging|DISCORD_WEBHOOK_URL|https://discord.com/api/webhooks/{d18}/{u68}
Telegram|messaging|TELEGRAM_BOT_TOKEN|{d10}:AA{u33}
Twilio|messaging|TWILIO_API_KEY_SECRET|SK{h32}
Twilio|messaging|TWILIO_AUTH_TOKEN|{h32}
SendGrid|messaging|SENDGRID_API_KEY|SG.{u22}.{u43}
Mailgun|messaging|MAILGUN_API_KEY|key-{h32}
Mailchimp|messaging|MAILCHIMP_API_KEY|{h32}-us{d2}
Postmark|messaging|POSTMARK_SERVER_TOKEN|{U}
Resend|messaging|RESEND_API_KEY|re_{a8}_{a24}
Brevo|messaging|BREVO_API_KEY|xkeysib-{h64}-{a16}
Mailjet|messaging|MAILJET_API_SECRET|{h32}
SparkPost|messaging|SPARKPOST_API_KEY|{h40}
Mandrill|messaging|MANDRILL_API_KEY|md-{u22}
Loops|messaging|LOOPS_API_KEY|{h32}
MailerSend|messaging|MAILERSEND_API_KEY|mlsn.{h64}
Vonage|messaging|VONAGE_API_SECRET|{a16}
MessageBird|messaging|MESSAGEBIRD_ACCESS_KEY|{a25}
Plivo|messaging|PLIVO_AUTH_TOKEN|{a40}
Pusher|messaging|PUSHER_SECRET|{h20}
Ably|messaging|ABLY_API_KEY|{a6}.{a6}:{u43}
Stream|messaging|STREAM_API_SECRET|{l64}
OneSignal|messaging|ONESIGNAL_REST_API_KEY|os_v2_app_{l113}
Novu|messaging|NOVU_SECRET_KEY|{h32}
Knock|messaging|KNOCK_SECRET_API_KEY|sk_{u43}
Intercom|messaging|INTERCOM_ACCESS_TOKEN|dG9rOj{b52}=
Zendesk|messaging|ZENDESK_API_TOKEN|{a40}
Front|messaging|FRONT_API_TOKEN|{u200}
Crisp|messaging|CRISP_TOKEN_KEY|{h64}
Customer.io|messaging|CUSTOMERIO_APP_API_KEY|{h32}
Courier|messaging|COURIER_AUTH_TOKEN|pk_prod_{A28}
Sinch|messaging|SINCH_API_TOKEN|{h32}
Telnyx|messaging|TELNYX_API_KEY|KEY{H32}_{a22}
Bird|messaging|BIRD_ACCESS_KEY|{a48}
Postmark|messaging|POSTMARK_ACCOUNT_TOKEN|{U}
Sentry|observability|SENTRY_AUTH_TOKEN|sntryu_{h64}
Sentry|observability|SENTRY_ORG_TOKEN|sntrys_eyJ{u150}
Datadog|observability|DD_API_KEY|{h32}
Datadog|observability|DD_APP_KEY|{h40}
New Relic|observability|NEW_RELIC_API_KEY|NRAK-{A27}
New Relic|observability|NEW_RELIC_LICENSE_KEY|{h36}NRAL
Honeycomb|observability|HONEYCOMB_API_KEY|hcaik_{l58}
Grafana Cloud|observability|GRAFANA_CLOUD_TOKEN|glc_{b120}
Grafana Cloud|observability|GRAFANA_SA_TOKEN|glsa_{a32}_{h8}
Better Stack|observability|LOGTAIL_SOURCE_TOKEN|{a24}
Axiom|observability|AXIOM_TOKEN|xaat-{U}
Rollbar|observability|ROLLBAR_ACCESS_TOKEN|{h32}
Bugsnag|observability|BUGSNAG_API_KEY|{h32}
Checkly|observability|CHECKLY_API_KEY|cu_{h32}
PagerDuty|observability|PAGERDUTY_TOKEN|u+{u18}
Opsgenie|observability|OPSGENIE_API_KEY|{U}
Splunk|observability|SPLUNK_HEC_TOKEN|{U}
Elastic Cloud|observability|ELASTIC_API_KEY|{b60}==
Loggly|observability|LOGGLY_TOKEN|{U}
Papertrail|observability|PAPERTRAIL_API_TOKEN|{a20}
Dynatrace|observability|DT_API_TOKEN|dt0c01.{A24}.{A64}
Coralogix|observability|CORALOGIX_PRIVATE_KEY|cxtp_{a30}
Logz.io|observability|LOGZIO_TOKEN|{a32}
Mezmo|observability|MEZMO_INGESTION_KEY|{h32}
Cronitor|observability|CRONITOR_API_KEY|{h32}
Healthchecks.io|observability|HEALTHCHECKS_API_KEY|{u32}
Lightstep|observability|LIGHTSTEP_ACCESS_TOKEN|{b84}
Highlight|observability|HIGHLIGHT_API_KEY|{a40}
Baselime|observability|BASELIME_API_KEY|{h40}
Raygun|observability|RAYGUN_API_KEY|{a22}
Uptrace|observability|UPTRACE_DSN|https://{u22}@api.uptrace.dev?grpc=4317
Sumo Logic|observability|SUMO_ACCESS_KEY|{a64}
Incident.io|observability|INCIDENT_IO_API_KEY|inc_{h64}
PostHog|analytics|POSTHOG_PERSONAL_API_KEY|phx_{a43}
Mixpanel|analytics|MIXPANEL_API_SECRET|{h32}
Amplitude|analytics|AMPLITUDE_SECRET_KEY|{h32}
Plausible|analytics|PLAUSIBLE_API_KEY|{u64}
Fathom|analytics|FATHOM_API_TOKEN|{d1}|{a40}
Heap|analytics|HEAP_API_KEY|{h32}
June|analytics|JUNE_WRITE_KEY|{a32}
Segment|analytics|SEGMENT_ACCESS_TOKEN|{u64}.{u43}
RudderStack|analytics|RUDDERSTACK_ACCESS_TOKEN|{a27}
LaunchDarkly|analytics|LAUNCHDARKLY_SDK_KEY|sdk-{U}
LaunchDarkly|analytics|LAUNCHDARKLY_ACCESS_TOKEN|api-{U}
Statsig|analytics|STATSIG_SERVER_SECRET|secret-{a43}
Flagsmith|analytics|FLAGSMITH_SERVER_KEY|ser.{a22}
Unleash|analytics|UNLEASH_API_TOKEN|*:production.{h64}
GrowthBook|analytics|GROWTHBOOK_SECRET_KEY|secret_admin_{a43}
Optimizely|analytics|OPTIMIZELY_API_TOKEN|2:{u43}
ConfigCat|analytics|CONFIGCAT_API_PASSWORD|{u43}
Split|analytics|SPLIT_API_KEY|{l36}
Hightouch|analytics|HIGHTOUCH_API_KEY|{U}
Census|analytics|CENSUS_SECRET_TOKEN|secret-token:{a32}
Metabase|analytics|METABASE_API_KEY|mb_{b43}=
Hex|analytics|HEX_API_TOKEN|{a64}
AWS|storage|AWS_ACCESS_KEY_ID|AKIA{Z16}
AWS|storage|AWS_SECRET_ACCESS_KEY|{b40}
Microsoft Azure|storage|AZURE_STORAGE_KEY|{b86}==
Cloudinary|storage|CLOUDINARY_URL|cloudinary://{d15}:{u27}@{l8}
Backblaze B2|storage|B2_APPLICATION_KEY|K005{a27}
UploadThing|storage|UPLOADTHING_SECRET|sk_live_{h64}
Bunny.net|storage|BUNNY_API_KEY|{U}-{U}
Mux|storage|MUX_TOKEN_SECRET|{b75}
Dropbox|storage|DROPBOX_ACCESS_TOKEN|sl.{u135}
Box|storage|BOX_DEVELOPER_TOKEN|{a32}
Cloudflare|storage|R2_SECRET_ACCESS_KEY|{h64}
Wasabi|storage|WASABI_SECRET_KEY|{b40}
ImageKit|storage|IMAGEKIT_PRIVATE_KEY|private_{b28}=
Filestack|storage|FILESTACK_SECRET|{A26}
Algolia|storage|ALGOLIA_ADMIN_API_KEY|{h32}
Typesense|storage|TYPESENSE_API_KEY|{a32}
Meilisearch|storage|MEILI_MASTER_KEY|{u43}
Mapbox|storage|MAPBOX_SECRET_TOKEN|sk.eyJ1Ijoi{u40}.{u22}
Google|storage|GOOGLE_MAPS_SERVER_KEY|AIza{u35}
Contentful|storage|CONTENTFUL_MANAGEMENT_TOKEN|CFPAT-{u43}
Sanity|storage|SANITY_API_TOKEN|sk{a180}
Storyblok|storage|STORYBLOK_MANAGEMENT_TOKEN|{a22}-{d6}-{a20}
DatoCMS|storage|DATOCMS_API_TOKEN|{h30}
Hygraph|storage|HYGRAPH_TOKEN|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.{u300}.{u342}
Prismic|storage|PRISMIC_ACCESS_TOKEN|MC5{u80}
Strapi|storage|STRAPI_API_TOKEN|{h256}
Airtable|productivity|AIRTABLE_API_KEY|pat{a14}.{h64}
Notion|productivity|NOTION_TOKEN|ntn_{d11}{a35}
Linear|productivity|LINEAR_API_KEY|lin_api_{a40}
Asana|productivity|ASANA_ACCESS_TOKEN|2/{d16}/{d16}:{h32}
ClickUp|productivity|CLICKUP_API_TOKEN|pk_{d8}_{A32}
Figma|productivity|FIGMA_TOKEN|figd_{u40}
Trello|productivity|TRELLO_TOKEN|ATTA{h64}{H8}
Typeform|productivity|TYPEFORM_TOKEN|tfp_{u44}_{u14}
Webflow|productivity|WEBFLOW_API_TOKEN|{h64}
Todoist|productivity|TODOIST_API_TOKEN|{h40}
Miro|productivity|MIRO_ACCESS_TOKEN|eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_{u27}
Monday.com|productivity|MONDAY_API_TOKEN|eyJhbGciOiJIUzI1NiJ9.{u180}.{u43}
Calendly|productivity|CALENDLY_TOKEN|eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.{u300}.{u86}
Zoom|productivity|ZOOM_CLIENT_SECRET|{a32}
Make|productivity|MAKE_API_TOKEN|{U}
Zapier|productivity|ZAPIER_NLA_API_KEY|sk-ak-{a32}
n8n|productivity|N8N_API_KEY|n8n_api_{h64}
Retool|productivity|RETOOL_API_KEY|retool_{a32}
HubSpot|productivity|HUBSPOT_ACCESS_TOKEN|pat-na1-{U}
Pipedrive|productivity|PIPEDRIVE_API_TOKEN|{h40}
Freshdesk|productivity|FRESHDESK_API_KEY|{a20}
Help Scout|productivity|HELPSCOUT_APP_SECRET|{a32}
Salesforce|productivity|SALESFORCE_CLIENT_SECRET|{H64}
Klaviyo|productivity|KLAVIYO_PRIVATE_KEY|pk_{h34}
Attio|productivity|ATTIO_API_KEY|{h64}
Close|productivity|CLOSE_API_KEY|api_{a22}.{a22}
DocuSign|productivity|DOCUSIGN_SECRET_KEY|{U}
Dropbox Sign|productivity|HELLOSIGN_API_KEY|{h64}
PandaDoc|productivity|PANDADOC_API_KEY|{h40}
Lob|productivity|LOB_API_KEY|live_{h35}
EasyPost|productivity|EASYPOST_API_KEY|EZAK{h54}
Shippo|productivity|SHIPPO_API_TOKEN|shippo_live_{h40}
Cal.com|productivity|CAL_API_KEY|cal_live_{h32}
Okta|auth|OKTA_API_TOKEN|00{u40}
Auth0|auth|AUTH0_CLIENT_SECRET|{u64}
Clerk|auth|CLERK_SECRET_KEY|sk_live_{a40}
WorkOS|auth|WORKOS_API_KEY|sk_{a64}
Stytch|auth|STYTCH_SECRET|secret-live-{u36}
Magic|auth|MAGIC_SECRET_KEY|sk_live_{H16}
Kinde|auth|KINDE_CLIENT_SECRET|{a48}
Descope|auth|DESCOPE_MANAGEMENT_KEY|K{a27}{u100}
FusionAuth|auth|FUSIONAUTH_API_KEY|{u43}
Google|auth|GOOGLE_CLIENT_SECRET|GOCSPX-{u28}
Microsoft Azure|auth|AZURE_CLIENT_SECRET|{a3}8Q~{u34}
X (Twitter)|auth|TWITTER_BEARER_TOKEN|AAAAAAAAAAAAAAAAAAAAA{a25}%3D{a50}
Meta|auth|FACEBOOK_ACCESS_TOKEN|EAAB{a180}
GitHub|auth|GITHUB_CLIENT_SECRET|{h40}
Spotify|auth|SPOTIFY_CLIENT_SECRET|{h32}
Twitch|auth|TWITCH_CLIENT_SECRET|{l30}
LinkedIn|auth|LINKEDIN_CLIENT_SECRET|WPL_AP1.{a16}.{b8}==
Discord|auth|DISCORD_CLIENT_SECRET|{u32}
Age|auth|SOPS_AGE_KEY|AGE-SECRET-KEY-1{B58}
Alibaba Cloud|cloud|ALIBABA_CLOUD_ACCESS_KEY_ID|LTAI{a20}
Tencent Cloud|cloud|TENCENTCLOUD_SECRET_ID|AKID{a32}
IBM Cloud|cloud|IBMCLOUD_API_KEY|{u44}
Scaleway|cloud|SCW_SECRET_KEY|{U}
OVHcloud|cloud|OVH_APPLICATION_SECRET|{l32}
Yandex Cloud|cloud|YC_TOKEN|y0_{u55}
Oracle Cloud|cloud|OCI_AUTH_TOKEN|{u20}
Akamai|cloud|AKAMAI_CLIENT_SECRET|{b43}=
Fastly|cloud|FASTLY_API_TOKEN|{u32}
Equinix Metal|cloud|METAL_AUTH_TOKEN|{a32}
Tailscale|cloud|TS_AUTHKEY|tskey-auth-{a17}-{a33}
ngrok|cloud|NGROK_AUTHTOKEN|{d1}{a26}_{a21}
Twingate|cloud|TWINGATE_API_KEY|{u80}
Cloudflare|cloud|TUNNEL_TOKEN|eyJhIjoi{u180}
SerpApi|data|SERPAPI_API_KEY|{h64}
ScraperAPI|data|SCRAPERAPI_KEY|{h32}
Apify|data|APIFY_TOKEN|apify_api_{a36}
RapidAPI|data|RAPIDAPI_KEY|{a50}
NewsAPI|data|NEWSAPI_KEY|{h32}
OpenWeather|data|OPENWEATHER_API_KEY|{h32}
Alpha Vantage|data|ALPHAVANTAGE_API_KEY|{A16}
Finnhub|data|FINNHUB_API_KEY|{l20}
Polygon.io|data|POLYGON_API_KEY|{u32}
Binance|data|BINANCE_API_SECRET|{a64}
Etherscan|data|ETHERSCAN_API_KEY|{A34}
Alchemy|data|ALCHEMY_API_KEY|{u32}
Infura|data|INFURA_API_SECRET|{h32}
IPinfo|data|IPINFO_TOKEN|{h14}
Abstract API|data|ABSTRACT_API_KEY|{h32}
Hunter|data|HUNTER_API_KEY|{h40}
Clearbit|data|CLEARBIT_SECRET_KEY|sk_{h32}
Bright Data|data|BRIGHTDATA_API_TOKEN|{h64}
Browserless|data|BROWSERLESS_TOKEN|{h64}
Google|data|PLACES_API_KEY|AIza{u35}
SendGrid|data|SENDGRID_EVENT_VERIFICATION_KEY|{b60}
PostgreSQL|database|DATABASE_URL|postgresql://app_{l5}:{a24}@db-{l6}.internal:5432/app
MySQL|database|MYSQL_URL|mysql://admin:{a20}@mysql-{l6}.prod.internal:3306/shop
MongoDB Atlas|database|MONGODB_URI|mongodb+srv://svc_{l5}:{a20}@cluster0.{l5}.mongodb.net/app?retryWrites=true
Redis|database|REDIS_URL|rediss://default:{a32}@{l8}.upstash.io:6379
RabbitMQ|database|AMQP_URL|amqps://{l8}:{u32}@{l6}.rmq.cloudamqp.com/{l8}
SQL Server|database|MSSQL_CONNECTION|Server=tcp:{l8}.database.windows.net,1433;Database=app;User ID=svc;Password={a20};Encrypt=true
Snowflake|database|SNOWFLAKE_PASSWORD|{a24}
ClickHouse Cloud|database|CLICKHOUSE_URL|https://default:{a20}@{l10}.eu-west-1.aws.clickhouse.cloud:8443
Elasticsearch|database|ELASTICSEARCH_URL|https://elastic:{a24}@{l12}.es.us-east-1.aws.found.io:9243
Neo4j Aura|database|NEO4J_PASSWORD|{u43}
Kafka (Confluent)|database|KAFKA_SASL_PASSWORD|{b64}
CockroachDB|database|COCKROACH_URL|postgresql://svc:{u22}@{l8}-{d4}.{l6}.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full
Turso|database|TURSO_AUTH_TOKEN|eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.{u120}.{u86}
Xata|database|XATA_API_KEY|xau_{a36}
Fauna|database|FAUNA_SECRET|fnA{a37}
Firebase Admin|database|FIREBASE_DATABASE_SECRET|{a40}
InfluxDB|database|INFLUX_TOKEN|{u86}==
Timescale|database|TIMESCALE_SERVICE_URL|postgres://tsdbadmin:{a16}@{l10}.{l10}.tsdb.cloud.timescale.com:34567/tsdb?sslmode=require
MariaDB|database|MARIADB_PASSWORD|{a24}
Cassandra (Astra)|database|ASTRA_DB_APPLICATION_TOKEN|AstraCS:{a24}:{h64}
SMTP|database|SMTP_URL|smtps://postmaster@mg.{l8}.com:{a24}@smtp.mailgun.org:465
LDAP|database|LDAP_BIND_PASSWORD|{a20}
Memcached Cloud|database|MEMCACHIER_PASSWORD|{H32}
SurrealDB|database|SURREAL_PASS|{a24}
Prisma Accelerate|database|PRISMA_ACCELERATE_URL|prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{u160}.{u43}
Pinecone|database|PINECONE_LEGACY_KEY|{U}
Supabase|database|SUPABASE_SERVICE_ROLE_KEY|JWT:service_role
Zilliz|database|ZILLIZ_TOKEN|{h64}{a16}
`;

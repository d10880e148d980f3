import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/env/names.ts
var RUNTIME_VARS = [
  // Node, shells, OS
  "NODE_ENV",
  "NODE_OPTIONS",
  "NODE_DEBUG",
  "NODE_EXTRA_CA_CERTS",
  "NODE_TLS_REJECT_UNAUTHORIZED",
  "TZ",
  "LANG",
  "LC_*",
  "HOME",
  "PATH",
  "PWD",
  "USER",
  "USERNAME",
  "SHELL",
  "TERM",
  "TMPDIR",
  "TEMP",
  "TMP",
  "HOSTNAME",
  "DEBUG",
  "npm_*",
  "INIT_CWD",
  "FORCE_COLOR",
  "NO_COLOR",
  // Port and host the platform assigns (Heroku, Render, Railway, Fly, Cloud Run, ...)
  "PORT",
  "HOST",
  // CI
  "CI",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "GITHUB_*",
  "RUNNER_*",
  "GITLAB_CI",
  "CIRCLECI",
  "BUILDKITE",
  "JEST_WORKER_ID",
  "VITEST",
  "VITEST_*",
  // Frameworks' built-ins
  "NEXT_RUNTIME",
  "NEXT_PHASE",
  "NEXT_DEPLOYMENT_ID",
  "__NEXT_*",
  "MODE",
  "DEV",
  "PROD",
  "SSR",
  "BASE_URL",
  "SITE",
  "ASSETS_PREFIX",
  // Hosting platforms
  "VERCEL",
  "VERCEL_*",
  "NEXT_PUBLIC_VERCEL_*",
  "NETLIFY",
  "CONTEXT",
  "DEPLOY_URL",
  "DEPLOY_PRIME_URL",
  "URL",
  "RENDER",
  "RENDER_*",
  "RAILWAY_*",
  "FLY_*",
  "HEROKU_*",
  "DYNO",
  "K_SERVICE",
  "K_REVISION",
  "K_CONFIGURATION",
  "AWS_LAMBDA_*",
  "AWS_EXECUTION_ENV",
  "AWS_REGION",
  "LAMBDA_TASK_ROOT",
  "CF_PAGES",
  "CF_PAGES_*",
  "KUBERNETES_SERVICE_HOST",
  // Python
  "PYTHONPATH",
  "PYTHONUNBUFFERED",
  "VIRTUAL_ENV",
  "DJANGO_SETTINGS_MODULE",
  "FLASK_APP",
  "FLASK_DEBUG",
  "WERKZEUG_RUN_MAIN"
];
function matcher(patterns) {
  const exact = new Set(patterns.filter((p) => !p.endsWith("*")));
  const prefixes = patterns.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1));
  return (name) => exact.has(name) || prefixes.some((p) => name.startsWith(p));
}
function allowlist(extra) {
  return matcher([...RUNTIME_VARS, ...extra]);
}
var isRuntimeVar = matcher(RUNTIME_VARS);
var PUBLIC_PREFIXES = [
  "NEXT_PUBLIC_",
  "VITE_",
  "REACT_APP_",
  "EXPO_PUBLIC_",
  "NUXT_PUBLIC_",
  "PUBLIC_",
  "GATSBY_"
];
var SECRET_WORDS = /(SECRET|PRIVATE|TOKEN|PASSWORD|PASSWD|SERVICE_ROLE|SERVICE_KEY|ADMIN_KEY|MASTER_KEY|SIGNING_KEY|CREDENTIAL|DATABASE_URL|DB_URL)/;
var PUBLIC_BY_DESIGN = /(PUBLISHABLE|ANON_KEY|PUBLIC_KEY|SITE_KEY|MEASUREMENT_ID|CLIENT_ID|MAPBOX_(ACCESS_)?TOKEN|_DSN$)/;
function publicPrefix(name) {
  const upper = name.toUpperCase();
  return PUBLIC_PREFIXES.find((p) => upper.startsWith(p));
}
var SECRET_PROVIDER_KEY = /(OPENAI|ANTHROPIC|RESEND|SENDGRID|MAILGUN|POSTMARK|TWILIO|GROQ|REPLICATE|COHERE|MISTRAL|GEMINI|HUGGINGFACE|DEEPSEEK|PERPLEXITY|ELEVENLABS|PINECONE|AWS|GITHUB|SLACK|DISCORD|SUPABASE_SERVICE).*(KEY|TOKEN)/;
var SETTING_WORDS = /(^|_)(DISABLE|DISABLED|ENABLE|ENABLED|ALLOW|ALLOWED|SHOW|HIDE|IS|HAS|USE|REQUIRE|REQUIRED|MIN|MAX|LENGTH|LEN|POLICY|SIGNUP|LOGIN|RESET|FORGOT|MODE|URL|URI|PATH|PAGE|ROUTE|TTL|EXPIRY|EXPIRES|TIMEOUT|COUNT|LIMIT)(_|$)/;
function isExposedSecret(name) {
  const prefix = publicPrefix(name);
  if (!prefix) return false;
  const rest = name.toUpperCase().slice(prefix.length);
  if (PUBLIC_BY_DESIGN.test(rest)) return false;
  if (/(DATABASE_URL|DB_URL|SERVICE_ROLE)/.test(rest)) return true;
  if (SETTING_WORDS.test(rest)) return false;
  return SECRET_WORDS.test(rest) || SECRET_PROVIDER_KEY.test(rest);
}
var SECRET_NAME = /(SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|AUTH|SALT|SIGNING|COOKIE|SESSION|DSN|WEBHOOK|(^|_)KEY($|_)|(^|_)PASS($|_)|(DATABASE|DB|REDIS|MONGO(DB)?|AMQP|RABBIT(MQ)?)_?UR[LI])/i;
function looksSecret(name) {
  return SECRET_NAME.test(name);
}
function maskSecretEnv(env, mask) {
  for (const [name, value] of Object.entries(env)) if (value && value.length >= 6 && looksSecret(name)) mask(value);
}
function hasUrlPassword(value) {
  try {
    return new URL(value.trim()).password !== "";
  } catch {
    return false;
  }
}

export {
  allowlist,
  isRuntimeVar,
  publicPrefix,
  isExposedSecret,
  looksSecret,
  maskSecretEnv,
  hasUrlPassword
};

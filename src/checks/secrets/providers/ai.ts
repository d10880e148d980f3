// AI and LLM APIs, gateways and agent tooling.
import type { Family } from './types.js';

const dash = (name: string, where = 'API keys') =>
  `delete the key in the ${name} dashboard (${where}) and create a new one`;

export const AI: Family = {
  name: 'AI and LLM APIs',
  why: "an AI API key spends the account's credit (abused keys run up thousands a day) and reads its files, prompts and models",
  shapes: [
    {
      id: 'replicate-api-token',
      title: 'Replicate API token',
      pattern: 'r8_[A-Za-z0-9]{37}',
      revoke: dash('Replicate', 'Account > API tokens'),
    },
    {
      id: 'perplexity-api-key',
      title: 'Perplexity API key',
      pattern: 'pplx-[A-Za-z0-9]{48}',
      revoke: dash('Perplexity'),
    },
    { id: 'xai-api-key', title: 'xAI API key', pattern: 'xai-[A-Za-z0-9]{80}', revoke: dash('xAI console') },
    {
      id: 'openrouter-api-key',
      title: 'OpenRouter API key',
      pattern: 'sk-or-v1-[a-f0-9]{64}',
      revoke: dash('OpenRouter', 'Keys'),
    },
    {
      id: 'langfuse-secret-key',
      title: 'Langfuse secret key',
      pattern: 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      why: 'a Langfuse secret key reads every traced prompt and completion of the project (user data) and writes to it',
      revoke: dash('Langfuse project settings', 'API keys'),
    },
    {
      id: 'langsmith-api-key',
      title: 'LangSmith API key',
      pattern: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}',
      revoke: dash('LangSmith', 'Settings > API keys'),
    },
    {
      id: 'tavily-api-key',
      title: 'Tavily API key',
      pattern: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}',
      revoke: dash('Tavily'),
    },
    {
      id: 'elevenlabs-api-key',
      title: 'ElevenLabs API key',
      pattern: 'sk_[a-f0-9]{48}',
      severity: 'high',
      revoke: dash('ElevenLabs', 'API keys'),
    },
    {
      id: 'pinecone-api-key',
      title: 'Pinecone API key',
      pattern: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}',
      revoke: dash('Pinecone console'),
    },
    {
      id: 'fireworks-api-key',
      title: 'Fireworks AI API key',
      pattern: 'fw_[A-Za-z0-9]{24}',
      severity: 'high',
      near: 'fireworks',
      revoke: dash('Fireworks'),
    },
    {
      id: 'helicone-api-key',
      title: 'Helicone API key',
      pattern: 'sk-helicone-(?:[a-z0-9]{7}-){3}[a-z0-9]{7}',
      revoke: dash('Helicone'),
    },
    {
      id: 'together-api-key',
      title: 'Together AI API key',
      pattern: 'tgp_v1_[A-Za-z0-9_-]{43}',
      revoke: dash('Together AI'),
    },
    { id: 'cerebras-api-key', title: 'Cerebras API key', pattern: 'csk-[a-z0-9]{48}', revoke: dash('Cerebras') },
    {
      id: 'voyage-api-key',
      title: 'Voyage AI API key',
      pattern: 'pa-[A-Za-z0-9_-]{43}',
      severity: 'high',
      near: 'voyage',
      revoke: dash('Voyage AI'),
    },
    { id: 'jina-api-key', title: 'Jina AI API key', pattern: 'jina_[A-Za-z0-9_-]{56,64}', revoke: dash('Jina AI') },
    { id: 'firecrawl-api-key', title: 'Firecrawl API key', pattern: 'fc-[a-f0-9]{32}', revoke: dash('Firecrawl') },
    {
      id: 'browserbase-api-key',
      title: 'Browserbase API key',
      pattern: 'bb_live_[A-Za-z0-9_-]{24,32}',
      revoke: dash('Browserbase', 'Settings'),
    },
    { id: 'e2b-api-key', title: 'E2B API key', pattern: 'e2b_[a-f0-9]{40}', revoke: dash('E2B') },
    {
      id: 'runway-api-key',
      title: 'Runway API secret',
      pattern: 'key_[a-f0-9]{128}',
      revoke: dash('Runway developer portal'),
    },
    { id: 'mem0-api-key', title: 'Mem0 API key', pattern: 'm0-[A-Za-z0-9]{40}', revoke: dash('Mem0') },
    {
      id: 'llamacloud-api-key',
      title: 'LlamaCloud API key',
      pattern: 'llx-[A-Za-z0-9]{48}',
      revoke: dash('LlamaCloud'),
    },
    {
      id: 'anyscale-api-key',
      title: 'Anyscale API key',
      pattern: 'esecret_[A-Za-z0-9]{24}',
      revoke: dash('Anyscale', 'Credentials'),
    },
    {
      id: 'nvidia-api-key',
      title: 'NVIDIA API key',
      pattern: 'nvapi-[A-Za-z0-9_-]{64}',
      revoke: dash('NVIDIA build portal'),
    },
    { id: 'humanloop-api-key', title: 'Humanloop API key', pattern: 'hl_sk_[a-f0-9]{48}', revoke: dash('Humanloop') },
    {
      id: 'zapier-ai-key',
      title: 'Zapier AI Actions key',
      pattern: 'sk-ak-[A-Za-z0-9]{32}',
      revoke: dash('Zapier AI Actions'),
    },
  ],
};

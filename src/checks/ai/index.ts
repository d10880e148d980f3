// The ai check: prompt-injection, exfiltration and unsafe-action evals against the app's chat endpoint.
import type { Check } from '../../types.js';

export const check: Check = {
  id: 'ai',
  applies: async (ctx) => !!ctx.config.ai.url,
  run: async () => ({ status: 'error', summary: 'the ai check is not implemented yet', findings: [] }),
};

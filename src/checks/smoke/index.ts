import type { Check } from '../../types.js';

// Placeholder until the check lands: fails closed when selected explicitly.
export const check: Check = {
  id: 'smoke',
  title: 'Smoke',
  applies: async () => false,
  run: async () => ({ status: 'error', summary: 'not implemented yet', findings: [] }),
};

// The env check on recreated Next.js, Vite and Express app layouts: every planted problem found,
// nothing else reported, every env read counted.
import { describe, expect, it } from '@jest/globals';
import { ENV_APPS } from '../../fixtures/env-apps/apps.js';
import { measureApp } from '../../fixtures/env-apps/measure.js';

describe('env check on realistic app layouts', () => {
  for (const app of ENV_APPS) {
    it(`${app.name}: finds the planted problems and no false positives`, async () => {
      const m = await measureApp(app);
      expect(m.falsePositives).toEqual([]);
      expect(m.falseNegatives).toEqual([]);
      expect(m.reads).toBe(app.reads);
    });
  }
});

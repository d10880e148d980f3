// The migrations check's rule catalog, apart from the analyzers: reports read it without loading the parser.
import type { RuleMeta } from '../../types.js';
import { docsUrl } from './model.js';
import { RULES } from './rules/index.js';

export const MIGRATION_RULES: RuleMeta[] = RULES.map((r) => ({
  id: r.id,
  title: r.title,
  why: r.why,
  fix: r.fix,
  docs: docsUrl(r.id),
  security: false,
}));

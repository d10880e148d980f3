// A provider's documented credential shape, as data: one row per kind of key. The rules and catalog
// entries are built from these rows (providers/index.ts), so a new provider is one row in its family.
import type { Severity } from '../../../types.js';

export interface Shape {
  /** Rule id, `<provider>-<kind>`. */
  id: string;
  /** Provider and kind, for messages: "Replicate API token". */
  title: string;
  /** The credential itself, as a regex source without flags or boundaries (its literal prefix feeds the prefilter). */
  pattern: string;
  /** Where to revoke or rotate it. */
  revoke: string;
  /** What an attacker can do with it, when more is known than the family says. */
  why?: string;
  /** Default: blocker. A short or shared prefix is only `high`. */
  severity?: Severity;
  /** A word the file must hold (case-insensitive) when the shape alone is too common: `mandrill`. */
  near?: string;
  /** A cheap necessary condition on the file, for a pattern without a literal to start from (regex source). */
  hint?: string;
  /** Prefilter literals, when the pattern does not start with one. */
  keywords?: string[];
}

export interface Family {
  name: string;
  /** What a leaked key of this family lets an attacker do. */
  why: string;
  shapes: Shape[];
}

// Never print a secret: every value a check registers is replaced in every output by its first
// four characters and asterisks.

const registry = new Set<string>();

/** At most the first 4 characters, then asterisks. Short values show less. */
export function redact(value: string): string {
  const keep = value.length >= 12 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, keep)}****`;
}

export function registerSecret(value: string): void {
  if (value && value.length >= 6) registry.add(value);
}

/** Replaces every registered secret in `text` by its redacted form. */
export function scrub(text: string): string {
  if (!registry.size || !text) return text;
  let out = text;
  for (const s of registry) if (out.includes(s)) out = out.split(s).join(redact(s));
  return out;
}

export function clearSecrets(): void {
  registry.clear();
}

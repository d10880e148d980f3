// DMARC records (RFC 7489 section 6.4) read by their grammar: what receivers accept, and where they stop.

export interface DmarcRecord {
  tags: Map<string, string>;
  /** Reasons receivers ignore the record or a tag of it; empty when it is valid. */
  problems: string[];
}

/** The record starts a DMARC record (whitespace around `=` is allowed; leading whitespace is not). */
export const looksLikeDmarc = (txt: string) => /^\s*v\s*=\s*dmarc1\b/i.test(txt);

const POLICY = /^(?:none|quarantine|reject)$/i;
const ALIGN = /^[rs]$/i;
const FO = /^[01ds](?:\s*:\s*[01ds])*$/i;
const URI = /^[a-z][a-z0-9+.-]*:[^\s,!]+(?:![0-9]+[kmgt]?)?$/i;

export function parseDmarc(rr: string): DmarcRecord {
  const problems: string[] = [];
  const tags = new Map<string, string>();
  if (/^\s/.test(rr))
    problems.push('the record starts with whitespace: receivers look for `v=DMARC1` at the very start');
  const parts = rr.split(';').map((p) => p.trim());
  if (parts.length && !parts[parts.length - 1]) parts.pop();
  parts.forEach((part, i) => {
    if (!part) return void problems.push('an empty tag (two `;` in a row) ends the parse');
    const eq = part.indexOf('=');
    if (eq <= 0) return void problems.push(`${JSON.stringify(part.slice(0, 30))} is not a tag=value pair`);
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (i === 0 && name !== 'v') problems.push('`v=DMARC1` must be the first tag');
    if (tags.has(name)) problems.push(`${name}= is given twice`);
    else tags.set(name, value);
  });
  const v = tags.get('v');
  if (v !== undefined && v !== 'DMARC1') problems.push(`v=${v} must be exactly DMARC1 (upper case)`);
  const check = (name: string, ok: (v: string) => boolean, expected: string) => {
    const value = tags.get(name);
    if (value !== undefined && !ok(value)) problems.push(`${name}=${value.slice(0, 40)} is invalid (${expected})`);
  };
  check('p', (x) => POLICY.test(x), 'none, quarantine or reject');
  check('sp', (x) => POLICY.test(x), 'none, quarantine or reject');
  check('np', (x) => POLICY.test(x), 'none, quarantine or reject');
  check('adkim', (x) => ALIGN.test(x), 'r or s');
  check('aspf', (x) => ALIGN.test(x), 'r or s');
  check('pct', (x) => /^\d{1,3}$/.test(x) && Number(x) <= 100, 'a whole number 0 to 100');
  check('ri', (x) => /^\d{1,32}$/.test(x), 'seconds');
  check('fo', (x) => FO.test(x), 'a colon-separated list of 0, 1, d, s');
  check('rf', (x) => /^[a-z][a-z0-9-]*(?:\s*:\s*[a-z][a-z0-9-]*)*$/i.test(x), 'afrf');
  for (const name of ['rua', 'ruf']) {
    const value = tags.get(name);
    if (value === undefined) continue;
    const uris = value.split(',').map((u) => u.trim());
    const bad = uris.filter((u) => !URI.test(u));
    const notMail = uris.filter(
      (u) => URI.test(u) && !/^mailto:[^@\s]+@[^@\s]+$/i.test(u.replace(/![0-9]+[kmgt]?$/i, '')),
    );
    if (bad.length) problems.push(`${name}=${bad[0].slice(0, 40)} is not a URI (write mailto:reports@example.com)`);
    else if (notMail.length)
      problems.push(`${name}=${notMail[0].slice(0, 40)} is not a mailto: address: receivers send reports only by mail`);
  }
  return { tags, problems };
}

// Content-Security-Policy judged by its content: parsed per directive (content-security-policy-parser,
// which follows the spec), then the ways a policy fails to stop an injected script.
import parseCsp from 'content-security-policy-parser';

export interface CspProblem {
  severity: 'medium' | 'low';
  /** Stable id of the problem (fingerprints), e.g. `unsafe-inline`. */
  key: string;
  text: string;
}

const KNOWN = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
  'prefetch-src',
  'fenced-frame-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
  'sandbox',
  'upgrade-insecure-requests',
  'block-all-mixed-content',
  'report-uri',
  'report-to',
  'require-trusted-types-for',
  'trusted-types',
  'webrtc',
  'plugin-types',
  'require-sri-for',
  'navigate-to',
]);

/** Keywords written without their quotes are read as host names by browsers. */
const UNQUOTED_KEYWORD =
  /^(?:self|none|unsafe-inline|unsafe-eval|strict-dynamic|unsafe-hashes|report-sample|wasm-unsafe-eval)$/i;
const NONCE_OR_HASH = /^'(?:nonce-[^']+|sha(?:256|384|512)-[^']+)'$/i;
/** Sources that let an attacker load script from anywhere (or inline it). */
const ANY_SOURCE = /^(?:\*|https?:|data:|blob:|filesystem:|https?:\/\/\*)$/i;

/** The directives of one policy, with the names given more than once. */
export function parsePolicy(policy: string): { directives: Map<string, string[]>; duplicates: string[] } {
  const names = policy
    .split(';')
    .map((t) =>
      t
        .trim()
        .split(/[\t\n\f\r ]+/)[0]
        ?.toLowerCase(),
    )
    .filter(Boolean);
  const duplicates = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  return { directives: parseCsp(policy), duplicates };
}

function problemsOfPolicy(policy: string): CspProblem[] {
  const { directives, duplicates } = parsePolicy(policy);
  const out: CspProblem[] = [];
  for (const d of duplicates)
    out.push({
      severity: 'medium',
      key: `duplicate ${d}`,
      text: `${d} is given twice: browsers use the first and ignore the rest`,
    });
  for (const name of directives.keys())
    if (!KNOWN.has(name))
      out.push({ severity: 'medium', key: `unknown ${name}`, text: `unknown directive ${name}: browsers ignore it` });
  for (const [name, values] of directives)
    for (const v of values)
      if (UNQUOTED_KEYWORD.test(v))
        out.push({
          severity: 'medium',
          key: `unquoted ${name} ${v.toLowerCase()}`,
          text: `${name} ${v} without quotes is read as a host name; write '${v.toLowerCase()}'`,
        });

  const script = directives.get('script-src') ?? directives.get('default-src');
  const from = directives.has('script-src') ? 'script-src' : 'default-src';
  if (!script) {
    out.push({
      severity: 'medium',
      key: 'no script-src',
      text: 'neither script-src nor default-src: scripts from anywhere run',
    });
  } else {
    // <script> elements follow script-src-elem when it is set: judge both lists.
    const lists: [string, string[]][] = [[from, script]];
    const elem = directives.get('script-src-elem');
    if (elem) lists.push(['script-src-elem', elem]);
    let nonceBased = false;
    for (const [name, sources] of lists) {
      const lower = sources.map((x) => x.toLowerCase());
      const nonced = sources.some((x) => NONCE_OR_HASH.test(x));
      const strictDynamic = lower.includes("'strict-dynamic'");
      nonceBased ||= strictDynamic || sources.some((x) => /^'nonce-/i.test(x));
      if (strictDynamic && !nonced)
        out.push({
          severity: 'medium',
          key: `strict-dynamic ${name}`,
          text: `'strict-dynamic' in ${name} without a nonce or hash: no script is trusted to start the chain`,
        });
      // With a nonce or hash, browsers ignore 'unsafe-inline'; with 'strict-dynamic', host and scheme sources too.
      if (lower.includes("'unsafe-inline'") && !nonced)
        out.push({
          severity: 'medium',
          key: `unsafe-inline ${name}`,
          text: `'unsafe-inline' in ${name} without a nonce or hash: injected inline scripts run`,
        });
      if (lower.includes("'unsafe-eval'"))
        out.push({
          severity: 'medium',
          key: `unsafe-eval ${name}`,
          text: `'unsafe-eval' in ${name}: strings become code (eval, new Function)`,
        });
      if (!(strictDynamic && nonced)) {
        const wide = sources.filter((x) => ANY_SOURCE.test(x));
        const plain = sources.filter((x) => /^http:\/\//i.test(x) && !ANY_SOURCE.test(x));
        if (wide.length)
          out.push({
            severity: 'medium',
            key: `wide script source ${name}`,
            text: `${name} allows ${wide.join(' ')}: script from any host (or inlined as data) runs`,
          });
        if (plain.length)
          out.push({
            severity: 'medium',
            key: `http script source ${name}`,
            text: `${name} allows ${plain.join(' ')} over plain http`,
          });
      }
    }
    const object = directives.get('object-src') ?? directives.get('default-src');
    if (!object)
      out.push({
        severity: 'medium',
        key: 'no object-src',
        text: "no object-src (nor default-src): plugins can load script; add object-src 'none'",
      });
    else if (object.some((s) => ANY_SOURCE.test(s)))
      out.push({
        severity: 'medium',
        key: 'wide object-src',
        text: `object-src allows ${object.filter((s) => ANY_SOURCE.test(s)).join(' ')}`,
      });
    // Only nonces trust a script whatever its URL: without them a <base> tag gains nothing, the rewritten
    // URLs still meet the host list (hashes cover inline scripts, which have no URL).
    if (!directives.has('base-uri') && nonceBased)
      out.push({
        severity: 'medium',
        key: 'no base-uri',
        text: "no base-uri: an injected <base> tag points nonced relative scripts elsewhere; add base-uri 'none'",
      });
  }
  return out;
}

/**
 * Problems of the enforced policies. Several policies (headers, or a comma-separated list) all apply,
 * so a weakness counts only when every policy has it; syntax slips count wherever they are.
 */
export function evaluateCsp(enforced: string[]): CspProblem[] {
  const policies = enforced
    .flatMap((h) => h.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  if (!policies.length) return [];
  const per = policies.map(problemsOfPolicy);
  const syntax = /^(?:duplicate|unknown|unquoted) /;
  const out = new Map<string, CspProblem>();
  for (const list of per) for (const p of list) if (syntax.test(p.key)) out.set(p.key, p);
  for (const p of per[0])
    if (!syntax.test(p.key) && per.every((list) => list.some((q) => q.key === p.key))) out.set(p.key, p);
  return [...out.values()];
}

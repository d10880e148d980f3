// Turns what the scanners saw into findings. Pure: no I/O.
import type { Finding } from '../../types.js';
import type { Contract, ContractVar } from './contract.js';
import { finding, RULES } from './findings.js';
import { isExposedSecret, publicPrefix } from './names.js';
import type { FileReads } from './scan-code.js';
import type { EnvFileHit } from './scan-env-files.js';

export function contractProblemFindings(contract: Contract, keep: (line: number) => boolean): Finding[] {
  return contract.problems
    .filter((p) => keep(p.line))
    .map((p) => {
      const what = p.name ? `${p.name} at line ${p.line}` : `line ${p.line}`;
      const rule = p.kind === 'duplicate' ? RULES.duplicate : p.kind === 'marker' ? RULES.marker : RULES.malformed;
      return finding({
        rule,
        severity: 'medium',
        file: contract.file,
        line: p.line,
        subject: `${p.name ?? ''}:${p.detail}`,
        message: `${what} of the env contract ${p.detail}`,
        why:
          p.kind === 'duplicate'
            ? 'two declarations of one variable disagree sooner or later, and only the last one counts'
            : 'a line the parser skips is a variable the gate never checks',
        fix:
          p.kind === 'marker'
            ? 'use a known marker: "# optional", "# type: url|number|boolean|list|string|email|port", "# one of: a|b|c"'
            : p.kind === 'duplicate'
              ? 'keep one declaration of the variable'
              : 'write the line as KEY=value (or comment it out with #); names use letters, digits and _',
      });
    });
}

export function contractAddedFindings(vars: ContractVar[], environment: string): Finding[] {
  return vars.map((v) =>
    finding({
      rule: RULES.contractAdded,
      severity: 'low',
      file: v.file,
      line: v.line,
      subject: v.name,
      message: `this change adds ${v.required ? 'required' : 'optional'} variable ${v.name} to the env contract`,
      why: 'a deploy of this change to an environment without the variable fails or runs without the feature',
      fix: `set ${v.name} in every environment (${environment} and the others) before this change is deployed`,
    }),
  );
}

const exposedFinding = (file: string, line: number, name: string, column?: number): Finding =>
  finding({
    rule: RULES.publicSecret,
    severity: 'high',
    file,
    line,
    column,
    subject: name,
    message: `${name} looks like a secret but its ${publicPrefix(name)} prefix exposes it to the browser`,
    why: 'bundlers inline variables with this prefix into client JavaScript that anyone can download and read',
    fix: `rename it without the ${publicPrefix(name)} prefix, read it only on the server (API route, server action, backend), and rotate the value if it was ever deployed`,
  });

export function exposedInContract(vars: ContractVar[]): Finding[] {
  return vars.filter((v) => isExposedSecret(v.name)).map((v) => exposedFinding(v.file, v.line, v.name));
}

export interface ReadFindingOptions {
  declared: Set<string>;
  /** The contract that judges a file (the nearest env template up the tree, else the root contract);
   *  undefined when none does: its undeclared reads are then not reported. */
  contractFor: (path: string) => string | undefined;
  allowed: (name: string) => boolean;
}

/**
 * Build, lint and test tool configs, scripts, CI and test folders: what they read is not a deploy
 * requirement of the running service.
 */
const NOT_RUNTIME =
  /(?:^|\/)(?:[\w-]+\.)?(?:eslint|prettier|vite|vitest|next|nuxt|svelte|astro|remix|tailwind|postcss|jest|playwright|cypress|webpack|rollup|babel|tsup|turbo|drizzle|knexfile|sentry\.\w+|storybook|metro|app)\.config\.[\w.]+$|(?:^|\/)(?:knexfile|gulpfile|Gruntfile)\.[\w.]+$|(?:^|\/)(?:scripts?|tests?|__tests__|e2e|cypress|playwright|fixtures?|\.github|\.storybook|stories|mocks?|__mocks__|benchmarks?|bench|tools)\/|[._-](?:test|spec|e2e|stories|mocks?)\.[\w.]+$|(?:^|\/)(?:mocks?|fixtures?)\.[\w.]+$|_test\.(?:go|py)$|(?:^|\/)(?:test_[^/]*|conftest)\.py$/;

const listFiles = (files: string[]) =>
  files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;

/**
 * One finding per undeclared variable, at its first runtime read, naming every file that reads it; `high`
 * when some runtime read has no default, else `low`. Browser-exposed secrets: one per file and name.
 */
export function readFindings(files: FileReads[], o: ReadFindingOptions): Finding[] {
  const out: Finding[] = [];
  const byName = new Map<string, { path: string; r: FileReads['reads'][number]; contract: string }[]>();
  for (const { path, reads } of files) {
    const seen = new Set<string>();
    for (const r of reads) {
      if (isExposedSecret(r.name) && !seen.has(`x:${r.name}`)) {
        seen.add(`x:${r.name}`);
        out.push(exposedFinding(path, r.line, r.name, r.column));
      }
      const contract = o.contractFor(path);
      if (!contract || o.declared.has(r.name) || o.allowed(r.name)) continue;
      byName.set(r.name, [...(byName.get(r.name) ?? []), { path, r, contract }]);
    }
  }
  for (const [name, all] of byName) {
    const runtime = all.filter((x) => !NOT_RUNTIME.test(x.path));
    // A file that tests or defaults the variable once copes with its absence (`if ENV['X'].present?` then
    // `ENV['X']` inside the block, `if (process.env.X) init(process.env.X)`).
    const coping = new Set(all.filter((x) => x.r.hasFallback).map((x) => x.path));
    const strict = runtime.filter((x) => !x.r.hasFallback && !coping.has(x.path));
    const at = strict[0] ?? runtime[0] ?? all[0];
    const severity = strict.length ? 'high' : 'low';
    const filesReading = [...new Set(all.map((x) => x.path))];
    const others = filesReading.filter((p) => p !== at.path);
    const where = others.length ? `; also read in ${listFiles(others)}` : '';
    const kind = !runtime.length
      ? ' (only in tool configs, scripts or tests)'
      : !strict.length
        ? ' (every read has a default)'
        : '';
    out.push(
      finding({
        rule: RULES.undeclaredRead,
        severity,
        file: at.path,
        line: at.r.line,
        column: at.r.column,
        subject: name,
        message: `code reads ${name} (${at.r.syntax}), which the env contract ${at.contract} does not declare${kind}${where}`,
        why: strict.length
          ? 'no one deploying knows to set it: the deploy runs with it undefined'
          : 'nobody deploying knows the variable exists or what it changes, but nothing breaks without it',
        fix: `add ${name}=<example> to ${at.contract} (with "# optional" if the default is fine), or allow it in env.allow if the platform sets it`,
      }),
    );
  }
  return out;
}

export function envFileFindings(hits: EnvFileHit[]): Finding[] {
  return hits.map((h) => {
    if (h.state === 'untracked') {
      return finding({
        rule: RULES.fileNotIgnored,
        severity: 'high',
        file: h.path,
        line: 1,
        subject: h.path,
        message: `${h.path} is not committed, but git does not ignore it either`,
        why: 'the next `git add .` commits every value in it',
        fix: `add ${h.path.slice(h.path.lastIndexOf('/') + 1)} (or .env*, with !.env.example) to .gitignore`,
      });
    }
    const test = h.kind === 'test';
    return finding({
      rule: RULES.fileCommitted,
      severity: test ? 'medium' : 'blocker',
      file: h.path,
      line: 1,
      subject: h.path,
      commit: h.commit,
      message:
        h.state === 'history'
          ? `${h.path} was committed in ${h.commit!.slice(0, 7)} and deleted later; its values stay in the history`
          : `${h.path} is committed${test ? ' (a test env file)' : ''}`,
      why: test
        ? 'test env files tend to collect real credentials over time, and every clone and fork receives them'
        : 'an env file holds the values of an environment: every clone, fork and CI log can read them',
      fix: test
        ? 'keep only throwaway values in it; put anything real in CI secrets, or accept it with a launch-gate-ignore comment on line 1'
        : `remove it from git (git rm --cached ${h.path}), add it to .gitignore, rotate every secret it held, and keep the variable names in the contract (.env.example)`,
    });
  });
}

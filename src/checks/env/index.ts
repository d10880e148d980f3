// The env check: the contract (.env.example, plus a typed schema when the repo has one) against the
// deploy's environment, and the code and files of the change against the contract.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scope } from '../../scope/types.js';
import type { Check, CheckContext, CheckOutcome, Finding } from '../../types.js';
import { addedLines, isAdded } from './added-lines.js';
import type { ContractVar } from './contract.js';
import { DEFAULT_CONTRACT, loadContract, loadSchemas } from './load.js';
import { mergeSchema } from './merge.js';
import { allowlist, hasUrlPassword, isRuntimeVar, looksSecret } from './names.js';
import {
  contractAddedFindings,
  contractProblemFindings,
  envFileFindings,
  exposedInContract,
  readFindings,
} from './rules.js';
import { scanCode } from './scan-code.js';
import { readText } from '../../scope/read.js';
import { parse as parseDotenv } from 'dotenv';
import { collectDeclarations, nearestTemplateDir, TEMPLATE } from './declared.js';
import { gitText } from '../../scope/git.js';
import { findEnvFiles, trackedEnvFiles } from './scan-env-files.js';
import { variablesTable } from './summary.js';
import { validateEnv, type VarReport } from './validate.js';
import { deployValueFindings } from './deploy-values.js';

/** Registers every value that could be a secret, before anything else touches the environment. */
function maskValues(ctx: CheckContext, vars: ContractVar[], env: Record<string, string | undefined> = ctx.env): void {
  for (const v of vars) {
    const value = env[v.name];
    if (!value) continue;
    if (looksSecret(v.name) || hasUrlPassword(value)) ctx.mask(value);
    if (hasUrlPassword(value)) {
      try {
        ctx.mask(decodeURIComponent(new URL(value.trim()).password));
      } catch {
        /* a password that is not valid percent-encoding is masked as part of the whole value */
      }
    }
  }
}

/** CLI: always. Action: when the step's environment carries a contract variable (a deploy job). */
function shouldValidate(ctx: CheckContext, vars: ContractVar[]): { yes: boolean; why: string } {
  const mode = ctx.config.env.validate;
  if (mode === 'always') return { yes: true, why: 'env.validate is always' };
  if (mode === 'never') return { yes: false, why: 'env.validate is never' };
  if (ctx.event.name === 'local') return { yes: true, why: 'run from the command line' };
  const carried = vars.filter((v) => !isRuntimeVar(v.name) && ctx.env[v.name] !== undefined);
  return carried.length
    ? { yes: true, why: `the step's environment sets ${carried.length} contract variable(s)` }
    : { yes: false, why: "the step's environment sets no contract variable (not a deploy job)" };
}

/** The files dotenv-style loaders read, lowest precedence first (Next.js, Vite, dotenv-flow). */
const LOCAL_ENV_FILES = (environment: string) => [
  '.env',
  '.env.local',
  `.env.${environment}`,
  `.env.${environment}.local`,
];

async function localEnv(cwd: string, environment: string, maxFileSize: number) {
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (const f of LOCAL_ENV_FILES(environment)) {
    const r = await readText(cwd, f, maxFileSize);
    if (!('text' in r)) continue;
    files.push(f);
    Object.assign(values, parseDotenv(r.text));
  }
  return { values, files };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function run(ctx: CheckContext): Promise<CheckOutcome> {
  const cfg = ctx.config.env;
  const maxFileSize = ctx.config['max-file-size'];
  const notes: string[] = [];

  const loaded = await loadContract(ctx.cwd, cfg.contract, maxFileSize);
  if ('error' in loaded) return { status: 'error', summary: loaded.error, findings: [] };
  if ('absent' in loaded && loaded.explicit) {
    return {
      status: 'error',
      summary: `the env contract ${loaded.file} (env.contract / env-file) does not exist`,
      findings: [],
      notes: ['create the file with one KEY=example line per variable a deploy needs, or point env-file at it'],
    };
  }
  const contract = 'contract' in loaded ? loaded.contract : undefined;
  const contractFile = contract?.file ?? ('absent' in loaded ? loaded.file : DEFAULT_CONTRACT);
  if (!contract)
    notes.push(`no env contract (${contractFile}): only committed env files and browser-exposed secrets are checked`);

  let vars = contract?.vars ?? [];
  const schemas = await loadSchemas(ctx.cwd, cfg.schema, maxFileSize);
  for (const s of schemas) {
    vars = mergeSchema(vars, s.file, s.vars);
    notes.push(`read the typed env schema ${s.file} (${plural(s.vars.length, 'variable')})`);
  }
  maskValues(ctx, vars);
  const haveContract = !!contract || schemas.length > 0;

  const findings: Finding[] = [];
  const validation = shouldValidate(ctx, vars);
  // From the command line the environment is the local env files, as dotenv loads them, unless asked
  // for the shell: a developer's shell lacks the production-only variables by design.
  let values: Record<string, string | undefined> = ctx.env;
  let fromLocalFiles = false;
  if (validation.yes && cfg['local-files'] && cfg.validate === 'auto') {
    const local = await localEnv(ctx.cwd, ctx.config.environment, maxFileSize);
    if (!local.files.length) {
      validation.yes = false;
      validation.why = `no local env file (${LOCAL_ENV_FILES(ctx.config.environment).join(', ')}); pass --env-from-shell to validate the shell's variables`;
    } else {
      values = local.values;
      fromLocalFiles = true;
      maskValues(ctx, vars, values);
      validation.why = `the local env files ${local.files.join(', ')} (pass --env-from-shell to validate the shell instead)`;
    }
  }
  let reports: VarReport[];
  if (validation.yes && vars.length) {
    const v = validateEnv(vars, values, ctx.config.environment);
    reports = v.reports;
    findings.push(...v.findings);
    notes.push(`validated the environment against the contract: ${validation.why}`);
    // A developer's .env points at localhost and holds test keys by design: judged in deploy jobs only.
    if (!fromLocalFiles) findings.push(...deployValueFindings(vars, values, ctx.config.environment, contractFile));
  } else {
    reports = vars.map((v) => ({ v, status: 'not checked' as const }));
    if (vars.length) notes.push(`environment not validated: ${validation.why}`);
  }

  let scope: Scope;
  try {
    scope = await ctx.scope();
  } catch (e) {
    return {
      status: 'error',
      summary: `cannot compute what to check: ${(e as Error).message}`,
      findings,
      markdown: variablesTable(reports),
      notes,
    };
  }
  notes.push(...scope.notes);
  const added = addedLines(scope);

  if (contract && 'text' in loaded) {
    const lines = loaded.text.split('\n');
    const keep = (line: number) => isAdded(scope, added, contract.file, lines, line);
    findings.push(...contractProblemFindings(contract, keep));
    const contractVars = vars.filter((v) => v.file === contract.file);
    findings.push(...exposedInContract(contractVars.filter((v) => keep(v.line))));
    if (scope.kind === 'diff')
      findings.push(
        ...contractAddedFindings(
          contractVars.filter((v) => keep(v.line)),
          ctx.config.environment,
        ),
      );
  }
  findings.push(
    ...exposedInContract(
      vars.filter((v) => v.typeFrom === 'schema' && v.file !== contract?.file && scope.kind === 'all'),
    ),
  );

  const found = await findEnvFiles(ctx.cwd, scope, ctx.signal);
  for (const h of found.filter((x) => x.link !== undefined))
    notes.push(
      `${h.path} is a symlink to ${h.link}: git stores the path, not values (a target inside the repository is judged on its own)`,
    );
  const envFiles = found.filter((h) => h.link === undefined);
  findings.push(...envFileFindings(envFiles));
  if (scope.kind === 'all' && !scope.gitRoot)
    notes.push('not a git repository: committed env files cannot be told apart from local ones');

  const code = await scanCode(ctx.cwd, scope, added, cfg['code-exclude'], ctx.signal);
  const readCount = code.files.reduce((n, f) => n + f.reads.length, 0);
  // Monorepos: each app's nearest env template is its contract, and a name any template, turbo.json,
  // Dockerfile, compose or platform file declares is known to whoever deploys.
  const repoPaths =
    scope.kind === 'all'
      ? scope.files.map((f) => f.path)
      : (await gitText(ctx.cwd, ['ls-files', '-z', '-c', '--', '.'], ctx.signal).catch(() => ''))
          .split('\0')
          .filter(Boolean);
  const decl = await collectDeclarations(ctx.cwd, repoPaths, maxFileSize);
  const templates = new Map<string, string>();
  for (const p of repoPaths.filter((x) => TEMPLATE.test(x))) {
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    if (!templates.has(dir)) templates.set(dir, p);
  }
  const templateIn = (dir: string) => templates.get(dir);
  const contractDirs = decl.templateDirs.filter((d) => d !== '');
  if (contractDirs.length)
    notes.push(
      `contracts by folder: ${contractDirs.slice(0, 8).join(', ')}${contractDirs.length > 8 ? ` and ${contractDirs.length - 8} more` : ''} use their own env template; the rest ${haveContract ? contractFile : 'has none'}`,
    );
  const readFs = readFindings(code.files, {
    declared: new Set([...vars.map((v) => v.name), ...decl.names.keys()]),
    contractFor: (path) => {
      const dir = nearestTemplateDir(decl, path);
      return (dir !== undefined && templateIn(dir)) || (haveContract ? contractFile : undefined);
    },
    allowed: allowlist(cfg.allow),
  });
  findings.push(...readFs);
  for (const s of code.skipped) notes.push(`skipped ${s.path}: ${s.reason}`);

  const count = (s: string) => reports.filter((r) => r.status === s && (r.v.required || s === 'wrong type')).length;
  const metrics = {
    variables: vars.length,
    required: vars.filter((v) => v.required).length,
    validated: validation.yes && vars.length > 0,
    present: reports.filter((r) => r.status === 'present').length,
    missing: count('missing'),
    empty: count('empty'),
    wrongType: count('wrong type'),
    filesScanned: code.scanned,
    reads: readCount,
    undeclaredReads: readFs.filter((f) => f.rule === 'env-undeclared-read').length,
    envFilesCommitted: envFiles.filter((h) => h.state !== 'untracked').length,
    exposedSecrets: findings.filter((f) => f.rule === 'env-public-secret').length,
  };

  const parts = [
    haveContract
      ? `${plural(vars.length, 'variable')} in ${contractFile}${schemas.length ? ' and the schema' : ''}`
      : 'no env contract',
    metrics.validated
      ? `environment: ${metrics.present} present, ${metrics.missing} missing, ${metrics.empty} empty, ${metrics.wrongType} wrong type`
      : 'environment not validated',
    `${plural(code.scanned, 'code file')} scanned, ${plural(readCount, 'env read')}`,
    plural(findings.length, 'finding'),
  ];
  const outcome: CheckOutcome = { summary: parts.join('; '), findings, metrics, notes };
  const table = variablesTable(reports);
  if (table) outcome.markdown = table;
  if (!haveContract && !findings.length) outcome.status = 'skipped';
  return outcome;
}

export const check: Check = {
  id: 'env',
  async applies(ctx) {
    const cfg = ctx.config.env;
    // A configured contract always applies, so that a missing file surfaces as an error.
    if (cfg.contract !== DEFAULT_CONTRACT || existsSync(resolve(ctx.cwd, cfg.contract))) return true;
    if (cfg.schema.some((p) => existsSync(resolve(ctx.cwd, p)))) return true;
    return (await trackedEnvFiles(ctx.cwd)).length > 0;
  },
  run,
};

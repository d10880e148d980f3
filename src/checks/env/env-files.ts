// Which file names are real env files (values for an environment) and which are templates.

/** `.env`, `.env.local`, `.env.production`, `prod.env`, `config/.env.staging`, ... */
const ENV_FILE = /(^|\/)(\.env(\.[^/]+)?|[^/]+\.env)$/i;
/** Templates meant to be committed: the contract and its cousins. */
const TEMPLATE = /(example|sample|template|dist|defaults|schema|tpl|skeleton)/i;
/** dotenv-vault and dotenvx commit encrypted files on purpose. */
const ENCRYPTED = /^\.env\.vault$/i;
/** Source files named like env files (`.env.ts`) are code, not env files. */
const CODE = /\.(?:[cm]?[jt]sx?|json|ya?ml|md|py|sh|toml|rb|go)$/i;
/** Test and CI env files: usually committed on purpose with throwaway values. */
const TEST_ENV = /(^|[./])(test|testing|ci|e2e)(\.|$)/i;

export type EnvFileKind = 'template' | 'test' | 'real';

export function envFileKind(path: string): EnvFileKind | undefined {
  if (!ENV_FILE.test(path)) return undefined;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (CODE.test(base)) return undefined;
  if (TEMPLATE.test(base) || ENCRYPTED.test(base)) return 'template';
  const suffix = base.replace(/^\.env/i, '').replace(/\.env$/i, '');
  if (TEST_ENV.test(suffix)) return 'test';
  return 'real';
}

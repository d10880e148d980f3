// Loads the contract and any typed schema from the working directory.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readText } from '../../scope/read.js';
import { parseContract, type Contract } from './contract.js';
import { parseSchema, type SchemaVar } from './schema.js';

export const DEFAULT_CONTRACT = '.env.example';

export const toRel = (cwd: string, abs: string): string => relative(cwd, abs).split(sep).join('/');

export type ContractLoad =
  { contract: Contract; text: string } | { absent: true; explicit: boolean; file: string } | { error: string };

export async function loadContract(cwd: string, configured: string, maxFileSize: number): Promise<ContractLoad> {
  const abs = isAbsolute(configured) ? configured : resolve(cwd, configured);
  const file = toRel(cwd, abs);
  const explicit = configured !== DEFAULT_CONTRACT;
  if (!existsSync(abs)) return { absent: true, explicit, file };
  const r = await readText(cwd, file, maxFileSize);
  if ('skip' in r) return { error: `cannot read the env contract ${file}: ${r.skip}` };
  return { contract: parseContract(r.text, file), text: r.text };
}

export interface LoadedSchema {
  file: string;
  vars: SchemaVar[];
}

export async function loadSchemas(cwd: string, paths: string[], maxFileSize: number): Promise<LoadedSchema[]> {
  const out: LoadedSchema[] = [];
  for (const p of paths) {
    const file = toRel(cwd, resolve(cwd, p));
    if (!existsSync(resolve(cwd, p))) continue;
    const r = await readText(cwd, file, maxFileSize);
    if ('skip' in r) continue;
    const vars = parseSchema(r.text);
    if (vars.length) out.push({ file, vars });
  }
  return out;
}

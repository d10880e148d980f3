// Merges a typed schema into the contract: a schema's type beats a type inferred from an example
// value, a contract marker beats both; variables only the schema declares join the contract.
import type { ContractVar } from './contract.js';
import type { SchemaVar } from './schema.js';

export function mergeSchema(vars: ContractVar[], schemaFile: string, schema: SchemaVar[]): ContractVar[] {
  const out = new Map(vars.map((v) => [v.name, { ...v }]));
  for (const s of schema) {
    const v = out.get(s.name);
    if (!v) {
      out.set(s.name, {
        name: s.name,
        file: schemaFile,
        line: s.line,
        example: '',
        required: !s.optional,
        type: s.type,
        ...(s.values ? { values: s.values } : {}),
        typeFrom: 'schema',
      });
      continue;
    }
    if (v.typeFrom === 'example') {
      v.type = s.type;
      v.typeFrom = 'schema';
      if (s.values) v.values = s.values;
      else delete v.values;
    }
    if (!v.requiredMarked) v.required = !s.optional;
  }
  return [...out.values()];
}

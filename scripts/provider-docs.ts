// Rewrites the generated "Provider shapes" part of docs/secrets/README.md: `npx tsx scripts/provider-docs.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { END, START, providerDocs } from '../src/checks/secrets/providers/docs.js';

const path = new URL('../docs/secrets/README.md', import.meta.url);
const docs = readFileSync(path, 'utf8');
const at = docs.indexOf(START);
writeFileSync(
  path,
  at < 0
    ? `${docs.trimEnd()}\n\n${providerDocs()}\n`
    : docs.slice(0, at) + providerDocs() + docs.slice(docs.indexOf(END) + END.length),
);

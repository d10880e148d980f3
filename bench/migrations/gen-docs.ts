// Writes docs/migrations/<rule>.md and docs/migrations/README.md from the rules' metadata.
//   npx tsx bench/migrations/gen-docs.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderIndex, renderRuleDoc } from '../../src/checks/migrations/docs.js';
import { RULES } from '../../src/checks/migrations/rules/index.js';

const dir = join(import.meta.dirname ?? '.', '../../docs/migrations');
mkdirSync(dir, { recursive: true });
const sorted = [...RULES].sort((a, b) => a.id.localeCompare(b.id));
for (const r of sorted) writeFileSync(join(dir, `${r.id}.md`), renderRuleDoc(r));
writeFileSync(join(dir, 'README.md'), renderIndex(sorted));
console.log(`wrote ${sorted.length} rule pages and the index to docs/migrations/`);

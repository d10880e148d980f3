// Whether each migration a change adds can be rolled back (the launch checklist's "deployment has
// rollback steps"), and what the way up destroys for good: one compact table in the summary.
import type { Finding } from '../../types.js';
import type { Rollback } from './code/index.js';
import type { MigrationFile } from './model.js';

const DOWN_MARKERS: Partial<Record<MigrationFile['framework'], RegExp>> = {
  goose: /^\s*--\s*\+goose\s+down\b/im,
  dbmate: /^\s*--\s*migrate:down\b/im,
  'sql-migrate': /^\s*--\s*\+migrate\s+down\b/im,
  'node-pg-migrate': /^\s*--\s*down\s+migration\s*$/im,
};

/** Text after the down marker that is more than comments and whitespace. */
function downSectionHasSql(text: string, marker: RegExp): boolean {
  const m = marker.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length).replace(/^\s*--[^\n]*$/gm, '');
  return /\S/.test(rest);
}

/** The rollback of a SQL migration from its tool's conventions; code migrations carry their own. */
export function sqlRollback(file: MigrationFile, text: string, paths: Set<string>): Rollback | undefined {
  const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
  const base = file.path.slice(dir.length);
  if (file.framework === 'golang-migrate')
    return paths.has(file.path.replace(/\.up\.sql$/, '.down.sql'))
      ? { down: 'yes', losesData: [] }
      : { down: 'no', losesData: [], why: 'no .down.sql' };
  if (file.framework === 'flyway') {
    const version = /^V([\d._]+)__/.exec(base)?.[1];
    const undo = version && [...paths].some((p) => p.startsWith(`${dir}U${version}__`));
    return undo ? { down: 'yes', losesData: [] } : { down: 'no', losesData: [], why: 'no U (undo) script' };
  }
  const marker = DOWN_MARKERS[file.framework];
  if (marker)
    return downSectionHasSql(text, marker)
      ? { down: 'yes', losesData: [] }
      : { down: 'no', losesData: [], why: 'empty down section' };
  if (file.framework === 'prisma' || file.framework === 'drizzle' || file.framework === 'supabase')
    return { down: 'no', losesData: [], why: `${file.framework} has no down migrations: roll forward` };
  return undefined;
}

/** The table cell: can it go back, and what it destroys (drops found by the rules count too). */
export function rollbackCell(r: Rollback | undefined, findings: Finding[]): string {
  const drops = new Set(r?.losesData ?? []);
  for (const f of findings)
    if (f.rule === 'drop-column' || f.rule === 'drop-table')
      drops.add(f.message.split(/ breaks | on /)[0].toLowerCase());
  const loses = drops.size ? `; loses data: ${[...drops].slice(0, 3).join(', ')}${drops.size > 3 ? ', …' : ''}` : '';
  if (!r) return drops.size ? `–${loses}` : '–';
  if (r.down === 'no') return `❌ no${r.why ? ` (${r.why})` : ''}${loses}`;
  return `✅ yes${loses}`;
}

// Migrations written as code: each tool's reader turns a file into the SQL it runs, on its lines.
import type { MigrationFile } from '../model.js';
import { AlembicReader } from './alembic.js';
import { DjangoReader, newDjangoState, type DjangoState } from './django.js';
import type { Quote, Translation } from './emit.js';
import { RailsReader } from './rails.js';

export { layout, mysqlQuote, pgQuote, type Rollback, type Translation } from './emit.js';

/** State carried across one run's code migrations (Django's model state, app by app). */
export interface CodeState {
  django: DjangoState;
}
export const newCodeState = (): CodeState => ({ django: newDjangoState() });

/** Whether the file is a migration of its tool at all (a helper module in `migrations/` is not). */
export function isCodeMigration(file: MigrationFile, text: string): boolean {
  if (file.framework === 'django') return /\bclass\s+Migration\s*\(/.test(text);
  if (file.framework === 'alembic') return /^def\s+upgrade\s*\(/m.test(text);
  if (file.framework === 'rails') return /<\s*ActiveRecord::Migration\b/.test(text);
  return false;
}

export function translateCode(file: MigrationFile, text: string, q: Quote, state: CodeState): Translation {
  if (file.framework === 'django') return new DjangoReader(state.django, q).translate(file.path, text);
  if (file.framework === 'alembic') return new AlembicReader(q).translate(file.path, text);
  return new RailsReader(q).translate(file.path, text);
}

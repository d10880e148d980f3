// The safe alternative in each tool's own terms, for the SQL rules a migration written as code can hit.
// The rule id, title, why and docs page stay the SQL rule's: one hazard, one rule, whatever the ORM.
import type { Framework } from '../model.js';

type Fixes = Partial<Record<string, string>>;

const DJANGO: Fixes = {
  'missing-lock-timeout':
    "Set it for every migration in `DATABASES[...]['OPTIONS'] = {'options': '-c lock_timeout=5s'}` (a migrations-only settings module), or start the migration with `RunSQL(\"SET lock_timeout = '5s'\")`.",
  'create-index-non-concurrently':
    'Use `AddIndexConcurrently` (django.contrib.postgres.operations) in a migration with `atomic = False`; for a ForeignKey or `db_index=True` field, add it with `db_index=False` and create the index concurrently in a separate migration.',
  'concurrently-in-transaction':
    'Set `atomic = False` on the Migration class: concurrent index builds cannot run inside the transaction Django opens.',
  'add-unique-constraint':
    'Build the unique index first with `AddIndexConcurrently` (`atomic = False`), then attach it with `RunSQL("ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …")` inside `SeparateDatabaseAndState`.',
  'constraint-missing-not-valid':
    'Add the constraint with `AddConstraintNotValid` and validate it in a later migration with `ValidateConstraint` (django.contrib.postgres.operations); for a ForeignKey, add the field with `db_constraint=False` first.',
  'add-column-required':
    'Give the field a `default` (or `db_default`), or add it with `null=True`, backfill in batches, then make it NOT NULL in a later migration.',
  'add-column-rewrite': 'Add the field with `null=True` and no volatile `db_default`, then backfill in batches.',
  'drop-column':
    'Remove the field from the model first with `SeparateDatabaseAndState(state_operations=[RemoveField(...)])`, deploy, and drop the column in a later release.',
  'rename-column':
    'Keep the old column: set `db_column="old_name"` on the renamed field (`SeparateDatabaseAndState`), or add the new column, dual-write and drop the old one later.',
  'rename-table': 'Set `db_table` to the old table name on the renamed model, so the database table keeps its name.',
  'drop-table':
    'Delete the model from the state first (`SeparateDatabaseAndState`), deploy, and drop the table in a later release.',
  'change-column-type':
    'Add a new field of the new type, backfill it in batches, switch reads, then remove the old field.',
  'set-not-null':
    'Add a `CheckConstraint(check=Q(col__isnull=False))` with `AddConstraintNotValid`, `ValidateConstraint` it in a later migration, then set `null=False` (PostgreSQL 12+ skips the scan).',
  'backfill-with-schema-change':
    'Move the RunPython/RunSQL backfill to its own migration (with `atomic = False` and batches), so the schema change commits first.',
};

const ALEMBIC: Fixes = {
  'missing-lock-timeout':
    'Start `upgrade()` with `op.execute("SET LOCAL lock_timeout = \'5s\'")`, or set it for every revision in env.py (`connection.execute(text("SET lock_timeout = \'5s\'"))`).',
  'create-index-non-concurrently':
    'Create it with `postgresql_concurrently=True` inside `with op.get_context().autocommit_block():`.',
  'concurrently-in-transaction':
    'Wrap the operation in `with op.get_context().autocommit_block():` — Alembic runs the migration in a transaction.',
  'add-unique-constraint':
    'Create a unique index concurrently (in an `autocommit_block()`), then `op.execute("ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX …")`.',
  'constraint-missing-not-valid':
    'Add it NOT VALID with `op.execute("ALTER TABLE … ADD CONSTRAINT … NOT VALID")` (or `postgresql_not_valid=True` on a check constraint) and validate it in a later revision.',
  'add-column-required':
    'Add the column with `nullable=True` or a constant `server_default`, backfill, then `alter_column(nullable=False)` later.',
  'add-column-rewrite': 'Add the column without the volatile `server_default`, then backfill in batches.',
  'drop-column': 'Stop reading the column in the released code first; drop it in a later revision.',
  'rename-column':
    'Add the new column, dual-write, backfill, switch reads, then drop the old column in a later revision.',
  'change-column-type': 'Add a new column of the new type, backfill in batches, switch reads, then drop the old one.',
  'set-not-null':
    'Add a `CHECK (col IS NOT NULL) NOT VALID` constraint, validate it in a later revision, then `alter_column(nullable=False)`.',
  'backfill-with-schema-change':
    'Run the backfill in its own revision (or a script) in batches, after the schema change has committed.',
};

const RAILS: Fixes = {
  'missing-lock-timeout':
    'Set it for every migration: `variables: { lock_timeout: 5s }` in config/database.yml, or `StrongMigrations.lock_timeout = 5.seconds`.',
  'create-index-non-concurrently':
    'Use `algorithm: :concurrently` and `disable_ddl_transaction!` (for `add_reference`: `index: { algorithm: :concurrently }`).',
  'concurrently-in-transaction': 'Add `disable_ddl_transaction!` to the migration class.',
  'add-unique-constraint':
    'Add a unique index with `algorithm: :concurrently` (and `disable_ddl_transaction!`) instead.',
  'constraint-missing-not-valid':
    'Pass `validate: false` (`add_foreign_key`, `add_check_constraint`, `foreign_key: { validate: false }`), then `validate_foreign_key` / `validate_check_constraint` in a later migration.',
  'add-column-required':
    'Add the column with a `default:` or as nullable, backfill, then `change_column_null` in a later migration.',
  'add-column-rewrite': 'Add the column without the volatile default, then backfill in batches.',
  'drop-column':
    'Add the column to `self.ignored_columns` in the model and deploy first; remove the column in a later migration.',
  'rename-column': 'Add the new column, dual-write, backfill, switch reads, then remove the old column later.',
  'rename-table': 'Create the new table or a view; keep the old name until no released code uses it.',
  'change-column-type': 'Add a new column of the new type, backfill in batches, switch reads, then remove the old one.',
  'set-not-null':
    'Add `add_check_constraint :t, "col IS NOT NULL", validate: false`, validate it in a later migration, then `change_column_null`.',
  'backfill-with-schema-change':
    'Move the backfill to its own migration with `disable_ddl_transaction!` and batches (`in_batches`).',
  'validate-same-transaction':
    'Validate in a separate migration, after the one that adds the constraint has committed.',
};

export const ORM_FIXES: Partial<Record<Framework, Fixes>> = { django: DJANGO, alembic: ALEMBIC, rails: RAILS };

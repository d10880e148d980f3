// Every rule, in the order findings are reported for one statement.
import { rule as addColumnRequired } from './add-column-required.js';
import { rule as addColumnRewrite } from './add-column-rewrite.js';
import { rule as addUniqueConstraint } from './add-unique-constraint.js';
import { rule as alterDomainAddConstraint } from './alter-domain-add-constraint.js';
import { rule as backfillWithSchemaChange } from './backfill-with-schema-change.js';
import { rule as changeColumnType } from './change-column-type.js';
import { rule as cluster } from './cluster.js';
import { rule as concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { rule as constraintMissingNotValid } from './constraint-missing-not-valid.js';
import { rule as createIndexNonConcurrently } from './create-index-non-concurrently.js';
import { rule as detachPartitionBlocking } from './detach-partition-blocking.js';
import { rule as dropColumn } from './drop-column.js';
import { rule as dropDatabase } from './drop-database.js';
import { rule as dropDefaultOnNotNull } from './drop-default-on-not-null.js';
import { rule as dropIndexNonConcurrently } from './drop-index-non-concurrently.js';
import { rule as dropNotNull } from './drop-not-null.js';
import { rule as dropTable } from './drop-table.js';
import { rule as enumValueInTransaction } from './enum-value-in-transaction.js';
import { rule as indexInDoBlock } from './index-in-do-block.js';
import { rule as intPrimaryKey } from './int-primary-key.js';
import { rule as lockTable } from './lock-table.js';
import { rule as migrationFails } from './migration-fails.js';
import { rule as missingLockTimeout } from './missing-lock-timeout.js';
import { rule as mysqlAddForeignKey } from './mysql-add-foreign-key.js';
import { rule as mysqlBlockingAlgorithm } from './mysql-blocking-algorithm.js';
import { rule as mysqlColumnTypeCopy } from './mysql-column-type-copy.js';
import { rule as mysqlIndexWithoutOnlineHint } from './mysql-index-without-online-hint.js';
import { rule as mysqlTableRebuild } from './mysql-table-rebuild.js';
import { rule as preferJsonb } from './prefer-jsonb.js';
import { rule as preferTimestamptz } from './prefer-timestamptz.js';
import { rule as refreshMatviewNonConcurrently } from './refresh-matview-non-concurrently.js';
import { rule as reindexNonConcurrently } from './reindex-non-concurrently.js';
import { rule as renameColumn } from './rename-column.js';
import { rule as renameEnumValue } from './rename-enum-value.js';
import { rule as renameTable } from './rename-table.js';
import { rule as setLoggedUnlogged } from './set-logged-unlogged.js';
import { rule as setNotNull } from './set-not-null.js';
import { rule as sqlParseError } from './sql-parse-error.js';
import { rule as tableRewriteObserved } from './table-rewrite-observed.js';
import { rule as transactionNesting } from './transaction-nesting.js';
import { rule as triggerOnExistingTable } from './trigger-on-existing-table.js';
import { rule as truncateTable } from './truncate-table.js';
import { rule as uncommittedTransaction } from './uncommitted-transaction.js';
import { rule as vacuumFull } from './vacuum-full.js';
import { rule as functionDoesNotExist } from './function-does-not-exist.js';
import { rule as sqliteAddColumnFails } from './sqlite-add-column-fails.js';
import { rule as sqliteAddColumnNotNull } from './sqlite-add-column-not-null.js';
import { rule as sqliteTableRecreate } from './sqlite-table-recreate.js';
import { rule as clickhouseMutation } from './clickhouse-mutation.js';
import { rule as clickhouseModifyOrderBy } from './clickhouse-modify-order-by.js';
import { rule as validateSameTransaction } from './validate-same-transaction.js';
import type { Rule } from '../rule.js';

export const RULES: Rule[] = [
  addColumnRequired,
  addColumnRewrite,
  addUniqueConstraint,
  alterDomainAddConstraint,
  backfillWithSchemaChange,
  changeColumnType,
  cluster,
  concurrentlyInTransaction,
  constraintMissingNotValid,
  createIndexNonConcurrently,
  detachPartitionBlocking,
  dropColumn,
  dropDatabase,
  dropDefaultOnNotNull,
  dropIndexNonConcurrently,
  dropNotNull,
  dropTable,
  functionDoesNotExist,
  enumValueInTransaction,
  indexInDoBlock,
  intPrimaryKey,
  lockTable,
  migrationFails,
  missingLockTimeout,
  mysqlAddForeignKey,
  mysqlBlockingAlgorithm,
  mysqlColumnTypeCopy,
  mysqlIndexWithoutOnlineHint,
  mysqlTableRebuild,
  preferJsonb,
  preferTimestamptz,
  refreshMatviewNonConcurrently,
  reindexNonConcurrently,
  renameColumn,
  renameEnumValue,
  renameTable,
  setLoggedUnlogged,
  setNotNull,
  sqlParseError,
  tableRewriteObserved,
  transactionNesting,
  triggerOnExistingTable,
  truncateTable,
  uncommittedTransaction,
  vacuumFull,
  validateSameTransaction,
  sqliteAddColumnFails,
  sqliteAddColumnNotNull,
  sqliteTableRecreate,
  clickhouseMutation,
  clickhouseModifyOrderBy,
];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

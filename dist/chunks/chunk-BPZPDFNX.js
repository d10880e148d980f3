import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/migrations/model.ts
var CODE_FRAMEWORKS = /* @__PURE__ */ new Set(["django", "alembic", "rails"]);
var DOCS_BASE = "docs/migrations";
var docsUrl = (id) => `${DOCS_BASE}/${id}.md`;

// src/checks/migrations/pg/catalog.ts
var tables;
async function loadCatalog() {
  if (tables) return;
  const g = await import("./functions.generated-ED6LZ3GC.js");
  tables = {
    arities: g.PG_FUNCTION_ARITIES,
    types: new Set(g.PG_TYPE_NAMES),
    nonVolatile: new Set(g.PG_NON_VOLATILE),
    version: g.PG_FUNCTIONS_VERSION
  };
}
function catalog() {
  if (!tables) throw new Error("the PostgreSQL function catalog is not loaded (call loadParser first)");
  return tables;
}
var LATER = { random: [[17, 2]] };
function acceptsArgs(name, n, version) {
  const spec = catalog().arities[name];
  if (spec === void 0) return void 0;
  if ((LATER[name] ?? []).some(([v, k]) => version >= v && k === n)) return true;
  return spec.split(",").some((r) => {
    if (r.endsWith("+")) return n >= Number(r.slice(0, -1));
    const [lo, hi = lo] = r.split("-").map(Number);
    return n >= lo && n <= hi;
  });
}

// src/checks/migrations/pg/ast.ts
var str = (n) => n?.String?.sval ?? "";
var relName = (rv) => String(rv?.relname ?? rv?.RangeVar?.relname ?? "").toLowerCase();
var qualified = (names2) => (names2 ?? []).map(str).join(".").toLowerCase();
var lastName = (names2) => (names2?.length ? str(names2[names2.length - 1]) : "").toLowerCase();
var typeName = (tn) => lastName(tn?.names);
var typeMods = (tn) => (tn?.typmods ?? []).map((m) => m?.A_Const?.ival?.ival ?? 0).filter((x) => typeof x === "number");
var constraintsOf = (col) => (col?.constraints ?? []).map((c) => c.Constraint).filter(Boolean);
var INT32 = /* @__PURE__ */ new Set([
  "int4",
  "int2",
  "integer",
  "int",
  "smallint",
  "serial",
  "serial4",
  "smallserial",
  "serial2"
]);
var SERIALS = /* @__PURE__ */ new Set(["serial", "serial4", "serial8", "bigserial", "smallserial", "serial2"]);
function funcCallNodes(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => funcCallNodes(n, out));
  else if (node && typeof node === "object") {
    if (node.FuncCall) out.push(node.FuncCall);
    for (const v of Object.values(node)) funcCallNodes(v, out);
  }
  return out;
}
var funcCalls = (node) => funcCallNodes(node).map((f) => lastName(f.funcname));
var volatileCalls = (expr) => funcCalls(expr).filter((f) => !catalog().nonVolatile.has(f));
function notNullTestColumn(expr) {
  const t = expr?.NullTest;
  if (!t || t.nulltesttype !== "IS_NOT_NULL") return void 0;
  const f = t.arg?.ColumnRef?.fields;
  return f?.length ? str(f[f.length - 1]).toLowerCase() : void 0;
}
var LOCK_MODES = [
  "",
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
var hasOption = (params, name) => (params ?? []).some((p) => {
  const arg = p?.DefElem?.arg;
  if (p?.DefElem?.defname !== name) return false;
  if (arg?.Boolean) return arg.Boolean.boolval !== false;
  const v = String(arg?.String?.sval ?? arg?.Integer?.ival ?? (arg?.Integer ? 0 : "true")).toLowerCase();
  return !["false", "off", "0", "no"].includes(v);
});
var isConcurrentReindex = (b) => (b?.params ?? []).some((p) => p?.DefElem?.defname === "concurrently");
var isPartitionShellIndex = (b, partitioned) => !!b?.relation && !b.relation.inh && partitioned.has(relName(b.relation));

// src/checks/migrations/rule.ts
var defineRule = (r) => r;
var hits = (h) => h === void 0 ? [] : Array.isArray(h) ? h : [h];
function alterCmdsOnExistingTable(s, c, ...subtypes) {
  if (s.kind !== "AlterTableStmt") return void 0;
  const table = relName(s.body.relation);
  if (c.isNewTable(table)) return void 0;
  const cmds = (s.body.cmds ?? []).map((x) => x.AlterTableCmd).filter((a) => a && (!subtypes.length || subtypes.includes(a.subtype)));
  return { table, cmds };
}

// src/checks/migrations/rules/add-column-required.ts
var rule = defineRule({
  id: "add-column-required",
  severity: "blocker",
  dialect: "postgresql",
  title: "Adding a NOT NULL column without a default",
  why: 'On a table with rows, `ADD COLUMN ... NOT NULL` without a DEFAULT fails ("column contains null values"): the deploy breaks. Running code that inserts without the column would fail too.',
  fix: "Give it a constant default (no rewrite on PostgreSQL 11+): `ALTER TABLE t ADD COLUMN c text NOT NULL DEFAULT '';` or add it nullable, backfill, then add `CHECK (c IS NOT NULL) NOT VALID`, validate it, and `SET NOT NULL`.",
  bad: "ALTER TABLE orders ADD COLUMN currency text NOT NULL;",
  good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN currency text NOT NULL DEFAULT 'EUR';",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_AddColumn");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const ks = constraintsOf(a.def?.ColumnDef);
      const notNull = ks.some((k) => k.contype === "CONSTR_NOTNULL" || k.contype === "CONSTR_PRIMARY");
      const filled = ks.some((k) => ["CONSTR_DEFAULT", "CONSTR_IDENTITY", "CONSTR_GENERATED"].includes(k.contype));
      if (notNull && !filled)
        out.push({
          message: `ADD COLUMN ${a.def.ColumnDef.colname} NOT NULL without a DEFAULT fails on ${table} when it has rows`
        });
    }
    return out;
  }
});

// src/checks/migrations/rules/add-column-rewrite.ts
var rule2 = defineRule({
  id: "add-column-rewrite",
  severity: "high",
  dialect: "postgresql",
  title: "Adding a column that rewrites the table",
  why: "A column whose default is volatile (gen_random_uuid(), clock_timestamp(), a sequence), a serial or identity column, or a STORED generated column makes PostgreSQL rewrite every row while it holds an ACCESS EXCLUSIVE lock: no reads or writes until the rewrite ends. Before PostgreSQL 11 any default did this.",
  fix: "Add the column without a default, set the default for new rows, then backfill in batches: `ALTER TABLE t ADD COLUMN c uuid;` `ALTER TABLE t ALTER COLUMN c SET DEFAULT gen_random_uuid();` then `UPDATE t SET c = gen_random_uuid() WHERE id IN (SELECT id FROM t WHERE c IS NULL LIMIT 1000);` repeated.",
  bad: "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN token uuid;\nALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();\n-- later, in batches outside this migration:\n-- UPDATE users SET token = gen_random_uuid() WHERE id IN (SELECT id FROM users WHERE token IS NULL LIMIT 1000);",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_AddColumn");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const col = a.def?.ColumnDef;
      const name = col?.colname;
      const type = typeName(col?.typeName);
      if (SERIALS.has(type)) {
        out.push({
          message: `ADD COLUMN ${name} ${type} on ${table} fills every row from a sequence: a full table rewrite`
        });
        continue;
      }
      for (const k of constraintsOf(col)) {
        if (k.contype === "CONSTR_IDENTITY")
          out.push({ message: `ADD COLUMN ${name} GENERATED AS IDENTITY on ${table} rewrites the table` });
        if (k.contype === "CONSTR_GENERATED")
          out.push({ message: `ADD COLUMN ${name} GENERATED ... STORED on ${table} rewrites the table` });
        if (k.contype === "CONSTR_DEFAULT") {
          if (c.postgresVersion < 11)
            out.push({ message: `ADD COLUMN ${name} with a DEFAULT rewrites ${table} before PostgreSQL 11` });
          else {
            const vol = volatileCalls(k.raw_expr);
            if (vol.length)
              out.push({
                message: `ADD COLUMN ${name} DEFAULT ${vol[0]}() on ${table}: a volatile default rewrites every row under ACCESS EXCLUSIVE`
              });
          }
        }
      }
    }
    return out;
  }
});

// src/checks/migrations/rules/add-unique-constraint.ts
var KINDS = {
  CONSTR_UNIQUE: "UNIQUE",
  CONSTR_PRIMARY: "PRIMARY KEY",
  CONSTR_EXCLUSION: "EXCLUDE"
};
var rule3 = defineRule({
  id: "add-unique-constraint",
  severity: "high",
  dialect: "postgresql",
  title: "UNIQUE, PRIMARY KEY or EXCLUDE constraint built in place",
  why: "Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index while holding ACCESS EXCLUSIVE on the table: nothing can read or write it until the index is built.",
  fix: "Build the index concurrently, then attach it: `CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON t (c);` then `ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;` (PRIMARY KEY USING INDEX likewise).",
  bad: "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
  good: "-- migration 1 (outside a transaction)\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n-- migration 2\nSET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_AddConstraint", "AT_AddColumn");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const ks = a.subtype === "AT_AddConstraint" ? [a.def?.Constraint] : constraintsOf(a.def?.ColumnDef);
      for (const k of ks) {
        if (!k || !KINDS[k.contype] || k.indexname) continue;
        out.push({ message: `ADD ${KINDS[k.contype]} on ${table} builds an index under ACCESS EXCLUSIVE` });
      }
    }
    return out;
  }
});

// src/checks/migrations/rules/alter-domain-add-constraint.ts
var rule4 = defineRule({
  id: "alter-domain-add-constraint",
  severity: "high",
  dialect: "postgresql",
  title: "Adding a constraint to a domain without NOT VALID",
  why: "ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain, holding locks that block writes to all of them for the whole scan.",
  fix: "Add it NOT VALID, then validate in a later migration: `ALTER DOMAIN d ADD CONSTRAINT d_check CHECK (VALUE > 0) NOT VALID;` then `ALTER DOMAIN d VALIDATE CONSTRAINT d_check;`",
  bad: "ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0);",
  good: "ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;",
  check(s) {
    if (s.kind !== "AlterDomainStmt") return void 0;
    const d = lastName(s.body.typeName);
    if (s.body.subtype === "O")
      return { message: `ALTER DOMAIN ${d} SET NOT NULL scans every column using the domain` };
    if (s.body.subtype === "V")
      return { message: `ALTER DOMAIN ${d} VALIDATE CONSTRAINT ${s.body.name} scans every column using the domain` };
    if (s.body.subtype !== "C" || s.body.def?.Constraint?.skip_validation) return void 0;
    return { message: `ALTER DOMAIN ${d} ADD CONSTRAINT scans every column using the domain` };
  }
});

// src/checks/migrations/rules/backfill-with-schema-change.ts
var KEY_LIKE = /^(id|uuid|pk|key|slug|email|code)$|_(id|uuid|key|pk)$|[a-z0-9]Id$/;
function keyColumn(n) {
  const f = n?.ColumnRef?.fields;
  return Array.isArray(f) && f.length > 0 && KEY_LIKE.test(str(f[f.length - 1]));
}
var constant = (n) => !!(n?.A_Const || n?.ParamRef || n?.TypeCast?.arg?.A_Const);
function bounded(where) {
  if (!where) return false;
  const e = where.A_Expr;
  if (e?.kind === "AEXPR_OP" && str(e.name?.[0]) === "=")
    return keyColumn(e.lexpr) && constant(e.rexpr) || keyColumn(e.rexpr) && constant(e.lexpr);
  if (e?.kind === "AEXPR_IN" && e.rexpr?.List) return keyColumn(e.lexpr);
  if (e?.kind === "AEXPR_BETWEEN") return keyColumn(e.lexpr);
  if (where.BoolExpr?.boolop === "AND_EXPR") return where.BoolExpr.args.some(bounded);
  const json = JSON.stringify(where);
  return json.includes('"SubLink"') && json.includes('"limitCount"');
}
var rule5 = defineRule({
  id: "backfill-with-schema-change",
  severity: "high",
  dialect: "postgresql",
  title: "Unbounded UPDATE/DELETE in the same migration as a schema change",
  why: "In one transaction, the schema change's ACCESS EXCLUSIVE lock is held until the backfill has touched every row, so the table is blocked for the whole backfill; a large UPDATE also bloats the table and the WAL.",
  fix: "Ship the schema change alone, then backfill outside the migration (or in a later one) in small batches: `UPDATE t SET c = ... WHERE id IN (SELECT id FROM t WHERE c IS NULL LIMIT 1000);` repeated until no rows change.",
  bad: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';",
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN plan text;\n-- then, outside the migration, in batches:\n-- UPDATE users SET plan = 'free' WHERE id IN (SELECT id FROM users WHERE plan IS NULL LIMIT 1000);",
  check(s, c) {
    if (s.kind !== "UpdateStmt" && s.kind !== "DeleteStmt" || c.schemaChangeLine === void 0) return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || bounded(s.body.whereClause)) return void 0;
    const verb = s.kind === "UpdateStmt" ? "UPDATE" : "DELETE";
    return {
      message: `${verb} of every matching row of ${table} in the same migration as the schema change on line ${c.schemaChangeLine}: the table stays locked for the whole backfill`
    };
  }
});

// src/checks/migrations/rules/change-column-type.ts
function noRewrite(type, mods) {
  if (type === "text") return true;
  return type === "varchar" && mods.length === 0;
}
var GROWABLE = /* @__PURE__ */ new Set(["varchar", "varbit", "timestamp", "timestamptz", "time", "timetz", "interval"]);
function widening(old, type, mods) {
  if (old.type === type && old.mods.join(",") === mods.join(",")) return true;
  if (old.type === "varchar" && type === "text") return true;
  if ((old.type === "varchar" || old.type === "text") && type === "citext" && !mods.length) return true;
  if (old.type === "cidr" && type === "inet") return true;
  if (old.type !== type) return false;
  if (!mods.length) return GROWABLE.has(type) || type === "numeric";
  if (!old.mods.length) return false;
  if (GROWABLE.has(type)) return mods[0] >= old.mods[0];
  if (type === "numeric") return mods[0] >= old.mods[0] && (mods[1] ?? 0) === (old.mods[1] ?? 0);
  return false;
}
function trivialUsing(expr, column, type, mods) {
  if (!expr) return true;
  const cast = expr.TypeCast;
  const f = cast?.arg?.ColumnRef?.fields;
  if (!cast || !Array.isArray(f) || str(f[f.length - 1]).toLowerCase() !== column.toLowerCase()) return false;
  return typeName(cast.typeName) === type && typeMods(cast.typeName).join(",") === mods.join(",");
}
var rule6 = defineRule({
  id: "change-column-type",
  severity: "high",
  dialect: "postgresql",
  title: "Changing a column type",
  why: "Most type changes (int to bigint, text to jsonb, a shorter varchar, a new collation) rewrite the table and its indexes under an ACCESS EXCLUSIVE lock, and running code may break on the new type.",
  fix: "Add a new column of the new type, write both from the application, backfill in batches, switch reads, then drop the old column: `ALTER TABLE t ADD COLUMN c_new bigint;` ... Widening a varchar (`varchar(100)` to `varchar(200)` or to `text`) is safe and is not reported when both sizes are known.",
  bad: "ALTER TABLE events ALTER COLUMN id TYPE bigint;",
  good: "SET lock_timeout = '5s';\nALTER TABLE events ADD COLUMN id_new bigint;\n-- backfill id_new in batches, switch the code, then swap in a later migration",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_AlterColumnType");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      const def = a.def?.ColumnDef;
      const type = typeName(def?.typeName);
      const mods = typeMods(def?.typeName);
      if (!trivialUsing(def?.raw_default, String(a.name), type, mods)) {
        out.push({
          message: `ALTER COLUMN ${a.name} TYPE ... USING on ${table} rewrites the table under ACCESS EXCLUSIVE`
        });
        continue;
      }
      if (def?.collClause) {
        const coll = (def.collClause.collname ?? []).map((n) => str(n)).join(".");
        out.push({
          message: `ALTER COLUMN ${a.name} TYPE ${type} COLLATE "${coll}" on ${table} rebuilds its indexes (and may rewrite) under ACCESS EXCLUSIVE`
        });
        continue;
      }
      if (noRewrite(type, mods)) continue;
      const old = c.schema.columnTypes.get(`${table}.${String(a.name).toLowerCase()}`);
      if (old && widening(old, type, mods)) continue;
      out.push({
        message: `ALTER COLUMN ${a.name} TYPE ${type}${mods.length ? `(${mods.join(",")})` : ""} on ${table} may rewrite the table under ACCESS EXCLUSIVE`
      });
    }
    return out;
  }
});

// src/checks/migrations/rules/cluster.ts
var rule7 = defineRule({
  id: "cluster",
  severity: "high",
  dialect: "postgresql",
  title: "CLUSTER in a migration",
  why: "CLUSTER rewrites the table in index order while holding ACCESS EXCLUSIVE: no reads or writes until it ends.",
  fix: "Reorder online with pg_repack (`pg_repack --table=t --order-by=c`) outside migrations, or skip it.",
  bad: "CLUSTER events USING events_created_at_idx;",
  good: "-- run outside the migration, online:\n-- pg_repack --table=events --order-by=created_at mydb",
  check(s, c) {
    if (s.kind !== "ClusterStmt") return void 0;
    const table = relName(s.body.relation);
    if (table && c.isNewTable(table)) return void 0;
    return { message: `CLUSTER ${table || "(every clustered table)"} rewrites the table under ACCESS EXCLUSIVE` };
  }
});

// src/checks/migrations/rules/concurrently-in-transaction.ts
function nonTransactional(kind, b) {
  if (kind === "IndexStmt" && b.concurrent) return "CREATE INDEX CONCURRENTLY";
  if (kind === "DropStmt" && b.concurrent) return "DROP INDEX CONCURRENTLY";
  if (kind === "ReindexStmt" && isConcurrentReindex(b)) return "REINDEX CONCURRENTLY";
  if (kind === "VacuumStmt" && b.is_vacuumcmd) return "VACUUM";
  if (kind === "AlterTableStmt" && JSON.stringify(b.cmds ?? []).includes('"AT_DetachPartition"') && JSON.stringify(b.cmds).includes('"concurrent":true'))
    return "DETACH PARTITION CONCURRENTLY";
  if (kind === "CreatedbStmt") return "CREATE DATABASE";
  return void 0;
}
var rule8 = defineRule({
  id: "concurrently-in-transaction",
  severity: "blocker",
  dialect: "postgresql",
  title: "CONCURRENTLY (or VACUUM) inside a transaction",
  why: "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and VACUUM inside a transaction block: the deploy fails. Prisma and golang-migrate send a multi-statement file as one string (one implicit transaction), and Drizzle, Flyway, goose and dbmate wrap each migration in a transaction unless told not to.",
  fix: "Put the statement alone in its own migration and run it outside a transaction: Prisma and golang-migrate: a file with only that statement; goose: `-- +goose NO TRANSACTION`; dbmate: `-- migrate:up transaction:false`; Flyway: `V<n>__name.sql.conf` with `executeInTransaction=false`; Drizzle: run it outside drizzle-kit migrate.",
  bad: "CREATE TABLE audit (id bigint);\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);",
  good: "-- its own migration file, with nothing else in it:\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);",
  check(s, c) {
    const what = nonTransactional(s.kind, s.body);
    if (!what || s.inDo) return void 0;
    if (c.explicitTx) return { message: `${what} inside BEGIN ... COMMIT fails: it cannot run in a transaction block` };
    if (c.txMode === "transaction" && !c.nonTxOutside)
      return {
        message: c.file.framework === "flyway" ? `${what} fails: Flyway runs this migration in a transaction unless its .conf says executeInTransaction=false (Flyway 9.x+ detects it alone in a file, but refuses it next to other statements)` : `${what} fails: ${c.file.framework} runs this migration in a transaction`
      };
    if (c.txMode === "implicit" && c.topLevelCount > 1)
      return {
        message: `${what} fails: ${c.file.framework} sends this ${c.topLevelCount}-statement file as one implicit transaction`
      };
    return void 0;
  }
});

// src/checks/migrations/rules/constraint-missing-not-valid.ts
var rule9 = defineRule({
  id: "constraint-missing-not-valid",
  severity: "high",
  dialect: "postgresql",
  title: "CHECK or FOREIGN KEY constraint added without NOT VALID",
  why: "Adding a CHECK constraint scans the whole table under ACCESS EXCLUSIVE; adding a FOREIGN KEY scans it while holding SHARE ROW EXCLUSIVE on both tables, blocking writes to each.",
  fix: "Add it NOT VALID (instant), then validate in a later migration under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue: `ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;` then `ALTER TABLE t VALIDATE CONSTRAINT t_fk;`",
  bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
  good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n-- in the next migration:\n-- ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_AddConstraint", "AT_AddColumn");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (a.subtype === "AT_AddConstraint") {
        const k = a.def?.Constraint;
        if ((k?.contype === "CONSTR_CHECK" || k?.contype === "CONSTR_FOREIGN") && !k.skip_validation) {
          const what = k.contype === "CONSTR_CHECK" ? "CHECK" : "FOREIGN KEY";
          out.push({
            message: `ADD CONSTRAINT ${k.conname ?? ""} ${what} on ${table} validates every row while blocking writes; add it NOT VALID`
          });
        }
      } else {
        const col = a.def?.ColumnDef;
        for (const ck of constraintsOf(col)) {
          if (ck.contype !== "CONSTR_CHECK" && ck.contype !== "CONSTR_FOREIGN") continue;
          const what = ck.contype === "CONSTR_CHECK" ? "CHECK" : "REFERENCES";
          out.push({
            message: `ADD COLUMN ${col?.colname ?? ""} with ${what} on ${table} validates every existing row under ACCESS EXCLUSIVE; add the constraint separately, NOT VALID`
          });
        }
      }
    }
    return out;
  }
});

// src/checks/migrations/rules/create-index-non-concurrently.ts
var rule10 = defineRule({
  id: "create-index-non-concurrently",
  severity: "high",
  dialect: "postgresql",
  title: "CREATE INDEX without CONCURRENTLY",
  why: "A plain CREATE INDEX holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE on the table waits, for minutes on a large table.",
  fix: "Build it concurrently, alone in a migration that runs outside a transaction: `CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c_idx ON t (c);` Indexes on a table created in the same migration need no CONCURRENTLY.",
  bad: "CREATE INDEX orders_user_id_idx ON orders (user_id);",
  good: "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);",
  check(s, c) {
    if (s.kind !== "IndexStmt" || s.body.concurrent || s.inDo) return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || isPartitionShellIndex(s.body, c.schema.partitioned)) return void 0;
    return { message: `CREATE INDEX ${s.body.idxname ?? ""} on ${table} blocks writes for the whole build` };
  }
});

// src/checks/migrations/rules/detach-partition-blocking.ts
var rule11 = defineRule({
  id: "detach-partition-blocking",
  severity: "high",
  dialect: "postgresql",
  title: "DETACH PARTITION without CONCURRENTLY",
  why: "A plain `ALTER TABLE \u2026 DETACH PARTITION` takes ACCESS EXCLUSIVE on the partitioned table: every read and write of every partition waits behind it (and behind any long query it waits for).",
  fix: "On PostgreSQL 14+, `ALTER TABLE parent DETACH PARTITION child CONCURRENTLY;` (SHARE UPDATE EXCLUSIVE; it cannot run in a transaction block, so give it its own no-transaction migration).",
  bad: "ALTER TABLE events DETACH PARTITION events_2023;",
  good: "-- its own migration, outside a transaction (PostgreSQL 14+):\nALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_DetachPartition");
    if (!alter) return void 0;
    return alter.cmds.filter((a) => !a.def?.PartitionCmd?.concurrent).map((a) => ({
      message: `DETACH PARTITION ${relName(a.def?.PartitionCmd?.name)} locks ${alter.table} and all its partitions (ACCESS EXCLUSIVE)`
    }));
  }
});

// src/checks/migrations/rules/drop-column.ts
var rule12 = defineRule({
  id: "drop-column",
  severity: "high",
  dialect: "any",
  title: "Dropping a column",
  why: "Running code (and the previous release during a rolling deploy) still selects or inserts the column: its queries fail as soon as the drop commits, and the data is gone for a rollback. ORMs that select every column fail too.",
  fix: "Expand and contract: stop reading and writing the column in one release (with Prisma/TypeORM, remove it from the model first), deploy, then drop it in a later migration: `ALTER TABLE t DROP COLUMN IF EXISTS c;`",
  bad: "ALTER TABLE users DROP COLUMN legacy_id;",
  good: "-- release N: the code no longer uses legacy_id\n-- release N+1:\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-column unused since release N\nALTER TABLE users DROP COLUMN legacy_id;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_DropColumn");
    if (!alter?.cmds.length) return void 0;
    const cols = alter.cmds.map((a) => a.name);
    return { message: `DROP COLUMN ${cols.join(", ")} on ${alter.table} breaks code that still reads or writes it` };
  },
  checkMysql(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bDROP\s+(?:COLUMN\s+)?(?!INDEX\b|KEY\b|PRIMARY\b|FOREIGN\b|CONSTRAINT\b|CHECK\b|PROJECTION\b|PARTITION\b|STATISTICS\b)[`"]?(\w+)/.exec(
      s.upper
    );
    return m && !c.newTables.has(m[1].toLowerCase()) ? {
      message: `DROP COLUMN ${m[2].toLowerCase()} on ${m[1].toLowerCase()} breaks code that still reads or writes it`
    } : void 0;
  }
});

// src/checks/migrations/rules/drop-database.ts
var rule13 = defineRule({
  id: "drop-database",
  severity: "blocker",
  dialect: "any",
  title: "Dropping a database",
  why: "DROP DATABASE deletes every table in it. It has no place in a migration that runs against production.",
  fix: "Remove it from the migration; drop databases by hand, after a backup, if ever.",
  bad: "DROP DATABASE analytics;",
  good: "-- (nothing: drop databases by hand, after a backup)",
  check(s) {
    return s.kind === "DropdbStmt" ? { message: `DROP DATABASE ${s.body.dbname} deletes every table in it` } : void 0;
  },
  checkMysql(s) {
    const m = /^DROP\s+(?:DATABASE|SCHEMA)\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/.exec(s.upper);
    return m ? { message: `DROP DATABASE ${m[1].toLowerCase()} deletes every table in it` } : void 0;
  }
});

// src/checks/migrations/rules/drop-default-on-not-null.ts
var rule14 = defineRule({
  id: "drop-default-on-not-null",
  severity: "high",
  dialect: "postgresql",
  title: "Dropping the default of a NOT NULL column",
  why: 'Code that inserts without naming the column relied on the default; once it is gone on a NOT NULL column those inserts fail with "null value violates not-null constraint".',
  fix: "Make every writer set the column explicitly, deploy, then drop the default in a later migration (or drop NOT NULL first if the column is being retired).",
  bad: "ALTER TABLE orders ALTER COLUMN currency DROP DEFAULT;",
  good: "-- all writers set currency explicitly since release N\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-default-on-not-null writers set currency since v3.1\nALTER TABLE orders ALTER COLUMN currency DROP DEFAULT;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_ColumnDefault");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (a.def) continue;
      const col = String(a.name).toLowerCase();
      if (c.schema.notNull.has(`${table}.${col}`))
        out.push({ message: `DROP DEFAULT on NOT NULL column ${table}.${col}: inserts that omit it will fail` });
    }
    return out;
  }
});

// src/checks/migrations/rules/drop-index-non-concurrently.ts
var rule15 = defineRule({
  id: "drop-index-non-concurrently",
  severity: "medium",
  dialect: "postgresql",
  title: "DROP INDEX without CONCURRENTLY",
  why: "DROP INDEX takes ACCESS EXCLUSIVE on the index's table; it queues behind any long query and blocks every query that arrives after it.",
  fix: "Drop it concurrently, alone in a migration run outside a transaction: `DROP INDEX CONCURRENTLY IF EXISTS t_c_idx;`",
  bad: "DROP INDEX orders_created_at_idx;",
  good: "DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;",
  check(s, c) {
    if (s.kind !== "DropStmt" || s.body.removeType !== "OBJECT_INDEX" || s.body.concurrent) return void 0;
    const names2 = (s.body.objects ?? []).map(
      (o) => lastName(o.List?.items)
    );
    const old = names2.filter((n) => !c.newIndexes.has(n));
    return old.length ? { message: `DROP INDEX ${old.join(", ")} takes ACCESS EXCLUSIVE on the table` } : void 0;
  }
});

// src/checks/migrations/rules/drop-not-null.ts
var rule16 = defineRule({
  id: "drop-not-null",
  severity: "medium",
  dialect: "postgresql",
  title: "Dropping NOT NULL",
  why: "Running code (and reports, and typed ORM models) assume the column is never null; once new writes may leave it null, that code can crash on read. A rollback of the code cannot restore the constraint.",
  fix: "Make the code handle null first (ORM model optional), deploy, then drop the constraint: `ALTER TABLE t ALTER COLUMN c DROP NOT NULL;` with an ignore comment saying so.",
  bad: "ALTER TABLE invoices ALTER COLUMN due_date DROP NOT NULL;",
  good: "-- the code handles a null due_date since release N\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-not-null code handles null since v4.2\nALTER TABLE invoices ALTER COLUMN due_date DROP NOT NULL;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_DropNotNull");
    if (!alter?.cmds.length) return void 0;
    const cols = alter.cmds.map((a) => a.name);
    return { message: `DROP NOT NULL on ${alter.table}.${cols.join(", ")}: code that assumes a value may break` };
  }
});

// src/checks/migrations/rules/drop-table.ts
var names = (objects) => (objects ?? []).map((o) => String(o.List?.items?.at(-1)?.String?.sval ?? "").toLowerCase());
var rule17 = defineRule({
  id: "drop-table",
  severity: "high",
  dialect: "any",
  title: "Dropping a table",
  why: "Code still using the table fails the moment the drop commits, and its data is gone for any rollback; DROP TABLE also waits for ACCESS EXCLUSIVE on the table and the tables that reference it.",
  fix: "Stop using the table in one release, keep a backup (`CREATE TABLE t_archive AS TABLE t;` or pg_dump), then drop it in a later migration: `DROP TABLE IF EXISTS t;`",
  bad: "DROP TABLE legacy_sessions;",
  good: "-- the code stopped using legacy_sessions in the previous release\nSET lock_timeout = '5s';\n-- launch-gate-ignore: drop-table unused since v2.3, dumped to S3\nDROP TABLE IF EXISTS legacy_sessions;",
  check(s, c) {
    if (s.kind === "DropStmt" && s.body.removeType === "OBJECT_SCHEMA") {
      const schemas = (s.body.objects ?? []).map((o) => o.String?.sval ?? "?");
      const cascade = s.body.behavior === "DROP_CASCADE" ? " CASCADE" : "";
      return {
        message: `DROP SCHEMA ${schemas.join(", ")}${cascade} drops every table, view and function in it, with their data`
      };
    }
    if (s.kind !== "DropStmt" || s.body.removeType !== "OBJECT_TABLE") return void 0;
    const old = names(s.body.objects).filter((t) => !c.isNewTable(t));
    return old.length ? { message: `DROP TABLE ${old.join(", ")} breaks code that still uses it and deletes its data` } : void 0;
  },
  checkMysql(s, c) {
    const m = /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/.exec(s.upper);
    return m && !c.newTables.has(m[1].toLowerCase()) ? { message: `DROP TABLE ${m[1].toLowerCase()} breaks code that still uses it` } : void 0;
  }
});

// src/checks/migrations/rules/enum-value-in-transaction.ts
var rule18 = defineRule({
  id: "enum-value-in-transaction",
  severity: "blocker",
  dialect: "postgresql",
  title: "New enum value used in the transaction that adds it",
  why: 'A value added by `ALTER TYPE ... ADD VALUE` cannot be used until the transaction commits ("unsafe use of new value"); before PostgreSQL 12, ADD VALUE cannot run in a transaction block at all. The deploy fails.',
  fix: "Add the value in its own migration (`ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived';`) and use it in a later one.",
  bad: "ALTER TYPE order_status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE id = 1;",
  good: "-- migration 1\nALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived';\n-- migration 2\nUPDATE orders SET status = 'archived' WHERE id = 1;",
  check(s, c) {
    if (s.kind === "AlterEnumStmt" && s.body.newVal && !s.body.oldVal && c.postgresVersion < 12 && c.inTransaction)
      return {
        message: `ALTER TYPE ${lastName(s.body.typeName)} ADD VALUE cannot run inside a transaction before PostgreSQL 12`
      };
    if (!c.inTransaction || !c.enumValuesAdded.size || s.kind === "AlterEnumStmt") return void 0;
    for (const [value] of c.enumValuesAdded) {
      if (JSON.stringify(s.body).includes(`"sval":${JSON.stringify(value)}`))
        return {
          message: `'${value}' is used in the same transaction that adds it to the enum: "unsafe use of new value"`
        };
    }
    return void 0;
  }
});

// src/checks/migrations/rules/index-in-do-block.ts
var rule19 = defineRule({
  id: "index-in-do-block",
  severity: "high",
  dialect: "postgresql",
  title: "Index built inside a DO block",
  why: "A DO block always runs in a transaction, so the index cannot be built CONCURRENTLY: it blocks writes to the table for the whole build, and linters that skip DO bodies never see it.",
  fix: "Build the index outside the block: `CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c_idx ON t (c);` (IF NOT EXISTS replaces the usual existence check done in the block).",
  bad: "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_user_idx') THEN\n    CREATE INDEX orders_user_idx ON orders (user_id);\n  END IF;\nEND $$;",
  good: "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);",
  check(s, c) {
    if (!s.inDo || s.kind !== "IndexStmt") return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table) || isPartitionShellIndex(s.body, c.schema.partitioned)) return void 0;
    return {
      message: `CREATE INDEX on ${table} inside a DO block cannot be concurrent and blocks writes during the build`
    };
  }
});

// src/checks/migrations/rules/prefer-jsonb.ts
function columnDefs(s) {
  if (s.kind === "CreateStmt")
    return (s.body.tableElts ?? []).filter((e) => e.ColumnDef).map((e) => ({ table: relName(s.body.relation), col: e.ColumnDef }));
  if (s.kind === "AlterTableStmt")
    return (s.body.cmds ?? []).map((x) => x.AlterTableCmd).filter((a) => a?.subtype === "AT_AddColumn").map((a) => ({ table: relName(s.body.relation), col: a.def.ColumnDef }));
  return [];
}
var rule20 = defineRule({
  id: "prefer-jsonb",
  severity: "low",
  dialect: "postgresql",
  title: "json column instead of jsonb",
  why: "`json` stores the raw text: every read re-parses it, it has no equality operator (DISTINCT, GROUP BY and UNIQUE fail) and it cannot be indexed with GIN. Converting later is a table rewrite.",
  fix: "Use `jsonb`: `ALTER TABLE t ADD COLUMN payload jsonb;`",
  bad: "ALTER TABLE events ADD COLUMN payload json;",
  good: "SET lock_timeout = '5s';\nALTER TABLE events ADD COLUMN payload jsonb;",
  check(s) {
    return columnDefs(s).filter((d) => typeName(d.col.typeName) === "json").map((d) => ({
      message: `${d.table}.${d.col.colname} is json; jsonb is indexable, comparable and faster to read`
    }));
  }
});

// src/checks/migrations/rules/int-primary-key.ts
function tableElements(upper) {
  const open = upper.indexOf("(");
  if (open < 0) return [];
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of upper.slice(open + 1)) {
    if (ch === "(") depth++;
    if (ch === ")" && depth-- === 0) break;
    if (ch === "," && depth === 0) {
      parts.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts;
}
var unquote = (name) => name.replace(/[`"]/g, "").toLowerCase();
function mysqlIntPrimaryKeys(s) {
  const m = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[`"]?\w+[`"]?\.)?([`"]?\w+[`"]?)\s*\(/.exec(s.upper);
  if (!m) return [];
  const types = /* @__PURE__ */ new Map();
  const pk = /* @__PURE__ */ new Set();
  for (const e of tableElements(s.upper)) {
    const key = /^(?:CONSTRAINT\s+\S+\s+)?PRIMARY\s+KEY\s*(?:USING\s+\w+\s*)?\(([^)]*)\)/.exec(e);
    if (key) {
      const cols = key[1].split(",").map((c) => unquote(c.trim().split(/\s|\(/)[0]));
      if (cols.length === 1) pk.add(cols[0]);
      continue;
    }
    const col = /^([`"]?\w+[`"]?)\s+(TINYINT|SMALLINT|MEDIUMINT|INTEGER|INT)\b/.exec(e);
    if (!col) continue;
    types.set(unquote(col[1]), col[2]);
    if (/\bPRIMARY\s+KEY\b/.test(e)) pk.add(unquote(col[1]));
  }
  return [...pk].filter((c) => types.has(c)).map((c) => ({ table: unquote(m[1]), column: c, type: types.get(c).toLowerCase() }));
}
var rule21 = defineRule({
  id: "int-primary-key",
  severity: "low",
  dialect: "any",
  title: "32-bit primary key (serial / integer)",
  why: "serial and integer keys (MySQL: INT AUTO_INCREMENT) stop at 2,147,483,647 (4,294,967,295 unsigned): inserts then fail, and the fix (int to bigint) rewrites the table under a blocking lock, plus every referencing column.",
  fix: "Use a 64-bit identity: `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY` (or `bigserial`, or uuid); MySQL: `id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY`.",
  bad: "CREATE TABLE orders (id serial PRIMARY KEY, total numeric);",
  good: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);",
  check(s) {
    const out = [];
    const pkCols = /* @__PURE__ */ new Set();
    if (s.kind === "CreateStmt") {
      for (const e of s.body.tableElts ?? [])
        if (e.Constraint?.contype === "CONSTR_PRIMARY")
          for (const k of e.Constraint.keys ?? []) pkCols.add(String(k.String?.sval).toLowerCase());
    }
    for (const { table, col } of columnDefs(s)) {
      const t = typeName(col.typeName);
      const pk = pkCols.has(String(col.colname).toLowerCase()) || constraintsOf(col).some((k) => k.contype === "CONSTR_PRIMARY");
      if (pk && INT32.has(t)) out.push({ message: `${table}.${col.colname} is a 32-bit ${t} primary key; use bigint` });
    }
    return out;
  },
  checkMysql(s) {
    return mysqlIntPrimaryKeys(s).map((k) => ({
      message: `${k.table}.${k.column} is a 32-bit ${k.type} primary key; use bigint`
    }));
  }
});

// src/checks/migrations/rules/lock-table.ts
var rule22 = defineRule({
  id: "lock-table",
  severity: "high",
  dialect: "postgresql",
  title: "Explicit LOCK TABLE",
  why: "LOCK TABLE (ACCESS EXCLUSIVE unless a mode is given) holds the lock until the transaction ends, so everything else the migration does runs with the table blocked; SHARE and stronger modes block all writes.",
  fix: "Drop the explicit lock and let each statement take the lock it needs, with a `SET lock_timeout = '5s';` first. If a lock is truly needed, keep the transaction tiny.",
  bad: "LOCK TABLE accounts;\nUPDATE accounts SET plan = 'free' WHERE plan IS NULL;",
  good: "SET lock_timeout = '5s';\nUPDATE accounts SET plan = 'free' WHERE id = 42;",
  check(s, c) {
    if (s.kind !== "LockStmt") return void 0;
    const mode = s.body.mode ?? 8;
    if (mode < 5) return void 0;
    const rels = (s.body.relations ?? []).map(relName).filter((t) => !c.isNewTable(t));
    return rels.length ? {
      message: `LOCK TABLE ${rels.join(", ")} IN ${LOCK_MODES[mode]} MODE blocks writes until the transaction ends`
    } : void 0;
  }
});

// src/checks/migrations/rules/migration-fails.ts
var rule23 = defineRule({
  id: "migration-fails",
  severity: "blocker",
  dialect: "postgresql",
  title: "Statement failed when traced on a real PostgreSQL (trace mode)",
  why: "In trace mode the base branch's migrations and then this change's were applied to a throwaway PostgreSQL; this statement failed there, so it would very likely fail the deploy too.",
  fix: "Read the error in the message, fix the statement, and run the migrations against a local database.",
  bad: 'ALTER TABLE users ADD COLUMN email text;\n-- fails: column "email" of relation "users" already exists',
  good: "ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;"
});

// src/checks/migrations/rules/missing-lock-timeout.ts
var droppedNames = (b) => (b.objects ?? []).map((o) => String(o.List?.items?.at(-1)?.String?.sval ?? "").toLowerCase());
function blockingLockTarget(s, c) {
  const b = s.body;
  const existing = (t) => t && !c.isNewTable(t) ? t : void 0;
  switch (s.kind) {
    case "AlterTableStmt": {
      if (b.objtype && b.objtype !== "OBJECT_TABLE" && b.objtype !== "OBJECT_MATVIEW") return void 0;
      const light = (x) => ["AT_ValidateConstraint", "AT_SetStatistics", "AT_DetachPartitionFinalize"].includes(
        String(x.AlterTableCmd?.subtype)
      ) || x.AlterTableCmd?.subtype === "AT_DetachPartition" && !!x.AlterTableCmd.def?.PartitionCmd?.concurrent;
      if ((b.cmds ?? []).every(light)) return void 0;
      return existing(relName(b.relation));
    }
    case "IndexStmt":
      return b.concurrent || isPartitionShellIndex(b, c.schema.partitioned) ? void 0 : existing(relName(b.relation));
    case "CreateTrigStmt":
    case "RuleStmt":
      return existing(relName(b.relation));
    case "RenameStmt":
      return b.relation ? existing(relName(b.relation)) : void 0;
    case "DropStmt":
      if (b.concurrent) return void 0;
      if (b.removeType === "OBJECT_TABLE") return droppedNames(b).find((x) => !c.isNewTable(x));
      if (b.removeType === "OBJECT_INDEX") return droppedNames(b).find((x) => !c.newIndexes.has(x));
      return void 0;
    case "TruncateStmt":
    case "LockStmt":
      return (b.relations ?? []).map(relName).find((t) => !c.isNewTable(t));
    case "ClusterStmt":
    case "RefreshMatViewStmt":
      return b.concurrent ? void 0 : existing(relName(b.relation));
    case "ReindexStmt":
      return isConcurrentReindex(b) ? void 0 : existing(relName(b.relation)) ?? (b.name ? String(b.name) : void 0);
    default:
      return void 0;
  }
}
var rule24 = defineRule({
  id: "missing-lock-timeout",
  severity: "medium",
  dialect: "postgresql",
  title: "Lock taken on an existing table without lock_timeout",
  why: "Even an instant ALTER needs its lock first. If a long query holds the table, the ALTER waits in the lock queue, and every query that arrives after it waits behind it: a few seconds of full outage. A lock_timeout makes the migration fail fast (and retry) instead.",
  fix: "Start the migration with `SET lock_timeout = '5s';` (and retry on failure). Only reported once per file.",
  bad: "ALTER TABLE users ADD COLUMN nickname text;",
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
  check(s, c) {
    if (c.lockTimeout || c.once.has("missing-lock-timeout")) return void 0;
    const t = blockingLockTarget(s, c);
    if (!t) return void 0;
    c.once.add("missing-lock-timeout");
    return {
      message: `this statement locks ${t} with no lock_timeout set: if the lock waits, every query behind it waits too`
    };
  }
});

// src/checks/migrations/mysql/alter.ts
function mysqlAlter(s) {
  const m = /^ALTER\s+(?:ONLINE\s+|IGNORE\s+)?TABLE\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/.exec(s.upper) ?? /^CREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+[`"]?\w+[`"]?\s+(?:USING\s+\w+\s+)?ON\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/.exec(
    s.upper
  ) ?? /^DROP\s+INDEX\s+[`"]?\w+[`"]?\s+ON\s+[`"]?(\w+)/.exec(s.upper);
  if (!m) return void 0;
  return {
    table: m[1].toLowerCase(),
    algorithm: /\bALGORITHM\s*=?\s*(\w+)/.exec(s.upper)?.[1],
    lock: /\bLOCK\s*=?\s*(\w+)/.exec(s.upper)?.[1]
  };
}
var onlineHint = (a) => a.algorithm === "INSTANT" || a.algorithm === "INPLACE" || a.lock === "NONE";

// src/checks/migrations/rules/mysql-add-foreign-key.ts
var rule25 = defineRule({
  id: "mysql-add-foreign-key",
  severity: "medium",
  dialect: "mysql",
  title: "MySQL foreign key added to an existing table",
  why: "With foreign_key_checks on (the default), MySQL can add a foreign key only with ALGORITHM=COPY: the table is copied and writes are blocked; the parent table is locked too.",
  fix: "Add it online with checks off, after verifying the data yourself: `SET foreign_key_checks = 0;` `ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (u_id) REFERENCES u (id), ALGORITHM=INPLACE, LOCK=NONE;` `SET foreign_key_checks = 1;`",
  bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
  good: "SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE, LOCK=NONE;\nSET foreign_key_checks = 1;",
  checkMysql(s, c) {
    if (!/^ALTER\s/.test(s.upper) || !/\bADD\s+(CONSTRAINT\s+[`"]?\w+[`"]?\s+)?FOREIGN\s+KEY\b/.test(s.upper))
      return void 0;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || c.foreignKeyChecksOff) return void 0;
    return { message: `ADD FOREIGN KEY on ${a.table} with foreign_key_checks on copies the table and blocks writes` };
  }
});

// src/checks/migrations/rules/mysql-blocking-algorithm.ts
var rule26 = defineRule({
  id: "mysql-blocking-algorithm",
  severity: "high",
  dialect: "mysql",
  title: "MySQL ALTER with ALGORITHM=COPY or a blocking LOCK",
  why: "`ALGORITHM=COPY` rebuilds the table, and `LOCK=SHARED`/`LOCK=EXCLUSIVE` block writes (or reads) for the whole ALTER.",
  fix: "Use `ALGORITHM=INPLACE, LOCK=NONE` (or INSTANT) where MySQL supports it, else an online schema change tool (gh-ost).",
  bad: "ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=COPY, LOCK=SHARED;",
  good: "ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INSTANT;",
  checkMysql(s, c) {
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table)) return void 0;
    if (a.algorithm === "COPY" || a.lock === "SHARED" || a.lock === "EXCLUSIVE")
      return {
        message: `ALTER on ${a.table} with ${a.algorithm === "COPY" ? "ALGORITHM=COPY" : `LOCK=${a.lock}`} blocks writes for the whole operation`
      };
    return void 0;
  }
});

// src/checks/migrations/rules/mysql-column-type-copy.ts
var rule27 = defineRule({
  id: "mysql-column-type-copy",
  severity: "high",
  dialect: "mysql",
  title: "MySQL column type change (table copy)",
  why: "MODIFY/CHANGE COLUMN with a new type (int to bigint, a shorter varchar, another charset, NULL to NOT NULL) runs ALGORITHM=COPY: the table is rebuilt and writes are blocked for the whole copy.",
  fix: "Add `ALGORITHM=INPLACE, LOCK=NONE` (or INSTANT) so MySQL refuses a copying change, and do copying changes with an online schema change tool (gh-ost, pt-online-schema-change) or a new column plus backfill.",
  bad: "ALTER TABLE events MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;",
  good: '-- gh-ost --alter "MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT" --table=events --execute',
  checkMysql(s, c) {
    if (!/^ALTER\s/.test(s.upper) || !/\b(MODIFY|CHANGE)\s+(COLUMN\s+)?[`"]?\w/.test(s.upper)) return void 0;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || onlineHint(a)) return void 0;
    return { message: `MODIFY/CHANGE COLUMN on ${a.table} may rebuild the table with ALGORITHM=COPY, blocking writes` };
  }
});

// src/checks/migrations/rules/mysql-index-without-online-hint.ts
var rule28 = defineRule({
  id: "mysql-index-without-online-hint",
  severity: "medium",
  dialect: "mysql",
  title: "MySQL index added without ALGORITHM/LOCK",
  why: "Without `ALGORITHM=INPLACE, LOCK=NONE`, MySQL silently falls back to a table copy or a write lock when online DDL is not possible (FULLTEXT, some older versions, some column types) instead of failing.",
  fix: "State what you expect so MySQL errors instead of blocking: `ALTER TABLE t ADD INDEX t_c_idx (c), ALGORITHM=INPLACE, LOCK=NONE;`",
  bad: "ALTER TABLE orders ADD INDEX orders_user_idx (user_id);",
  good: "ALTER TABLE orders ADD INDEX orders_user_idx (user_id), ALGORITHM=INPLACE, LOCK=NONE;",
  checkMysql(s, c) {
    const isIndex = /^CREATE\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\b/.test(s.upper) || /^ALTER\s+/.test(s.upper) && /\bADD\s+(UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?(INDEX|KEY)\b|\bADD\s+(CONSTRAINT\s+[`"]?\w+[`"]?\s+)?UNIQUE\b/.test(
      s.upper
    );
    if (!isIndex) return void 0;
    const a = mysqlAlter(s);
    if (!a || c.newTables.has(a.table) || onlineHint(a)) return void 0;
    return {
      message: `index on ${a.table} without ALGORITHM=INPLACE, LOCK=NONE may copy the table or block writes without warning`
    };
  }
});

// src/checks/migrations/rules/mysql-table-rebuild.ts
var rule29 = defineRule({
  id: "mysql-table-rebuild",
  severity: "high",
  dialect: "mysql",
  title: "MySQL statement that rebuilds the whole table",
  why: "`CONVERT TO CHARACTER SET`, `OPTIMIZE TABLE`, `ENGINE=...` on an existing table, `FORCE`, and adding or dropping the PRIMARY KEY rebuild every row; the charset conversion blocks writes for the whole copy.",
  fix: "Run rebuilds with an online schema change tool (gh-ost, pt-online-schema-change) outside migrations, or convert column by column with `ALGORITHM=INPLACE, LOCK=NONE` where MySQL allows it.",
  bad: "ALTER TABLE comments CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
  good: '-- gh-ost --alter "CONVERT TO CHARACTER SET utf8mb4" --table=comments --execute',
  checkMysql(s, c) {
    const opt = /^OPTIMIZE\s+(?:NO_WRITE_TO_BINLOG\s+|LOCAL\s+)?TABLE\s+[`"]?(\w+)/.exec(s.upper);
    if (opt) return { message: `OPTIMIZE TABLE ${opt[1].toLowerCase()} rebuilds the table` };
    const a = mysqlAlter(s);
    if (!a || !/^ALTER\s/.test(s.upper) || c.newTables.has(a.table)) return void 0;
    const what = /\bCONVERT\s+TO\s+(CHARACTER\s+SET|CHARSET)\b/.test(s.upper) ? "CONVERT TO CHARACTER SET" : /\bENGINE\s*=/.test(s.upper) ? "ENGINE=" : /\bFORCE\b/.test(s.upper) ? "FORCE" : /\b(ADD|DROP)\s+PRIMARY\s+KEY\b/.test(s.upper) ? "a PRIMARY KEY change" : void 0;
    return what ? { message: `${what} on ${a.table} rebuilds every row of the table` } : void 0;
  }
});

// src/checks/migrations/rules/prefer-timestamptz.ts
var rule30 = defineRule({
  id: "prefer-timestamptz",
  severity: "low",
  dialect: "postgresql",
  title: "timestamp without time zone",
  why: "`timestamp` stores a wall-clock time with no zone: values written from servers or sessions in different time zones cannot be compared, and daylight-saving changes create duplicates. Changing the type later rewrites the table.",
  fix: "Use `timestamptz`: `created_at timestamptz NOT NULL DEFAULT now()`.",
  bad: "CREATE TABLE visits (id bigint PRIMARY KEY, seen_at timestamp);",
  good: "CREATE TABLE visits (id bigint PRIMARY KEY, seen_at timestamptz);",
  check(s) {
    return columnDefs(s).filter((d) => typeName(d.col.typeName) === "timestamp").map((d) => ({ message: `${d.table}.${d.col.colname} is timestamp without time zone; use timestamptz` }));
  }
});

// src/checks/migrations/rules/refresh-matview-non-concurrently.ts
var rule31 = defineRule({
  id: "refresh-matview-non-concurrently",
  severity: "medium",
  dialect: "postgresql",
  title: "REFRESH MATERIALIZED VIEW without CONCURRENTLY",
  why: "A plain refresh rebuilds the view under ACCESS EXCLUSIVE: every query reading it waits until the refresh ends.",
  fix: "Give the view a unique index, then `REFRESH MATERIALIZED VIEW CONCURRENTLY v;` (readers keep the old contents meanwhile).",
  bad: "REFRESH MATERIALIZED VIEW daily_totals;",
  good: "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;",
  check(s, c) {
    if (s.kind !== "RefreshMatViewStmt" || s.body.concurrent || s.body.skipData) return void 0;
    const v = relName(s.body.relation);
    if (c.schema.newViews.has(v) || c.isNewTable(v)) return void 0;
    return { message: `REFRESH MATERIALIZED VIEW ${v} blocks every reader of the view until it ends` };
  }
});

// src/checks/migrations/rules/reindex-non-concurrently.ts
var rule32 = defineRule({
  id: "reindex-non-concurrently",
  severity: "high",
  dialect: "postgresql",
  title: "REINDEX without CONCURRENTLY",
  why: "A plain REINDEX blocks writes to the table and takes ACCESS EXCLUSIVE on the index, so queries using it wait for the whole rebuild.",
  fix: "On PostgreSQL 12+: `REINDEX INDEX CONCURRENTLY t_c_idx;` alone in a migration run outside a transaction. Before 12: `CREATE INDEX CONCURRENTLY t_c_idx_new ...;` then `DROP INDEX CONCURRENTLY t_c_idx;` and rename.",
  bad: "REINDEX TABLE orders;",
  good: "REINDEX TABLE CONCURRENTLY orders;",
  check(s) {
    if (s.kind !== "ReindexStmt") return void 0;
    if ((s.body.params ?? []).some((p) => p.DefElem?.defname === "concurrently"))
      return void 0;
    return { message: `REINDEX without CONCURRENTLY blocks writes (and reads through the index) during the rebuild` };
  }
});

// src/checks/migrations/rules/rename-column.ts
var rule33 = defineRule({
  id: "rename-column",
  severity: "high",
  dialect: "any",
  title: "Renaming a column",
  why: "The running release (and the old one during a rolling deploy) still uses the old name: its queries fail from the moment the rename commits until every instance runs the new code.",
  fix: 'Add the new column, write both, backfill, switch reads, then drop the old one in a later release. Or keep the column name and map it in the ORM (Prisma `@map("old_name")`, TypeORM `@Column({ name: "old_name" })`).',
  bad: "ALTER TABLE users RENAME COLUMN name TO full_name;",
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN full_name text;\n-- write both from the code, backfill in batches, switch reads, drop name later",
  check(s, c) {
    if (s.kind !== "RenameStmt" || s.body.renameType !== "OBJECT_COLUMN") return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return void 0;
    return {
      message: `RENAME COLUMN ${s.body.subname} TO ${s.body.newname} on ${table} breaks code using the old name`
    };
  },
  checkMysql(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bRENAME\s+COLUMN\s+[`"]?(\w+)[`"]?\s+TO\s+[`"]?(\w+)/.exec(s.upper) ?? /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+.*\bCHANGE\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?\s+[`"]?(\w+)/.exec(s.upper);
    if (!m || m[2] === m[3] || c.newTables.has(m[1].toLowerCase())) return void 0;
    return {
      message: `renaming ${m[1].toLowerCase()}.${m[2].toLowerCase()} to ${m[3].toLowerCase()} breaks code using the old name`
    };
  }
});

// src/checks/migrations/rules/rename-enum-value.ts
var rule34 = defineRule({
  id: "rename-enum-value",
  severity: "high",
  dialect: "postgresql",
  title: "Renaming an enum value",
  why: 'Running application instances still read and write the old label; the moment the rename commits, their inserts fail ("invalid input value for enum") and their comparisons stop matching.',
  fix: "Add the new value (`ALTER TYPE t ADD VALUE 'new';`), make the code accept both, migrate rows in batches, and stop writing the old value; enum values cannot be dropped, so keep the old one unused.",
  bad: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
  good: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'dispatched';\n-- deploy code that understands both, then backfill in batches",
  check(s, c) {
    if (s.kind !== "AlterEnumStmt" || !s.body.oldVal) return void 0;
    if (c.isNewTable(lastName(s.body.typeName))) return void 0;
    return {
      message: `RENAME VALUE '${s.body.oldVal}' TO '${s.body.newVal}' on ${lastName(s.body.typeName)} breaks code that still uses '${s.body.oldVal}'`
    };
  }
});

// src/checks/migrations/rules/rename-table.ts
var rule35 = defineRule({
  id: "rename-table",
  severity: "high",
  dialect: "any",
  title: "Renaming a table",
  why: "Running code still queries the old name and fails from the moment the rename commits until it is replaced.",
  fix: "Create the new table (or rename and leave a view with the old name: `ALTER TABLE a RENAME TO b; CREATE VIEW a AS SELECT * FROM b;`), move the code over, then drop the view in a later release.",
  bad: "ALTER TABLE customers RENAME TO accounts;",
  good: "SET lock_timeout = '5s';\nALTER TABLE customers RENAME TO accounts;\nCREATE VIEW customers AS SELECT * FROM accounts;",
  check(s, c) {
    if (s.kind === "RenameStmt" && s.body.renameType === "OBJECT_SCHEMA")
      return {
        message: `ALTER SCHEMA ${s.body.subname} RENAME TO ${s.body.newname} breaks code that qualifies names with ${s.body.subname}`
      };
    if (s.kind !== "RenameStmt" || s.body.renameType !== "OBJECT_TABLE") return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return void 0;
    const viewed = c.statements.some((x) => x.kind === "ViewStmt" && relName(x.body.view) === table);
    if (viewed) return void 0;
    return { message: `RENAME ${table} TO ${s.body.newname} breaks code that uses ${table}` };
  },
  checkMysql(s, c) {
    const m = /^RENAME\s+TABLE\s+[`"]?(\w+)[`"]?\s+TO\s+[`"]?(\w+)/.exec(s.upper) ?? /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+RENAME\s+(?:TO\s+|AS\s+)?(?!COLUMN\b|INDEX\b|KEY\b)[`"]?(\w+)/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return void 0;
    return {
      message: `RENAME ${m[1].toLowerCase()} TO ${m[2].toLowerCase()} breaks code that uses ${m[1].toLowerCase()}`
    };
  }
});

// src/checks/migrations/rules/set-logged-unlogged.ts
var rule36 = defineRule({
  id: "set-logged-unlogged",
  severity: "high",
  dialect: "postgresql",
  title: "SET LOGGED / SET UNLOGGED on a table",
  why: "Switching a table between logged and unlogged rewrites it (and its indexes) under ACCESS EXCLUSIVE. An unlogged table is also emptied after a crash and is not replicated.",
  fix: "Create a new table with the wanted persistence, copy in batches, and swap in a short transaction; or accept the rewrite in a maintenance window.",
  bad: "ALTER TABLE sessions SET UNLOGGED;",
  good: "-- CREATE UNLOGGED TABLE sessions_new (LIKE sessions INCLUDING ALL); copy in batches, then swap names",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_SetLogged", "AT_SetUnLogged");
    if (!alter?.cmds.length) return void 0;
    const what = alter.cmds[0].subtype === "AT_SetLogged" ? "SET LOGGED" : "SET UNLOGGED";
    return { message: `${what} rewrites ${alter.table} under ACCESS EXCLUSIVE` };
  }
});

// src/checks/migrations/rules/set-not-null.ts
var rule37 = defineRule({
  id: "set-not-null",
  severity: "high",
  dialect: "postgresql",
  title: "SET NOT NULL without a validated CHECK",
  why: "`ALTER COLUMN ... SET NOT NULL` scans the whole table while holding an ACCESS EXCLUSIVE lock, blocking reads and writes for the length of the scan.",
  fix: "Prove the column has no nulls first, under a weaker lock (PostgreSQL 12+ then skips the scan): `ALTER TABLE t ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT VALID;` then, in a later migration, `ALTER TABLE t VALIDATE CONSTRAINT t_c_not_null;` `ALTER TABLE t ALTER COLUMN c SET NOT NULL;` `ALTER TABLE t DROP CONSTRAINT t_c_not_null;`",
  bad: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
  good: "-- migration 1\nSET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n-- migration 2\nSET lock_timeout = '5s';\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;",
  check(s, c) {
    const alter = alterCmdsOnExistingTable(s, c, "AT_SetNotNull");
    if (!alter) return void 0;
    const { table, cmds } = alter;
    const out = [];
    for (const a of cmds) {
      if (c.postgresVersion >= 12 && c.schema.notNullChecked.has(`${table}.${String(a.name).toLowerCase()}`)) continue;
      out.push({ message: `SET NOT NULL on ${table}.${a.name} scans the table under ACCESS EXCLUSIVE` });
    }
    return out;
  }
});

// src/checks/migrations/rules/sql-parse-error.ts
var rule38 = defineRule({
  id: "sql-parse-error",
  severity: "blocker",
  dialect: "postgresql",
  title: "Migration that PostgreSQL cannot parse",
  why: "PostgreSQL's own parser rejects the file, so it would fail at deploy, and none of the other rules could check it. A MySQL migration in a PostgreSQL project also lands here.",
  fix: "Fix the syntax at the reported line (run the file against a local database). If the project uses MySQL, set `migrations.dialect: mysql` in .github/launch-gate.yml.",
  bad: "ALTER TABLE users ADD COLUMN;",
  good: "ALTER TABLE users ADD COLUMN nickname text;"
});

// src/checks/migrations/rules/table-rewrite-observed.ts
var rule39 = defineRule({
  id: "table-rewrite-observed",
  severity: "high",
  dialect: "postgresql",
  title: "Table rewrite observed (trace mode)",
  why: "In trace mode the statement ran on a real PostgreSQL and the table got a new relfilenode: every row was rewritten under ACCESS EXCLUSIVE. On a large production table that is minutes of blocked reads and writes.",
  fix: "Use the non-rewriting pattern for the change (a new column plus batched backfill, a NOT VALID constraint, a concurrent index); see the other rule pages for the exact SQL.",
  bad: "ALTER TABLE users ALTER COLUMN settings TYPE jsonb USING settings::jsonb;",
  good: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN settings_jsonb jsonb;\n-- backfill in batches, switch reads, drop the old column later"
});

// src/checks/migrations/rules/transaction-nesting.ts
var rule40 = defineRule({
  id: "transaction-nesting",
  severity: "medium",
  dialect: "postgresql",
  title: "BEGIN inside a migration the framework already wraps in a transaction",
  why: "The framework already opened a transaction: PostgreSQL ignores the inner BEGIN (with a warning) and the inner COMMIT commits the framework's transaction early, so a later failure leaves the migration half applied and the framework's bookkeeping out of step.",
  fix: "Remove BEGIN/COMMIT from the file and let the framework manage the transaction.",
  bad: "-- +goose Up\nBEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;",
  good: "-- +goose Up\nSET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;",
  check(s, c) {
    if (s.kind !== "TransactionStmt" || !["TRANS_STMT_BEGIN", "TRANS_STMT_START"].includes(s.body.kind))
      return void 0;
    if (c.explicitTx) return { message: "BEGIN inside an open transaction: the inner COMMIT ends the outer one" };
    if (c.txMode === "transaction")
      return { message: `BEGIN inside a migration ${c.file.framework} already runs in a transaction` };
    return void 0;
  }
});

// src/checks/migrations/rules/trigger-on-existing-table.ts
var rule41 = defineRule({
  id: "trigger-on-existing-table",
  severity: "medium",
  dialect: "postgresql",
  title: "Trigger created on an existing table",
  why: "CREATE TRIGGER takes SHARE ROW EXCLUSIVE, blocking writes while it waits for running transactions, and the trigger then runs on every write of a busy table: slower writes, and errors in it fail the application's writes.",
  fix: "Set `SET lock_timeout = '5s';` first, keep the trigger function small and tested, and prefer doing the work in the application or an async job. Mark it with `-- launch-gate-ignore: trigger-on-existing-table reason` once reviewed.",
  bad: "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();",
  good: "SET lock_timeout = '5s';\n-- launch-gate-ignore: trigger-on-existing-table audit trigger reviewed, function is O(1)\nCREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();",
  check(s, c) {
    if (s.kind !== "CreateTrigStmt") return void 0;
    const table = relName(s.body.relation);
    if (c.isNewTable(table)) return void 0;
    return {
      message: `CREATE TRIGGER ${s.body.trigname} on existing table ${table} blocks writes while it is created and runs on every write`
    };
  }
});

// src/checks/migrations/rules/truncate-table.ts
var rule42 = defineRule({
  id: "truncate-table",
  severity: "high",
  dialect: "any",
  title: "TRUNCATE in a migration",
  why: "TRUNCATE deletes every row (CASCADE also empties every table that references it) and takes ACCESS EXCLUSIVE: data loss that a rollback of the code cannot undo.",
  fix: "Delete what you mean to delete, in bounded batches: `DELETE FROM t WHERE id IN (SELECT id FROM t WHERE ... LIMIT 1000);`",
  bad: "TRUNCATE sessions CASCADE;",
  good: "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() - interval '30 days' LIMIT 1000);",
  check(s, c) {
    if (s.kind !== "TruncateStmt") return void 0;
    const rels = (s.body.relations ?? []).map(relName).filter((t) => !c.isNewTable(t));
    if (!rels.length) return void 0;
    const cascade = s.body.behavior === "DROP_CASCADE" ? " CASCADE (and every table referencing it)" : "";
    return { message: `TRUNCATE ${rels.join(", ")}${cascade} deletes every row under ACCESS EXCLUSIVE` };
  },
  checkMysql(s, c) {
    const m = /^TRUNCATE\s+(?:TABLE\s+)?[`"]?(\w+)/.exec(s.upper);
    return m && !c.newTables.has(m[1].toLowerCase()) ? { message: `TRUNCATE ${m[1].toLowerCase()} deletes every row` } : void 0;
  }
});

// src/checks/migrations/rules/uncommitted-transaction.ts
var ENDS = /* @__PURE__ */ new Set([
  "TRANS_STMT_COMMIT",
  "TRANS_STMT_ROLLBACK",
  "TRANS_STMT_COMMIT_PREPARED",
  "TRANS_STMT_ROLLBACK_PREPARED",
  "TRANS_STMT_PREPARE"
]);
var rule43 = defineRule({
  id: "uncommitted-transaction",
  severity: "high",
  dialect: "postgresql",
  title: "BEGIN without COMMIT",
  why: "A transaction left open keeps every lock the migration took until the connection closes, and whether the work is committed depends on the tool: tables stay blocked or changes are silently rolled back.",
  fix: "End the transaction in the same file: `COMMIT;` (or drop BEGIN and let the framework manage it).",
  bad: "BEGIN;\nALTER TABLE users ADD COLUMN nickname text;",
  good: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;",
  check(s, c) {
    if (s.kind !== "TransactionStmt" || !["TRANS_STMT_BEGIN", "TRANS_STMT_START"].includes(s.body.kind))
      return void 0;
    const after = c.statements.filter((x) => x.index > s.index && !x.inDo && x.kind === "TransactionStmt");
    const next = after[0];
    if (next && ENDS.has(next.body.kind)) return void 0;
    if (next) return void 0;
    return { message: "BEGIN is never committed in this file" };
  }
});

// src/checks/migrations/rules/vacuum-full.ts
var rule44 = defineRule({
  id: "vacuum-full",
  severity: "high",
  dialect: "postgresql",
  title: "VACUUM FULL in a migration",
  why: "VACUUM FULL rewrites the whole table and its indexes under ACCESS EXCLUSIVE: the table is unusable until it ends.",
  fix: "Leave space reclamation to autovacuum, or rebuild online with the pg_repack extension (`pg_repack --table=t`), outside migrations. A plain `VACUUM (ANALYZE) t;` takes no blocking lock.",
  bad: "VACUUM FULL events;",
  good: "-- run outside the migration, online:\n-- pg_repack --table=events mydb",
  check(s) {
    if (s.kind !== "VacuumStmt" || !s.body.is_vacuumcmd || !hasOption(s.body.options, "full")) return void 0;
    const rels = (s.body.rels ?? []).map(
      (r) => relName(r.VacuumRelation?.relation)
    );
    return { message: `VACUUM FULL ${rels.join(", ") || "(every table)"} rewrites under ACCESS EXCLUSIVE` };
  }
});

// src/checks/migrations/rules/function-does-not-exist.ts
var rule45 = defineRule({
  id: "function-does-not-exist",
  severity: "high",
  dialect: "postgresql",
  title: "Built-in function called with arguments PostgreSQL does not accept",
  why: 'PostgreSQL resolves a function by its name and argument count when the statement runs: `DEFAULT now(123)` or `make_date(2024, 1)` fails the migration with "function \u2026 does not exist". Linters that only parse SQL accept it; the counts here come from PostgreSQL\'s own catalog (pg_proc).',
  fix: "Call the function with an argument list it has (see the PostgreSQL manual), and run the migration locally or with `migrations.trace: true`.",
  bad: "ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now(123);",
  good: "ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now();",
  check(s, c) {
    if (s.inDo || s.kind === "CallStmt") return void 0;
    const out = [];
    for (const f of funcCallNodes(s.body)) {
      const full = qualified(f.funcname);
      const name = lastName(f.funcname);
      if (full !== name && full !== `pg_catalog.${name}` || c.schema.functions.has(name)) continue;
      if (f.func_variadic) continue;
      const n = (f.args?.length ?? 0) + (f.agg_within_group ? f.agg_order?.length ?? 0 : 0);
      if (n === 1 && catalog().types.has(name)) continue;
      if (acceptsArgs(name, n, c.postgresVersion) !== false) continue;
      out.push({
        message: `${name}() with ${n} argument${n === 1 ? "" : "s"} does not exist in PostgreSQL (built-ins of ${catalog().version}): the migration fails`
      });
    }
    return out.length ? out : void 0;
  }
});

// src/checks/migrations/rules/sqlite-add-column-fails.ts
var CONSTANT = /^\s*(?:[-+]?\d+(?:\.\d+)?(?:E[-+]?\d+)?|''|NULL|TRUE|FALSE|X'')\s*$/;
function parenthesised(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return s.slice(open + 1, i);
  }
  return void 0;
}
function refusal(def) {
  if (/\bPRIMARY\s+KEY\b/.test(def)) return "a PRIMARY KEY column";
  if (/\bUNIQUE\b/.test(def)) return "a UNIQUE column";
  if (/\bGENERATED\s+ALWAYS\b[\s\S]*\bSTORED\b|\bAS\s*\([\s\S]*\)\s*STORED\b/.test(def))
    return "a STORED generated column";
  const d = /\bDEFAULT\s*(\(|CURRENT_(?:TIMESTAMP|TIME|DATE)\b)/.exec(def);
  if (d) {
    const inner = d[1] === "(" ? parenthesised(def, d.index + d[0].length - 1) : void 0;
    if (d[1] !== "(" || inner !== void 0 && !CONSTANT.test(inner)) return "a column with a non-constant default";
  }
  const nonNullDefault = /\bDEFAULT\s+(?!NULL\b)/.test(def);
  if (/\bREFERENCES\b/.test(def) && nonNullDefault) return "a REFERENCES column with a non-NULL default";
  return void 0;
}
var rule46 = defineRule({
  id: "sqlite-add-column-fails",
  severity: "high",
  dialect: "sqlite",
  title: "SQLite refuses this ADD COLUMN on a table with rows",
  why: "SQLite adds a column without touching the rows, so it refuses what would need them rewritten or checked: a PRIMARY KEY or UNIQUE column, a STORED generated column, a default that is not a constant (`CURRENT_TIMESTAMP`, `(unixepoch())`, any expression in parentheses) and, with foreign keys on (D1 always), a REFERENCES column with a non-NULL default. On an empty development database it passes; in production the migration fails.",
  fix: "Add the column plain (nullable, or with a constant default), then fill it with `UPDATE` and enforce uniqueness with `CREATE UNIQUE INDEX`; for a STORED generated column use VIRTUAL, or recreate the table in a maintenance window.",
  bad: "ALTER TABLE posts ADD COLUMN updated_at TEXT DEFAULT CURRENT_TIMESTAMP;",
  good: "ALTER TABLE posts ADD COLUMN updated_at TEXT;\nUPDATE posts SET updated_at = CURRENT_TIMESTAMP;",
  checkSqlite(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+ADD\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return void 0;
    const why = refusal(m[3]);
    if (!why) return void 0;
    return {
      message: `ADD COLUMN ${m[2].toLowerCase()} on ${m[1].toLowerCase()} fails in SQLite once the table has rows: ${why} cannot be added`
    };
  }
});

// src/checks/migrations/rules/sqlite-add-column-not-null.ts
var rule47 = defineRule({
  id: "sqlite-add-column-not-null",
  severity: "high",
  dialect: "sqlite",
  title: "SQLite column added NOT NULL without a default",
  why: 'SQLite refuses `ADD COLUMN ... NOT NULL` without a non-NULL default ("Cannot add a NOT NULL column with default value NULL"): the migration fails at deploy, on D1 and Turso too.',
  fix: "Give the column a default (`ALTER TABLE t ADD COLUMN c TEXT NOT NULL DEFAULT '';`), or add it nullable and backfill.",
  bad: "ALTER TABLE users ADD COLUMN plan TEXT NOT NULL;",
  good: "ALTER TABLE users ADD COLUMN plan TEXT NOT NULL DEFAULT 'free';",
  checkSqlite(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?(\w+)[`"]?\s+ADD\s+(?:COLUMN\s+)?[`"]?(\w+)[`"]?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return void 0;
    if (!/\bNOT\s+NULL\b/.test(m[3]) || /\bDEFAULT\s+(?!NULL\b)/.test(m[3])) return void 0;
    return {
      message: `ADD COLUMN ${m[2].toLowerCase()} NOT NULL without a default on ${m[1].toLowerCase()} fails in SQLite`
    };
  }
});

// src/checks/migrations/rules/sqlite-table-recreate.ts
var rule48 = defineRule({
  id: "sqlite-table-recreate",
  severity: "high",
  dialect: "sqlite",
  title: "SQLite table recreated by copying every row",
  why: "SQLite cannot alter most column properties, so tools (Drizzle, Prisma) create a new table, copy every row and swap names. The copy holds the database write lock for its whole length: on a big table, writes wait or fail (SQLITE_BUSY; D1 and Turso time out), and foreign keys must be off during the swap.",
  fix: "Prefer a change SQLite can do in place (`ADD COLUMN` with a default, a new table for new data); when a copy is needed, run it in a maintenance window or in batches, and check `PRAGMA foreign_key_check` afterwards.",
  bad: "CREATE TABLE __new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\nINSERT INTO __new_users SELECT id, email FROM users;\nDROP TABLE users;\nALTER TABLE __new_users RENAME TO users;",
  good: "ALTER TABLE users ADD COLUMN plan TEXT NOT NULL DEFAULT 'free';",
  checkSqlite(s, c) {
    const m = /^INSERT\s+INTO\s+[`"]?(\w+)[`"]?\s*(?:\([^)]*\)\s*)?SELECT\b.*?\bFROM\s+[`"]?(\w+)[`"]?/.exec(s.upper);
    if (!m || !c.newTables.has(m[1].toLowerCase()) || c.newTables.has(m[2].toLowerCase())) return void 0;
    c.copiedFrom?.add(m[2].toLowerCase());
    return {
      message: `${m[2].toLowerCase()} is recreated: every row is copied into ${m[1].toLowerCase()} under the write lock`
    };
  }
});

// src/checks/migrations/rules/clickhouse-mutation.ts
var rule49 = defineRule({
  id: "clickhouse-mutation",
  severity: "high",
  dialect: "clickhouse",
  title: "ClickHouse mutation rewrites data parts",
  why: "`ALTER TABLE ... UPDATE/DELETE`, a column type change (`MODIFY COLUMN c UInt64`), `MATERIALIZE COLUMN/INDEX/TTL`, `CLEAR COLUMN/INDEX` and `MODIFY TTL` are mutations: ClickHouse rewrites every data part they touch, in the background, for as long as it takes on a big table; merges queue behind it and the migration tool returns before it is done.",
  fix: "Use lightweight `DELETE FROM t WHERE ...` for deletes, a ReplacingMergeTree/CollapsingMergeTree version for updates, a new column of the new type (`DEFAULT old_column`) instead of a type change, or run the mutation outside the migration with `mutations_sync` and watch `system.mutations`.",
  bad: "ALTER TABLE events UPDATE country = 'DE' WHERE country = 'Germany';",
  good: "-- a new version row per change (ReplacingMergeTree(version))\nINSERT INTO events SELECT * REPLACE ('DE' AS country, version + 1 AS version) FROM events WHERE country = 'Germany';",
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?[`"]?([\w.]+)[`"]?\s+(?:ON\s+CLUSTER\s+\S+\s+)?(.*)$/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return void 0;
    const ttlOff = /\bMATERIALIZE_TTL_AFTER_MODIFY\s*=\s*(?:0|FALSE)\b/.test(m[2]);
    const action = actions(m[2]).map((a) => mutation(a, ttlOff)).find(Boolean);
    if (!action) return void 0;
    return {
      message: `ALTER TABLE ${m[1].toLowerCase()} ${action} is a mutation that rewrites the table's data parts`
    };
  }
});
function actions(rest) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "(") depth++;
    else if (rest[i] === ")") depth--;
    else if (rest[i] === "," && depth === 0) {
      out.push(rest.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(rest.slice(start).trim());
  return out;
}
var NO_TYPE = /^(?:DEFAULT|MATERIALIZED|ALIAS|EPHEMERAL|CODEC|COMMENT|TTL|REMOVE|MODIFY|RESET|FIRST|AFTER|SETTINGS)\b/;
function mutation(a, ttlOff) {
  const head = /^(UPDATE|DELETE|MATERIALIZE\s+(?:COLUMN|INDEX|PROJECTION|TTL|STATISTICS)|CLEAR\s+(?:COLUMN|INDEX|PROJECTION)|APPLY\s+DELETED\s+MASK)\b/.exec(
    a
  );
  if (head) return head[1].replace(/\s+/g, " ");
  if (/^MODIFY\s+TTL\b/.test(a) && !ttlOff) return "MODIFY TTL";
  const col = /^MODIFY\s+COLUMN\s+(?:IF\s+EXISTS\s+)?[`"]?\w+[`"]?\s*(.*)$/.exec(a);
  if (col && col[1] && !NO_TYPE.test(col[1])) return "MODIFY COLUMN (type change)";
  return void 0;
}

// src/checks/migrations/rules/clickhouse-modify-order-by.ts
var rule50 = defineRule({
  id: "clickhouse-modify-order-by",
  severity: "high",
  dialect: "clickhouse",
  title: "ClickHouse sorting key changed to existing columns",
  why: "`MODIFY ORDER BY` only accepts appending columns added in the same ALTER (a metadata change); a sorting key made of existing columns would need every part re-sorted, so ClickHouse refuses it and the migration fails at deploy.",
  fix: "Create a new table with the new `ORDER BY`, `INSERT INTO new SELECT * FROM old`, then swap with `EXCHANGE TABLES`.",
  bad: "ALTER TABLE events MODIFY ORDER BY (tenant_id, created_at);",
  good: "CREATE TABLE events_v2 AS events ENGINE = MergeTree ORDER BY (tenant_id, created_at);\nINSERT INTO events_v2 SELECT * FROM events;\nEXCHANGE TABLES events AND events_v2;",
  checkClickhouse(s, c) {
    const m = /^ALTER\s+TABLE\s+[`"]?([\w.]+)[`"]?\s+.*\bMODIFY\s+ORDER\s+BY\b/.exec(s.upper);
    if (!m || c.newTables.has(m[1].toLowerCase())) return void 0;
    if (/\bADD\s+COLUMN\b/.test(s.upper)) return void 0;
    return {
      message: `MODIFY ORDER BY on ${m[1].toLowerCase()} without adding the new key columns in the same ALTER fails`
    };
  }
});

// src/checks/migrations/rules/validate-same-transaction.ts
var rule51 = defineRule({
  id: "validate-same-transaction",
  severity: "high",
  dialect: "postgresql",
  title: "VALIDATE CONSTRAINT in the transaction that added it NOT VALID",
  why: "NOT VALID only helps when validation runs in a later transaction. In the same transaction the ACCESS EXCLUSIVE lock taken by ADD CONSTRAINT is still held during the validation scan, so reads and writes wait.",
  fix: "Move `ALTER TABLE t VALIDATE CONSTRAINT name;` to the next migration (or after a COMMIT when the file runs without a transaction).",
  bad: "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;",
  good: "-- migration 1\nSET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n-- migration 2\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;",
  check(s, c) {
    if (!c.inTransaction) return void 0;
    const alter = alterCmdsOnExistingTable(s, c, "AT_ValidateConstraint");
    if (!alter) return void 0;
    const out = [];
    for (const a of alter.cmds) {
      if (c.notValidInTx.has(String(a.name).toLowerCase()))
        out.push({
          message: `VALIDATE CONSTRAINT ${a.name} runs in the same transaction as its NOT VALID ADD, under ACCESS EXCLUSIVE`
        });
    }
    return out;
  }
});

// src/checks/migrations/rules/index.ts
var RULES = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17,
  rule45,
  rule18,
  rule19,
  rule21,
  rule22,
  rule23,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule20,
  rule30,
  rule31,
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule51,
  rule46,
  rule47,
  rule48,
  rule49,
  rule50
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/checks/migrations/rule-meta.ts
var MIGRATION_RULES = RULES.map((r) => ({
  id: r.id,
  title: r.title,
  why: r.why,
  fix: r.fix,
  docs: docsUrl(r.id),
  security: false
}));

export {
  CODE_FRAMEWORKS,
  docsUrl,
  loadCatalog,
  relName,
  lastName,
  typeName,
  typeMods,
  constraintsOf,
  notNullTestColumn,
  hits,
  blockingLockTarget,
  RULES,
  RULES_BY_ID,
  MIGRATION_RULES
};

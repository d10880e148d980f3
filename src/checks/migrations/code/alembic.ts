// Alembic migrations: the `op.*` calls of `upgrade()`, mapped to the SQL they run on PostgreSQL.
// Alembic runs a migration in one transaction there; `autocommit_block()` runs its body outside it.
import { lit, type Emitted, type Quote, type Translation } from './emit.js';
import {
  boolOf,
  isCall,
  isNull,
  lastName as last,
  nameOf,
  numOf as num,
  readPython,
  resolveConstants,
  strOf,
  type Call,
  type Stmt,
  type Value,
} from './reader.js';

const TYPES: Record<string, string> = {
  Integer: 'integer',
  INTEGER: 'integer',
  INT: 'integer',
  BigInteger: 'bigint',
  BIGINT: 'bigint',
  SmallInteger: 'smallint',
  SMALLINT: 'smallint',
  Boolean: 'boolean',
  BOOLEAN: 'boolean',
  Text: 'text',
  TEXT: 'text',
  UnicodeText: 'text',
  Date: 'date',
  DATE: 'date',
  Time: 'time',
  Interval: 'interval',
  Float: 'double precision',
  FLOAT: 'double precision',
  Double: 'double precision',
  LargeBinary: 'bytea',
  BYTEA: 'bytea',
  JSON: 'json',
  JSONB: 'jsonb',
  UUID: 'uuid',
  Uuid: 'uuid',
  INET: 'inet',
  CIDR: 'cidr',
  CITEXT: 'citext',
  TSVECTOR: 'tsvector',
  AutoString: 'varchar',
};

/** The PostgreSQL type of an SQLAlchemy type expression (`sa.String(50)`, `postgresql.JSONB()`, `sa.Integer`). */
export function saType(v: Value | undefined): string | undefined {
  const fn = isCall(v) ? v.fn : nameOf(v);
  if (!fn) return undefined;
  const t = last(fn);
  const call = isCall(v) ? v : undefined;
  if (t === 'String' || t === 'VARCHAR' || t === 'Unicode') {
    const n = num(call?.kw.length ?? call?.args[0]);
    return n ? `varchar(${n})` : 'varchar';
  }
  if (t === 'CHAR') return `char(${num(call?.kw.length ?? call?.args[0]) ?? 1})`;
  if (t === 'Numeric' || t === 'NUMERIC' || t === 'DECIMAL') {
    const p = num(call?.kw.precision ?? call?.args[0]);
    const s = num(call?.kw.scale ?? call?.args[1]);
    return p ? `numeric(${p}, ${s ?? 0})` : 'numeric';
  }
  if (t === 'DateTime' || t === 'TIMESTAMP')
    return boolOf(call?.kw.timezone) ? 'timestamp with time zone' : 'timestamp without time zone';
  if (t === 'Enum') return strOf(call?.kw.name) ?? 'text';
  if (t === 'ARRAY') return `${saType(call?.args[0]) ?? 'text'}[]`;
  return TYPES[t];
}

/** A `server_default`: a string literal, `sa.text("now()")`, or `sa.func.now()`. */
function serverDefault(v: Value | undefined): string | undefined {
  if (!v || isNull(v)) return undefined;
  if (isCall(v, /(^|\.)text$/)) return strOf(v.args[0]);
  if (isCall(v, /(^|\.)func\./)) return `${last(v.fn)}()`;
  if (isCall(v, /(^|\.)literal_column$/)) return strOf(v.args[0]);
  const s = strOf(v);
  if (s !== undefined) return lit(s);
  if (v.k === 'num') return v.v;
  const b = boolOf(v);
  return b === undefined ? undefined : String(b);
}

const strList = (v: Value | undefined): string[] =>
  v?.k === 'list' ? v.items.map(strOf).filter((x): x is string => !!x) : strOf(v) ? [strOf(v)!] : [];

/** An identifier argument: a string, `op.f("ix_x")`, or a variable this reader could not resolve (by its name). */
const nameArg = (v: Value | undefined): string | undefined =>
  isCall(v, /(^|\.)f$/) ? strOf(v.args[0]) : (strOf(v) ?? nameOf(v)?.split('.').pop());

export class AlembicReader {
  constructor(private readonly q: Quote) {}

  private autocommit = false;

  translate(_path: string, text: string): Translation {
    const stmts = resolveConstants(readPython(text));
    const fn = (n: string) => stmts.find((s): s is Extract<Stmt, { k: 'def' }> => s.k === 'def' && s.name === n);
    const upgrade = fn('upgrade');
    const downgrade = fn('downgrade');
    const up: Emitted[] = [];
    const notes: string[] = [];
    const rollback: Translation['rollback'] = { down: 'yes', losesData: [] };
    // Explicit transaction statements: BEGIN at the start, COMMIT/BEGIN around autocommit blocks.
    this.autocommit = false;
    const body = upgrade?.body ?? [];
    const line0 = upgrade?.line ?? 1;
    up.push({ sql: 'BEGIN', line: line0, synthetic: true });
    this.block(body, up, notes, rollback, new Map(), (on, line) => {
      if (on === this.autocommit) return;
      this.autocommit = on;
      up.push({ sql: on ? 'COMMIT' : 'BEGIN', line, synthetic: true });
    });
    if (!this.autocommit) up.push({ sql: 'COMMIT', line: lastLine(body) ?? line0, synthetic: true });
    const downBody = downgrade?.body.filter((s) => !(s.k === 'expr' && s.value.k === 'str')) ?? [];
    if (!downgrade || downBody.every((s) => s.k === 'expr' && nameOf(s.value) === 'pass')) rollback.down = 'no';
    if (downBody.some((s) => s.k === 'expr' && isCall(s.value, /(^|\.)(NotImplementedError|raise)$/)))
      rollback.down = 'no';
    if (rollback.down === 'no') rollback.why = downgrade ? 'downgrade() does nothing' : 'no downgrade()';
    return { up, txMode: 'none', rollback, notes };
  }

  private block(
    body: Stmt[],
    up: Emitted[],
    notes: string[],
    rb: Translation['rollback'],
    aliases: Map<string, string>,
    setAutocommit: (on: boolean, line: number) => void,
  ): void {
    for (const s of body) {
      if (s.k === 'with') {
        if (isCall(s.ctx, /autocommit_block$/)) {
          setAutocommit(true, s.line);
          this.block(s.body, up, notes, rb, aliases, setAutocommit);
          setAutocommit(false, lastLine(s.body) ?? s.line);
        } else {
          const inner = new Map(aliases);
          if (isCall(s.ctx, /(^|\.)batch_alter_table$/) && s.alias) inner.set(s.alias, strOf(s.ctx.args[0]) ?? '');
          this.block(s.body, up, notes, rb, inner, setAutocommit);
        }
        continue;
      }
      if (s.k === 'expr' && isCall(s.value)) this.call(s.value, up, notes, rb, aliases);
    }
  }

  private call(
    c: Call,
    up: Emitted[],
    notes: string[],
    rb: Translation['rollback'],
    aliases: Map<string, string>,
  ): void {
    const q = this.q;
    const recv = c.fn.includes('.') ? c.fn.slice(0, c.fn.lastIndexOf('.')) : '';
    const batchTable = aliases.get(recv);
    if (recv !== 'op' && batchTable === undefined) return;
    const name = last(c.fn);
    const out = (sql: string) => up.push({ sql, line: c.line });
    // A batch operation's table is the `with` block's; the others name it first.
    const a = batchTable !== undefined ? [{ k: 'str', v: batchTable, line: c.line } as Value, ...c.args] : c.args;
    const tbl = (i: number, kw = 'table_name') => q(nameArg(c.kw[kw] ?? a[i]) ?? 'unnamed');
    const column = (v: Value | undefined): string | undefined => {
      if (!isCall(v, /(^|\.)Column$/)) return undefined;
      const cname = strOf(v.args[0]) ?? '';
      const type = saType(v.args[1]) ?? 'text';
      const nullable = boolOf(v.kw.nullable) ?? !(boolOf(v.kw.primary_key) ?? false);
      const def = serverDefault(v.kw.server_default);
      const fk = v.args.slice(2).find((x) => isCall(x, /(^|\.)ForeignKey$/));
      const ref = isCall(fk) ? strOf(fk.args[0])?.split('.') : undefined;
      return `${q(cname)} ${type}${def ? ` DEFAULT ${def}` : ''}${boolOf(v.kw.primary_key) ? ' PRIMARY KEY' : nullable ? '' : ' NOT NULL'}${ref?.length === 2 ? ` REFERENCES ${q(ref[0])} (${q(ref[1])})` : ''}`;
    };
    switch (name) {
      case 'create_table': {
        const cols = c.args
          .slice(1)
          .map(column)
          .filter((x): x is string => !!x);
        out(`CREATE TABLE ${q(nameArg(c.args[0]) ?? 'unnamed')} (${cols.join(', ') || `${q('id')} integer`})`);
        return;
      }
      case 'drop_table':
        out(`DROP TABLE ${tbl(0)}`);
        rb.losesData.push(`table ${strOf(a[0])}`);
        return;
      case 'rename_table':
        out(`ALTER TABLE ${tbl(0, 'old_table_name')} RENAME TO ${q(strOf(c.kw.new_table_name ?? a[1]) ?? '')}`);
        return;
      case 'add_column': {
        const col = column(c.kw.column ?? a[1]);
        if (col) out(`ALTER TABLE ${tbl(0)} ADD COLUMN ${col}`);
        return;
      }
      case 'drop_column': {
        const col = strOf(c.kw.column_name ?? a[1]) ?? '';
        out(`ALTER TABLE ${tbl(0)} DROP COLUMN ${q(col)}`);
        rb.losesData.push(`column ${strOf(c.kw.table_name ?? a[0])}.${col}`);
        return;
      }
      case 'alter_column': {
        const t = tbl(0);
        const col = strOf(c.kw.column_name ?? a[1]) ?? '';
        const type = saType(c.kw.type_);
        const was = saType(c.kw.existing_type);
        if (type && type !== was) out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} TYPE ${type}`);
        const nullable = boolOf(c.kw.nullable);
        if (nullable === false && boolOf(c.kw.existing_nullable) !== false)
          out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} SET NOT NULL`);
        if (nullable === true && boolOf(c.kw.existing_nullable) !== true)
          out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} DROP NOT NULL`);
        if ('server_default' in c.kw) {
          const d = serverDefault(c.kw.server_default);
          out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} ${d ? `SET DEFAULT ${d}` : 'DROP DEFAULT'}`);
        }
        const renamed = strOf(c.kw.new_column_name);
        if (renamed) out(`ALTER TABLE ${t} RENAME COLUMN ${q(col)} TO ${q(renamed)}`);
        return;
      }
      case 'create_index': {
        const iname = nameArg(c.kw.index_name ?? c.args[0]) ?? 'ix';
        const t = batchTable !== undefined ? q(batchTable) : q(nameArg(c.kw.table_name ?? c.args[1]) ?? 'unnamed');
        const cols = strList(c.kw.columns ?? c.args[batchTable !== undefined ? 1 : 2]);
        const conc = boolOf(c.kw.postgresql_concurrently) ? ' CONCURRENTLY' : '';
        const unique = boolOf(c.kw.unique) ? 'UNIQUE ' : '';
        const ine = boolOf(c.kw.if_not_exists) ? ' IF NOT EXISTS' : '';
        out(`CREATE ${unique}INDEX${conc}${ine} ${q(iname)} ON ${t} (${cols.map(q).join(', ') || q('id')})`);
        return;
      }
      case 'drop_index': {
        const conc = boolOf(c.kw.postgresql_concurrently) ? ' CONCURRENTLY' : '';
        const ie = boolOf(c.kw.if_exists) ? ' IF EXISTS' : '';
        out(`DROP INDEX${conc}${ie} ${q(nameArg(c.kw.index_name ?? c.args[0]) ?? 'ix')}`);
        return;
      }
      case 'create_foreign_key': {
        const [kname, source, referent] = [
          nameArg(c.args[0]),
          strOf(a[batchTable !== undefined ? 0 : 1]),
          strOf(c.kw.referent_table ?? c.args[batchTable !== undefined ? 1 : 2]),
        ];
        const local = strList(c.kw.local_cols ?? c.args[batchTable !== undefined ? 2 : 3]);
        const remote = strList(c.kw.remote_cols ?? c.args[batchTable !== undefined ? 3 : 4]);
        out(
          `ALTER TABLE ${q(source ?? '')} ADD CONSTRAINT ${q(kname ?? 'fk')} FOREIGN KEY (${local.map(q).join(', ') || q('id')}) REFERENCES ${q(referent ?? '')} (${remote.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'create_unique_constraint': {
        const t = batchTable !== undefined ? q(batchTable) : q(nameArg(c.kw.table_name ?? c.args[1]) ?? 'unnamed');
        const cols = strList(c.kw.columns ?? c.args[batchTable !== undefined ? 1 : 2]);
        out(
          `ALTER TABLE ${t} ADD CONSTRAINT ${q(nameArg(c.args[0]) ?? 'uq')} UNIQUE (${cols.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'create_check_constraint': {
        const t = batchTable !== undefined ? q(batchTable) : q(nameArg(c.kw.table_name ?? c.args[1]) ?? 'unnamed');
        const cond = strOf(c.kw.condition ?? c.args[batchTable !== undefined ? 1 : 2]);
        const notValid = boolOf(c.kw.postgresql_not_valid) ? ' NOT VALID' : '';
        out(`ALTER TABLE ${t} ADD CONSTRAINT ${q(nameArg(c.args[0]) ?? 'ck')} CHECK (${cond ?? 'true'})${notValid}`);
        return;
      }
      case 'create_primary_key': {
        const cols = strList(c.kw.columns ?? c.args[2]);
        out(
          `ALTER TABLE ${q(strOf(c.args[1]) ?? '')} ADD CONSTRAINT ${q(nameArg(c.args[0]) ?? 'pk')} PRIMARY KEY (${cols.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'drop_constraint':
        out(
          `ALTER TABLE ${q(nameArg(c.kw.table_name ?? a[batchTable !== undefined ? 0 : 1]) ?? 'unnamed')} DROP CONSTRAINT ${q(nameArg(c.kw.constraint_name ?? c.args[0]) ?? 'unnamed')}`,
        );
        return;
      case 'execute': {
        const v = c.kw.sqltext ?? c.args[0];
        const sql = isCall(v, /(^|\.)text$/) ? strOf(v.args[0]) : strOf(v);
        if (sql !== undefined) {
          up.push({ sql, line: v?.line ?? c.line, raw: true });
          // The driver opens a new transaction on the next statement after a COMMIT it did not issue itself.
          if (!this.autocommit && /^\s*(commit|end)\b/i.test(sql))
            up.push({ sql: 'BEGIN', line: c.line, synthetic: true });
        } else notes.push(`line ${c.line}: op.execute with SQL built at run time was not checked`);
        return;
      }
      default:
        return;
    }
  }
}

function lastLine(body: Stmt[]): number | undefined {
  const s = body[body.length - 1];
  if (!s) return undefined;
  return s.k === 'def' || s.k === 'with' ? (lastLine(s.body) ?? s.line) : s.line;
}

// Rails migrations: the schema statements of `change` / `up` (and `change_table` / `reversible` blocks),
// mapped to the SQL Active Record's PostgreSQL adapter runs. A migration runs in one transaction unless
// it says `disable_ddl_transaction!`.
import { lit, type Emitted, type Quote, type Translation } from './emit.js';
import { boolOf, isCall, nameOf, numOf as num, readRuby, strOf, type Call, type Stmt, type Value } from './reader.js';

const TYPES: Record<string, string> = {
  string: 'varchar',
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  float: 'double precision',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamp(6) without time zone',
  timestamp: 'timestamp(6) without time zone',
  timestamptz: 'timestamp(6) with time zone',
  time: 'time',
  binary: 'bytea',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  inet: 'inet',
  cidr: 'cidr',
  citext: 'citext',
  hstore: 'hstore',
  references: 'bigint',
  belongs_to: 'bigint',
  interval: 'interval',
  money: 'money',
};

const plural = (s: string) =>
  /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(s) ? `${s}es` : `${s}s`;
const singular = (s: string) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.replace(/(?<=(?:s|x|ch|sh))es$|s$/, ''));
const isTrue = (v: Value | undefined) => v !== undefined && boolOf(v) !== false && nameOf(v) !== 'nil';

function sqlType(type: string, o: Record<string, Value>): string {
  if (type === 'integer') {
    const l = num(o.limit);
    if (l === 8) return 'bigint';
    if (l === 2) return 'smallint';
  }
  if (type === 'string' && num(o.limit)) return `varchar(${num(o.limit)})`;
  if (type === 'decimal' || type === 'numeric') {
    const p = num(o.precision);
    return p ? `numeric(${p}, ${num(o.scale) ?? 0})` : 'numeric';
  }
  const t = TYPES[type] ?? type;
  return boolOf(o.array) ? `${t}[]` : t;
}

export class RailsReader {
  constructor(private readonly q: Quote) {}

  translate(_path: string, text: string): Translation {
    const stmts = readRuby(text);
    const cls = stmts.find((s): s is Extract<Stmt, { k: 'def' }> => s.k === 'def' && s.name.startsWith('class '));
    const body = cls?.body ?? stmts;
    const def = (n: string) => body.find((s): s is Extract<Stmt, { k: 'def' }> => s.k === 'def' && s.name === n);
    const noTx = body.some((s) => s.k === 'expr' && isCall(s.value, /^disable_ddl_transaction!$/));
    const upDef = def('change') ?? def('up');
    const up: Emitted[] = [];
    const notes: string[] = [];
    const rollback: Translation['rollback'] = { down: 'yes', losesData: [] };
    if (upDef) this.block(upDef.body, up, notes, rollback, undefined);
    const down = def('down');
    if (def('up') && !def('change')) {
      const raises = down?.body.some((s) => s.k === 'expr' && /IrreversibleMigration/.test(JSON.stringify(s.value)));
      if (!down || raises) {
        rollback.down = 'no';
        rollback.why = down ? 'down raises ActiveRecord::IrreversibleMigration' : 'up without down';
      }
    }
    return { up, txMode: noTx ? 'none' : 'transaction', rollback, notes };
  }

  private irreversible(rb: Translation['rollback'], why: string): void {
    rb.down = 'no';
    rb.why ??= why;
  }

  /** `table` is set inside `change_table :t do |t|` (calls on its block parameter). */
  private block(
    body: Stmt[],
    up: Emitted[],
    notes: string[],
    rb: Translation['rollback'],
    table: { name: string; param: string; creating: boolean; cols: string[] } | undefined,
  ): void {
    for (const s of body) {
      if (s.k !== 'expr' || !isCall(s.value)) continue;
      const c = s.value;
      if (table && c.fn.startsWith(`${table.param}.`)) this.tableCall(c, table, up, rb);
      else if (!table || !c.fn.includes('.')) this.call(c, up, notes, rb);
    }
  }

  private call(c: Call, up: Emitted[], notes: string[], rb: Translation['rollback']): void {
    const q = this.q;
    const out = (sql: string) => up.push({ sql, line: c.line });
    const a = (i: number) => strOf(c.args[i]) ?? '';
    const t = q(a(0));
    switch (c.fn) {
      case 'create_table':
      case 'create_join_table': {
        const name = c.fn === 'create_join_table' ? [a(0), a(1)].sort().join('_') : a(0);
        const cols: string[] = [];
        if (c.fn === 'create_table' && boolOf(c.kw.id) !== false) cols.push(`${q('id')} bigint PRIMARY KEY`);
        if (c.fn === 'create_join_table')
          cols.push(`${q(`${singular(a(0))}_id`)} bigint NOT NULL`, `${q(`${singular(a(1))}_id`)} bigint NOT NULL`);
        const tbl = { name, param: c.params?.[0] ?? 't', creating: true, cols };
        const later: Emitted[] = [];
        if (c.block) this.block(c.block, later, notes, rb, tbl);
        out(`CREATE TABLE ${q(name)} (${tbl.cols.join(', ') || `${q('id')} bigint`})`);
        up.push(...later);
        return;
      }
      case 'drop_table':
        out(`DROP TABLE ${boolOf(c.kw.if_exists) ? 'IF EXISTS ' : ''}${t}`);
        rb.losesData.push(`table ${a(0)}`);
        return;
      case 'drop_join_table':
        out(`DROP TABLE ${q([a(0), a(1)].sort().join('_'))}`);
        rb.losesData.push(`table ${[a(0), a(1)].sort().join('_')}`);
        return;
      case 'rename_table':
        out(`ALTER TABLE ${t} RENAME TO ${q(a(1))}`);
        return;
      case 'add_column':
        out(`ALTER TABLE ${t} ADD COLUMN ${this.columnDef(a(1), a(2), c.kw)}`);
        return;
      case 'add_timestamps':
        for (const col of ['created_at', 'updated_at'])
          out(
            `ALTER TABLE ${t} ADD COLUMN ${this.columnDef(col, 'datetime', { null: c.kw.null ?? { k: 'name', v: 'false', line: c.line }, ...c.kw })}`,
          );
        return;
      case 'remove_column':
      case 'remove_columns': {
        const cols =
          c.fn === 'remove_column'
            ? [a(1)]
            : c.args
                .slice(1)
                .map(strOf)
                .filter((x): x is string => !!x);
        for (const col of cols) {
          out(`ALTER TABLE ${t} DROP COLUMN ${boolOf(c.kw.if_exists) ? 'IF EXISTS ' : ''}${q(col)}`);
          rb.losesData.push(`column ${a(0)}.${col}`);
        }
        if (c.fn === 'remove_column' && !c.args[2] && !c.kw.type)
          this.irreversible(rb, `remove_column on line ${c.line} has no type (change cannot reverse it)`);
        return;
      }
      case 'remove_timestamps':
        for (const col of ['created_at', 'updated_at']) out(`ALTER TABLE ${t} DROP COLUMN ${q(col)}`);
        return;
      case 'rename_column':
        out(`ALTER TABLE ${t} RENAME COLUMN ${q(a(1))} TO ${q(a(2))}`);
        return;
      case 'change_column':
        this.changeColumn(t, a(1), a(2), c.kw, out);
        this.irreversible(rb, `change_column on line ${c.line} cannot be reversed by change (use up/down)`);
        return;
      case 'change_column_null': {
        const nullable = boolOf(c.args[2]);
        if (nullable === false) out(`ALTER TABLE ${t} ALTER COLUMN ${q(a(1))} SET NOT NULL`);
        if (nullable === true) out(`ALTER TABLE ${t} ALTER COLUMN ${q(a(1))} DROP NOT NULL`);
        return;
      }
      case 'change_column_default': {
        const to = c.kw.to ?? c.args[2];
        out(
          `ALTER TABLE ${t} ALTER COLUMN ${q(a(1))} ${nameOf(to) === 'nil' ? 'DROP DEFAULT' : `SET DEFAULT ${this.literal(to)}`}`,
        );
        return;
      }
      case 'add_index': {
        const cols = this.columnsOf(c.args[1]);
        const conc = strOf(c.kw.algorithm) === 'concurrently' ? ' CONCURRENTLY' : '';
        const name = strOf(c.kw.name) ?? `index_${a(0)}_on_${cols.join('_and_')}`;
        out(
          `CREATE ${isTrue(c.kw.unique) ? 'UNIQUE ' : ''}INDEX${conc}${boolOf(c.kw.if_not_exists) ? ' IF NOT EXISTS' : ''} ${q(name)} ON ${t} (${cols.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'remove_index': {
        const cols = this.columnsOf(c.kw.column ?? c.args[1]);
        const conc = strOf(c.kw.algorithm) === 'concurrently' ? ' CONCURRENTLY' : '';
        out(`DROP INDEX${conc} ${q(strOf(c.kw.name) ?? `index_${a(0)}_on_${cols.join('_and_')}`)}`);
        return;
      }
      case 'add_reference':
      case 'add_belongs_to':
        this.reference(a(0), a(1), c.kw, false, out, (col) => col);
        return;
      case 'remove_reference':
      case 'remove_belongs_to':
        out(`ALTER TABLE ${t} DROP COLUMN ${q(`${a(1)}_id`)}`);
        rb.losesData.push(`column ${a(0)}.${a(1)}_id`);
        return;
      case 'add_foreign_key': {
        const to = a(1);
        const col = strOf(c.kw.column) ?? `${singular(to)}_id`;
        out(
          `ALTER TABLE ${t} ADD CONSTRAINT ${q(strOf(c.kw.name) ?? `fk_rails_${a(0)}_${col}`)} FOREIGN KEY (${q(col)}) REFERENCES ${q(to)} (${q(strOf(c.kw.primary_key) ?? 'id')})${boolOf(c.kw.validate) === false ? ' NOT VALID' : ''}`,
        );
        return;
      }
      case 'validate_foreign_key': {
        const to = a(1);
        const col = strOf(c.kw.column) ?? `${singular(to)}_id`;
        out(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${q(strOf(c.kw.name) ?? `fk_rails_${a(0)}_${col}`)}`);
        return;
      }
      case 'remove_foreign_key':
        out(`ALTER TABLE ${t} DROP CONSTRAINT ${q(strOf(c.kw.name) ?? `fk_rails_${a(0)}`)}`);
        return;
      case 'add_check_constraint':
        out(
          `ALTER TABLE ${t} ADD CONSTRAINT ${q(strOf(c.kw.name) ?? `chk_rails_${a(0)}`)} CHECK (${a(1) || 'true'})${boolOf(c.kw.validate) === false ? ' NOT VALID' : ''}`,
        );
        return;
      case 'validate_check_constraint':
      case 'validate_constraint':
        out(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${q(strOf(c.kw.name) ?? a(1))}`);
        return;
      case 'enable_extension':
        out(`CREATE EXTENSION IF NOT EXISTS ${q(a(0))}`);
        return;
      case 'execute': {
        const sql = strOf(c.args[0]);
        if (sql !== undefined) up.push({ sql, line: c.args[0].line, raw: true });
        else notes.push(`line ${c.line}: execute with SQL built at run time was not checked`);
        this.irreversible(rb, `execute on line ${c.line} outside reversible/up-down`);
        return;
      }
      case 'change_table':
        if (c.block)
          this.block(c.block, up, notes, rb, { name: a(0), param: c.params?.[0] ?? 't', creating: false, cols: [] });
        return;
      case 'reversible': {
        // Only the `up` branch runs on deploy; execute inside it has its `down` next to it.
        const p = c.params?.[0] ?? 'dir';
        for (const s of c.block ?? [])
          if (s.k === 'expr' && isCall(s.value) && s.value.fn === `${p}.up` && s.value.block) {
            const before = rb.down;
            this.block(s.value.block, up, notes, rb, undefined);
            rb.down = before;
            if (before === 'yes') rb.why = undefined;
          }
        return;
      }
      case 'up_only':
      case 'safety_assured':
      case 'say_with_time':
      case 'suppress_messages':
        if (c.block) this.block(c.block, up, notes, rb, undefined);
        return;
      default:
        return;
    }
  }

  /** Calls on the block parameter of `create_table` / `change_table`. */
  private tableCall(
    c: Call,
    table: { name: string; creating: boolean; cols: string[] },
    up: Emitted[],
    rb: Translation['rollback'],
  ): void {
    const q = this.q;
    const m = c.fn.slice(c.fn.lastIndexOf('.') + 1);
    const t = q(table.name);
    const out = (sql: string) => up.push({ sql, line: c.line });
    const names = c.args.map(strOf).filter((x): x is string => !!x);
    const addCol = (def: string) => (table.creating ? table.cols.push(def) : out(`ALTER TABLE ${t} ADD COLUMN ${def}`));
    if (m === 'column') {
      addCol(this.columnDef(names[0], names[1], c.kw));
      return;
    }
    if ((m in TYPES && m !== 'references' && m !== 'belongs_to') || m === 'decimal' || m === 'numeric') {
      for (const n of names) addCol(this.columnDef(n, m, c.kw));
      return;
    }
    switch (m) {
      case 'timestamps':
        for (const n of ['created_at', 'updated_at'])
          addCol(this.columnDef(n, 'datetime', { null: { k: 'name', v: 'false', line: c.line }, ...c.kw }));
        return;
      case 'references':
      case 'belongs_to':
        for (const n of names) this.reference(table.name, n, c.kw, table.creating, out, addCol);
        return;
      case 'index': {
        const cols = this.columnsOf(c.args[0]);
        const conc = strOf(c.kw.algorithm) === 'concurrently' ? ' CONCURRENTLY' : '';
        out(
          `CREATE ${isTrue(c.kw.unique) ? 'UNIQUE ' : ''}INDEX${conc} ${q(strOf(c.kw.name) ?? `index_${table.name}_on_${cols.join('_and_')}`)} ON ${t} (${cols.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'remove':
        for (const n of names) {
          out(`ALTER TABLE ${t} DROP COLUMN ${q(n)}`);
          rb.losesData.push(`column ${table.name}.${n}`);
        }
        return;
      case 'remove_references':
      case 'remove_belongs_to':
        for (const n of names) out(`ALTER TABLE ${t} DROP COLUMN ${q(`${n}_id`)}`);
        return;
      case 'rename':
        out(`ALTER TABLE ${t} RENAME COLUMN ${q(names[0])} TO ${q(names[1])}`);
        return;
      case 'change':
        this.changeColumn(t, names[0], names[1], c.kw, out);
        return;
      case 'change_null':
        if (boolOf(c.args[1]) === false) out(`ALTER TABLE ${t} ALTER COLUMN ${q(names[0])} SET NOT NULL`);
        return;
      case 'check_constraint':
        out(
          `ALTER TABLE ${t} ADD CONSTRAINT ${q(strOf(c.kw.name) ?? 'chk')} CHECK (${names[0] ?? 'true'})${boolOf(c.kw.validate) === false ? ' NOT VALID' : ''}`,
        );
        return;
      default:
        return;
    }
  }

  private reference(
    table: string,
    ref: string,
    o: Record<string, Value>,
    creating: boolean,
    out: (sql: string) => void,
    addCol: (def: string) => unknown,
  ): void {
    const q = this.q;
    const col = `${ref}_id`;
    const type = strOf(o.type) ? sqlType(strOf(o.type)!, {}) : 'bigint';
    const def = `${q(col)} ${type}${boolOf(o.null) === false ? ' NOT NULL' : ''}`;
    if (creating) addCol(def);
    else out(`ALTER TABLE ${q(table)} ADD COLUMN ${def}`);
    if (boolOf(o.polymorphic)) {
      const d = `${q(`${ref}_type`)} varchar`;
      if (creating) addCol(d);
      else out(`ALTER TABLE ${q(table)} ADD COLUMN ${d}`);
    }
    const idx = o.index;
    if (idx === undefined || isTrue(idx)) {
      const conc =
        idx?.k === 'dict' && idx.entries.some((e) => strOf(e.key) === 'algorithm' && strOf(e.value) === 'concurrently');
      const unique = idx?.k === 'dict' && idx.entries.some((e) => strOf(e.key) === 'unique' && isTrue(e.value));
      out(
        `CREATE ${unique ? 'UNIQUE ' : ''}INDEX${conc ? ' CONCURRENTLY' : ''} ${q(`index_${table}_on_${col}`)} ON ${q(table)} (${q(col)})`,
      );
    }
    const fk = o.foreign_key;
    if (fk && isTrue(fk)) {
      const opt = (k: string) => (fk.k === 'dict' ? fk.entries.find((e) => strOf(e.key) === k)?.value : undefined);
      const to = strOf(opt('to_table')) ?? plural(ref);
      const notValid = boolOf(opt('validate')) === false ? ' NOT VALID' : '';
      out(
        `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(`fk_rails_${table}_${col}`)} FOREIGN KEY (${q(col)}) REFERENCES ${q(to)} (${q('id')})${notValid}`,
      );
    }
  }

  private changeColumn(
    t: string,
    col: string,
    type: string,
    o: Record<string, Value>,
    out: (sql: string) => void,
  ): void {
    const q = this.q;
    out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} TYPE ${sqlType(type, o)}`);
    if (boolOf(o.null) === false) out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} SET NOT NULL`);
    if ('default' in o) out(`ALTER TABLE ${t} ALTER COLUMN ${q(col)} SET DEFAULT ${this.literal(o.default)}`);
  }

  private columnDef(name: string, type: string, o: Record<string, Value>): string {
    const d = o.default;
    const def = d === undefined || nameOf(d) === 'nil' ? '' : ` DEFAULT ${this.literal(d)}`;
    return `${this.q(name)} ${sqlType(type, o)}${def}${boolOf(o.null) === false ? ' NOT NULL' : ''}${boolOf(o.primary_key) ? ' PRIMARY KEY' : ''}`;
  }

  /** A default: `-> { "now()" }` is SQL; anything else is a value Rails quotes. */
  private literal(v: Value | undefined): string {
    if (v?.k === 'lambda') return strOf(v.body) ?? 'NULL';
    if (v?.k === 'num') return v.v;
    const b = boolOf(v);
    if (b !== undefined) return String(b);
    if (v?.k === 'dict' || v?.k === 'list') return lit(v.k === 'dict' ? '{}' : '[]');
    return lit(strOf(v) ?? '');
  }

  private columnsOf(v: Value | undefined): string[] {
    if (v?.k === 'list') return v.items.map(strOf).filter((x): x is string => !!x);
    const s = strOf(v);
    return s ? [s] : [];
  }
}

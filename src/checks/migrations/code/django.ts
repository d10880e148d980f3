// Django migrations: the operations list of `class Migration`, mapped to the SQL Django's PostgreSQL
// schema editor runs for it (column types, NOT NULL, foreign keys with their index, unique constraints),
// with the model state carried across an app's migrations so AlterField knows what it changes.
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
  walkValues,
  type Call,
  type Stmt,
  type Value,
} from './reader.js';

interface Field {
  column: string;
  /** SQL type, undefined for fields this reader does not know (custom fields). */
  type?: string;
  null: boolean;
  unique: boolean;
  index: boolean;
  pk: boolean;
  /** Target table of a foreign key with a database constraint. */
  fk?: string;
  m2m?: boolean;
}

interface Model {
  table: string;
  fields: Map<string, Field>;
  unique: string[][];
  index: string[][];
}

/** Model state of every app, carried across the run's Django migrations in apply order. */
export interface DjangoState {
  models: Map<string, Model>;
}
export const newDjangoState = (): DjangoState => ({ models: new Map() });

/** `shop/migrations/0002_x.py` -> `shop` (the app label Django uses by default). */
const appOf = (path: string): string => {
  const parts = path.split('/');
  const i = parts.lastIndexOf('migrations');
  return (i > 0 ? parts[i - 1] : 'app').toLowerCase();
};

const SIMPLE_TYPES: Record<string, string> = {
  AutoField: 'integer',
  BigAutoField: 'bigint',
  SmallAutoField: 'smallint',
  IntegerField: 'integer',
  BigIntegerField: 'bigint',
  SmallIntegerField: 'smallint',
  PositiveIntegerField: 'integer',
  PositiveBigIntegerField: 'bigint',
  PositiveSmallIntegerField: 'smallint',
  BooleanField: 'boolean',
  NullBooleanField: 'boolean',
  TextField: 'text',
  DateTimeField: 'timestamp with time zone',
  DateField: 'date',
  TimeField: 'time',
  DurationField: 'interval',
  FloatField: 'double precision',
  UUIDField: 'uuid',
  JSONField: 'jsonb',
  BinaryField: 'bytea',
  GenericIPAddressField: 'inet',
  CICharField: 'citext',
  CIEmailField: 'citext',
  CITextField: 'citext',
  HStoreField: 'hstore',
};
const CHAR_DEFAULT_LENGTH: Record<string, number | undefined> = {
  CharField: undefined,
  SlugField: 50,
  EmailField: 254,
  URLField: 200,
  FileField: 100,
  ImageField: 100,
  FilePathField: 100,
};

/** Fields whose `empty_strings_allowed` is true: blank=True gives existing rows ''. */
const EMPTY_STRINGS = new Set([
  'CharField',
  'TextField',
  'SlugField',
  'EmailField',
  'URLField',
  'FilePathField',
  'FileField',
  'ImageField',
  'BinaryField',
  'CICharField',
  'CIEmailField',
  'CITextField',
]);

function sqlType(cls: string, f: Call, pkType: (to: string) => string): string | undefined {
  if (SIMPLE_TYPES[cls]) return SIMPLE_TYPES[cls];
  if (cls in CHAR_DEFAULT_LENGTH) {
    const n = num(f.kw.max_length) ?? CHAR_DEFAULT_LENGTH[cls];
    return n ? `varchar(${n})` : 'varchar';
  }
  if (cls === 'DecimalField') return `numeric(${num(f.kw.max_digits) ?? 10}, ${num(f.kw.decimal_places) ?? 0})`;
  if (cls === 'ForeignKey' || cls === 'OneToOneField') return pkType(targetOf(f));
  if (cls === 'ArrayField') {
    const base = f.kw.base_field ?? f.args[0];
    return isCall(base) ? `${sqlType(last(base.fn), base, pkType) ?? 'text'}[]` : undefined;
  }
  return undefined;
}

/** `to="shop.customer"`, `to=settings.AUTH_USER_MODEL`, or the first argument. */
function targetOf(f: Call): string {
  const to = f.kw.to ?? f.args[0];
  return (strOf(to) ?? nameOf(to) ?? '').toLowerCase();
}

export class DjangoReader {
  constructor(
    private readonly state: DjangoState,
    private readonly q: Quote,
  ) {}

  private app = 'app';

  private key(model: string): string {
    const m = model.toLowerCase();
    return m.includes('.') ? m : `${this.app}.${m}`;
  }

  private model(name: string): Model {
    const k = this.key(name);
    let m = this.state.models.get(k);
    if (!m) {
      // A model created before the migrations in this tree: its default table name.
      m = { table: k.replace('.', '_'), fields: new Map(), unique: [], index: [] };
      this.state.models.set(k, m);
    }
    return m;
  }

  private tableOfTarget(to: string): string {
    if (!to || to === 'settings.auth_user_model' || to === 'auth.user') return 'auth_user';
    return this.model(to.includes('.') ? to : `${this.app}.${to}`).table;
  }

  private field(name: string, f: Value | undefined): Field | undefined {
    if (!isCall(f)) return undefined;
    const cls = last(f.fn);
    const fk = cls === 'ForeignKey' || cls === 'OneToOneField';
    const kwBool = (k: string, d: boolean) => boolOf(f.kw[k]) ?? d;
    const pkType = (to: string) => {
      const target = this.state.models.get(this.key(to.includes('.') ? to : `${this.app}.${to}`));
      const pk = target && [...target.fields.values()].find((x) => x.pk);
      return pk?.type === 'integer' ? 'integer' : 'bigint';
    };
    return {
      column: strOf(f.kw.db_column) ?? (fk ? `${name}_id` : name),
      type: sqlType(cls, f, pkType),
      null: kwBool('null', false),
      unique: kwBool('unique', cls === 'OneToOneField'),
      index: kwBool('db_index', fk || cls === 'SlugField'),
      pk: kwBool('primary_key', false),
      fk: fk && kwBool('db_constraint', true) ? this.tableOfTarget(targetOf(f)) : undefined,
      m2m: cls === 'ManyToManyField' || undefined,
    };
  }

  /** A default the column gets while existing rows are filled: Django computes Python defaults once. */
  private defaultSql(f: Call): string | undefined {
    const dbd = f.kw.db_default;
    if (dbd) {
      if (isCall(dbd, /(^|\.)Now$/)) return 'now()';
      if (isCall(dbd, /(^|\.)Random$/)) return 'random()';
      if (isCall(dbd, /(^|\.)RandomUUID$/)) return 'gen_random_uuid()';
      return this.literal(isCall(dbd, /(^|\.)Value$/) ? dbd.args[0] : dbd);
    }
    const d = f.kw.default;
    if (!d || isNull(d) || nameOf(d) === 'NOT_PROVIDED' || nameOf(d)?.endsWith('.NOT_PROVIDED')) {
      // Django's effective default: '' for a blank NOT NULL text-like field, now() once for auto_now(_add).
      const cls = last(f.fn);
      if (boolOf(f.kw.null) !== true && boolOf(f.kw.blank) === true && EMPTY_STRINGS.has(cls)) return lit('');
      if (boolOf(f.kw.auto_now) === true || boolOf(f.kw.auto_now_add) === true) return lit('2000-01-01');
      return undefined;
    }
    return this.literal(d);
  }

  private literal(v: Value | undefined): string {
    if (v?.k === 'num') return v.v;
    const b = boolOf(v);
    if (b !== undefined) return String(b);
    const s = strOf(v);
    return lit(s ?? 'default');
  }

  private cols(m: Model, fields: Value | undefined): string[] {
    const names = fields?.k === 'list' ? fields.items.map(strOf).filter((x): x is string => !!x) : [];
    return names.map((n) => m.fields.get(n.replace(/^-/, ''))?.column ?? n.replace(/^-/, ''));
  }

  translate(path: string, text: string): Translation {
    this.app = appOf(path);
    const stmts = resolveConstants(readPython(text));
    const cls = stmts.find((s): s is Extract<Stmt, { k: 'def' }> => s.k === 'def' && /^class /.test(s.name));
    const body = cls?.body ?? stmts;
    const atomic = body.find((s) => s.k === 'assign' && s.target === 'atomic');
    const opsStmt = body.find((s) => s.k === 'assign' && s.target === 'operations');
    const notes: string[] = [];
    const up: Emitted[] = [];
    const rollback: Translation['rollback'] = { down: 'yes', losesData: [] };
    const ops = opsStmt?.k === 'assign' && opsStmt.value.k === 'list' ? opsStmt.value.items : [];
    const functions = new Map(
      stmts.filter((s): s is Extract<Stmt, { k: 'def' }> => s.k === 'def').map((s) => [s.name, s]),
    );
    for (const op of ops) if (isCall(op)) this.operation(op, up, notes, rollback, functions, true);
    return {
      up,
      txMode: atomic?.k === 'assign' && boolOf(atomic.value) === false ? 'none' : 'transaction',
      rollback,
      notes,
    };
  }

  private operation(
    op: Call,
    up: Emitted[],
    notes: string[],
    rb: Translation['rollback'],
    fns: Map<string, Extract<Stmt, { k: 'def' }>>,
    db: boolean,
  ): void {
    const q = this.q;
    const line = op.line;
    const out = (sql: string) => db && up.push({ sql, line });
    const name = last(op.fn);
    const arg = (k: string, i: number) => op.kw[k] ?? op.args[i];
    const s = (k: string, i: number) => strOf(arg(k, i)) ?? '';
    switch (name) {
      case 'CreateModel': {
        const key = this.key(s('name', 0));
        const options = arg('options', 2);
        const dbTable =
          options?.k === 'dict' ? strOf(options.entries.find((e) => strOf(e.key) === 'db_table')?.value) : undefined;
        const m: Model = { table: dbTable ?? key.replace('.', '_'), fields: new Map(), unique: [], index: [] };
        this.state.models.set(key, m);
        const fields = arg('fields', 1);
        const defs: string[] = [];
        for (const item of fields?.k === 'list' ? fields.items : []) {
          if (item.k !== 'list') continue;
          const fname = strOf(item.items[0]) ?? '';
          const f = this.field(fname, item.items[1]);
          if (!f) continue;
          m.fields.set(fname, f);
          if (f.m2m || !f.type) continue;
          defs.push(`${q(f.column)} ${f.type}${f.pk ? ' PRIMARY KEY' : f.null ? '' : ' NOT NULL'}`);
        }
        out(`CREATE TABLE ${q(m.table)} (${defs.join(', ') || `${q('id')} bigint`})`);
        return;
      }
      case 'DeleteModel': {
        const m = this.model(s('name', 0));
        out(`DROP TABLE ${q(m.table)}`);
        if (db) rb.losesData.push(`table ${m.table}`);
        this.state.models.delete(this.key(s('name', 0)));
        return;
      }
      case 'RenameModel': {
        const oldKey = this.key(s('old_name', 0));
        const m = this.model(s('old_name', 0));
        const newKey = this.key(s('new_name', 1));
        const defaultTable = oldKey.replace('.', '_');
        this.state.models.delete(oldKey);
        this.state.models.set(newKey, m);
        if (m.table === defaultTable) {
          const t = newKey.replace('.', '_');
          out(`ALTER TABLE ${q(m.table)} RENAME TO ${q(t)}`);
          m.table = t;
        }
        return;
      }
      case 'AlterModelTable': {
        const m = this.model(s('name', 0));
        const t = strOf(arg('table', 1)) ?? this.key(s('name', 0)).replace('.', '_');
        if (t !== m.table) out(`ALTER TABLE ${q(m.table)} RENAME TO ${q(t)}`);
        m.table = t;
        return;
      }
      case 'AddField': {
        const m = this.model(s('model_name', 0));
        const fname = s('name', 1);
        const fv = arg('field', 2);
        const f = this.field(fname, fv);
        if (!f || !isCall(fv)) return;
        m.fields.set(fname, f);
        if (f.m2m) {
          out(`CREATE TABLE ${q(`${m.table}_${fname}`)} (${q('id')} bigint PRIMARY KEY)`);
          return;
        }
        const def = this.defaultSql(fv);
        const type = f.type ?? 'text';
        out(
          `ALTER TABLE ${q(m.table)} ADD COLUMN ${q(f.column)} ${type}${def ? ` DEFAULT ${def}` : ''}${f.null ? ' NULL' : ' NOT NULL'}`,
        );
        this.columnExtras(m, f, out);
        return;
      }
      case 'RemoveField': {
        const m = this.model(s('model_name', 0));
        const fname = s('name', 1);
        const f = m.fields.get(fname);
        if (f?.m2m) out(`DROP TABLE ${q(`${m.table}_${fname}`)}`);
        else out(`ALTER TABLE ${q(m.table)} DROP COLUMN ${q(f?.column ?? fname)}`);
        if (db) rb.losesData.push(`column ${m.table}.${f?.column ?? fname}`);
        m.fields.delete(fname);
        return;
      }
      case 'RenameField': {
        const m = this.model(s('model_name', 0));
        const from = s('old_name', 1);
        const to = s('new_name', 2);
        const f = m.fields.get(from);
        m.fields.delete(from);
        if (f) {
          const column = f.column === from ? to : f.column === `${from}_id` ? `${to}_id` : f.column;
          if (column !== f.column) out(`ALTER TABLE ${q(m.table)} RENAME COLUMN ${q(f.column)} TO ${q(column)}`);
          m.fields.set(to, { ...f, column });
        } else out(`ALTER TABLE ${q(m.table)} RENAME COLUMN ${q(from)} TO ${q(to)}`);
        return;
      }
      case 'AlterField': {
        const m = this.model(s('model_name', 0));
        const fname = s('name', 1);
        const fv = arg('field', 2);
        const before = m.fields.get(fname);
        const after = this.field(fname, fv);
        if (!after) return;
        m.fields.set(fname, after);
        // Without the earlier state nothing says what changes (most AlterFields change only Python-side options).
        if (!before || before.m2m || after.m2m) return;
        const t = q(m.table);
        if (before.column !== after.column)
          out(`ALTER TABLE ${t} RENAME COLUMN ${q(before.column)} TO ${q(after.column)}`);
        const c = q(after.column);
        if (before.type && after.type && before.type !== after.type)
          out(`ALTER TABLE ${t} ALTER COLUMN ${c} TYPE ${after.type} USING ${c}::${after.type}`);
        if (before.null && !after.null && !after.pk) out(`ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL`);
        if (!before.null && after.null) out(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL`);
        if (!before.unique && after.unique && !after.pk)
          out(`ALTER TABLE ${t} ADD CONSTRAINT ${q(`${m.table}_${after.column}_key`)} UNIQUE (${c})`);
        else if (!before.index && after.index && !after.unique && !after.pk)
          out(`CREATE INDEX ${q(`${m.table}_${after.column}_idx`)} ON ${t} (${c})`);
        if (!before.fk && after.fk)
          out(
            `ALTER TABLE ${t} ADD CONSTRAINT ${q(`${m.table}_${after.column}_fk`)} FOREIGN KEY (${c}) REFERENCES ${q(after.fk)} (${q('id')}) DEFERRABLE INITIALLY DEFERRED`,
          );
        return;
      }
      case 'AddIndex':
      case 'AddIndexConcurrently': {
        const m = this.model(s('model_name', 0));
        const idx = arg('index', 1);
        if (!isCall(idx)) return;
        const cols = this.cols(m, idx.kw.fields);
        const unique = last(idx.fn) === 'UniqueConstraint';
        const conc = name === 'AddIndexConcurrently' ? ' CONCURRENTLY' : '';
        out(
          `CREATE ${unique ? 'UNIQUE ' : ''}INDEX${conc} ${q(strOf(idx.kw.name) ?? `${m.table}_idx`)} ON ${q(m.table)} (${cols.map(q).join(', ') || q('id')})`,
        );
        return;
      }
      case 'RemoveIndex':
      case 'RemoveIndexConcurrently':
        out(`DROP INDEX${name === 'RemoveIndexConcurrently' ? ' CONCURRENTLY' : ''} ${q(s('name', 1))}`);
        return;
      case 'RenameIndex':
        if (strOf(op.kw.old_name)) out(`ALTER INDEX ${q(s('old_name', 99))} RENAME TO ${q(s('new_name', 1))}`);
        return;
      case 'AddConstraint':
      case 'AddConstraintNotValid': {
        const m = this.model(s('model_name', 0));
        const k = arg('constraint', 1);
        if (!isCall(k)) return;
        const kname = q(strOf(k.kw.name) ?? `${m.table}_check`);
        const kind = last(k.fn);
        const notValid = name === 'AddConstraintNotValid' ? ' NOT VALID' : '';
        if (kind === 'UniqueConstraint') {
          const cols = this.cols(m, k.kw.fields).map(q).join(', ') || q('id');
          // Django builds a conditional or expression unique constraint as a unique index.
          if (k.kw.condition || !k.kw.fields) out(`CREATE UNIQUE INDEX ${kname} ON ${q(m.table)} (${cols})`);
          else out(`ALTER TABLE ${q(m.table)} ADD CONSTRAINT ${kname} UNIQUE (${cols})`);
        } else if (kind === 'CheckConstraint')
          out(`ALTER TABLE ${q(m.table)} ADD CONSTRAINT ${kname} CHECK (${q('id')} IS DISTINCT FROM NULL)${notValid}`);
        return;
      }
      case 'ValidateConstraint':
        out(`ALTER TABLE ${q(this.model(s('model_name', 0)).table)} VALIDATE CONSTRAINT ${q(s('name', 1))}`);
        return;
      case 'RemoveConstraint':
        out(`ALTER TABLE ${q(this.model(s('model_name', 0)).table)} DROP CONSTRAINT ${q(s('name', 1))}`);
        return;
      case 'AlterUniqueTogether':
      case 'AlterIndexTogether': {
        const m = this.model(s('name', 0));
        const v = arg(name === 'AlterUniqueTogether' ? 'unique_together' : 'index_together', 1);
        const sets = (v?.k === 'list' ? v.items : []).map((x) =>
          x.k === 'list' ? x.items.map(strOf).filter((y): y is string => !!y) : [strOf(x) ?? ''],
        );
        // A single tuple may be written flat: ("a", "b").
        const tuples = sets.every((t) => t.length === 1) && sets.length > 1 ? [sets.map((t) => t[0])] : sets;
        const prev = name === 'AlterUniqueTogether' ? m.unique : m.index;
        for (const t of tuples) {
          if (prev.some((p) => p.join() === t.join())) continue;
          const cols = t.map((n) => q(m.fields.get(n)?.column ?? n)).join(', ');
          const iname = q(`${m.table}_${t.join('_')}_${name === 'AlterUniqueTogether' ? 'uniq' : 'idx'}`);
          out(
            name === 'AlterUniqueTogether'
              ? `ALTER TABLE ${q(m.table)} ADD CONSTRAINT ${iname} UNIQUE (${cols})`
              : `CREATE INDEX ${iname} ON ${q(m.table)} (${cols})`,
          );
        }
        if (name === 'AlterUniqueTogether') m.unique = tuples;
        else m.index = tuples;
        return;
      }
      case 'RunSQL': {
        const sql = arg('sql', 0);
        // A list item may be `(sql, params)`: its %s / %(name)s placeholders are bind parameters.
        const parts =
          sql?.k === 'list'
            ? sql.items.map((x) => (x.k === 'list' ? { v: x.items[0], params: true } : { v: x, params: false }))
            : [{ v: sql, params: false }];
        for (const { v: p, params } of parts) {
          const raw = strOf(p);
          let n = 0;
          const text = params ? raw?.replace(/%%|%(?:\([^)]*\))?s/g, (m) => (m === '%%' ? '%' : `$${++n}`)) : raw;
          if (text !== undefined) {
            if (db) up.push({ sql: text, line: p?.line ?? line, raw: true });
          } else if (db) notes.push(`line ${line}: RunSQL with SQL built at run time was not checked`);
        }
        const rev = arg('reverse_sql', 1);
        if (!rev && db) this.irreversible(rb, `RunSQL on line ${line} has no reverse_sql`);
        return;
      }
      case 'RunPython': {
        const rev = arg('reverse_code', 1);
        if (!rev && db) this.irreversible(rb, `RunPython on line ${line} has no reverse_code`);
        // A data migration next to a schema change holds the schema change's lock while it runs (atomic).
        const fn = fns.get(nameOf(arg('code', 0)) ?? '');
        const tables = new Set<string>();
        for (const c of fn ? walkValues(fn.body) : [])
          if (isCall(c, /(^|\.)get_model$/)) {
            const [a, b] = c.args.map(strOf);
            if (a && b) tables.add(this.model(`${a}.${b}`).table);
            else if (a?.includes('.')) tables.add(this.model(a).table);
          }
        for (const t of tables) out(`UPDATE ${q(t)} SET ${q('id')} = ${q('id')}`);
        return;
      }
      case 'SeparateDatabaseAndState': {
        const dbOps = arg('database_operations', 0);
        const stateOps = arg('state_operations', 1);
        // Database operations run; state operations only change what later migrations see.
        const saved = new Map([...this.state.models].map(([k, m]) => [k, { ...m, fields: new Map(m.fields) }]));
        for (const o of dbOps?.k === 'list' ? dbOps.items : [])
          if (isCall(o)) this.operation(o, up, notes, rb, fns, db);
        if (stateOps?.k === 'list' && stateOps.items.length) {
          this.state.models = saved;
          for (const o of stateOps.items) if (isCall(o)) this.operation(o, up, notes, rb, fns, false);
        }
        return;
      }
      case 'CreateExtension':
      case 'HStoreExtension':
      case 'TrigramExtension':
      case 'UnaccentExtension':
      case 'CITextExtension':
      case 'BtreeGinExtension':
      case 'CryptoExtension':
        out(`CREATE EXTENSION IF NOT EXISTS ${q(strOf(op.args[0]) ?? name.replace(/Extension$/, '').toLowerCase())}`);
        return;
      default:
        return;
    }
  }

  private columnExtras(m: Model, f: Field, out: (sql: string) => void): void {
    const q = this.q;
    const t = q(m.table);
    const c = q(f.column);
    if (f.fk)
      out(
        `ALTER TABLE ${t} ADD CONSTRAINT ${q(`${m.table}_${f.column}_fk`)} FOREIGN KEY (${c}) REFERENCES ${q(f.fk)} (${q('id')}) DEFERRABLE INITIALLY DEFERRED`,
      );
    if (f.unique && !f.pk) out(`ALTER TABLE ${t} ADD CONSTRAINT ${q(`${m.table}_${f.column}_key`)} UNIQUE (${c})`);
    else if (f.index && !f.pk) out(`CREATE INDEX ${q(`${m.table}_${f.column}_idx`)} ON ${t} (${c})`);
  }

  private irreversible(rb: Translation['rollback'], why: string): void {
    rb.down = 'no';
    rb.why ??= why;
  }
}

// Migrations written as code (issue 13): Django operations, Alembic op.* calls and Rails schema
// statements are read into the SQL they run and judged by the SQL rules, on the code's lines, with the
// tool's own fix. The corpus (__tests__/fixtures/migrations-orm/) was written before the readers.
import { afterEach, describe, expect, test } from '@jest/globals';
import { LAYOUT, loadCases, TOOLS } from '../../../bench/migrations/orm-report.js';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/migrations/index.js';
import { readPython, readRuby, walkCalls } from '../../../src/checks/migrations/code/reader.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

/** A repository with `base` committed, then `pr` committed on top; the check runs on the diff. */
async function runPr(base: Record<string, string>, pr: Record<string, string>) {
  const r = Repo.init();
  repos.push(r);
  for (const [p, t] of Object.entries(base)) r.write(p, t);
  const baseSha = r.commit('base');
  for (const [p, t] of Object.entries(pr)) r.write(p, t);
  r.commit('pr');
  return check.run(
    createContext({
      cwd: r.dir,
      config: buildConfig({}),
      event: { name: 'pull_request', base: baseSha, head: r.head() },
    }),
  );
}

/** Smallest batch per tool the held-out corpus promises (issue: 60 Django, 40 Alembic and Rails, 30 SQLite, 20 ClickHouse). */
const MIN_CASES = { django: 60, alembic: 40, rails: 40, sqlite: 30, clickhouse: 20 } as const;

describe('ORM migrations corpus', () => {
  for (const tool of TOOLS)
    test(`${tool}: recall and precision at blocker/high`, async () => {
      const { base, cases } = loadCases(tool);
      const layout = LAYOUT[tool];
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const wrong: string[] = [];
      for (const c of cases) {
        const file = layout.at(c.name);
        const out = await runPr({ ...layout.extra, [layout.base(base.name)]: base.text }, { [file]: c.text });
        expect(`${c.name} ${out.status ?? 'ok'}`).not.toMatch(/ error$/);
        const found = [
          ...new Set(
            out.findings
              .filter((f) => f.file === file && (f.severity === 'blocker' || f.severity === 'high'))
              .map((f) => f.rule),
          ),
        ];
        const hit = c.expect.filter((e) => found.includes(e)).length;
        const extra = found.filter((f) => !c.expect.includes(f));
        tp += hit;
        fn += c.expect.length - hit;
        fp += extra.length;
        if (hit < c.expect.length || extra.length) wrong.push(`${c.name}: [${c.expect}] got [${found}]`);
      }
      console.log(`${tool}: ${cases.length} cases, recall ${tp}/${tp + fn}, ${fp} false alarms`);
      expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES[tool]);
      expect(wrong).toEqual([]);
    }, 120_000);
});

describe('ORM migrations in a pull request', () => {
  test('Django: lines, the tool-specific fix, state across migrations, rollback notes', async () => {
    const initial = [
      'from django.db import migrations, models',
      'class Migration(migrations.Migration):',
      '    initial = True',
      '    operations = [',
      '        migrations.CreateModel(name="Invoice", fields=[',
      '            ("id", models.BigAutoField(primary_key=True)),',
      '            ("note", models.TextField(null=True)),',
      '            ("title", models.CharField(max_length=50, null=True)),',
      '        ]),',
      '    ]',
    ].join('\n');
    const pr = [
      'from django.db import migrations, models',
      '',
      'def fill(apps, schema_editor):',
      '    apps.get_model("billing", "Invoice").objects.update(title="x")',
      '',
      'class Migration(migrations.Migration):',
      '    dependencies = [("billing", "0001_initial")]',
      '    operations = [',
      '        migrations.AddIndex(',
      '            model_name="invoice",',
      '            index=models.Index(fields=["title"], name="billing_title_idx"),',
      '        ),',
      '        migrations.AlterField(model_name="invoice", name="title", field=models.CharField(max_length=200, null=True)),',
      '        migrations.AlterField(model_name="invoice", name="note", field=models.TextField(default="")),',
      '        migrations.RunPython(fill),',
      '    ]',
    ].join('\n');
    const out = await runPr(
      { 'billing/migrations/0001_initial.py': initial },
      { 'billing/migrations/0002_title.py': pr },
    );
    const rules = out.findings.map((f) => `${f.rule}:${f.line}`).sort();
    // The widened varchar (binary-coercible) raises nothing; NOT NULL on the TextField does.
    expect(rules).toEqual(
      [
        'backfill-with-schema-change:15',
        'create-index-non-concurrently:9',
        'missing-lock-timeout:9',
        'set-not-null:14',
      ].sort(),
    );
    const idx = out.findings.find((f) => f.rule === 'create-index-non-concurrently')!;
    expect(idx.message).toContain('billing_invoice');
    expect(idx.fix).toMatch(/AddIndexConcurrently/);
    expect(idx.docs).toMatch(/create-index-non-concurrently\.md$/);
    expect(out.markdown).toMatch(/\| ❌ no \(RunPython on line 15 has no reverse\\_code\) \|/);
    expect(out.metrics?.frameworks).toEqual(['django']);
  });

  test('Alembic: autocommit blocks, constants, env.py lock_timeout, a downgrade that drops data', async () => {
    const text = [
      'from alembic import op',
      'import sqlalchemy as sa',
      'INDEX = "ix_orders_status"',
      'revision = "r2"',
      'down_revision = "r1"',
      '',
      'def upgrade() -> None:',
      '    with op.get_context().autocommit_block():',
      '        op.create_index(INDEX, "orders", ["status"], postgresql_concurrently=True)',
      '    op.drop_column("orders", "legacy")',
      '    op.create_index("ix_orders_total", "orders", ["total"], postgresql_concurrently=True)',
      '',
      'def downgrade() -> None:',
      '    pass',
    ].join('\n');
    const out = await runPr(
      {
        'alembic.ini': '[alembic]\nsqlalchemy.url = postgresql://app@db/app\n',
        'migrations/env.py': 'connection.execute(text("SET lock_timeout = \'5s\'"))\n',
      },
      { 'migrations/versions/r2_orders.py': text },
    );
    const rules = out.findings.map((f) => `${f.rule}:${f.line}`).sort();
    // Inside autocommit_block the concurrent build is fine; after it, Alembic's transaction is back.
    expect(rules).toEqual(['concurrently-in-transaction:11', 'drop-column:10']);
    expect(out.findings.find((f) => f.rule === 'concurrently-in-transaction')!.fix).toMatch(/autocommit_block/);
    expect(out.summary).toMatch(/^1 migration file, 3 statements/);
    expect(out.markdown).toMatch(/❌ no \(downgrade\(\) does nothing\); loses data: column orders\.legacy/);
  });

  test('Rails: heredocs, disable_ddl_transaction!, change_table, and MySQL from database.yml', async () => {
    const pg = [
      'class Tidy < ActiveRecord::Migration[7.1]',
      '  disable_ddl_transaction!',
      '',
      '  def up',
      '    add_index :users, :email, algorithm: :concurrently',
      '    execute <<~SQL',
      "      UPDATE users#{' '}",
      '      SET name = lower(name);',
      '    SQL',
      '    change_table :users do |t|',
      '      t.remove :legacy',
      '    end',
      '  end',
      '',
      '  def down',
      '    raise ActiveRecord::IrreversibleMigration',
      '  end',
      'end',
    ].join('\n');
    const out = await runPr(
      { 'config/database.yml': 'production:\n  adapter: postgresql\n' },
      { 'db/migrate/20240301000000_tidy.rb': pg },
    );
    expect(out.findings.map((f) => `${f.rule}:${f.line}`).sort()).toEqual([
      'drop-column:11',
      'missing-lock-timeout:11',
    ]);
    expect(out.findings.find((f) => f.rule === 'drop-column')!.fix).toMatch(/ignored_columns/);
    expect(out.markdown).toMatch(
      /❌ no \(down raises ActiveRecord::IrreversibleMigration\); loses data: column users\.legacy/,
    );

    const mysql = 'class Idx < ActiveRecord::Migration[7.1]\n  def change\n    add_index :users, :email\n  end\nend\n';
    const my = await runPr(
      { 'config/database.yml': 'production:\n  adapter: mysql2\n' },
      { 'db/migrate/20240301000000_idx.rb': mysql },
    );
    expect(my.metrics?.dialects).toEqual(['mysql']);
    expect(my.findings.map((f) => f.rule)).not.toContain('create-index-non-concurrently');
  });

  test('a code migration whose operations cannot be read is named as not checked, not passed in silence', async () => {
    const text =
      'from django.db import migrations\nclass Migration(migrations.Migration):\n    operations = build_operations()\n';
    const out = await runPr({}, { 'shop/migrations/0002_dynamic.py': text });
    expect(out.findings).toEqual([]);
    expect(out.notes).toContain(
      'shop/migrations/0002_dynamic.py: no schema operation this reader knows was found; not checked',
    );
  });

  test('SQL tools: down files and down sections in the rollback column', async () => {
    const out = await runPr(
      {},
      {
        'db/migrations/000001_a.up.sql': 'ALTER TABLE t DROP COLUMN c;\n',
        'db/migrations/000001_a.down.sql': 'ALTER TABLE t ADD COLUMN c text;\n',
        'db/migrations/000002_b.up.sql': 'CREATE TABLE u (id int);\n',
      },
    );
    expect(out.markdown).toMatch(/000001_a\.up\.sql.*\| ✅ yes; loses data: drop column c \|/);
    expect(out.markdown).toMatch(/000002_b\.up\.sql.*\| ❌ no \(no \.down\.sql\) \|/);
  });
});

describe('call reader', () => {
  test('Python: implicit concatenation, nested calls, keyword arguments, one-line defs', () => {
    const stmts = readPython(
      [
        'def downgrade(): pass',
        'def upgrade():',
        '    op.execute("UPDATE t "',
        '               "SET a = 1")  # comment',
        '    op.add_column("t", sa.Column("c", sa.String(20), nullable=False, server_default=sa.text("now()")))',
        '    op.execute(f"DROP TABLE {name}")',
      ].join('\n'),
    );
    const calls = [...walkCalls(stmts)];
    expect(calls.map((c) => `${c.fn}@${c.line}`)).toEqual(['op.execute@3', 'op.add_column@5', 'op.execute@6']);
    expect(calls[0].args[0]).toMatchObject({ k: 'str', v: 'UPDATE t SET a = 1' });
    const col = calls[1].args[1];
    expect(col).toMatchObject({ k: 'call', fn: 'sa.Column', kw: { nullable: { k: 'name', v: 'False' } } });
    expect(calls[2].args[0]).toMatchObject({ k: 'str', interpolated: true });
  });

  test('Ruby: symbols, labels, old hash syntax, %i lists, heredocs, blocks and modifiers', () => {
    const stmts = readRuby(
      [
        'class X < ActiveRecord::Migration[7.1]',
        '  def change',
        '    add_index(:orders, %i[user_id created_at], :name => "idx", unique: true) unless index_exists?(:orders, :x)',
        '    execute <<~SQL',
        '      SELECT #{1 + 1}',
        '    SQL',
        '    create_table :t do |t|',
        '      t.string :a, null: false',
        '    end',
        '  end',
        'end',
      ].join('\n'),
    );
    const calls = [...walkCalls(stmts)];
    expect(calls.map((c) => `${c.fn}@${c.line}`)).toEqual(['add_index@3', 'execute@4', 'create_table@7', 't.string@8']);
    expect(calls[0].args[1]).toMatchObject({ k: 'list', items: [{ v: 'user_id' }, { v: 'created_at' }] });
    expect(calls[0].kw).toMatchObject({ name: { v: 'idx' }, unique: { v: 'true' } });
    expect(calls[1].args[0]).toMatchObject({ k: 'str', interpolated: true });
    expect(calls[2].params).toEqual(['t']);
  });
});

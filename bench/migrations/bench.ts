// Statements per second on one 5,000-statement migration: launch-gate's analysis vs squawk 2.66.
//   npx tsx bench/migrations/bench.ts [statements]
// Ours is timed in-process (parse with libpg-query's WebAssembly build + every rule), after a warm-up;
// squawk is timed as a process on the same file (its start-up is a few milliseconds of that).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePg, newSchemaState } from '../../src/checks/migrations/analyze.js';
import { loadParser } from '../../src/checks/migrations/pg/parser.js';

const N = Number(process.argv[2] ?? 5000);
const RUNS = 7;

/** A mix of the statements real migrations hold, numbered so no two are identical. */
function statement(i: number): string {
  const t = `t${i % 97}`;
  switch (i % 10) {
    case 0:
      return `CREATE TABLE n${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, meta jsonb, created_at timestamptz NOT NULL DEFAULT now());`;
    case 1:
      return `ALTER TABLE ${t} ADD COLUMN c${i} text;`;
    case 2:
      return `CREATE INDEX CONCURRENTLY IF NOT EXISTS i${i} ON ${t} (c${i - 1});`;
    case 3:
      return `ALTER TABLE ${t} ADD CONSTRAINT k${i} FOREIGN KEY (u${i}) REFERENCES users (id) NOT VALID;`;
    case 4:
      return `UPDATE ${t} SET c${i - 3} = 'x' WHERE id = ${i};`;
    case 5:
      return `ALTER TABLE ${t} ALTER COLUMN v${i} TYPE varchar(${200 + i});`;
    case 6:
      return `COMMENT ON COLUMN ${t}.c${i - 5} IS 'column ${i}';`;
    case 7:
      return `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'e${i}') THEN CREATE TYPE e${i} AS ENUM ('a', 'b'); END IF; END $$;`;
    case 8:
      return `ALTER TABLE ${t} ADD COLUMN d${i} integer NOT NULL DEFAULT 0;`;
    default:
      return `INSERT INTO settings (key, value) VALUES ('k${i}', '{"on": true}') ON CONFLICT (key) DO NOTHING;`;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const sql = Array.from({ length: N }, (_, i) => statement(i)).join('\n') + '\n';
  const dir = mkdtempSync(join(tmpdir(), 'lg-mig-bench-'));
  const path = join(dir, 'migration.sql');
  writeFileSync(path, sql);
  try {
    await loadParser();
    const file = { path: 'migration.sql', framework: 'plain' as const, judged: true };
    const ours: number[] = [];
    let findings = 0;
    for (let r = 0; r < RUNS + 1; r++) {
      const t0 = performance.now();
      const res = analyzePg(file, sql, 'unknown', newSchemaState(), {
        postgresVersion: 15,
        judge: true,
        trackNewTables: false,
      });
      const ms = performance.now() - t0;
      if (res.statements !== N) throw new Error(`parsed ${res.statements} statements, expected ${N}`);
      findings = res.findings.length;
      if (r > 0) ours.push(ms); // the first run warms up the JIT
    }
    const bin = join(import.meta.dirname ?? '.', '../../node_modules/.bin/squawk');
    const squawk: number[] = [];
    let squawkFindings = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const p = spawnSync(bin, ['--reporter', 'json', '--pg-version', '15', path], {
        encoding: 'utf8',
        maxBuffer: 256 << 20,
      });
      squawk.push(performance.now() - t0);
      squawkFindings = JSON.parse(p.stdout || '[]').length;
    }
    const o = median(ours);
    const s = median(squawk);
    console.log(
      `${N} statements (${(sql.length / 1024).toFixed(0)} KiB), median of ${RUNS} runs, Node ${process.version}`,
    );
    console.log(
      `launch-gate: ${o.toFixed(0)} ms  -> ${Math.round((N / o) * 1000).toLocaleString('en')} statements/s  (${findings} findings)`,
    );
    console.log(
      `squawk 2.66: ${s.toFixed(0)} ms  -> ${Math.round((N / s) * 1000).toLocaleString('en')} statements/s  (${squawkFindings} findings, process included)`,
    );
    console.log(`ratio: launch-gate is ${(s / o).toFixed(2)}x squawk's speed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

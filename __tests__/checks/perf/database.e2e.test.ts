// perf.database-url against a real PostgreSQL started by the test (initdb + pg_ctl, unix socket):
// a head that adds an N+1 and a sequential scan of a 20,000-row table is caught, base vs head.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/perf/index.js';
import { findBinDir, run, startServer, type Database } from '../../../src/checks/migrations/trace/server.js';
import { Repo } from '../../helpers/repo.js';

const binDir = findBinDir(process.env);
let db: Database;
let url: string;
const repos: Repo[] = [];

beforeAll(async () => {
  db = await startServer(binDir!, undefined, ['shared_preload_libraries=pg_stat_statements']);
  const host = db.args[db.args.indexOf('-h') + 1];
  url = `postgresql://postgres@/postgres?host=${encodeURIComponent(host)}&port=5432`;
  const sql = `create table items (id serial primary key, name text);
    insert into items (name) select 'item ' || g from generate_series(1, 100) g;
    create table big (id serial primary key, note text);
    insert into big (note) select md5(g::text) from generate_series(1, 20000) g;
    vacuum analyze;`;
  const r = await run(db.psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...db.args], { input: sql });
  if (r.code !== 0) throw new Error(r.stderr);
}, 120_000);
afterAll(async () => {
  repos.forEach((r) => r.cleanup());
  await db?.stop();
});

/** A service that asks PostgreSQL through psql: /items lists 5 items (one query per item on head), /search counts. */
const service = (o: { nPlusOne: boolean; searchSql: string }) => `
const http = require('node:http');
const { execFile } = require('node:child_process');
const q = (sql) => new Promise((ok, fail) =>
  execFile('psql', ['-X', '-q', '-At', '-d', process.env.DATABASE_URL, '-c', sql], (e, out) => (e ? fail(e) : ok(out.trim()))));
http.createServer(async (req, res) => {
  const reply = (body) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); };
  if (req.url === '/health') return reply('{}');
  if (req.url === '/items') {
    const ids = (await q('select id from items order by id limit 5')).split('\\n');
    const names = ${o.nPlusOne}
      ? await Promise.all(ids.map((id) => q('select name from items where id = ' + id)))
      : (await q('select name from items where id in (' + ids.join(',') + ')')).split('\\n');
    return reply(JSON.stringify(names));
  }
  if (req.url === '/search') return reply(JSON.stringify(await q(${JSON.stringify(o.searchSql)})));
  res.writeHead(404); res.end();
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

/** Base lists items with one query and searches by primary key; head loads names one by one and searches by note. */
async function nPlusOneRun() {
  const r = Repo.init();
  repos.push(r);
  r.write('server.js', service({ nPlusOne: false, searchSql: 'select count(*) from big where id = 5' }));
  const base = r.commit('base');
  r.write('server.js', service({ nPlusOne: true, searchSql: "select count(*) from big where note = 'x'" }));
  r.commit('load names one by one; search by note');
  const perf = {
    start: 'node server.js',
    ready: '/health',
    duration: '2s',
    warmup: '200ms',
    'database-url': '${DATABASE_URL}',
    regression: '1000%',
    routes: [
      { path: '/items', p95: '10s' },
      { path: '/search', p95: '10s' },
    ],
  };
  const ctx = createContext({
    cwd: r.dir,
    config: buildConfig({ perf }),
    env: { ...process.env, DATABASE_URL: url },
    event: { name: 'pull_request', base },
  });
  return check.run(ctx);
}

describe('perf database visibility', () => {
  it('reports an N+1 (queries per request, base vs head) and a sequential scan of a large table', async () => {
    const out = await nPlusOneRun();
    // Without pg_stat_statements queries are counted as transactions; the fixture's psql opens a
    // connection per query, and each connection adds one of its own: 2 per query here.
    const msgs = out.findings.map((f) => `${f.rule} ${f.severity} ${f.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^perf-query-growth high GET \/items: 12 queries per request on head, 4 on base/),
        expect.stringMatching(
          /^perf-seq-scan high GET \/search: sequential scan of public\.big \(20,000 rows\), 1 per request \(new: base does not scan it\)/,
        ),
      ]),
    );
    expect(out.findings.filter((f) => f.rule === 'perf-seq-scan')).toHaveLength(1);
    expect(out.findings.filter((f) => f.rule === 'perf-query-growth')).toHaveLength(1);
    expect(out.markdown).toMatch(/\| <code>GET \/items<\/code> \| 4 \| 12 \|/);
    expect(out.notes?.join('\n')).toMatch(/pg_stat_statements is not loaded/);
    expect(JSON.stringify(out)).not.toContain(url);
  }, 180_000);

  it('with pg_stat_statements, counts statements and names the queries', async () => {
    const r = await run(db.psql, ['-X', '-q', ...db.args, '-c', 'create extension pg_stat_statements']);
    expect(r.code).toBe(0);
    const out = await nPlusOneRun();
    const growth = out.findings.find((f) => f.rule === 'perf-query-growth');
    expect(growth?.message).toMatch(
      /^GET \/items: 6 queries per request on head, 2 on base; most run: 5× `select name from items where id = \$1`/,
    );
    const scan = out.findings.find((f) => f.rule === 'perf-seq-scan');
    expect(scan?.message).toMatch(/; query: `select count\(\*\) from big where note = \$1`/);
    // PostgreSQL 15 has no EXPLAIN (GENERIC_PLAN): the query is prepared and explained with a generic plan.
    expect(scan?.message).toMatch(/; plan: `Seq Scan on big, Filter: \(note = \$1\)`/);
    expect(out.notes?.join('\n')).not.toMatch(/pg_stat_statements is not loaded/);
  }, 180_000);

  it('raises nothing for an identical head', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('server.js', service({ nPlusOne: false, searchSql: 'select count(*) from big where id = 5' }));
    const base = r.commit('base');
    r.write('README.md', 'docs only\n');
    r.commit('docs');
    const perf = {
      start: 'node server.js',
      ready: '/health',
      duration: '3s',
      round: '500ms',
      warmup: '200ms',
      'database-url': '${DATABASE_URL}',
      regression: '1000%',
      connections: 2,
      routes: [
        { path: '/items', p95: '10s' },
        { path: '/search', p95: '10s' },
      ],
    };
    const out = await check.run(
      createContext({
        cwd: r.dir,
        config: buildConfig({ perf }),
        env: { ...process.env, DATABASE_URL: url },
        event: { name: 'pull_request', base },
      }),
    );
    expect(out.findings.filter((f) => f.rule.startsWith('perf-query') || f.rule === 'perf-seq-scan')).toEqual([]);
    const db = (out.metrics as { routes: { database: { queriesPerRequest: { base: number; head: number } } }[] })
      .routes;
    for (const x of db) expect(x.database.queriesPerRequest.head).toBe(x.database.queriesPerRequest.base);
  }, 180_000);

  it('fails closed when the database cannot be read', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('server.js', service({ nPlusOne: false, searchSql: 'select 1' }));
    r.commit('base');
    const perf = {
      start: 'node server.js',
      ready: '/health',
      duration: '1s',
      'database-url': 'postgresql://postgres@/nope?host=/nonexistent&port=5432',
      routes: [{ path: '/items' }],
    };
    const out = await check.run(createContext({ cwd: r.dir, config: buildConfig({ perf }), event: { name: 'push' } }));
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/^perf.database-url: cannot connect/);
  }, 60_000);
});

// Wall time of the whole perf check with the default config (30 s per side), base vs head in a
// real git repo with a worktree: npx tsx bench/perf/wall.ts [slow factor of head, default 1]
import { buildConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { check } from '../../src/checks/perf/index.js';
import { Repo } from '../../__tests__/helpers/repo.js';

const slow = Number(process.argv[2] ?? '1');
const service = (f: number) => `
const http = require('node:http');
const f = ${f};
http.createServer((req, res) => {
  setTimeout(() => {
    const end = process.hrtime.bigint() + BigInt(Math.round(2e6 * f));
    while (process.hrtime.bigint() < end);
    res.end('ok');
  }, 20 * f);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function main() {
  const r = Repo.init();
  try {
    r.write('server.js', service(1));
    const base = r.commit('base');
    r.write('server.js', service(slow));
    r.commit('head');
    const config = buildConfig({ perf: { start: 'node server.js', routes: [{ path: '/' }] } });
    const t0 = Date.now();
    const out = await check.run(createContext({ cwd: r.dir, config, event: { name: 'pull_request', base } }));
    const m = (out.metrics as { routes: Record<string, unknown>[]; loadMs: number }) ?? {};
    console.log(
      JSON.stringify({
        slow,
        wallMs: Date.now() - t0,
        loadMs: m.loadMs,
        summary: out.summary,
        route: m.routes?.[0],
        rules: out.findings.map((f) => f.rule),
      }),
    );
  } finally {
    r.cleanup();
  }
}
main();

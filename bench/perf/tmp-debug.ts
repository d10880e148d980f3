import { Repo } from '../../__tests__/helpers/repo.js';
import { serviceSource } from '../../__tests__/checks/perf/service-fixture.js';
import { createContext } from '../../src/context.js';
import { buildConfig } from '../../src/config.js';
import { check } from '../../src/checks/perf/index.js';
async function main() {
  const r = Repo.init();
  r.write('server.js', serviceSource({ itemsStatus: 500, usersDelayMs: 20 }));
  r.commit('base');
  const config = buildConfig({
    perf: {
      start: 'node server.js',
      ready: '/health',
      duration: '2s',
      warmup: 0,
      routes: [{ path: '/items' }, { path: '/users', p95: '5ms' }],
    },
  });
  const t = Date.now();
  const log = { info: (m: string) => console.log(Date.now() - t, m), warn: console.warn, debug() {} };
  const out = await check.run(createContext({ cwd: r.dir, config, event: { name: 'push' }, log }));
  console.log(Date.now() - t, out.summary, JSON.stringify(out.metrics));
  r.cleanup();
}
main();

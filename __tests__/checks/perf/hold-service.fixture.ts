// Child process for the cancel test: starts a service through the perf check's Service, says
// "ready", then waits to be killed by a signal.
import { Service, freePort, waitReady } from '../../../src/checks/perf/service.js';

const dir = process.argv[2];
const service = new Service({
  label: 'head',
  command: 'sleep 300 & echo $! > sleep.pid; echo $$ > server.pid; exec node server.js',
  cwd: dir,
  env: process.env,
  port: await freePort(),
});
const why = await waitReady(
  service,
  { url: `http://127.0.0.1:${service.port}/health` },
  10_000,
  new AbortController().signal,
);
console.log(why ?? 'ready');
setInterval(() => {}, 1000);

// A small real HTTP service written into temp git repos by the perf tests and the benchmark.

export interface ServiceSpec {
  /** Extra wait per request on /items, ms (async, like a database call). */
  itemsDelayMs?: number;
  /** Wait per request on /users, ms. */
  usersDelayMs?: number;
  /** Answer 500 on /items. */
  itemsStatus?: number;
  /** Exit the process after this many requests on /items (crash under load). */
  crashAfter?: number;
  /** Never listen (a service that never becomes ready). */
  neverListen?: boolean;
  /** Log each /items request's headers (util.inspect form, Authorization included) and the user's email. */
  logHeaders?: boolean;
  /**
   * Bursts of neighbour load, made repeatable: /items is 3× slower in some of the service's load
   * rounds (a pause over 100 ms between requests starts a round): the base checkout every other
   * round, the head checkout two rounds on, two off. Per-round ratios go 1, 3, 1/3, 1, …: no change
   * on average, a wide spread.
   */
  itemsJitter?: boolean;
  /** Wait this long before listening (slow start-up: imports, warm-ups). */
  startDelayMs?: number;
}

export function serviceSource(spec: ServiceSpec = {}): string {
  return `
const http = require('node:http');
const ITEMS_DELAY = ${spec.itemsDelayMs ?? 5};
const USERS_DELAY = ${spec.usersDelayMs ?? 5};
const ITEMS_STATUS = ${spec.itemsStatus ?? 200};
const CRASH_AFTER = ${spec.crashAfter ?? 0};
let served = 0;
const JITTER = ${spec.itemsJitter ? 'true' : 'false'};
const IS_BASE = process.cwd().includes('lg-perf-base-');
let round = 0;
let lastRequest = 0;
const slowRound = () => {
  const now = Date.now();
  if (now - lastRequest > 100) round++;
  lastRequest = now;
  return IS_BASE ? round % 2 === 0 : Math.floor(round / 2) % 2 === 0;
};
console.log('booting service');
if (${spec.neverListen ? 'true' : 'false'}) {
  console.error('cannot connect to database at db.internal:5432');
  setInterval(() => {}, 1000);
} else {
  const server = http.createServer((req, res) => {
    const url = req.url.split('?')[0];
    const reply = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(body); };
    if (url === '/health') return reply(200, '{"ok":true}');
    if (url === '/items') {
      if (${spec.logHeaders ? 'true' : 'false'}) console.log('GET /items', req.headers, 'user=' + ['alice', 'example.com'].join('@'));
      if (CRASH_AFTER && ++served >= CRASH_AFTER) { console.error('fatal: out of memory in items handler'); process.exit(3); }
      return setTimeout(() => reply(ITEMS_STATUS, '[1,2,3]'), ITEMS_DELAY * (JITTER && slowRound() ? 3 : 1));
    }
    if (url === '/users') return setTimeout(() => reply(200, '[]'), USERS_DELAY);
    reply(404, '{}');
  });
  setTimeout(() => server.listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1', () => console.log('listening on ' + process.env.PORT)), ${spec.startDelayMs ?? 0});
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
`;
}

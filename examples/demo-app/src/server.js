// A tiny orders API with no dependencies: what Launch Gate's demo starts and load-tests.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);
const databaseUrl = process.env.DATABASE_URL;
const sessionSecret = process.env.SESSION_SECRET;
// Deliberate demo finding: read here but not declared in .env.example.
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;

const items = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ ok: true, db: Boolean(databaseUrl), session: Boolean(sessionSecret), hooks: Boolean(webhookSecret) }));
  }
  if (url.pathname === '/api/items' && req.method === 'GET') {
    await sleep(5);
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(items.slice(-50)));
  }
  if (url.pathname === '/api/items' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    await sleep(10);
    items.push({ id: items.length + 1, ...JSON.parse(body || '{}') });
    if (items.length > 1000) items.splice(0, items.length - 1000);
    res.writeHead(201, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(items.at(-1)));
  }
  res.writeHead(404).end();
});

server.listen(port, '127.0.0.1', () => console.log(`demo-app listening on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

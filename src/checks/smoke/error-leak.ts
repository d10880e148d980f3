// Error leaks: stack traces, SQL error text and framework debug pages in a response body.
import type { HttpResponse } from './http.js';
import { finding } from './model.js';
import type { Finding } from '../../types.js';

/** What the body gives away, and the text that proves it. Structural shapes only: prose about errors does not match. */
/** In order: the first match names the leak (the framework's page before the generic stack trace). */
const LEAKS: { kind: string; pattern: RegExp; raw?: true }[] = [
  // Matched on the raw HTML: its <br> and &nbsp; are the shape.
  { kind: "Express's error page", pattern: /<pre>\w*Error: [^<]*<br> &nbsp; &nbsp;at /, raw: true },
  // Stack traces
  {
    kind: 'a Node.js stack trace',
    pattern: /\n\s*at (?:async )?[\w$.<>[\]]+ \((?:file:\/\/)?(?:\/|[A-Za-z]:\\|node:)[^()\n]+:\d+:\d+\)/,
  },
  { kind: 'a Node.js stack trace', pattern: /\n\s*at (?:\/|file:\/\/\/?|node:internal)[^\s()]+:\d+:\d+/ },
  { kind: 'a Python traceback', pattern: /Traceback \(most recent call last\):/ },
  { kind: 'a Python traceback', pattern: /File "[^"\n]+\.py", line \d+, in \w+/ },
  { kind: 'a Java stack trace', pattern: /\n\s*at [a-z][\w$]*(?:\.[\w$<>]+)+\([\w$]+\.(?:java|kt|scala):\d+\)/ },
  { kind: 'a .NET stack trace', pattern: /\n\s*at [\w.`<>]+\([^)\n]*\) in [^\n]+:line \d+/ },
  { kind: 'a Go panic', pattern: /goroutine \d+ \[running\]:/ },
  { kind: 'a Ruby backtrace', pattern: /\n\s*(?:\/|app\/)[\w/.-]+\.rb:\d+:in [`'][^`'\n]+'/ },
  { kind: 'a PHP stack trace', pattern: /Stack trace:\s*\n\s*#0 / },
  {
    kind: 'a PHP error',
    pattern:
      /(?:Fatal error|Parse error|Warning|Notice)<\/b>?:\s.*? in (?:<b>)?\/[^\s<]+\.php(?:<\/b>)? on line (?:<b>)?\d+/,
  },
  { kind: 'a PHP error', pattern: /PHP (?:Fatal error|Parse error|Warning):\s.+ in \/[^\s]+\.php on line \d+/ },
  // Framework debug pages
  {
    kind: "Django's debug page",
    pattern:
      /You're seeing this error because you have <code>DEBUG = True<\/code>|DEBUG = True<\/code> in your Django settings file/,
  },
  {
    kind: "Werkzeug's (Flask) debugger",
    pattern: /The debugger caught an exception in your WSGI application|Werkzeug Debugger/,
  },
  {
    kind: "Rails' error page",
    pattern:
      /Action Controller: Exception caught|<h1>\s*\w+(?:::\w+)+(?:Error|Invalid|NotFound)\b[^<]*<\/h1>\s*<div class="exception-message">/,
  },
  {
    kind: "Laravel's error page",
    pattern:
      /Whoops[,!]? (?:there was an error|looks like something went wrong)|ignition-(?:app|frame)|Illuminate\\\\?[A-Z]\w+\\\\?\w+Exception/,
  },
  { kind: "ASP.NET's error page", pattern: /Server Error in '\/[^']*' Application\./ },
  {
    kind: "Next.js' development error overlay",
    pattern: /"__NEXT_DATA__"[\s\S]{0,4000}?"err":\{"name":"\w+","message"|nextjs-original-stack-frame/,
  },
  // SQL and ORM errors
  {
    kind: 'a PostgreSQL error',
    pattern:
      /\bsyntax error at or near "[^"\n]*"|\brelation "[^"\n]+" does not exist|\bcolumn "[^"\n]+" (?:of relation "[^"\n]+" )?does not exist|duplicate key value violates unique constraint "|invalid input syntax for (?:type )?\w+/,
  },
  {
    kind: 'a MySQL error',
    pattern:
      /You have an error in your SQL syntax|\bER_[A-Z][A-Z_]{3,}\b|Unknown column '[^'\n]+' in '|Table '[^'\n]+' doesn't exist/,
  },
  {
    kind: 'an SQL error',
    pattern:
      /SQLSTATE\[[0-9A-Z]{5}\]|\bSQLITE_(?:ERROR|CONSTRAINT|BUSY)\b|\bno such (?:table|column): \w+|\bORA-\d{5}\b/,
  },
  {
    kind: 'a Prisma error',
    pattern:
      /Invalid `(?:prisma|\w+)\.\w+\.\w+\(\)` invocation|PrismaClient(?:Known|Unknown)RequestError|PrismaClientValidationError/,
  },
  {
    kind: 'an ORM error',
    pattern:
      /\bSequelize(?:Database|Validation|UniqueConstraint)Error\b|\bQueryFailedError\b|\bMongoServerError\b|\bE11000 duplicate key error\b|sqlalchemy\.exc\.\w+|django\.db\.utils\.\w+Error|ActiveRecord::\w+/,
  },
];

/** Text as a person would read it: HTML line breaks and spaces, JSON-escaped newlines. */
function readable(body: string): string {
  return body
    .slice(0, 256 * 1024)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\\n/g, '\n')
    .replace(/\\"/g, '"');
}

/**
 * The first leak in a body, if any. In a successful answer, code blocks are examples (a docs page
 * showing a stack trace), not leaks: only an error answer is read whole.
 */
export function errorLeak(body: string, status = 500): string | undefined {
  if (!body) return undefined;
  if (status < 400) body = body.replace(/<code\b[\s\S]*?<\/code>/gi, '');
  const text = readable(body);
  return LEAKS.find((l) => l.pattern.test(l.raw ? body : text))?.kind;
}

/** One finding per path and kind of leak, over every response the check received. */
export function errorLeakFindings(responses: { res: HttpResponse; method: string; why?: string }[]): Finding[] {
  const out = new Map<string, Finding>();
  for (const { res, method, why } of responses) {
    const kind = errorLeak(res.body, res.status);
    if (!kind) continue;
    const u = new URL(res.url);
    const key = `${u.pathname} ${kind}`;
    if (out.has(key)) continue;
    out.set(
      key,
      finding({
        rule: 'smoke-error-leak',
        severity: 'high',
        url: res.url,
        key,
        message: `${method} ${u.pathname}${why ? ` (${why})` : ''} answered ${res.status} with ${kind} in the body`,
        why: 'error details tell an attacker the stack, file paths, table names and queries to aim at, and show users a broken page',
        fix: 'turn off debug mode in production and answer errors with a generic message and a request id; log the details on the server',
      }),
    );
  }
  return [...out.values()];
}

import { renderSummary } from './src/report/summary.js';
import type { RunReport } from './src/runner.js';
const f = (i: number, rule = 'github-token', extra = {}) => ({ rule, severity: 'blocker' as const, file: `src/file${i % 3}.ts`, line: i + 1, message: `GitHub token \`ghp_****\` committed <b>x</b>`, why: 'anyone with read access can push code', fix: 'revoke the token, read it from the environment', commit: 'abcdef1234567', ...extra });
const r: RunReport = { version: 1, verdict: 'fail', failOn: 'high', durationMs: 5234, event: 'pull_request',
  totals: { findings: 6, suppressed: 1, blocker: 3, high: 2, medium: 1, low: 0 },
  checks: [
    { id: 'secrets', status: 'fail', durationMs: 800, summary: 'scanned 12 changed files', findings: [f(0), f(1), f(2, 'slack-webhook', {message: 'Slack webhook https://hooks.slack.com/**** committed'}), {...f(3), suppressed: {by: 'inline', reason: 'test value'}}], metrics: {} },
    { id: 'env', status: 'fail', durationMs: 100, summary: 'checked 3 files against `.env.example`', findings: [
      { rule: 'env-undeclared', severity: 'high', file: 'apps/web/src/x.ts', line: 4, message: 'code reads `STRIPE_KEY`, not declared in `apps/web/.env.example`', fix: 'add `STRIPE_KEY=` to `apps/web/.env.example`' },
      { rule: 'env-undeclared', severity: 'high', file: 'apps/web/src/y.ts', line: 9, message: 'code reads `RESEND_KEY`, not declared', fix: 'add `RESEND_KEY=` to `apps/web/.env.example`' },
      { rule: 'env-guarded', severity: 'medium', file: 'apps/web/src/y.ts', line: 12, message: 'x', fix: 'y' }], metrics: {} },
    { id: 'migrations', status: 'error', durationMs: 50, summary: 'could not run', findings: [], metrics: {}, error: 'drizzle-kit exited with code 1\nError: something\n    at foo (x.js:1:2)\n```oops' },
    { id: 'perf', status: 'skipped', durationMs: 0, summary: 'no perf.start configured', findings: [], metrics: {} },
    { id: 'smoke', status: 'skipped', durationMs: 0, summary: 'not a deploy', findings: [], metrics: {} },
  ] };
const md = renderSummary(r, { blobUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}` });
console.log(md);

// The summary and the PR comment as users read them: golden files (UPDATE_GOLDEN=1 rewrites them; read
// the diff before committing) and the properties each must keep.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderComment, renderResolved } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { FIXTURES, clean, errored, pr5, pr60, smoke } from './fixtures.js';

const DIR = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'golden');
const blobUrl = (file: string, line?: number) =>
  `https://github.com/acme/shop/blob/abc1234/${file}${line ? `#L${line}` : ''}`;
const summaryOf = (r: ReturnType<typeof pr5>) =>
  renderSummary(r, { blobUrl, reportPath: '/tmp/launch-gate-report.json' });
const commentOf = (r: ReturnType<typeof pr5>) =>
  renderComment(r, { blobUrl, sha: 'abc1234def', runUrl: 'https://github.com/acme/shop/actions/runs/1' });

function golden(name: string, text: string): void {
  const path = join(DIR, name);
  // A missing golden file is a failure, not a free pass: write it on purpose with UPDATE_GOLDEN=1.
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, text);
  }
  expect(existsSync(path)).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('golden reports', () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: summary and comment match their golden files`, () => {
      golden(`${name}.summary.md`, summaryOf(make()));
      golden(`${name}.comment.md`, commentOf(make()));
    });
  }
});

/** Text outside `<details>` blocks: what a reader sees without a click. */
const visible = (md: string) => md.replace(/<details>[\s\S]*?<\/details>/g, '');
const tableWidths = (md: string) =>
  md
    .split('\n')
    .filter((l) => /^\|.*\|$/.test(l))
    .map((l) => l.split('|').length - 2);

describe('job summary', () => {
  it('says the verdict and its reason first, then why and fix once per rule', () => {
    const md = summaryOf(pr5());
    const [first, , second] = md.split('\n');
    expect(first).toBe('## ❌ Launch Gate: fail');
    expect(second).toBe('**Why:** 2 blocker in Secrets; 2 high in Env contract.');
    expect(md.split('revoke the token in GitHub settings').length - 1).toBe(1);
    expect(md.split('a deploy without it starts and fails').length - 1).toBe(1);
    // Each location links to its line.
    expect(md).toContain(
      '[<code>src/lib/github.ts:12</code>](https://github.com/acme/shop/blob/abc1234/src/lib/github.ts#L12)',
    );
    // Rule text renders its code spans as code; the PR's own suppression is told up front.
    expect(md).toContain("<code>SET lock_timeout = '5s';</code>");
    expect(md).not.toContain('\\`');
    expect(md.indexOf('this PR suppresses 1 of its own finding')).toBeLessThan(md.indexOf('### '));
    // Skipped checks: one line, not three rows.
    expect(md).toContain(
      '⏭️ Skipped: Performance (no perf.start configured), Smoke (runs after a deploy), AI evals (no ai.url configured).',
    );
  });

  it('keeps a rule × count × files table and the first 20 findings visible, and folds the rest', () => {
    const md = summaryOf(pr60());
    const seen = visible(md);
    expect(seen).toMatch(/\| 🛑 blocker \| GitHub token \(<code>github-token<\/code>\) \| 30 \| 7 \|/);
    // 18 findings fit on the first screen: no table for them.
    expect(seen).not.toMatch(/env-undeclared-read<\/code>\) \|/);
    const secrets = md.slice(md.indexOf('### ❌ Secrets'), md.indexOf('### ❌ Env contract'));
    expect((visible(secrets).match(/^- /gm) ?? []).length).toBe(20);
    expect((secrets.match(/^- /gm) ?? []).length).toBe(42);
    expect(secrets).toContain('<details><summary>22 more findings</summary>');
  });

  it('shows an error once in a caution box with its output fenced and folded; the check shows – findings', () => {
    const md = summaryOf(errored());
    expect(md).toContain('**Why:** Performance could not run (the gate fails closed).');
    expect(md).toMatch(/\| Performance \| 💥 error \| – \|/);
    expect(md).toContain(
      '> [!CAUTION]\n> **Performance could not run**, so the gate fails closed: the service did not answer',
    );
    expect(md.split('the service did not answer').length - 1).toBe(1);
    // The output's own ``` cannot close the fence.
    expect(md).toMatch(
      /<details><summary>Output<\/summary>\n\n````text\n> shop@1.0.0 start[\s\S]*\n```\n````\n\n<\/details>/,
    );
  });

  it('a clean PR is one screen: pass, its reason, the table', () => {
    const md = summaryOf(clean());
    expect(md.split('\n')[0]).toBe('## ✅ Launch Gate: pass');
    expect(md).toContain('**Why:** every check that ran found nothing to fix.');
    expect(md).toContain('0 open findings');
    expect(md).not.toMatch(/\*\*🛑|\*\*🔴/);
  });

  it('file-less smoke findings show their URL', () => {
    const md = summaryOf(smoke());
    expect(md).toContain('- <code>https://app.example.com/login</code> — answered 500 (expected 200)');
  });
});

describe('PR comment', () => {
  it('fits a PR column: no table wider than 3 columns, the head commit, icons and links', () => {
    for (const make of Object.values(FIXTURES)) {
      const body = commentOf(make());
      expect(Math.max(0, ...tableWidths(body))).toBeLessThanOrEqual(3);
      expect(body).toContain('for <code>abc1234</code>');
    }
    const body = commentOf(pr5());
    expect(body).toMatch(/\*\*🛑 GitHub token\*\*/);
    expect(body).toContain(
      '- [<code>src/lib/github.ts:12</code>](https://github.com/acme/shop/blob/abc1234/src/lib/github.ts#L12)',
    );
    expect(commentOf(errored())).toMatch(
      /💥 \*\*Performance could not run\*\* \(the gate fails closed\): the service did not answer/,
    );
  });

  it('lists at most 25 locations and points to the summary for the rest', () => {
    const body = commentOf(pr60());
    expect((body.match(/^- /gm) ?? []).length).toBe(25);
    expect(body).toContain('_…and 35 more findings in the job summary._');
  });

  it('a resolved comment says so', () => {
    expect(renderResolved(clean(), { sha: 'def5678aa' })).toMatch(
      /Launch Gate: resolved\n<sub>for <code>def5678<\/code><\/sub>/,
    );
  });
});

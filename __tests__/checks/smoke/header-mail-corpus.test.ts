// Header values and mail records judged by their content: a corpus written from the specs (see the
// fixture's `about`), scored for precision and recall. Alarm = a finding of medium or more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseDmarc } from '../../../src/checks/smoke/dmarc.js';
import { evaluateCookies, evaluateHeaders } from '../../../src/checks/smoke/headers.js';
import { spfSyntaxProblems } from '../../../src/checks/smoke/spf-syntax.js';
import { atLeast } from '../../../src/types.js';

type Case = [string | null, boolean];
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/smoke/${name}`, import.meta.url), 'utf8'));

const SAFE: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
};
const RULE: Record<string, string> = {
  csp: 'header-csp',
  hsts: 'header-hsts',
  'x-content-type-options': 'header-content-type-options',
  'referrer-policy': 'header-referrer-policy',
};
const HEADER: Record<string, string> = { csp: 'content-security-policy', hsts: 'strict-transport-security' };

function alarms(kind: string, value: string | null): boolean {
  if (kind === 'dmarc') return parseDmarc(value!).problems.length > 0 || !parseDmarc(value!).tags.get('p');
  if (kind === 'spf') return spfSyntaxProblems(value!).length > 0;
  if (kind === 'set-cookie')
    return evaluateCookies('https://a.test/', [value!], true).findings.some((f) => atLeast(f.severity, 'medium'));
  const name = HEADER[kind] ?? kind;
  const headers: Record<string, string> = { ...SAFE };
  if (value === null) delete headers[name];
  else headers[name] = value;
  return evaluateHeaders('https://a.test/', headers, true).findings.some(
    (f) => f.rule === RULE[kind] && atLeast(f.severity, 'medium'),
  );
}

/** Precision, recall and the cases it got wrong. */
function score(corpus: Record<string, Case[]>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const kind of Object.keys(corpus).filter((k) => k !== 'about'))
    for (const [value, problem] of corpus[kind]) {
      const got = alarms(kind, value);
      if (got && problem) tp++;
      else if (got) {
        fp++;
        wrong.push(`false alarm ${kind}: ${value}`);
      } else if (problem) {
        fn++;
        wrong.push(`missed ${kind}: ${value}`);
      }
    }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('header values and mail records by content', () => {
  it.each(['header-mail-cases.json', 'header-mail-cases-2.json'])(
    '%s: precision and recall of at least 0.9',
    (name) => {
      const { precision, recall, wrong } = score(load(name));
      expect({ wrong, precision: precision >= 0.9, recall: recall >= 0.9 }).toEqual({
        wrong: [],
        precision: true,
        recall: true,
      });
    },
  );
});

// A whole tree big enough for worker threads, through the bundled CLI: secrets and code hints (leaks)
// come from the same reads, on the workers as on the main thread, and none is lost or doubled.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repo } from '../helpers/repo.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');

describe('whole-tree scan on worker threads (dist)', () => {
  const repos: Repo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  it('finds every secret and hint of a 3,000-file tree once, wherever its batch ran', () => {
    const r = Repo.init();
    repos.push(r);
    const token = (i: number) => ['gh', 'p_', `Zq8xW3vN7kLp2Rt5Yb9Mh4Jc6Df1Gs${String(i).padStart(6, '0')}`].join('');
    const planted: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const dir = `src/m${Math.floor(i / 100)}`;
      if (i % 500 === 7) {
        r.write(`${dir}/conf${i}.ts`, `export const t = '${token(i)}';\n`);
        planted.push(`github-token ${dir}/conf${i}.ts`);
      } else if (i % 500 === 9) {
        r.write(`${dir}/route${i}.ts`, `export function POST(req) {\n  console.log(req.headers);\n}\n`);
        planted.push(`log-sensitive-object ${dir}/route${i}.ts`);
      } else if (i % 500 === 11) {
        r.write(`${dir}/Chat${i}.tsx`, `'use client';\nexport const k = process.env.OPENAI_API_KEY;\n`);
        planted.push(`server-env-in-client ${dir}/Chat${i}.tsx`);
      } else r.write(`${dir}/f${i}.ts`, `export const v${i} = ${i}; // token count, password field label\n`);
    }
    r.write('package.json', JSON.stringify({ name: 'app', dependencies: { next: '16' } }));
    r.commit('tree');
    const json = join(r.dir, '.lg.json');
    const run = spawnSync(process.execPath, [CLI, 'check', '--checks', 'secrets', '--scope', 'all', '--json', json], {
      cwd: r.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      checks: { metrics: { workers: number }; findings: { rule: string; file: string }[] }[];
    };
    const secrets = report.checks[0];
    expect(secrets.metrics.workers).toBeGreaterThanOrEqual(1);
    expect(secrets.findings.map((f) => `${f.rule} ${f.file}`).sort()).toEqual(planted.sort());
    expect(run.stdout + run.stderr + readFileSync(json, 'utf8')).not.toContain(token(7).slice(5));
  });
});

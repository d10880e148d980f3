// Monorepos (issue 12): each app is judged by its nearest env template, a name declared anywhere the
// deploy sees it (templates, commented template lines, turbo.json, Dockerfile, compose) is no alarm, one
// finding per variable lists every file, and guarded or tool-config reads stay below the gate.
import { afterEach, describe, expect, it } from '@jest/globals';
import { buildConfig } from '../../../src/config.js';
import { createContext } from '../../../src/context.js';
import { check } from '../../../src/checks/env/index.js';
import { Repo } from '../../helpers/repo.js';

const repos: Repo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

describe('env check on a monorepo', () => {
  it('uses the nearest contract and every declaration source', async () => {
    const r = Repo.init();
    repos.push(r);
    r.write('.env.example', 'ROOT_ONLY=1\n')
      .write('apps/web/.env.example', 'WEB_URL=https://x.io\n# OPTIONAL_FLAG=on\n')
      .write('turbo.json', '{ "globalEnv": ["TURBO_DECLARED"], "tasks": { "build": { "env": ["BUILD_ONLY_*"] } } }\n')
      .write('apps/api/Dockerfile', 'FROM node:20\nENV DOCKER_DECLARED=1 OTHER=2\nARG BUILD_ARG\n')
      .write(
        'docker-compose.yml',
        'services:\n  api:\n    environment:\n      - COMPOSE_DECLARED=1\n      - QUEUE_URL=${QUEUE_URL}\n',
      )
      .write(
        'apps/web/src/a.ts',
        [
          'const a = process.env.ROOT_ONLY;',
          'const b = process.env.WEB_URL;',
          'const c = process.env.OPTIONAL_FLAG;',
          'const d = process.env.TURBO_DECLARED;',
          'const e = process.env.DOCKER_DECLARED;',
          'const f = process.env.COMPOSE_DECLARED;',
          'const g = process.env.UNDECLARED_KEY;',
          "if (process.env.DEBUG_THING) console.log('x');",
          "const on = process.env.FEATURE_X === 'true';",
        ].join('\n'),
      )
      .write('apps/web/src/b.ts', 'export const k = process.env.UNDECLARED_KEY;\n')
      .write('apps/web/next.config.js', 'module.exports = { output: process.env.BUILD_STANDALONE };\n');
    r.commit('init');
    const out = await check.run(createContext({ cwd: r.dir, config: buildConfig({ scope: 'all' }), env: {} }));
    const reads = out.findings
      .filter((f) => f.rule === 'env-undeclared-read')
      .map((f) => `${f.severity} ${f.file}:${f.line} ${f.message.match(/reads (\w+)/)![1]}`)
      .sort();
    expect(reads).toEqual([
      'high apps/web/src/a.ts:7 UNDECLARED_KEY',
      'low apps/web/next.config.js:1 BUILD_STANDALONE',
      'low apps/web/src/a.ts:8 DEBUG_THING',
      'low apps/web/src/a.ts:9 FEATURE_X',
    ]);
    const undeclared = out.findings.find((f) => f.message.includes('UNDECLARED_KEY'))!;
    expect(undeclared.message).toMatch(
      /apps\/web\/\.env\.example does not declare; also read in apps\/web\/src\/b\.ts/,
    );
    expect(out.notes?.join('\n')).toMatch(/contracts by folder: apps\/web/);
  });
});

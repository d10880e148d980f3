import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGithubEvent } from '../../src/event.js';
import { tmpDir } from '../helpers/repo.js';

function envFor(name: string, payload: unknown) {
  const path = join(tmpDir(), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'merge' };
}

describe('readGithubEvent', () => {
  it('reads base, head, commits and fork status of a pull request', () => {
    const e = readGithubEvent(
      envFor('pull_request', {
        pull_request: {
          number: 3,
          commits: 4,
          base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/shop' } },
          head: { sha: 'h', ref: 'f', repo: { full_name: 'eve/shop', fork: true } },
        },
      }),
    );
    expect(e).toMatchObject({
      name: 'pull_request',
      base: 'b',
      head: 'h',
      commits: 4,
      pr: { number: 3, fork: true, baseRef: 'refs/heads/main', headRef: 'refs/pull/3/head' },
    });
  });

  it('keeps push before apart from a comparison base unless base-ref is given', () => {
    const env = envFor('push', { before: 'old', after: 'new' });
    expect(readGithubEvent(env)).toMatchObject({ before: 'old', head: 'new' });
    expect(readGithubEvent(env).base).toBeUndefined();
    expect(readGithubEvent(env, 'v1.2.0').base).toBe('v1.2.0');
  });

  it('takes the deployed URL only from a successful deployment', () => {
    const ok = {
      deployment_status: {
        state: 'success',
        environment_url: 'https://app.example',
        target_url: 'https://ci.example/log',
      },
      deployment: { sha: 'd' },
    };
    expect(readGithubEvent(envFor('deployment_status', ok))).toMatchObject({
      deploymentUrl: 'https://app.example',
      head: 'd',
    });
    const failed = { deployment_status: { state: 'failure', target_url: 'https://x.example' } };
    expect(readGithubEvent(envFor('deployment_status', failed)).deploymentUrl).toBeUndefined();
  });
});

// Reads what the run is about from the GitHub Actions environment (event name and payload).
import { readFileSync } from 'node:fs';
import type { EventInfo } from './types.js';

export function readGithubEvent(env: NodeJS.ProcessEnv, baseRefInput?: string): EventInfo {
  const name = env.GITHUB_EVENT_NAME || 'local';
  let payload: any = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const info: EventInfo = {
    name,
    head: env.GITHUB_SHA || undefined,
    repository: owner && repo ? { owner, repo } : undefined,
  };
  const pr = payload.pull_request;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr) {
    info.base = pr.base?.sha;
    info.head = pr.head?.sha ?? info.head;
    info.commits = typeof pr.commits === 'number' ? pr.commits : undefined;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? (owner && repo ? `${owner}/${repo}` : undefined);
    info.pr = {
      number: pr.number ?? payload.number,
      fork: Boolean(pr.head?.repo?.fork) || (!!headRepo && !!baseRepo && headRepo !== baseRepo),
      baseRef: pr.base?.ref ? `refs/heads/${pr.base.ref}` : undefined,
      headRef: pr.number ? `refs/pull/${pr.number}/head` : undefined,
    };
  } else if (name === 'push') {
    info.before = payload.before;
    info.head = payload.after ?? info.head;
  } else if (name === 'deployment_status') {
    const ds = payload.deployment_status ?? {};
    if (ds.state === 'success') info.deploymentUrl = ds.environment_url || ds.target_url || undefined;
    info.head = payload.deployment?.sha ?? info.head;
  }
  if (baseRefInput && !info.pr) info.base = baseRefInput;
  return info;
}

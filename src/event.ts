// Reads what the run is about from the GitHub Actions environment (event name and payload).
import { readFileSync } from 'node:fs';
import type { EventInfo } from './types.js';

export class EventError extends Error {}

/** Link to the workflow run, for issues and comments; undefined outside a GitHub Actions run. */
export function actionsRunUrl(env: NodeJS.ProcessEnv, repo?: { owner: string; repo: string }): string | undefined {
  if (!env.GITHUB_RUN_ID || !repo) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}

export function readGithubEvent(env: NodeJS.ProcessEnv, baseRefInput?: string): EventInfo {
  const name = env.GITHUB_EVENT_NAME || 'local';
  let payload: any = {};
  if (env.GITHUB_EVENT_PATH) {
    // Fail closed: without the payload a pull request would be judged as if it were no PR at all.
    let text: string;
    try {
      text = readFileSync(env.GITHUB_EVENT_PATH, 'utf8');
    } catch (e) {
      throw new EventError(
        `cannot read the event payload GITHUB_EVENT_PATH (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    try {
      payload = JSON.parse(text);
    } catch (e) {
      throw new EventError(`the event payload GITHUB_EVENT_PATH is not valid JSON (${(e as Error).message})`);
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
      throw new EventError('the event payload GITHUB_EVENT_PATH is not a JSON object');
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const info: EventInfo = {
    name,
    head: env.GITHUB_SHA || undefined,
    repository: owner && repo ? { owner, repo } : undefined,
  };
  const pr = payload.pull_request;
  if ((name === 'pull_request' || name === 'pull_request_target') && (!pr || typeof pr.base?.sha !== 'string'))
    throw new EventError(
      `a ${name} event without pull_request.base.sha in its payload: cannot tell what the PR changes`,
    );
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

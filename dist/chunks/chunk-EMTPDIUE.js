import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/event.ts
import { readFileSync } from "node:fs";
var EventError = class extends Error {
};
function actionsRunUrl(env, repo) {
  if (!env.GITHUB_RUN_ID || !repo) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function readGithubEvent(env, baseRefInput) {
  const name = env.GITHUB_EVENT_NAME || "local";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    let text;
    try {
      text = readFileSync(env.GITHUB_EVENT_PATH, "utf8");
    } catch (e) {
      throw new EventError(
        `cannot read the event payload GITHUB_EVENT_PATH (${e.code ?? e.message})`
      );
    }
    try {
      payload = JSON.parse(text);
    } catch (e) {
      throw new EventError(`the event payload GITHUB_EVENT_PATH is not valid JSON (${e.message})`);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload))
      throw new EventError("the event payload GITHUB_EVENT_PATH is not a JSON object");
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const info = {
    name,
    head: env.GITHUB_SHA || void 0,
    repository: owner && repo ? { owner, repo } : void 0
  };
  const pr = payload.pull_request;
  if ((name === "pull_request" || name === "pull_request_target") && (!pr || typeof pr.base?.sha !== "string"))
    throw new EventError(
      `a ${name} event without pull_request.base.sha in its payload: cannot tell what the PR changes`
    );
  if ((name === "pull_request" || name === "pull_request_target") && pr) {
    info.base = pr.base?.sha;
    info.head = pr.head?.sha ?? info.head;
    info.commits = typeof pr.commits === "number" ? pr.commits : void 0;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? (owner && repo ? `${owner}/${repo}` : void 0);
    info.pr = {
      number: pr.number ?? payload.number,
      fork: Boolean(pr.head?.repo?.fork) || !!headRepo && !!baseRepo && headRepo !== baseRepo,
      baseRef: pr.base?.ref ? `refs/heads/${pr.base.ref}` : void 0,
      headRef: pr.number ? `refs/pull/${pr.number}/head` : void 0
    };
  } else if (name === "push") {
    info.before = payload.before;
    info.head = payload.after ?? info.head;
  } else if (name === "deployment_status") {
    const ds = payload.deployment_status ?? {};
    if (ds.state === "success") info.deploymentUrl = ds.environment_url || ds.target_url || void 0;
    info.head = payload.deployment?.sha ?? info.head;
  }
  if (baseRefInput && !info.pr) info.base = baseRefInput;
  return info;
}

export {
  EventError,
  actionsRunUrl,
  readGithubEvent
};

// The action: the only place that reads inputs and sets outputs.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { readGithubEvent } from './event.js';
import { scrub } from './redact.js';
import { planAnnotations } from './report/annotations.js';
import { renderComment, upsertComment } from './report/comment.js';
import { writeJson } from './report/json.js';
import { writeSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { run, type RunReport } from './runner.js';
import type { EventInfo, Logger } from './types.js';
import { VERSION } from './version.js';

const logger: Logger = {
  info: (m) => core.info(scrub(m)),
  warn: (m) => core.warning(scrub(m)),
  debug: (m) => core.debug(scrub(m)),
};

async function postComment(token: string, event: EventInfo, report: RunReport): Promise<void> {
  if (!event.pr || !event.repository) return logger.info('launch-gate: not a pull request: no PR comment');
  if (event.pr.fork)
    return logger.info(
      'launch-gate: PR from a fork: the token cannot write, no PR comment (the job summary has the report)',
    );
  const octokit = github.getOctokit(token);
  const { owner, repo } = event.repository;
  const issue_number = event.pr.number;
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  try {
    const what = await upsertComment(
      {
        list: async () =>
          octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
        create: async (body) => void (await octokit.rest.issues.createComment({ owner, repo, issue_number, body })),
        update: async (id, body) =>
          void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })),
      },
      renderComment(report, runUrl),
    );
    logger.info(`launch-gate: PR comment ${what}`);
  } catch (e) {
    // A read-only token must not fail the gate: the summary already carries the report.
    logger.warn(
      `launch-gate: could not write the PR comment (${(e as Error).message}); the job summary has the report`,
    );
  }
}

export async function main(): Promise<void> {
  const input = (name: string) => core.getInput(name).trim();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, input('working-directory') || '.');
  const config = loadConfig(cwd, input('config') || undefined, {
    checks: input('checks'),
    failOn: input('fail-on'),
    scope: input('scope'),
    envFile: input('env-file'),
    environment: input('environment'),
    startCommand: input('start-command'),
    readyUrl: input('ready-url'),
    url: input('url'),
  });
  const token = input('github-token');
  if (token) core.setSecret(token);
  const event = readGithubEvent(process.env, input('base-ref') || undefined);
  const github = token
    ? { token, apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com', repository: event.repository }
    : undefined;
  const report = await run({ cwd, config, event, log: logger, onSecret: (s) => core.setSecret(s), github });

  const reportPath = resolve(
    cwd,
    input('report-file') || join(process.env.RUNNER_TEMP || tmpdir(), 'launch-gate-report.json'),
  );
  writeJson(reportPath, report);
  const sarifPath = input('sarif-file');
  if (sarifPath) writeSarif(resolve(cwd, sarifPath), report, VERSION);

  const prefix = relative(workspace, cwd).split('\\').join('/');
  const plan = planAnnotations(report, prefix.startsWith('..') ? '' : prefix);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  const repo = event.repository;
  const sha = event.head;
  const summary = renderSummary(report, {
    reportPath,
    annotations: { shown: plan.annotations.length, total: plan.total },
    blobUrl:
      repo && sha
        ? (file, line) =>
            `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${sha}/${[prefix, file].filter(Boolean).join('/')}${line ? `#L${line}` : ''}`
        : undefined,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  else logger.info(summary);

  core.setOutput('verdict', report.verdict);
  core.setOutput('blockers', String(report.totals.blocker));
  core.setOutput('findings', String(report.totals.findings));
  core.setOutput('report', reportPath);

  if (token) await postComment(token, event, report);

  if (report.verdict === 'fail') {
    const errored = report.checks.filter((c) => c.status === 'error').map((c) => c.id);
    const t = report.totals;
    core.setFailed(
      scrub(
        `Launch Gate: fail — ${t.findings} findings (${t.blocker} blocker, ${t.high} high)${errored.length ? `; could not run: ${errored.join(', ')}` : ''}. See the job summary.`,
      ),
    );
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    core.setFailed(scrub(`Launch Gate: ${e.message}`));
    process.exitCode = 2;
    return;
  }
  core.setFailed(scrub(`Launch Gate crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
});

// The action: the only place that reads inputs and sets outputs. `src/index.ts` runs it.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ConfigError } from './config.js';
import { actionsRunUrl, EventError, readGithubEvent } from './event.js';
import { checkWritable } from './outputs.js';
import { onSecretRegistered, registerUrlPasswords, safeLine, scrub } from './redact.js';
import { loadTrusted } from './trust.js';
import { planAnnotations } from './report/annotations.js';
import { COMMENT_MODES, syncComment, type CommentMode, type CommentOptions } from './report/comment.js';
import { writeJson } from './report/json.js';
import { configForSarif, defaultCategory, workflowFromEnv, writeSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { uploadReport } from './report/upload-report.js';
import { uploadSarif } from './report/upload-sarif.js';
import { run as runChecks, type RunReport } from './runner.js';
import type { EventInfo, Logger } from './types.js';
import { VERSION } from './version.js';

const logger: Logger = {
  info: (m) => core.info(safeLine(m)),
  progress: (m) => core.info(safeLine(m)),
  warn: (m) => core.warning(scrub(m)),
  debug: (m) => core.debug(scrub(m)),
  group: (name, fn) => core.group(name, fn),
};

async function postComment(
  token: string,
  event: EventInfo,
  report: RunReport,
  mode: CommentMode,
  o: CommentOptions,
): Promise<void> {
  if (mode === 'never') return;
  if (!event.pr || !event.repository) return logger.info('launch-gate: not a pull request: no PR comment');
  if (event.pr.fork)
    return logger.info(
      'launch-gate: PR from a fork: the token cannot write, no PR comment (the job summary has the report)',
    );
  // Loaded here: @actions/github parses the event payload when imported and would throw a raw stack
  // on a corrupt one before readGithubEvent can explain it.
  const github = await import('@actions/github');
  const octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
  const { owner, repo } = event.repository;
  const issue_number = event.pr.number;
  try {
    const what = await syncComment(
      {
        list: async () =>
          octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
        create: async (body) => void (await octokit.rest.issues.createComment({ owner, repo, issue_number, body })),
        update: async (id, body) =>
          void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })),
      },
      report,
      mode,
      o,
    );
    logger.info(
      what === 'none'
        ? 'launch-gate: PR passes and has no comment of ours: none posted'
        : `launch-gate: PR comment ${what}`,
    );
  } catch (e) {
    // A read-only token must not fail the gate: the summary already carries the report.
    logger.warn(
      `launch-gate: could not write the PR comment (${(e as Error).message}); the job summary has the report`,
    );
  }
}

/** `upload-sarif`: a refused upload fails the step (the user asked for it), with GitHub's reason. */
async function sendSarif(token: string, event: EventInfo, path: string): Promise<void> {
  const commitSha = process.env.GITHUB_SHA || event.head;
  const ref = process.env.GITHUB_REF;
  if (!token || !event.repository || !commitSha || !ref)
    throw new Error(
      'input upload-sarif: needs github-token and a GitHub Actions run (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF)',
    );
  const id = await uploadSarif({
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    token,
    ...event.repository,
    commitSha,
    ref,
    path,
  });
  logger.info(`launch-gate: SARIF uploaded to code scanning${id ? ` (upload ${id})` : ''}`);
}

/** `true`/`false` (empty: false); anything else is a usage error that names the input. */
function booleanInput(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new ConfigError(`input ${name}: got ${JSON.stringify(v)}; allowed values: true, false`);
}

async function gate(): Promise<void> {
  // Every value any part of the gate registers is also masked by the runner in the raw log.
  onSecretRegistered((s) => core.setSecret(s));
  const input = (name: string) => core.getInput(name).trim();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, input('working-directory') || '.');
  const configFrom = input('config-from') || 'base';
  if (configFrom !== 'base' && configFrom !== 'head')
    throw new ConfigError(`input config-from: got ${JSON.stringify(configFrom)}; allowed values: base, head`);
  const event = readGithubEvent(process.env, input('base-ref') || undefined);
  const commentMode = (input('comment') || 'on-failure') as CommentMode;
  if (!COMMENT_MODES.includes(commentMode))
    throw new ConfigError(
      `input comment: got ${JSON.stringify(commentMode)}; allowed values: ${COMMENT_MODES.join(', ')}`,
    );
  const reportPath = resolve(
    cwd,
    input('report-file') || join(process.env.RUNNER_TEMP || tmpdir(), 'launch-gate-report.json'),
  );
  const sarifPath = input('sarif-file') ? resolve(cwd, input('sarif-file')) : undefined;
  // Before any check runs: a report that cannot be written is a usage error, not a lost run.
  checkWritable(reportPath, 'report-file');
  if (sarifPath) checkWritable(sarifPath, 'sarif-file');
  const { config, baseline, trust } = await loadTrusted({
    cwd,
    configPath: input('config') || undefined,
    overrides: {
      checks: input('checks'),
      failOn: input('fail-on'),
      scope: input('scope'),
      envFile: input('env-file'),
      environment: input('environment'),
      startCommand: input('start-command'),
      readyUrl: input('ready-url'),
      url: input('url'),
    },
    event,
    configFrom,
    log: logger,
  });
  // Passwords in configured URLs (smoke urls, ai.url, database URLs) never show.
  registerUrlPasswords(JSON.stringify(config));
  const token = input('github-token');
  if (token) core.setSecret(token);
  if (booleanInput('upload-sarif') && !token)
    throw new ConfigError('input upload-sarif: needs github-token (with security-events: write)');
  const github = token
    ? { token, apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com', repository: event.repository }
    : undefined;
  const report = await runChecks({
    cwd,
    config,
    event,
    log: logger,
    github,
    allowPrCommands: booleanInput('allow-pr-commands'),
    trusted: { baseline, trust },
  });

  writeJson(reportPath, report);
  const prefix = relative(workspace, cwd).split('\\').join('/');
  const root = prefix.startsWith('..') ? '' : prefix;
  const category = input('category') || defaultCategory(event.name, root);
  const uploadTo = booleanInput('upload-sarif');
  // Uploading needs a file: the runner's temp folder when sarif-file is not given.
  const sarifFile =
    sarifPath ?? (uploadTo ? join(process.env.RUNNER_TEMP || tmpdir(), 'launch-gate.sarif') : undefined);
  if (sarifFile) {
    writeSarif(sarifFile, report, VERSION, {
      prefix: root,
      category,
      config: configForSarif(cwd, input('config') || undefined),
      workflow: workflowFromEnv(process.env),
    });
  }

  const plan = planAnnotations(report, root);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file && scrub(a.file), startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  const repo = event.repository;
  const sha = event.head;
  const blobUrl =
    repo && sha
      ? (file: string, line?: number) =>
          `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${sha}/${[prefix, file].filter(Boolean).join('/')}${line ? `#L${line}` : ''}`
      : undefined;
  const summary = renderSummary(report, {
    reportPath,
    annotations: { shown: plan.annotations.length, total: plan.total },
    blobUrl,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
  else logger.info(summary);

  core.setOutput('verdict', report.verdict);
  core.setOutput('blockers', String(report.totals.blocker));
  core.setOutput('findings', String(report.totals.findings));
  core.setOutput('report', reportPath);

  if (uploadTo && sarifFile) {
    if (event.pr?.fork)
      logger.info('launch-gate: PR from a fork: the token cannot upload SARIF; the file is at the sarif-file path');
    else
      await sendSarif(token, event, sarifFile).catch((e: Error) => core.setFailed(scrub(`Launch Gate: ${e.message}`)));
  }
  if (booleanInput('upload-report')) {
    await uploadReport([reportPath, ...(sarifFile ? [sarifFile] : [])], category, process.env.RUNNER_TEMP || tmpdir())
      .then((name) => logger.info(`launch-gate: report uploaded as the workflow artifact ${name}`))
      .catch((e: Error) =>
        core.setFailed(scrub(`Launch Gate: could not upload the report artifact (upload-report): ${e.message}`)),
      );
  }
  if (token) {
    const runUrl = actionsRunUrl(process.env, repo);
    await postComment(token, event, report, commentMode, { runUrl, sha, blobUrl, category });
  }

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

/** The action's entry (the typescript-action layout: `src/index.ts` calls it; so does `@github/local-action`). */
export async function run(): Promise<void> {
  try {
    await gate();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EventError) {
      core.setFailed(scrub(`Launch Gate: ${e.message}`));
      process.exitCode = 2;
      return;
    }
    core.setFailed(scrub(`Launch Gate crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  }
}

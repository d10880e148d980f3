// Where the chat endpoint runs: the deployed app (smoke URL), a service the gate starts from the
// checkout the way perf does (setup, start with a free PORT, ready, teardown), or a full ai.url.
import { targetUrls } from '../smoke/index.js';
import { readyTarget } from '../perf/ready.js';
import { freePort, runShell, safeOutput, Service, waitReady } from '../perf/service.js';
import { maskSecretEnv } from '../env/names.js';
import { addBaseWorktree, type Worktree } from '../perf/worktree.js';
import type { ServiceLogLine } from '../leaks/service-logs.js';
import { secretsSent } from '../leaks/log-lines.js';
import { expandEnv } from './client.js';
import type { CheckContext } from '../../types.js';
import { prCommandsBlocked } from '../../trust.js';

export class TargetError extends Error {}

export interface Target {
  side: 'head' | 'base';
  /** Base URL the ai.url path is resolved against. */
  baseUrl: string;
  /** What the summary calls it: `the deployed app`, `the head service`. */
  label: string;
  /** Lines the service printed (services the gate started only). */
  log?: () => ServiceLogLine[];
  /** Values the gate sent that must never come back in logs (expanded header values). */
  sent: string[];
  stop(): Promise<void>;
}

const isDeployRun = (ctx: CheckContext) =>
  ctx.event.name === 'deployment_status' || !!ctx.event.deploymentUrl || ctx.config.smoke.urls.length > 0;

export async function openTargets(ctx: CheckContext, notes: string[]): Promise<Target[]> {
  const cfg = ctx.config.ai;
  const absolute = /^https?:\/\//i.test(cfg.url ?? '');
  const noop = async () => {};
  if (isDeployRun(ctx)) {
    const urls = targetUrls(ctx);
    if (!urls.length && !absolute)
      throw new TargetError(
        'ai.url is a path, but this deploy run has no URL (smoke.urls, the url input or the deployment)',
      );
    if (urls.length > 1) notes.push(`evaluated on ${urls[0]} only (the first of ${urls.length} URLs)`);
    return [{ side: 'head', baseUrl: absolute ? cfg.url! : urls[0], label: 'the deployed app', sent: [], stop: noop }];
  }
  if (ctx.config.perf.start) return startServices(ctx, notes);
  if (absolute) return [{ side: 'head', baseUrl: cfg.url!, label: cfg.url!, sent: [], stop: noop }];
  throw new TargetError(
    `ai.url ${JSON.stringify(cfg.url)} is a path, but there is no service to send it to: set perf.start (the gate starts the ` +
      'service on pull requests) or smoke.urls / the url input (after a deploy), or give ai.url as a full URL',
  );
}

async function startServices(ctx: CheckContext, notes: string[]): Promise<Target[]> {
  const blocked = prCommandsBlocked(ctx);
  if (blocked) throw new TargetError(`the ai check did not start the service: ${blocked}`);
  const perf = ctx.config.perf;
  maskSecretEnv(ctx.env, ctx.mask);
  const sides: { side: 'head' | 'base'; dir: string; worktree?: Worktree }[] = [{ side: 'head', dir: ctx.cwd }];
  if (ctx.config.ai.compare && ctx.event.base) {
    const wt = await addBaseWorktree(ctx.cwd, ctx.event.base, ctx.signal).catch((e: Error) => {
      throw new TargetError(e.message);
    });
    notes.push(...wt.notes);
    sides.push({ side: 'base', dir: wt.dir, worktree: wt });
  } else if (ctx.config.ai.compare) notes.push('ai.compare: no base commit on this run, head only');
  const ready = readyTarget(perf.ready, []);
  if (ready.fixedPort && sides.length > 1)
    throw new TargetError(`perf.ready uses the fixed port ${ready.fixedPort}: base and head cannot run side by side`);
  const targets: Target[] = [];
  try {
    for (const s of sides) {
      if (perf.setup) {
        ctx.log.info(`ai: setup in the ${s.side} checkout: ${perf.setup}`);
        const r = await runShell(perf.setup, s.dir, ctx.env, ctx.signal);
        if (r.code !== 0)
          throw new TargetError(
            `perf.setup exited with code ${r.code} in the ${s.side} checkout; last lines:\n${await safeOutput(r.output, ctx.mask)}`,
          );
      }
      const port = ready.fixedPort ?? (await freePort());
      const service = new Service({ label: s.side, command: perf.start!, cwd: s.dir, env: ctx.env, port });
      const stop = async () => {
        await service.stop();
        await s.worktree?.remove();
      };
      targets.push({
        side: s.side,
        baseUrl: `http://${service.host === '127.0.0.1' ? '127.0.0.1' : '[::1]'}:${port}/`,
        label: `the ${s.side} service`,
        log: () => (service.log.end(), service.log.lines),
        sent: sentByAi(ctx),
        stop,
      });
      const why = await waitReady(
        service,
        { url: ready.url(port), method: ready.method, headers: ready.headers, anyStatus: ready.anyStatus },
        perf['ready-timeout'],
        ctx.signal,
      );
      if (why)
        throw new TargetError(
          `the ${s.side} service (${perf.start}, PORT=${port}) ${why}; last lines of its output:\n${(await safeOutput(service.tail.text(), ctx.mask)) || '(no output)'}`,
        );
      // waitReady may have found it on [::1] only.
      targets[targets.length - 1].baseUrl = `http://${service.host === '127.0.0.1' ? '127.0.0.1' : '[::1]'}:${port}/`;
    }
  } catch (e) {
    await Promise.all(targets.map((t) => t.stop()));
    // A base worktree whose service never started has no target to remove it.
    for (const s of sides.slice(targets.length)) await s.worktree?.remove();
    throw e;
  }
  return targets;
}

/** The secret values among the ai request's headers (expanded): seen in the service's log, they are a blocker. */
function sentByAi(ctx: CheckContext): string[] {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.config.ai.request.headers)) {
    try {
      headers[k] = expandEnv(v, ctx.env, ctx.mask, `ai.request.headers.${k}`);
    } catch {
      // An unset reference fails the request itself, with its own message.
    }
  }
  return secretsSent(headers);
}

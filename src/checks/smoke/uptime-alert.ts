// Uptime alerts: consecutive failing scheduled runs open one GitHub issue, later runs comment, recovery closes it.
// The state lives on GitHub (a label per URL holds the streak, the issue holds the outage), so no store is needed.
import { createHash } from 'node:crypto';

export const UPTIME_LABEL = 'launch-gate-uptime';
const MARKER = (url: string) => `<!-- launch-gate:uptime ${url} -->`;

export interface UptimeIssue {
  number: number;
  body?: string | null;
}

/** The few GitHub calls alerts need; octokit in the action, a fake in tests. */
export interface UptimeApi {
  getLabel(name: string): Promise<{ description?: string | null } | undefined>;
  putLabel(name: string, description: string, exists: boolean): Promise<void>;
  deleteLabel(name: string): Promise<void>;
  openIssues(): Promise<UptimeIssue[]>;
  createIssue(title: string, body: string): Promise<number>;
  comment(issue: number, body: string): Promise<void>;
  close(issue: number): Promise<void>;
}

export interface UrlStatus {
  url: string;
  failing: boolean;
  /** The first failing item in words, for the title and comments. */
  reason?: string;
}

export interface AlertOptions {
  after: number;
  issue: boolean;
  now: Date;
  /** Link to this run, shown in the issue and comments. */
  runUrl?: string;
  notify?: (text: string) => Promise<void>;
}

export const streakLabel = (url: string) => `lg-strikes-${createHash('sha256').update(url).digest('hex').slice(0, 10)}`;

/** `strikes=3 since=2026-12-07T01:00:00.000Z` */
export function parseStreak(description?: string | null): { strikes: number; since?: string } {
  const strikes = Number(/strikes=(\d+)/.exec(description ?? '')?.[1] ?? 0);
  const since = /since=(\S+)/.exec(description ?? '')?.[1];
  return { strikes, since };
}

/** `2 h 5 min`, `35 min`, `40 s` */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  const rest = min % 60;
  if (h < 48) return rest ? `${h} h ${rest} min` : `${h} h`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** What this run did about one URL, in words (for the summary). */
export async function syncUptime(api: UptimeApi, status: UrlStatus, o: AlertOptions): Promise<string> {
  const host = new URL(status.url).host;
  const label = streakLabel(status.url);
  const current = await api.getLabel(label);
  const streak = parseStreak(current?.description);
  const mine = async () => (await api.openIssues()).find((i) => (i.body ?? '').includes(MARKER(status.url)));
  const run = o.runUrl ? ` ([run](${o.runUrl}))` : '';

  if (status.failing) {
    const strikes = streak.strikes + 1;
    const since = streak.since ?? o.now.toISOString();
    await api.putLabel(label, `strikes=${strikes} since=${since}`.slice(0, 100), !!current);
    if (strikes < o.after) return `failing run ${strikes} of ${o.after}: no alert yet`;
    const reason = (status.reason ?? 'the smoke check fails').slice(0, 180);
    const open = o.issue ? await mine() : undefined;
    if (open) {
      await api.comment(open.number, `Still down after ${strikes} consecutive failing runs: ${reason}${run}`);
      return `still down (${strikes} failing runs): commented on issue #${open.number}`;
    }
    const title = `🔴 ${host} is down: ${reason}`.slice(0, 250);
    let said = `down for ${strikes} consecutive runs`;
    let fresh = strikes === o.after;
    if (o.issue) {
      const body = [
        MARKER(status.url),
        `**${status.url}** failed ${strikes} consecutive smoke runs (first failure ${since}).`,
        '',
        `Latest failure: ${reason}${run}`,
        '',
        'Launch Gate comments here while it stays down and closes this issue when it recovers.',
      ].join('\n');
      said += `: opened issue #${await api.createIssue(title, body)}`;
      fresh = true;
    }
    if (fresh) await o.notify?.(`${title} (${strikes} consecutive failing runs)${o.runUrl ? ` ${o.runUrl}` : ''}`);
    return said;
  }

  const open = o.issue ? await mine() : undefined;
  if (!current && !open) return 'up';
  const down = streak.since ? formatDuration(o.now.getTime() - Date.parse(streak.since)) : undefined;
  if (open) {
    await api.comment(
      open.number,
      `✅ Recovered${down ? ` after ${down} of downtime (since ${streak.since})` : ''}${run}`,
    );
    await api.close(open.number);
  }
  if (current) await api.deleteLabel(label);
  if (open || streak.strikes >= o.after)
    await o.notify?.(`✅ ${host} is back up${down ? ` after ${down}` : ''}${o.runUrl ? ` ${o.runUrl}` : ''}`);
  return open
    ? `recovered after ${down ?? 'an outage'}: closed issue #${open.number}`
    : `up again after ${streak.strikes} failing run(s)`;
}

/** The REST calls, through octokit (loaded only when alerts run). */
export async function octokitApi(token: string, apiUrl: string, owner: string, repo: string): Promise<UptimeApi> {
  const github = await import('@actions/github');
  const kit = github.getOctokit(token, { baseUrl: apiUrl });
  const status = (e: unknown) => (e as { status?: number }).status;
  return {
    async getLabel(name) {
      try {
        return (await kit.rest.issues.getLabel({ owner, repo, name })).data;
      } catch (e) {
        if (status(e) === 404) return undefined;
        throw e;
      }
    },
    async putLabel(name, description, exists) {
      if (exists) await kit.rest.issues.updateLabel({ owner, repo, name, description });
      else await kit.rest.issues.createLabel({ owner, repo, name, description, color: 'd93f0b' });
    },
    async deleteLabel(name) {
      await kit.rest.issues.deleteLabel({ owner, repo, name });
    },
    async openIssues() {
      const { data } = await kit.rest.issues.listForRepo({
        owner,
        repo,
        labels: UPTIME_LABEL,
        state: 'open',
        per_page: 100,
      });
      return data.map((i) => ({ number: i.number, body: i.body }));
    },
    async createIssue(title, body) {
      return (await kit.rest.issues.create({ owner, repo, title, body, labels: [UPTIME_LABEL] })).data.number;
    },
    async comment(issue_number, body) {
      await kit.rest.issues.createComment({ owner, repo, issue_number, body });
    },
    async close(issue_number) {
      await kit.rest.issues.update({ owner, repo, issue_number, state: 'closed', state_reason: 'completed' });
    },
  };
}

/** POSTs `{ text }` (what Slack, Discord-compatible and most chat webhooks accept). */
export async function postWebhook(url: string, text: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
  });
  if (!res.ok) throw new Error(`the alert webhook answered ${res.status}`);
}

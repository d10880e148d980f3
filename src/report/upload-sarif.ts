// `upload-sarif: true`: the SARIF goes to code scanning from the gate's own step, through the REST
// endpoint that codeql-action/upload-sarif uses (gzip + base64; the category is already in the file's
// automationDetails). Needs `security-events: write`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface SarifUpload {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  /** The commit the results belong to and its ref (`refs/pull/N/merge` on a PR, as the runner sets). */
  commitSha: string;
  ref: string;
  path: string;
}

/** Uploads; resolves to the upload id GitHub returns. Throws with GitHub's message on refusal. */
export async function uploadSarif(u: SarifUpload, fetchImpl: typeof fetch = fetch): Promise<string | undefined> {
  const sarif = gzipSync(readFileSync(u.path)).toString('base64');
  const res = await fetchImpl(`${u.apiUrl.replace(/\/$/, '')}/repos/${u.owner}/${u.repo}/code-scanning/sarifs`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${u.token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'launch-gate',
    },
    body: JSON.stringify({ commit_sha: u.commitSha, ref: u.ref, sarif, tool_name: 'Launch Gate' }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? message;
    } catch {
      // not JSON: the start of the body
    }
    const hint =
      res.status === 403 || res.status === 404
        ? ' (the job needs `permissions: security-events: write`, and code scanning must be available for the repository)'
        : '';
    throw new Error(`GitHub refused the SARIF upload: HTTP ${res.status} ${message}${hint}`);
  }
  try {
    return (JSON.parse(text) as { id?: string }).id;
  } catch {
    return undefined;
  }
}

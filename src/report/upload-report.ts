// `upload-report: true`: the JSON report (and the SARIF) as a workflow artifact, named per category so
// two gate steps of one run do not collide. @actions/artifact is loaded only when asked (it is large).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Artifact names may not hold `" : < > | * ? \ /` or line breaks. */
export const artifactName = (category: string): string =>
  `launch-gate-${category.replace(/^launch-gate\/?/, '').replace(/[":<>|*?\\/\r\n\s]+/g, '-') || 'report'}`;

export async function uploadReport(files: string[], category: string, temp = tmpdir()): Promise<string> {
  // The artifact client wants every file under one root folder.
  const dir = mkdtempSync(join(temp, 'launch-gate-artifact-'));
  const copies = files.map((f) => {
    const to = join(dir, basename(f));
    copyFileSync(f, to);
    return to;
  });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const name = artifactName(category);
  await new DefaultArtifactClient().uploadArtifact(name, copies, dir, { retentionDays: 30 });
  return name;
}

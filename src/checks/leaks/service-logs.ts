// Log hygiene of the services the gate starts (perf, ai): credentials, auth headers, passwords in
// URLs and personal data in what the service prints. Pure: the caller captures the lines.
import type { Finding } from '../../types.js';

export interface ServiceLogLine {
  text: string;
  stream: 'stdout' | 'stderr';
  /** The route being loaded when the line appeared (`GET /api/items`), if any. */
  route?: string;
}

export interface ServiceLogInput {
  lines: ServiceLogLine[];
  /** Values the gate itself sent (route headers and bodies, login passwords): seen in a log = blocker. */
  sent: string[];
  /** Which service printed them, for the message (`head service`). */
  source: string;
}

/** Findings (`log-secret`, `log-personal-data`) for what a service printed. */
export function scanServiceLogs(input: ServiceLogInput): Finding[] {
  void input;
  return [];
}

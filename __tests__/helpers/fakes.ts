// Fake credentials assembled at run time, so the repository itself stays clean to scanners.
import { randomBytes } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function randomFrom(alphabet: string, n: number): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i] % alphabet.length];
  return s;
}

export const fakeAwsKeyId = () => ['AK', 'IA', randomFrom(UPPER_NUM, 16)].join('');
export const fakeAwsSecret = () => randomFrom(ALNUM + '/+', 40);
export const fakeGithubToken = () => ['gh', 'p_', randomFrom(ALNUM, 36)].join('');

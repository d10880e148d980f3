import type { Check, CheckId } from '../types.js';
import { check as secrets } from './secrets/index.js';
import { check as env } from './env/index.js';
import { check as migrations } from './migrations/index.js';
import { check as perf } from './perf/index.js';
import { check as smoke } from './smoke/index.js';
import { check as ai } from './ai/index.js';

/** Every check, in the order they run and appear in reports. */
export const CHECKS: Record<CheckId, Check> = { secrets, env, migrations, perf, smoke, ai };

// The action's entry point (dist/index.js): everything lives in main.ts so other runners can call run().
import { run } from './main.js';

void run();

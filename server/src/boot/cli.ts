// dist/cli.js: the command line (dist/cli.bundle.js), run with its V8 code cache (see code-cache.ts),
// which is written when the process exits if it was missing or rejected.
import { join } from 'node:path';
import { runBundle } from './code-cache.ts';

runBundle(join(__dirname, 'cli.bundle.js'), module, require, true);

// dist/worker.js: a worker thread of `saring check`, which runs the command line's bundle
// (dist/cli.bundle.js, see cli/entry.ts) with the code cache the command line writes. Worker
// threads are terminated rather than left to exit, so they never write the cache themselves.
import { join } from 'node:path';
import { runBundle } from './code-cache.ts';

runBundle(join(__dirname, 'cli.bundle.js'), module, require);

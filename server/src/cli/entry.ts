// The bundle of the command line, dist/cli.bundle.js: the `saring` command on the main thread, a
// worker of `saring check` in a worker thread. One bundle for both means one code cache (see
// boot/code-cache.ts), written by the command line at exit and read by every worker it starts.
import { isMainThread } from 'node:worker_threads';
import { runCli } from './main.ts';
import { runWorker } from './worker.ts';

if (isMainThread) runCli();
else runWorker();

// The bundle of the command line, dist/cli.bundle.js: the `saring` command on the main thread, a
// worker of `saring check` in a worker thread. One bundle for both means one code cache (see
// boot/code-cache.ts), written by the command line at exit and read by every worker it starts.
import { isMainThread } from 'node:worker_threads';
import { bundleStore } from '../boot/code-cache.ts';
import { setAutomatonStore } from '../engine/prefilter.ts';
import { runCli } from './main.ts';
import { runWorker } from './worker.ts';

// The prefilter's first automaton is read back from beside the bundle when an earlier run built it.
setAutomatonStore(bundleStore('prefilter'));
if (isMainThread) runCli();
else runWorker();

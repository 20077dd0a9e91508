// A worker thread of `saring check`: lints the batches of files the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { createTwoFilesPatch } from 'diff';
import { ConfigCache } from '../config/discover.ts';
import { environmentOptions } from '../config/environment.ts';
import { processFile, type ProcessOptions } from './process.ts';
import { displayPath } from './format.ts';

interface WorkerInit {
  explicitConfig?: string;
  opts: ProcessOptions;
}

const init = workerData as WorkerInit;
const cache = new ConfigCache(environmentOptions(init.opts.locale), init.explicitConfig);
const makeDiff = (p: string, a: string, b: string) => createTwoFilesPatch(displayPath(p), displayPath(p), a, b);

parentPort?.on('message', (msg: { id: number; files: string[] }) => {
  const results = msg.files.map((f) => {
    try {
      return processFile(f, cache, init.opts, makeDiff);
    } catch (e) {
      return { path: f, findings: [], error: `internal error: ${(e as Error).message}` };
    }
  });
  parentPort?.postMessage({ id: msg.id, results });
});

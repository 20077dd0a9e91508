// A worker thread of `saring check`: lints the batches of files the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { createTwoFilesPatch } from 'diff';
import { ConfigCache } from '../config/discover.ts';
import { environmentOptions } from '../config/environment.ts';
import { sharedSpeller, type SuggestionEntry } from '../config/dictionary.ts';
import { processFile, type ProcessOptions } from './process.ts';
import { displayPath } from './format.ts';
import type { BatchMessage, ResultMessage } from './pool.ts';

interface WorkerInit {
  explicitConfig?: string;
  opts: ProcessOptions;
}

const init = workerData as WorkerInit;
const cache = new ConfigCache(environmentOptions(init.opts.locale), init.explicitConfig);
const makeDiff = (p: string, a: string, b: string) => createTwoFilesPatch(displayPath(p), displayPath(p), a, b);
// Spelling suggestions travel between the threads with the batches (see SharingSpeller).
const speller = sharedSpeller();
speller?.share();

parentPort?.on('message', (msg: BatchMessage) => {
  if (msg.learned.length) speller?.learn(msg.learned as SuggestionEntry[]);
  const results = msg.files.map((f) => {
    try {
      return processFile(f, cache, init.opts, makeDiff);
    } catch (e) {
      return { path: f, findings: [], error: `internal error: ${(e as Error).message}` };
    }
  });
  const reply: ResultMessage = { id: msg.id, results, computed: speller?.takeComputed() ?? [] };
  parentPort?.postMessage(reply);
});

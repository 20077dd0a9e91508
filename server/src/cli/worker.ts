// A worker thread of `saring check`: lints the batches of files the main thread sends it. It runs
// the command line's own bundle (see entry.ts), so it starts from the code cache the command line
// wrote, with the functions the main thread compiled for its files already in it.
import { parentPort, workerData } from 'node:worker_threads';
import { createTwoFilesPatch } from 'diff';
import { ConfigCache } from '../config/discover.ts';
import { environmentOptions } from '../config/environment.ts';
import { sharedSpeller, type SuggestionEntry } from '../config/dictionary.ts';
import { processFile, type FileResult, type ProcessOptions } from './process.ts';
import { displayPath } from './format.ts';
import type { FromWorker, ToWorker } from './pool.ts';

export interface WorkerInit {
  explicitConfig?: string;
  opts: ProcessOptions;
}

export function runWorker(): void {
  const init = workerData as WorkerInit;
  const cache = new ConfigCache(environmentOptions(init.opts.locale), init.explicitConfig);
  const makeDiff = (p: string, a: string, b: string) => createTwoFilesPatch(displayPath(p), displayPath(p), a, b);
  // Spelling suggestions travel between the threads as they are computed (see SharingSpeller).
  const speller = sharedSpeller();
  speller?.share();

  // Batches wait here and are linted one file per event-loop turn, so that suggestions another thread
  // sends arrive between files rather than after the whole batch.
  const queue: Array<{ id: number; files: string[]; results: FileResult[] }> = [];
  let running = false;

  const lintOne = (f: string): FileResult => {
    try {
      return processFile(f, cache, init.opts, makeDiff);
    } catch (e) {
      return { path: f, findings: [], error: `internal error: ${(e as Error).message}` };
    }
  };

  const post = (msg: FromWorker): void => {
    parentPort?.postMessage(msg);
  };

  const step = (): void => {
    const batch = queue[0];
    if (!batch) {
      running = false;
      return;
    }
    if (batch.results.length < batch.files.length) {
      batch.results.push(lintOne(batch.files[batch.results.length]));
      const computed = speller?.takeComputed() ?? [];
      if (computed.length) post({ kind: 'computed', entries: computed });
    }
    if (batch.results.length >= batch.files.length) {
      queue.shift();
      post({ kind: 'results', id: batch.id, results: batch.results });
    }
    setImmediate(step);
  };

  parentPort?.on('message', (msg: ToWorker) => {
    if (msg.kind === 'learn') {
      speller?.learn(msg.entries as SuggestionEntry[]);
      return;
    }
    queue.push({ id: msg.id, files: msg.files, results: [] });
    if (!running) {
      running = true;
      setImmediate(step);
    }
  });
}

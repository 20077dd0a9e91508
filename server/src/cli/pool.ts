// Spreads `saring check` over the main thread and worker threads. The main thread lints too (it has
// compiled the configuration already, to print its problems), one file per turn of the event loop so
// that a worker's finished batch is answered at once with the next one.
//
// Workers start at once when the configuration is a heavy one (many rules): a worker's start-up
// (loading the bundle, compiling the rules, warming the JIT and its own spelling cache) runs on
// another core while the main thread lints. With a light configuration the main thread first judges
// from its own rate whether the work left is worth a worker at all: a cheap configuration over a
// thousand small files is done before a worker would have warmed up, and a worker starting beside it
// slows it down (~70 ms on 0.55 s, competing with its background compiler). What used to make an
// early worker expensive was the end of the run, when the main thread waited for a slow cold worker's
// last batch; here, once nothing is left to hand out, the main thread lints the files still out at a
// worker itself (last ones first) and whichever answer comes first is kept. The answers are the
// same: linting is a pure function of the file. With --fix that would write a file twice, so fixing
// runs never repeat a worker's files.

import { Worker } from 'node:worker_threads';
import type { FileResult } from './process.ts';

/** A worker's first batch is small, so its cold start turns into results (and balance) early. */
const FIRST_BATCH = 4;
const MAX_BATCH = 32;
/** Batches queued per worker, so it never waits for the main thread to send the next one. */
const IN_FLIGHT = 2;
/** Below this many files per extra thread, a worker's start-up is not worth it. */
const MIN_FILES_PER_WORKER = 16;
/**
 * Work left (ms on one thread) above which a light configuration's run starts its workers, judged
 * from the main thread's own rate once its first 50 ms (cold code, compiling the rules) are behind
 * it. The estimate still runs high (the code keeps warming up) and a worker needs ~0.5 s before it
 * lints at speed, so the bar is well above that.
 */
const WORKER_WORTH_MS = 1500;
const JUDGE_WARM_MS = 50;
const JUDGE_AFTER_MS = 30;
const JUDGE_AFTER_FILES = 32;

export interface PoolTask {
  files: string[];
  /** Threads in all, the main thread included. */
  jobs: number;
  /** Starts the workers (jobs - 1 of them); runPool terminates them when it is done. */
  spawn: () => Worker[];
  /** Start the workers with the run (a heavy configuration) rather than after judging the main thread's rate. */
  eager: boolean;
  /** Lints one file on the main thread. */
  lintHere: (file: string) => FileResult;
  progress: (done: number) => void;
  /** Whether a file may be linted twice (no --fix), so the main thread can take over a worker's files. */
  repeatable: boolean;
  /** The main thread's end of a cache the threads share (spelling suggestions), passed along with the batches. */
  shared?: SharedCache;
}

/** What a thread computed that the others can reuse; entries are plain data (structured clone). */
export interface SharedCache {
  /** Entries this thread computed since the last call. */
  take(): unknown[];
  learn(entries: unknown[]): void;
}

/** From the main thread to a worker: a batch of files from index `id` on, or cache entries to reuse. */
export type ToWorker = { kind: 'batch'; id: number; files: string[] } | { kind: 'learn'; entries: unknown[] };
/** From a worker: the results of the batch from `id` on, or cache entries it computed. */
export type FromWorker = { kind: 'results'; id: number; results: FileResult[] } | { kind: 'computed'; entries: unknown[] };

interface WorkerSlot {
  worker: Worker;
  /** Batches sent and not answered yet, oldest first, as [start, end) indexes into files. */
  out: Array<[number, number]>;
  sent: number;
}

export function workerCount(files: number, jobs: number): number {
  return Math.max(0, Math.min(jobs - 1, Math.floor(files / MIN_FILES_PER_WORKER)));
}

export function startWorkers(count: number, workerFile: string, workerData: unknown): Worker[] {
  return Array.from({ length: count }, () => new Worker(workerFile, { workerData }));
}

export function runPool(task: PoolTask): Promise<FileResult[]> {
  const { files, jobs } = task;
  const n = files.length;
  const results: Array<FileResult | undefined> = new Array(n);
  let done = 0;
  let next = 0;
  const slots: WorkerSlot[] = [];
  // Cache entries go to the other threads as soon as they are computed (the workers read their
  // messages between files), because most unknown words turn up in the first files of each thread.
  const broadcast = (entries: unknown[], except?: WorkerSlot): void => {
    if (entries.length === 0) return;
    const msg: ToWorker = { kind: 'learn', entries };
    for (const s of slots) if (s !== except) s.worker.postMessage(msg);
  };
  // Guided scheduling: big batches while much is left (fewer messages), smaller towards the end so
  // the threads finish together.
  const batchSize = (slot: WorkerSlot): number => {
    if (slot.sent === 0) return FIRST_BATCH;
    return Math.max(1, Math.min(MAX_BATCH, Math.ceil((n - next) / (jobs * 4))));
  };
  const record = (i: number, r: FileResult): void => {
    if (results[i] !== undefined) return;
    results[i] = r;
    done++;
  };
  /** A file still out at a worker and not answered, from the far end of the latest batches. */
  const unanswered = (): number => {
    for (const slot of slots) {
      for (let b = slot.out.length - 1; b >= 0; b--) {
        const [start, end] = slot.out[b];
        for (let i = end - 1; i >= start; i--) if (results[i] === undefined) return i;
      }
    }
    return -1;
  };

  return new Promise<FileResult[]>((resolve, reject) => {
    let finished = false;
    const fail = (e: Error): void => {
      if (finished) return;
      finished = true;
      for (const s of slots) void s.worker.terminate();
      reject(e);
    };
    const finish = (): void => {
      if (finished || done < n) return;
      // (An empty list of files ends here too, with the workers terminated.)
      finished = true;
      for (const s of slots) void s.worker.terminate();
      resolve(results as FileResult[]);
    };
    const feed = (slot: WorkerSlot): void => {
      while (slot.out.length < IN_FLIGHT && next < n) {
        const range: [number, number] = [next, Math.min(n, next + batchSize(slot))];
        next = range[1];
        slot.out.push(range);
        slot.sent++;
        const msg: ToWorker = { kind: 'batch', id: range[0], files: files.slice(range[0], range[1]) };
        slot.worker.postMessage(msg);
      }
    };

    const adopt = (worker: Worker): void => {
      const slot: WorkerSlot = { worker, out: [], sent: 0 };
      slots.push(slot);
      slot.worker.on('message', (msg: FromWorker) => {
        if (msg.kind === 'computed') {
          task.shared?.learn(msg.entries);
          broadcast(msg.entries, slot);
          return;
        }
        const b = slot.out.findIndex((r) => r[0] === msg.id);
        if (b >= 0) slot.out.splice(b, 1);
        msg.results.forEach((r, j) => record(msg.id + j, r));
        task.progress(done);
        feed(slot);
        finish();
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => {
        if (!finished) fail(new Error(`a worker thread stopped before its files were linted (exit code ${code})`));
      });
      feed(slot);
    };
    if (task.eager) for (const w of task.spawn()) adopt(w);

    // Whether workers are worth starting, from the main thread's rate over its first files.
    let judged = task.eager;
    let mainFiles = 0;
    let warmAt = -1;
    let warmFiles = 0;
    const t0 = performance.now();
    const judge = (): void => {
      mainFiles++;
      const now = performance.now();
      if (warmAt < 0) {
        // The first files run cold (compiling the rules, the JIT), ten times slower than the rest.
        if (now - t0 >= JUDGE_WARM_MS) {
          warmAt = now;
          warmFiles = mainFiles;
        }
        return;
      }
      const elapsed = now - warmAt;
      const count = mainFiles - warmFiles;
      if (elapsed < JUDGE_AFTER_MS && count < JUDGE_AFTER_FILES) return;
      judged = true;
      if (((n - next) * elapsed) / Math.max(1, count) >= WORKER_WORTH_MS) for (const w of task.spawn()) adopt(w);
    };

    const step = (): void => {
      if (finished) return;
      let i = -1;
      if (next < n) i = next++;
      else if (task.repeatable) i = unanswered();
      // Nothing this thread may take: the workers' answers will finish the run.
      if (i < 0) return;
      record(i, task.lintHere(files[i]));
      if (!judged) judge();
      if (task.shared) broadcast(task.shared.take());
      task.progress(done);
      finish();
      setImmediate(step);
    };
    setImmediate(step);
    finish();
  });
}

// Memory back to the system when the writer pauses. V8 collects its old generation when the heap
// reaches a limit, not when the process goes quiet: after a burst of lints (a folder of documents
// opened, a long typing session) the server keeps the garbage of that burst, and the young
// generation at the size the burst grew it to, for as long as nobody types (measured with 200
// documents open: 170-190 MB resident, of which about 40 MB are live). Full collections once the
// server has been idle a while give the old generation's garbage back. V8 shrinks the young
// generation at a collection only when it has seen little allocation over the last five seconds,
// counted from the collection before: hence a cheap young-generation collection soon after the
// burst, so that the one after the pause sees a quiet interval.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** After the last lint: a young-generation collection, then the full ones. */
export const IDLE_SETTLE_MS = 1000;
export const IDLE_COLLECT_MS = 8000;

type Gc = (options?: { type: 'minor' | 'major' }) => void;

/** V8's gc(), which a running process can expose to a new context; null where that fails. */
function gcFunction(): Gc | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Gc) : null;
  } catch {
    return null;
  }
}

/**
 * Collects garbage once nothing has happened for a while after the last `busy()`, and not again
 * until the next busy period. The timers never keep the process alive.
 */
export function idleCollector(settle = IDLE_SETTLE_MS, collect = IDLE_COLLECT_MS): { busy(): void } {
  // Made now (under a millisecond), not when idle: a new context allocates.
  const gc = gcFunction();
  if (!gc) return { busy() {} };
  let since = 0;
  let timer: NodeJS.Timeout | undefined;
  let stage = 0;
  const arm = (ms: number) => {
    timer = setTimeout(fire, ms);
    timer.unref();
  };
  const fire = () => {
    timer = undefined;
    if (stage === 0) {
      gc({ type: 'minor' });
      stage = 1;
      arm(Math.max(0, collect - (performance.now() - since)));
      return;
    }
    gc({ type: 'minor' });
    // Twice: the second finishes what the first freed, so its pages go back to the system now.
    gc();
    gc();
    stage = 0;
  };
  return {
    busy() {
      since = performance.now();
      stage = 0;
      if (timer) clearTimeout(timer);
      arm(settle);
    },
  };
}

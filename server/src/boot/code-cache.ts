// Runs a bundle of dist/ with a V8 code cache beside it. Compiling a bundle of 1.5-2 MB is the
// largest single cost of each process's and worker thread's start (Node's loader, wrapSafe: 0.1-0.2
// s of a one-file `saring check`), and again for every function the first run calls; V8 can instead
// read back what it compiled last time (vm.Script's cachedData), bytecode of those functions included.
// Node 20 has no module.enableCompileCache, so the entry points (dist/cli.js, dist/worker.js,
// dist/server.js) are this loader and the code lives in *.bundle.js.
//
// The cache is never trusted beyond what it is. V8 rejects data from another V8 version or made
// with other flags, but of the source it checks only the length, and a release build of V8 does
// not check the data's own checksum: so the file also holds a hash of the bundle's bytes and one of
// the data, and data for another bundle, or damaged, is not even offered (hashing both costs ~5 ms).
// A rejected or missing cache means compiling as Node does, and writing a new cache once the run
// has compiled what it needs. Writing is atomic (temporary file, then rename) and never fatal: a
// read-only dist/ just goes without.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** Where the bundle's code asks for its cache to be written (see saveCodeCache); one per thread. */
const SAVE = Symbol.for('saring.saveCodeCache');
/** The running bundle's cache folder and hash (see bundleStore); one per thread. */
const BUNDLE = Symbol.for('saring.bundle');
const MAGIC = 'saring-v8-cache-2\n';
const HASH_BYTES = 20;

function sha1(bytes: Uint8Array): Buffer {
  return createHash('sha1').update(bytes).digest();
}

/**
 * Tells the loader that the functions worth caching have been compiled (after a first document):
 * it writes the cache then, if the one it found was missing or rejected.
 * Does nothing when the code was not started by the loader (tests, tsx).
 */
export function saveCodeCache(): void {
  const save = (globalThis as Record<symbol, (() => void) | undefined>)[SAVE];
  save?.();
}

/** The cache file of `bundle` for this Node version and machine (V8 would reject another's anyway). */
export function cacheFileOf(bundle: string): string {
  const base = bundle.slice(dirname(bundle).length + 1);
  return join(dirname(bundle), 'v8-cache', `${base}.${process.version}-${process.arch}.cache`);
}

/** What became of the cache: read and used, offered and rejected by V8, or none to offer. */
export type CacheUse = 'accepted' | 'rejected' | 'none';

/**
 * Compiles and runs `bundle` as a CommonJS module in place of the calling module (the loader's
 * `module`, `exports` and `require`; the bundle lives in the same folder, so `require` resolves the
 * same), with the code cache. `saveOnExit`: also write the cache when the process exits, for a
 * command line run that never says when it is warm.
 */
export function runBundle(bundle: string, mod: NodeModule, req: NodeJS.Require, saveOnExit = false): CacheUse {
  const bytes = readFileSync(bundle);
  const hash = sha1(bytes);
  const cacheFile = cacheFileOf(bundle);
  let cachedData: Buffer | undefined;
  try {
    const file = readFileSync(cacheFile);
    const head = MAGIC.length;
    const data = file.subarray(head + 2 * HASH_BYTES);
    if (file.toString('latin1', 0, head) === MAGIC && hash.equals(file.subarray(head, head + HASH_BYTES)) && sha1(data).equals(file.subarray(head + HASH_BYTES, head + 2 * HASH_BYTES))) cachedData = data;
  } catch {
    // No cache yet (or unreadable): compiled as usual below.
  }
  // The wrapper Node's own loader puts around a CommonJS module (module.wrap), on the same line, so
  // line numbers in stack traces are the bundle's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  let saved = accepted;
  const save = (): void => {
    if (saved) return;
    saved = true;
    try {
      const data = script.createCachedData();
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC, 'latin1'), hash, sha1(data), data]));
      try {
        renameSync(tmp, cacheFile);
      } catch (e) {
        unlinkSync(tmp);
        throw e;
      }
    } catch {
      // A read-only or full disk: the next run compiles again, nothing worse.
    }
  };
  (globalThis as Record<symbol, unknown>)[SAVE] = save;
  (globalThis as Record<symbol, unknown>)[BUNDLE] = { dir: dirname(cacheFile), hash: hash.toString('hex') };
  if (saveOnExit) process.once('exit', save);
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeModule, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, req, mod, bundle, dirname(bundle));
  return accepted ? 'accepted' : cachedData ? 'rejected' : 'none';
}

const STORE_MAGIC = 'saring-store-1\n';

/**
 * Files beside the code cache for data the running bundle's code derives and could derive again (the
 * prefilter's automaton): `save(key, bytes)` and, in a later process or thread, `load(key)`. A file
 * belongs to one bundle (its hash is in the name, so new code never reads what old code wrote) and
 * one key, which it holds in full and compares, with a hash of its contents against damage; like the
 * code cache, written atomically and never fatal. Undefined when the code was not started by the
 * loader (tests, tsx).
 */
export function bundleStore(kind: string): { load(key: string): Uint8Array | undefined; save(key: string, bytes: Uint8Array): void } | undefined {
  const bundle = (globalThis as Record<symbol, { dir: string; hash: string } | undefined>)[BUNDLE];
  if (!bundle) return undefined;
  const fileOf = (key: Buffer) => join(bundle.dir, `${kind}-${bundle.hash.slice(0, 16)}-${sha1(key).toString('hex').slice(0, 16)}.bin`);
  const head = STORE_MAGIC.length;
  return {
    load(key) {
      const k = Buffer.from(key, 'utf8');
      try {
        const file = readFileSync(fileOf(k));
        if (file.toString('latin1', 0, head) !== STORE_MAGIC || !sha1(file.subarray(head + HASH_BYTES)).equals(file.subarray(head, head + HASH_BYTES))) return undefined;
        const at = head + HASH_BYTES + 4;
        const length = file.readUInt32LE(head + HASH_BYTES);
        if (!k.equals(file.subarray(at, at + length))) return undefined;
        return file.subarray(at + length);
      } catch {
        return undefined;
      }
    },
    save(key, bytes) {
      const k = Buffer.from(key, 'utf8');
      const file = fileOf(k);
      try {
        const length = Buffer.alloc(4);
        length.writeUInt32LE(k.length);
        const rest = Buffer.concat([length, k, bytes]);
        mkdirSync(bundle.dir, { recursive: true });
        const tmp = `${file}.${process.pid}-${threadId}.tmp`;
        writeFileSync(tmp, Buffer.concat([Buffer.from(STORE_MAGIC, 'latin1'), sha1(rest), rest]));
        try {
          renameSync(tmp, file);
        } catch (e) {
          unlinkSync(tmp);
          throw e;
        }
      } catch {
        // As for the code cache: the next process builds it again.
      }
    },
  };
}

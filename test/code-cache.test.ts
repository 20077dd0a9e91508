// The loaders of dist/ (server/src/boot/code-cache.ts): the V8 code cache is written, read back on
// the next start (not rewritten, which is what a rejected or missing cache would cause), never used
// when damaged or made for other bytes, and never in the way when it cannot be written; the same for
// the prefilter's automaton kept beside it. Each test runs a copy of dist/ so that the real one's
// cache is left alone.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { TestClient } from './lsp/client.ts';

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'test/fixtures/contoh/polres-razia.md');

describe('V8 code cache of the bundles', function () {
  this.timeout(120000);
  let box: string;
  let dist: string;
  let cacheDir: string;
  const cacheOf = (bundle: string) => join(cacheDir, `${bundle}.${process.version}-${process.arch}.cache`);
  const check = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(box, 'server/bin/saring.cjs'), 'check', ...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  before(() => {
    execFileSync(process.execPath, [join(root, 'server/build.mjs'), '--no-check'], { stdio: 'inherit' });
    box = mkdtempSync(join(tmpdir(), 'saring-cache-'));
    dist = join(box, 'dist');
    cacheDir = join(dist, 'v8-cache');
    mkdirSync(join(box, 'server/bin'), { recursive: true });
    cpSync(join(root, 'server/bin/saring.cjs'), join(box, 'server/bin/saring.cjs'));
    cpSync(join(root, 'dist'), dist, { recursive: true, filter: (f) => !f.endsWith('.map') && !f.includes('v8-cache') });
  });
  after(() => rmSync(box, { recursive: true, force: true }));
  beforeEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('the command line writes its cache on a first run and reads it back on the next', () => {
    const expected = spawnSync(process.execPath, [join(root, 'server/bin/saring.cjs'), 'check', fixture, '--format', 'json'], { encoding: 'utf8' });
    const first = check(fixture);
    assert.equal(first.out, expected.stdout);
    assert.equal(first.code, expected.status);
    const written = readFileSync(cacheOf('cli.bundle.js'));
    const second = check(fixture);
    assert.equal(second.out, expected.stdout);
    assert.equal(second.err, '');
    assert.ok(readFileSync(cacheOf('cli.bundle.js')).equals(written), 'an accepted cache is not written again');
  });

  it('a damaged cache is not used, and a new one replaces it', () => {
    const expected = check(fixture).out;
    const file = cacheOf('cli.bundle.js');
    const damaged = readFileSync(file);
    for (let i = damaged.length >> 1; i < damaged.length; i += 4096) damaged[i] ^= 0xff;
    writeFileSync(file, damaged);
    assert.equal(check(fixture).out, expected);
    assert.ok(!readFileSync(file).equals(damaged));
    assert.equal(check(fixture).out, expected);
  });

  it('a cache made for other bytes of the bundle is not offered to V8', () => {
    const expected = check(fixture).out;
    const bundle = join(dist, 'cli.bundle.js');
    const original = readFileSync(bundle);
    try {
      // Same length (all V8 checks of the source), one character of a comment changed.
      const text = original.toString('utf8');
      const at = text.indexOf('// ');
      writeFileSync(bundle, text.slice(0, at) + '//x' + text.slice(at + 3));
      const before = readFileSync(cacheOf('cli.bundle.js'));
      assert.equal(check(fixture).out, expected);
      assert.ok(!readFileSync(cacheOf('cli.bundle.js')).equals(before), 'the cache was made again for the new bytes');
    } finally {
      writeFileSync(bundle, original);
    }
  });

  it('a cache folder that cannot be made only costs time', () => {
    const expected = check(fixture);
    rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(cacheDir, 'not a folder');
    try {
      const r = check(fixture);
      assert.equal(r.out, expected.out);
      assert.equal(r.code, expected.code);
      assert.equal(r.err, '');
    } finally {
      rmSync(cacheDir, { force: true });
    }
  });

  it("the prefilter's first automaton is stored beside the bundle and read back, not when damaged", () => {
    const expected = check(fixture).out;
    const stored = () => readdirSync(cacheDir).filter((f) => f.startsWith('prefilter-'));
    assert.equal(stored().length, 1);
    const file = join(cacheDir, stored()[0]);
    const written = readFileSync(file);
    assert.equal(check(fixture).out, expected);
    assert.ok(readFileSync(file).equals(written), 'read back, not built and written again');
    const damaged = Buffer.from(written);
    damaged[damaged.length - 100] ^= 0xff;
    writeFileSync(file, damaged);
    assert.equal(check(fixture).out, expected);
    assert.ok(readFileSync(file).equals(written), 'built again and written as before');
  });

  it('a worker thread reads back the cache its process wrote, as the workers of saring check do', () => {
    // A bundle of its own, run by runBundle in a child process and then in a worker thread of
    // another one, with the regexp flag the command line sets: V8 flags are the process's, so the
    // worker's compile sees the flags the cache was written with.
    const dir = join(box, 'synthetic');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.bundle.js'), 'module.exports.answer = [1, 2, 3].map(function (x) { return x * 14; }).join(",");\n');
    // The loader as the build bundles it (worker threads do not get tsx's hooks).
    buildSync({ entryPoints: [join(root, 'server/src/boot/code-cache.ts')], outfile: join(dir, 'code-cache.cjs'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    const script = `
      const { setFlagsFromString } = require('node:v8');
      setFlagsFromString('--regexp-tier-up-ticks=0');
      const { Worker, isMainThread, parentPort } = require('node:worker_threads');
      const { runBundle } = require('./code-cache.cjs');
      const mod = { exports: {} };
      const use = runBundle(${JSON.stringify(join(dir, 'x.bundle.js'))}, mod, require, true);
      if (!isMainThread) parentPort.postMessage(use + ' ' + mod.exports.answer);
      else if (process.argv[2] !== 'worker') console.log(use + ' ' + mod.exports.answer);
      else new Worker(__filename, { argv: ['worker'] }).on('message', (m) => console.log(m));`;
    const file = join(dir, 'run.cjs');
    writeFileSync(file, script);
    const run = (...args: string[]) => execFileSync(process.execPath, [file, ...args], { encoding: 'utf8' }).trim();
    assert.equal(run(), 'none 14,28,42');
    assert.equal(run(), 'accepted 14,28,42');
    assert.equal(run('worker'), 'accepted 14,28,42');
  });

  it('the language server writes its cache after its first document and reads it back', async () => {
    const start = async () => {
      const c = new TestClient(['--stdio'], join(dist, 'server.js'));
      await c.initialize();
      const uri = pathToFileURL(fixture).href;
      await c.open(uri, readFileSync(fixture, 'utf8'));
      const p = await c.diagnostics(uri);
      assert.equal(await c.shutdown(), 0);
      return p.diagnostics.length;
    };
    const n = await start();
    assert.ok(n > 0);
    const written = readFileSync(cacheOf('server.bundle.js'));
    assert.equal(await start(), n);
    // The flags the server sets (regexp tier-up, --expose-gc) are set before its bundle is compiled;
    // set after, they would make V8 reject the cache at every start.
    assert.ok(readFileSync(cacheOf('server.bundle.js')).equals(written), 'an accepted cache is not written again');
  });
});

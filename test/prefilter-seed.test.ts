// The prefilter seed the build writes for the language server (dist/prefilter-seed.json, see
// server/build-prefilter.ts) must change no answer: each of its entries is what requiredClauses
// derives for that source and flags, and a fresh process seeded with it finds what one without it does.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredClauses, type PrefilterSeed } from '../server/src/engine/prefilter.ts';

const root = join(import.meta.dirname, '..');
const seedFile = join(root, 'dist', 'prefilter-seed.json');

describe('prefilter seed', function () {
  this.timeout(120000);
  before(function () {
    if (!existsSync(seedFile)) execFileSync(process.execPath, ['--import', 'tsx', join(root, 'server/build-prefilter.ts')], { stdio: 'inherit' });
  });

  it('holds what requiredClauses derives for every entry', () => {
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as PrefilterSeed;
    assert.ok(seed.length > 100, `only ${seed.length} patterns in the seed`);
    for (const [source, flags, clauses] of seed) assert.deepEqual(clauses, requiredClauses(source, flags) ?? null, `/${source}/${flags}`);
  });

  it('changes no finding in a fresh process', () => {
    const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', join(root, 'test/seed/lint-fixtures.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const plain = run();
    const seeded = run('--seed', seedFile);
    assert.ok(plain.length > 1000);
    assert.equal(seeded, plain);
  });
});

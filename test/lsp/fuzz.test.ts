// A short run of the LSP fuzz (npm run fuzz runs 10,000 edits).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fuzz } from './fuzz.ts';
import { root } from './client.ts';

describe('language server under random incremental edits', function () {
  this.timeout(120000);
  before(() => execFileSync(process.execPath, [join(root, 'server/build.mjs'), '--no-check'], { stdio: 'inherit' }));
  it('keeps its text equal to the reference through 300 edits', async () => {
    const r = await fuzz(300, 3);
    assert.equal(r.edits, 300);
  });
  it('stays correct when an edit breaks the front matter (seed 7 found a stale cache at edit 110)', async () => {
    const r = await fuzz(150, 7);
    assert.equal(r.edits, 150);
  });
});

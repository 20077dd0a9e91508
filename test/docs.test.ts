// Generated documentation and schema must match the rules: run `npm run docs` after changing a rule.
import { strict as assert } from 'node:assert';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../server/gen-docs.ts';

describe('generated docs and schema', () => {
  const root = join(import.meta.dirname, '..');
  for (const [rel, content] of generatedFiles()) {
    it(`${rel} is up to date (npm run docs)`, () => {
      const p = join(root, rel);
      assert.ok(existsSync(p), `${rel} is missing: run npm run docs`);
      assert.equal(readFileSync(p, 'utf8'), content, `${rel} is stale: run npm run docs`);
    });
  }
});

// The bundled example releases (test/fixtures/contoh/, also what `npm run demo` shows) carry their
// expected findings inline, markdownlint-style: a line ends with `<!-- expect: rule/a rule/b -->`
// naming every finding that starts on that line, and a line without one must have none (in every
// family). The fixed text is snapshotted in test/fixtures/diperbaiki/ (UPDATE_SNAPSHOTS=1 rewrites
// them), and re-linting the fixed text must leave no safe fix behind.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { detectFormat, fixAll, lint, safeFixes, LineIndex } from '../server/src/engine/index.ts';
import { resolveConfig } from '../server/src/config/resolve.ts';
import { testOptions } from './helpers.ts';

const dir = join(import.meta.dirname, 'fixtures', 'contoh');
const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/;

describe('example releases with inline expectations', () => {
  const loaded = resolveConfig({ base: testOptions() });
  const config = loaded.config;
  const files = readdirSync(dir).filter((f) => /\.(md|txt|rilis)$/.test(f));
  it('there are examples of every format', () => {
    for (const ext of ['.md', '.txt', '.rilis']) assert.ok(files.some((f) => extname(f) === ext), ext);
  });
  for (const file of files) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const format = detectFormat(file);
    it(`${file}: exactly the expected findings, line by line`, () => {
      const expected = new Map<number, string[]>();
      text.split('\n').forEach((line, i) => {
        const m = EXPECT.exec(line);
        if (m) expected.set(i, m[1].split(/\s+/).filter(Boolean).sort());
      });
      const idx = new LineIndex(text);
      const actual = new Map<number, string[]>();
      for (const f of lint(text, config, { format })) {
        const line = idx.position(f.start).line;
        actual.set(line, [...(actual.get(line) ?? []), f.rule].sort());
      }
      const show = (m: Map<number, string[]>) => [...m].sort((a, b) => a[0] - b[0]).map(([l, r]) => `${l + 1}: ${r.join(' ')}`);
      assert.deepEqual(show(actual), show(expected));
    });
    it(`${file}: fixed text matches its snapshot and leaves no safe fix`, () => {
      const fixed = fixAll(text, config, { format });
      const snap = join(dir, '..', 'diperbaiki', file);
      if (process.env.UPDATE_SNAPSHOTS || !existsSync(snap)) writeFileSync(snap, fixed.output);
      assert.equal(fixed.output, readFileSync(snap, 'utf8'));
      assert.equal(safeFixes(lint(fixed.output, config, { format })).length, 0);
    });
  }
});

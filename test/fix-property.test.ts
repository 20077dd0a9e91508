// Property tests: fixes never lose text. Over generated documents (LF, CRLF, CR, Markdown syntax,
// astral characters, every case form of the trigger words), fix-all changes only the ranges of the
// fixes it applies, keeps every line break, and a second run changes nothing.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, fixAll, lint, safeFixes } from '../server/src/engine/index.ts';
import { resolveConfig } from '../server/src/config/resolve.ts';
import type { ResolvedConfig } from '../server/src/engine/types.ts';

const CUSTOM = `
custom:
  - id: uji/baku
    kind: swap
    message: "Gunakan {expected}"
    swap: { himbau: imbau, praktek: praktik, walikota: wali kota, resiko: risiko, "agar supaya": agar }
  - id: uji/rupiah
    kind: pattern
    fix: safe
    message: "Tulis {expected}"
    pattern: "Rp\\\\.?\\\\s+(?<angka>\\\\d)"
    replace: "Rp$<angka>"
`;

const words = ['Walikota', 'WALIKOTA', 'walikota', 'menghimbau', 'dihimbau', 'Himbauannya', 'praktek-praktek', 'resiko', 'agar supaya', 'Rp. 5 juta', 'Rp 44', 'warga', 'di', 'depan', 'kantor', 'yg', 'dgn', 'disana', 'Senin (26/5/2025)', 'masing masing', '😀', '𝒳', 'hoaks', 'NIK 3201014501870001', '“Kami hadir,” ujarnya.'];
const seps = [' ', '  ', ', ', '. ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' **', '** ', ' `kode` ', '\n> ', '\n- ', '\n# ', ' <!-- x --> ', ' https://x.go.id/praktek '];

const docArb = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

function lineBreaks(s: string): string[] {
  return s.match(/\r\n|\r|\n/g) ?? [];
}

describe('fix-all never loses text (property)', function () {
  this.timeout(120000);
  const configs: Array<[string, ResolvedConfig]> = [
    ['built-in rules + custom', resolveConfig({ text: CUSTOM }).config],
    ['custom only', resolveConfig({ text: 'extends: []\n' + CUSTOM }).config],
  ];
  for (const [name, config] of configs) {
    for (const format of ['markdown', 'plaintext'] as const) {
      it(`${name}, ${format}: one pass changes only the fixed ranges`, () => {
        fc.assert(
          fc.property(docArb, (text) => {
            const findings = lint(text, config, { format });
            const edits = safeFixes(findings).flatMap((f) => f.edits);
            const { output, applied } = applyEdits(text, edits);
            // Walk the applied edits: every stretch between them is unchanged.
            let inPos = 0;
            let outPos = 0;
            for (const e of applied) {
              const keep = text.slice(inPos, e.start);
              assert.equal(output.slice(outPos, outPos + keep.length), keep);
              outPos += keep.length + e.newText.length;
              inPos = e.end;
            }
            assert.equal(output.slice(outPos), text.slice(inPos));
          }),
          { numRuns: 150, seed: 42 },
        );
      });
      it(`${name}, ${format}: fix-all keeps line breaks and is idempotent`, () => {
        fc.assert(
          fc.property(docArb, (text) => {
            const once = fixAll(text, config, { format });
            assert.deepEqual(lineBreaks(once.output), lineBreaks(text));
            const twice = fixAll(once.output, config, { format });
            assert.equal(twice.output, once.output);
            assert.equal(twice.fixed, 0);
            assert.equal(safeFixes(once.remaining).length, 0, 'no safe fix left behind');
          }),
          { numRuns: 150, seed: 7 },
        );
      });
    }
  }
});

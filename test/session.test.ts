// The language server's per-document session reuses the diagnostics of the previous version for the
// findings an edit did not move; what it returns must still equal converting a fresh lint.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Session, commonPrefix, commonSuffix } from '../server/src/lsp/session.ts';
import { DEFAULT_SETTINGS } from '../server/src/lsp/settings.ts';
import { toDiagnostic } from '../server/src/lsp/convert.ts';
import { LineIndex } from '../server/src/engine/index.ts';

const pieces = ['# Pemkot Menghimbau Warga', 'SURABAYA – Walikota menghimbau warga, Senin (26/5/2025).', 'Praktek baik\nditerapkan.', '> “Kami hadir,” ujarnya.', 'Sebarkan info dari grup sebelah!', 'Kata salaah eja di sini.', 'BPBD siaga.'];

describe('session', () => {
  it('commonPrefix finds the first differing character', () => {
    assert.equal(commonPrefix('abc', 'abd'), 2);
    assert.equal(commonPrefix('', 'x'), 0);
    const long = 'a'.repeat(10_000);
    assert.equal(commonPrefix(long + 'b', long + 'c'), 10_000);
    assert.equal(commonPrefix(long, long), 10_000);
  });

  it('commonSuffix finds the last differing character, within its limit', () => {
    assert.equal(commonSuffix('xbc', 'ybc', 3), 2);
    const long = 'a'.repeat(10_000);
    assert.equal(commonSuffix('b' + long, 'c' + long, 10_001), 10_000);
    assert.equal(commonSuffix(long, long, 5000), 5000);
  });

  it('a line index updated from the last version equals one built afresh', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '“'), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (before, at, cut, insert) => {
        const s = at % (before.length + 1);
        const e = s + (cut % (before.length - s + 1));
        const after = before.slice(0, s) + insert + before.slice(e);
        const prefix = commonPrefix(before, after);
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        assert.deepEqual(LineIndex.update(new LineIndex(before), after, prefix, suffix).starts, new LineIndex(after).starts);
      }),
      { numRuns: 2000 },
    );
  });

  it('diagnostics after edits equal those of a fresh lint', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', '\n', '\n\n', 'Walikota ', '', '\r\n'), fc.nat(3)), { maxLength: 6 }), (parts, edits) => {
        const session = new Session(() => 'id');
        let text = parts.join('\n\n');
        let version = 1;
        const doc = () => TextDocument.create('file:///tmp/saring-sesi/a.md', 'markdown', version, text);
        session.lint(doc(), DEFAULT_SETTINGS);
        for (const [at, insert, del] of edits) {
          const o = at % (text.length + 1);
          text = text.slice(0, o) + insert + text.slice(o + del);
          version++;
          const got = session.lint(doc(), DEFAULT_SETTINGS);
          const index = new LineIndex(text);
          assert.deepEqual(got.diagnostics, got.findings.map((f) => toDiagnostic(index, f)));
          const fresh = new Session(() => 'id').lint(doc(), DEFAULT_SETTINGS);
          assert.deepEqual(got.diagnostics, fresh.diagnostics);
        }
      }),
      { numRuns: 120 },
    );
  });
});

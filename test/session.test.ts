// The language server's per-document session reuses the diagnostics of the previous version for the
// findings an edit did not move; what it returns must still equal converting a fresh lint.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Session, commonPrefix } from '../server/src/lsp/session.ts';
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

  it('diagnostics after edits equal those of a fresh lint', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', '\n', '\n\n', 'Walikota ', '')), { maxLength: 6 }), (parts, edits) => {
        const session = new Session(() => 'id');
        let text = parts.join('\n\n');
        let version = 1;
        const doc = () => TextDocument.create('file:///tmp/saring-sesi/a.md', 'markdown', version, text);
        session.lint(doc(), DEFAULT_SETTINGS);
        for (const [at, insert] of edits) {
          const o = at % (text.length + 1);
          text = text.slice(0, o) + insert + text.slice(o);
          version++;
          const got = session.lint(doc(), DEFAULT_SETTINGS);
          const index = new LineIndex(text);
          assert.deepEqual(got.diagnostics, got.findings.map((f) => toDiagnostic(index, f)));
          const fresh = new Session(() => 'id').lint(doc(), DEFAULT_SETTINGS);
          assert.deepEqual(got.diagnostics, fresh.diagnostics);
        }
      }),
      { numRuns: 60 },
    );
  });
});

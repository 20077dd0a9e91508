// The stdio writer's encoder assembles diagnostic reports from cached parts; its bytes must be
// exactly those of vscode-jsonrpc's own encoder, Buffer.from(JSON.stringify(msg), 'utf-8').
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { encodeMessage } from '../server/src/lsp/wire.ts';
import { toDiagnostic } from '../server/src/lsp/convert.ts';
import { LineIndex } from '../server/src/engine/index.ts';
import type { Finding } from '../server/src/engine/types.ts';

const reference = (msg: object) => Buffer.from(JSON.stringify(msg, undefined, 0), 'utf8');

describe('stdio encoder', () => {
  const text = 'Baris pertama “kutipan”.\r\nBaris kedua 😀 di sini.\nBaris ketiga\rakhir';
  const index = new LineIndex(text);
  const finding = (start: number, end: number, rule: string, message: string, severity: Finding['severity'] = 'warning'): Finding => ({ rule, severity, message, start, end, fixes: [] });

  it('writes a diagnostic report exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('ejaan/kata-baku', 'hoaks/kabar-burung', 'config'), fc.string({ unit: 'binary' }), fc.constantFrom('error', 'warning', 'info', 'hint')),
          { maxLength: 12 },
        ),
        fc.constantFrom('result', 'publish'),
        (specs, shape) => {
          const diagnostics = specs.map(([a, b, rule, message, severity]) => toDiagnostic(index, finding(Math.min(a, b), Math.max(a, b), rule, message, severity as Finding['severity'])));
          const msg =
            shape === 'result'
              ? { jsonrpc: '2.0', id: 7, result: { kind: 'full', items: diagnostics } }
              : { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///tmp/a%20b.md', version: 3, diagnostics } };
          // As a small report, and twice assembled: the second time from cached parts.
          assert.deepEqual(encodeMessage(msg as never), reference(msg));
          assert.deepEqual(encodeMessage(msg as never, 0), reference(msg));
          assert.deepEqual(encodeMessage(msg as never, 0), reference(msg));
        },
      ),
    );
  });

  it('writes every other message as JSON.stringify does', () => {
    const plain = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, message: 'biasa', source: 'saring' };
    const d = toDiagnostic(index, finding(0, 3, 'ejaan/kata-baku', 'Gunakan “imbau”.'));
    for (const msg of [
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', id: 2, result: { kind: 'full', items: [plain, d] } },
      { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [d, d] } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.md', diagnostics: [] } },
      { jsonrpc: '2.0', id: 4, result: [{ title: 'Ganti dengan “imbau”', kind: 'quickfix', diagnostics: [d] }] },
    ]) {
      assert.deepEqual(encodeMessage(msg as never), reference(msg));
      assert.deepEqual(encodeMessage(msg as never, 0), reference(msg));
    }
  });
});

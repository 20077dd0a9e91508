// The language server as editors use it: the built server process over stdio, real LSP messages.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, applyTextEdits, root } from './client.ts';

const RELEASE = [
  '# Pemkot Menghimbau Warga Waspada Banjir',
  '',
  'SURABAYA – Walikota Surabaya menghimbau warga menjaga kebersihan saluran air, Senin (12/8/2024).',
  '',
  '“Kami minta seluruh warga bergotong royong membersihkan saluran,” ujar Wali Kota Surabaya, Eri Cahyadi.',
  '',
  'Narahubung:',
  'Dewi Lestari, Kepala Bagian Humas',
  '',
].join('\n');

type Diag = { code: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; data?: unknown; source: string; severity: number };
type Action = { title: string; kind: string; isPreferred?: boolean; edit?: { changes?: Record<string, Array<{ range: Diag['range']; newText: string }>>; documentChanges?: unknown[] } };

describe('language server over stdio', function () {
  this.timeout(60000);
  let dir: string;
  let uri: string;
  before(() => {
    execFileSync(process.execPath, [join(root, 'server/build.mjs')], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'saring-lsp-'));
    uri = pathToFileURL(join(dir, 'rilis.md')).href;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('a push client (no pull capability)', () => {
    let c: TestClient;
    before(async () => {
      c = new TestClient();
      const init = await c.initialize({ rootUri: pathToFileURL(dir).href });
      assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull provider for a push client');
    });
    after(async () => assert.equal(await c.shutdown(), 0));

    it('publishes Indonesian diagnostics with rule codes, links and fixes', async () => {
      await c.open(uri, RELEASE);
      const p = await c.diagnostics(uri, (x) => x.diagnostics.length > 0);
      const codes = p.diagnostics.map((d) => d.code);
      assert.ok(codes.includes('ejaan/kata-baku'), codes.join(','));
      const d = p.diagnostics.find((x) => x.code === 'ejaan/kata-baku')!;
      assert.match(d.message, /Gunakan bentuk baku/);
      assert.equal(d.source, 'saring');
      assert.ok((d as unknown as { codeDescription: { href: string } }).codeDescription.href.includes('rules/ejaan/README.md#kata-baku'));
    });

    it('applies the preferred quick fix to the text', async () => {
      const p = await c.diagnostics(uri);
      const d = p.diagnostics.find((x) => x.code === 'ejaan/kata-baku' && x.range.start.line === 0)!;
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const preferred = actions.find((a) => a.isPreferred)!;
      assert.equal(preferred.title, 'Ganti dengan “Mengimbau”');
      const fixed = applyTextEdits(RELEASE, preferred.edit!.changes![uri]);
      assert.ok(fixed.startsWith('# Pemkot Mengimbau Warga'));
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => t.startsWith('Perbaiki semua ejaan/kata-baku')), titles.join(' | '));
      assert.ok(titles.includes('Abaikan ejaan/kata-baku di baris ini'));
      const ignore = actions.find((a) => a.title.startsWith('Abaikan'))!;
      assert.equal(applyTextEdits(RELEASE, ignore.edit!.changes![uri]).split('\n')[0], '<!-- saring-disable-next-line ejaan/kata-baku -->');
    });

    it('offers source.fixAll.saring that leaves no safe fix', async () => {
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.saring');
      const fixed = applyTextEdits(RELEASE, actions[0].edit!.changes![uri]);
      assert.match(fixed, /Wali Kota Surabaya mengimbau warga/);
    });

    it('explains a finding on hover with its basis', async () => {
      const h = await c.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 14 } });
      assert.equal(h.contents.kind, 'markdown');
      assert.match(h.contents.value, /Dasar: KBBI/);
      assert.match(h.contents.value, /Ganti dengan “Wali Kota”/);
    });

    it('gives the outline of the release', async () => {
      const symbols = await c.request<Array<{ name: string; children?: Array<{ name: string; detail?: string }> }>>('textDocument/documentSymbol', { textDocument: { uri } });
      const names = symbols.map((s) => s.name);
      assert.ok(names[0].startsWith('Judul: Pemkot Menghimbau'), names.join(' | '));
      assert.ok(names.some((n) => n === 'Dateline: SURABAYA'));
      assert.ok(names.includes('Narahubung'));
      const quote = symbols.flatMap((s) => s.children ?? []).find((s) => s.name.startsWith('Kutipan'));
      assert.ok(quote, 'a quote in the outline');
      assert.match(quote!.detail ?? '', /Wali Kota Surabaya/);
    });

    it('follows incremental edits', async () => {
      await c.change(uri, 2, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 19 } }, text: 'Mengimbau' }]);
      const p = await c.diagnostics(uri, (x) => x.version === 2);
      assert.ok(!p.diagnostics.some((d) => d.range.start.line === 0 && d.code === 'ejaan/kata-baku'));
      await c.change(uri, 3, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'Praktek baik.\n' }]);
      const q = await c.diagnostics(uri, (x) => x.version === 3);
      assert.ok(q.diagnostics.some((d) => d.range.start.line === 8 && d.code === 'ejaan/kata-baku'));
    });

    it('takes a settings change into account', async () => {
      c.settings = { rules: { 'ejaan/kata-baku': 'off' } };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const p = await c.diagnostics(uri, (x) => !x.diagnostics.some((d) => d.code === 'ejaan/kata-baku'));
      assert.ok(p.diagnostics.length > 0, 'other rules still report');
      c.settings = {};
    });

    it('survives a garbage document and a request for an unknown one', async () => {
      let s = '';
      let x = 99;
      for (let i = 0; i < 5000; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(x % 0xd7ff);
      }
      const g = pathToFileURL(join(dir, 'acak.md')).href;
      await c.open(g, s);
      await c.diagnostics(g);
      await assert.rejects(c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tidak/ada.md' } }));
      const h = await c.request('textDocument/hover', { textDocument: { uri: 'file:///tidak/ada.md' }, position: { line: 0, character: 0 } });
      assert.equal(h, null);
    });
  });

  describe('a pull client', () => {
    let c: TestClient;
    before(async () => {
      c = new TestClient();
      const init = await c.initialize({ pull: true, rootUri: pathToFileURL(dir).href, locale: 'en' });
      assert.ok(init.capabilities.diagnosticProvider, 'pull provider announced');
    });
    after(async () => assert.equal(await c.shutdown(), 0));

    it('answers textDocument/diagnostic, in English for an English client', async () => {
      const u = pathToFileURL(join(dir, 'tarik.md')).href;
      await c.open(u, 'Pemkot menghimbau warga.\n');
      const r = await c.request<{ kind: string; items: Diag[] }>('textDocument/diagnostic', { textDocument: { uri: u } });
      assert.equal(r.kind, 'full');
      const d = r.items.find((x) => x.code === 'ejaan/kata-baku')!;
      assert.match(d.message, /Use the standard form “mengimbau”/);
    });

    it('answers workspace/diagnostic for files on disk', async () => {
      writeFileSync(join(dir, 'arsip.md'), 'Praktek lama.\n');
      const r = await c.request<{ items: Array<{ uri: string; items: Diag[] }> }>('workspace/diagnostic', { previousResultIds: [] });
      const arsip = r.items.find((i) => i.uri.endsWith('arsip.md'));
      assert.ok(arsip && arsip.items.some((d) => d.code === 'ejaan/kata-baku'));
    });
  });

  describe('configuration files', () => {
    it('reports a broken .saring.yml on the file itself and keeps linting with the valid part', async () => {
      const ws = mkdtempSync(join(tmpdir(), 'saring-lsp-cfg-'));
      writeFileSync(join(ws, '.saring.yml'), 'words: [Mandalika]\nrulez: 1\nrules:\n  ejaan/kata-baku: keras\ncustom:\n  - id: instansi/lambat\n    kind: pattern\n    message: m\n    pattern: "(a+)+$"\n');
      const c = new TestClient();
      await c.initialize({ rootUri: pathToFileURL(ws).href });
      const u = pathToFileURL(join(ws, 'a.md')).href;
      await c.open(u, 'Pemkot menghimbau warga.\n');
      const cfg = pathToFileURL(join(ws, '.saring.yml')).href;
      const p = await c.diagnostics(cfg, (x) => x.diagnostics.length > 0);
      assert.deepEqual(p.diagnostics.map((d) => d.range.start.line).sort(), [1, 3, 8]);
      assert.match(p.diagnostics.find((d) => d.range.start.line === 8)!.message, /instansi\/lambat|pattern refused|#1/);
      const doc = await c.diagnostics(u, (x) => x.diagnostics.length > 0);
      assert.ok(doc.diagnostics.some((d) => d.code === 'ejaan/kata-baku'));
      // Fixing the file and announcing the change re-lints with the new configuration.
      writeFileSync(join(ws, '.saring.yml'), 'rules:\n  ejaan/kata-baku: off\n');
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfg, type: 2 }] });
      await c.diagnostics(u, (x) => !x.diagnostics.some((d) => d.code === 'ejaan/kata-baku'));
      await c.diagnostics(cfg, (x) => x.diagnostics.length === 0);
      assert.equal(await c.shutdown(), 0);
      rmSync(ws, { recursive: true, force: true });
    });

    it('adds a word to .saring.yml from the spelling quick fix', async () => {
      const ws = mkdtempSync(join(tmpdir(), 'saring-lsp-kamus-'));
      writeFileSync(join(ws, '.saring.yml'), '# kamus instansi\nwords:\n  - Mandalika\n');
      const c = new TestClient();
      await c.initialize({ rootUri: pathToFileURL(ws).href });
      const u = pathToFileURL(join(ws, 'b.md')).href;
      await c.open(u, 'Petugas mengingatkkan warga.\n');
      const p = await c.diagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'ejaan/salah-eja'));
      const d = p.diagnostics.find((x) => x.code === 'ejaan/salah-eja')!;
      const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
      assert.equal(actions.find((a) => a.isPreferred)?.title, 'Ganti dengan “mengingatkan”');
      const add = actions.find((a) => a.title.startsWith('Tambahkan'))!;
      const cfg = pathToFileURL(join(ws, '.saring.yml')).href;
      const edited = applyTextEdits('# kamus instansi\nwords:\n  - Mandalika\n', add.edit!.changes![cfg]);
      assert.equal(edited, '# kamus instansi\nwords:\n  - Mandalika\n  - mengingatkkan\n');
      assert.equal(await c.shutdown(), 0);
      rmSync(ws, { recursive: true, force: true });
    });
  });

  it('a malformed message does not kill the server', async () => {
    const c = new TestClient();
    await c.initialize({});
    c.proc.stdin!.write('Content-Length: 15\r\n\r\n{"jsonrpc":"2.');
    c.proc.stdin!.write('Content-Length: 2\r\n\r\n{}');
    const u = 'file:///tmp/saring-malformed.md';
    await c.open(u, 'Praktek baik.\n');
    const p = await c.diagnostics(u, (x) => x.diagnostics.length > 0).catch(() => undefined);
    // Either the server recovered and answered, or it is still alive; it must not have crashed.
    assert.equal(c.proc.exitCode, null, c.stderr);
    if (p) assert.ok(p.diagnostics.length > 0);
    c.kill();
  });
});

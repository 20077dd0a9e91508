// One language per document: the client's locale, unless .saring.yml says `bahasa:`. Diagnostics,
// hover and code-action titles all follow it (a real VS Code with an English UI used to get English
// messages under Indonesian hover text, and `bahasa: id` was ignored for the messages).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, root } from './client.ts';

type Diag = { code: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; data?: unknown; source: string };

describe('language server locale', function () {
  this.timeout(60000);
  let dir: string;
  let c: TestClient;
  before(async () => {
    execFileSync(process.execPath, [join(root, 'server/build.mjs'), '--no-check'], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'saring-lsp-locale-'));
    mkdirSync(join(dir, 'id'));
    writeFileSync(join(dir, 'id/.saring.yml'), 'bahasa: id\n');
    c = new TestClient();
    await c.initialize({ pull: true, rootUri: pathToFileURL(dir).href, locale: 'en' });
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0);
    rmSync(dir, { recursive: true, force: true });
  });

  async function check(uri: string) {
    await c.open(uri, 'Pemkot menghimbau warga.\n');
    const r = await c.request<{ items: Diag[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const d = r.items.find((x) => x.code === 'ejaan/kata-baku')!;
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } });
    const actions = await c.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return { message: d.message, hover: h.contents.value, titles: actions.map((a) => a.title) };
  }

  it('speaks the client locale everywhere when .saring.yml is silent', async () => {
    const r = await check(pathToFileURL(join(dir, 'en.md')).href);
    assert.match(r.message, /^Use the standard form “mengimbau”/);
    assert.match(r.hover, /Basis: /);
    assert.match(r.hover, /Instead: Replace with “mengimbau”/);
    assert.ok(r.titles.includes('Replace with “mengimbau”'), r.titles.join(' | '));
    assert.ok(r.titles.includes('Ignore ejaan/kata-baku on this line'), r.titles.join(' | '));
  });

  it('follows `bahasa: id` in .saring.yml over an English client', async () => {
    const r = await check(pathToFileURL(join(dir, 'id/rilis.md')).href);
    assert.equal(r.message, 'Gunakan bentuk baku “mengimbau”, bukan “menghimbau”.');
    assert.match(r.hover, /Dasar: KBBI/);
    assert.match(r.hover, /Sebagai gantinya: Ganti dengan “mengimbau”/);
    assert.ok(r.titles.includes('Ganti dengan “mengimbau”'), r.titles.join(' | '));
    assert.ok(r.titles.includes('Abaikan ejaan/kata-baku di baris ini'), r.titles.join(' | '));
  });
});

// Random incremental edits through a real LSP connection: after each edit the server's diagnostics
// must equal a fresh engine lint of a reference copy of the text (so the server's text is right),
// no diagnostic may point outside the document, and the process must stay alive with bounded memory.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { lint, LineIndex } from '../../server/src/engine/index.ts';
import { resolveConfig } from '../../server/src/config/resolve.ts';
import { environmentOptions } from '../../server/src/config/environment.ts';
import { TestClient } from './client.ts';

const SNIPPETS = ['Walikota ', 'menghimbau ', 'praktek ', '\n', '\n\n', '# ', '> ', '- ', '“', '”', 'NIK 3201014501870001 ', 'Sebarkan! ', '😀', '\r\n', '`kode` ', 'Jumat (26/5/2025) ', 'x', ' ', '', 'yg '];

export async function fuzz(edits: number, seed = 1): Promise<{ edits: number; rssStart: number; rssEnd: number }> {
  let s = seed >>> 0;
  const rnd = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
  const config = resolveConfig({ base: environmentOptions('id') }).config;
  const c = new TestClient();
  await c.initialize({ pull: true, locale: 'id' });
  const uri = 'file:///tmp/saring-fuzz/rilis.md';
  let text = readFileSync(new URL('../fixtures/contoh/dinkes-vaksinasi.md', import.meta.url), 'utf8');
  await c.open(uri, text);
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${c.proc.pid}/status`, 'utf8'))![1]) / 1024;
  let rssStart = 0;
  for (let i = 1; i <= edits; i++) {
    const idx = new LineIndex(text);
    const a = rnd(text.length + 1);
    const b = Math.min(text.length, a + rnd(12));
    // Never split a surrogate pair or a CRLF: an editor never sends such a range.
    const fix = (o: number) => (o > 0 && o < text.length && ((text.charCodeAt(o - 1) & 0xfc00) === 0xd800 || (text[o - 1] === '\r' && text[o] === '\n')) ? o - 1 : o);
    const start = fix(a);
    const end = Math.max(start, fix(b));
    const insert = SNIPPETS[rnd(SNIPPETS.length)];
    await c.change(uri, i + 1, [{ range: { start: idx.position(start), end: idx.position(end) }, text: insert }]);
    text = text.slice(0, start) + insert + text.slice(end);
    if (i % 10 === 0 || i === edits) {
      const r = await c.request<{ items: Array<{ code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }>('textDocument/diagnostic', { textDocument: { uri } });
      const ref = new LineIndex(text);
      const expected = lint(text, config, { format: 'markdown' }).map((f) => `${f.rule}@${JSON.stringify(ref.position(f.start))}`);
      const got = r.items.map((d) => `${d.code}@${JSON.stringify(d.range.start)}`);
      assert.deepEqual(got, expected, `after edit ${i}`);
      for (const d of r.items) assert.ok(d.range.end.line < ref.lineCount, 'diagnostic outside the document');
      if (i === 100) rssStart = rss();
    }
  }
  const rssEnd = rss();
  // Long runs must not grow without bound (caches are capped; V8 settles well below this).
  if (edits >= 5000) assert.ok(rssEnd - rssStart < 150, `memory grew ${(rssEnd - rssStart).toFixed(0)} MB`);
  assert.equal(c.proc.exitCode, null, c.stderr);
  assert.equal(await c.shutdown(), 0);
  return { edits, rssStart, rssEnd };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const n = Number(process.argv[2] ?? 10000);
  fuzz(n, 7).then((r) => console.log(`${r.edits} random edits over LSP: server text matched the reference after every check; RSS ${r.rssStart.toFixed(0)} MB after 100 edits, ${r.rssEnd.toFixed(0)} MB at the end`));
}

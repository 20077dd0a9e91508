// The incremental linter (used by the language server) must give exactly what a full lint gives,
// after every edit of a random edit sequence, for Markdown and plain text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { IncrementalLinter, chunkBoundaries, lint } from '../server/src/engine/index.ts';
import { resolveConfig } from '../server/src/config/resolve.ts';

const CUSTOM = `
custom:
  - id: uji/baku
    kind: swap
    message: "Gunakan {expected}"
    swap: { himbau: imbau, praktek: praktik, walikota: wali kota }
  - id: uji/sebar
    kind: flag
    severity: error
    message: "Hindari {actual}"
    gates: [peringatan, bantahan]
    words: [sebarkan, grup sebelah]
`;
const config = resolveConfig({ text: CUSTOM }).config;

const pieces = [
  '# Pemkot Menghimbau Warga', 'SURABAYA – Walikota menghimbau warga, Senin (26/5/2025).', 'Sebarkan info dari grup sebelah!', 'Jangan sebarkan kabar itu.',
  '> “Kami hadir untuk warga semua di sini,” ujarnya.', '- praktek baik\n- praktek buruk', '```\nmenghimbau dalam kode\n\nmasih kode\n```', '<!-- catatan\n\nmasih komentar -->',
  'Narahubung:\nDewi (0812-3456-7890)', '###', '    kode menjorok', 'Teks `kode` dan https://x.go.id/praktek.', '<!-- saring-disable-next-line uji -->\nWalikota hadir.', '| a | b |\n|---|---|\n| praktek | c |',
  // What the whole text is (a release by its dateline, a post by a hashtag or emoji) changes findings
  // in other paragraphs: register and emoji rules read it through doc.shape.
  'Acara kemarin seru banget, yuk datang lagi!!! 🎉', 'Sobat, jangan lupa bawa KTP ya.', '#SobatSehat #Lapas',
];
const docArb = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((p) => p.join('\n\n'));
const editArb = fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('', 'x', ' ', '\n', '\n\n', 'praktek ', 'Sebarkan ', '```', '#', '> ', ' #Tagar ', '\n\nSLEMAN – Dinas menggelar acara baru di balai desa. ', ' 🙏 ')), { minLength: 1, maxLength: 15 });

function strip(fs: ReturnType<typeof lint>) {
  return fs.map((f) => ({ rule: f.rule, start: f.start, end: f.end, message: f.message, fixes: f.fixes }));
}

describe('incremental linting', function () {
  this.timeout(120000);
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`${format}: equals a full lint after every edit`, () => {
      fc.assert(
        fc.property(docArb, editArb, (initial, edits) => {
          const inc = new IncrementalLinter(config, format);
          let text = initial;
          assert.deepEqual(strip(inc.lint(text)), strip(lint(text, config, { format })));
          for (const [pos, del, ins] of edits) {
            const at = text.length ? pos % (text.length + 1) : 0;
            text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
            assert.deepEqual(strip(inc.lint(text)), strip(lint(text, config, { format })), JSON.stringify(text));
          }
        }),
        { numRuns: 120, seed: 11 },
      );
    });
  }
  it('sets aside the same thread lines as a full lint, with the authors and the agency in different chunks', () => {
    // Others' words in a thread (engine/mention.ts) are found chunk by chunk in the incremental linter.
    const thread = [
      '@warga_sleman: Dasar pejabat bodoh, jalan rusak tidak diurus!', '↳ @pemkabsleman: Mohon maaf, Kak, kami cek.', '@budi.s: Petugasnya goblok semua @pemkabsleman',
      'Yudi Ardiansyah: Min, petugasnya goblok semua', 'Admin RSUD: Mohon maaf, Pak Yudi.', 'Rina Oktaviani: Dasar bodoh kalian', 'Perihal: Rapat', 'Sebarkan sebelum dihapus!',
    ];
    const threadArb = fc.array(fc.constantFrom(...thread), { minLength: 1, maxLength: 10 }).map((p) => p.join('\n\n'));
    const threadEdit = fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('', 'x', '\n', '\n\n', '@warga: ', 'Sri Handayani: ', '↳ ', ' bodoh ')), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(threadArb, threadEdit, (initial, edits) => {
        const inc = new IncrementalLinter(config, 'markdown');
        let text = initial;
        assert.deepEqual(strip(inc.lint(text)), strip(lint(text, config, { format: 'markdown' })));
        for (const [pos, del, ins] of edits) {
          const at = text.length ? pos % (text.length + 1) : 0;
          text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
          assert.deepEqual(strip(inc.lint(text)), strip(lint(text, config, { format: 'markdown' })), JSON.stringify(text));
        }
      }),
      { numRuns: 80, seed: 3 },
    );
  });

  it('assembles the tokens and sentences a fresh linter gives, after every edit (chunk texts repeat)', () => {
    const simple = resolveConfig({ text: 'extends: [struktur]' }).config;
    fc.assert(
      fc.property(docArb, editArb, (initial, edits) => {
        const inc = new IncrementalLinter(simple, 'markdown');
        let text = initial;
        for (const [pos, del, ins] of [[0, 0, ''] as const, ...edits]) {
          const at = text.length ? pos % (text.length + 1) : 0;
          text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
          inc.lint(text);
          const fresh = new IncrementalLinter(simple, 'markdown');
          fresh.lint(text);
          assert.deepEqual(inc.doc!.tokens, fresh.doc!.tokens, JSON.stringify(text));
          assert.deepEqual(inc.doc!.sentences, fresh.doc!.sentences, JSON.stringify(text));
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('never cuts inside fenced code, an HTML comment or front matter', () => {
    const t = '---\na: 1\n\nb: 2\n---\n\nSatu.\n\n```\nkode\n\nkode\n```\n\n<!-- a\n\nb -->\n\nDua.\n';
    const cuts = chunkBoundaries(t, 'markdown');
    for (const c of cuts) {
      const before = t.slice(0, c);
      assert.equal((before.match(/```/g) ?? []).length % 2, 0, `cut at ${c} is inside a fence`);
      assert.ok(before.lastIndexOf('<!--') <= before.lastIndexOf('-->'), `cut at ${c} is inside a comment`);
      assert.ok(c === 0 || c > t.indexOf('---', 3), `cut at ${c} is inside front matter`);
    }
    assert.ok(cuts.length >= 4);
  });
});

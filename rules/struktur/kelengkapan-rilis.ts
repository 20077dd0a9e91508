// struktur/kelengkapan-rilis: a press release has a headline, a dateline ("SURABAYA – …") and a
// contact block (Narahubung). Only documents that are releases are checked: .rilis files, front
// matter `jenis: siaran-pers`, `jenis: siaran-pers` in .saring.yml, or a text that has a dateline.
import type { Rule } from '../../server/src/engine/types.ts';

export const rule: Rule = {
  meta: {
    id: 'struktur/kelengkapan-rilis',
    severity: 'warning',
    fix: 'none',
    scope: 'document',
    message: { id: 'Siaran pers tanpa {part}.', en: 'Press release without {partEn}.' },
    description: {
      id: 'Siaran pers memuat judul, baris tanggal (dateline: “SURABAYA – …” atau “Surabaya, 5 Agustus 2024 – …”) pada paragraf pertama, dan blok narahubung (nama, jabatan, nomor telepon atau surel resmi) di bagian akhir.',
      en: 'A press release has a headline, a dateline (“SURABAYA – …” or “Surabaya, 5 Agustus 2024 – …”) opening the first paragraph, and a contact block (name, position, official phone or e-mail) at the end.',
    },
    basis: 'Pedoman penulisan siaran pers: judul, dateline, teras, tubuh, informasi kontak (pmkri 2020; PWI Majalengka); PermenPAN-RB 83/2012 (prinsip kredibel)',
  },
  examples: {
    invalid: [
      { text: 'Pemkot Gelar Vaksinasi\n\nPemkot menggelar vaksinasi gratis bagi warga pada Senin.\n\nKegiatan diikuti 300 warga.', format: 'rilis', count: 2 },
      { text: 'SURABAYA – Pemkot menggelar vaksinasi gratis bagi warga pada Senin.\n\nNarahubung: Dewi (0812-3456-7890)', format: 'rilis', count: 1 },
    ],
    valid: [
      { text: 'Pemkot Gelar Vaksinasi Gratis\n\nSURABAYA – Pemkot menggelar vaksinasi gratis bagi warga, Senin (12/8/2024).\n\nNarahubung:\nDewi Lestari, Kasubbag Humas (0812-3456-7890)\n\n###', format: 'rilis' },
      { text: 'Catatan rapat internal tanpa struktur siaran pers.' },
    ],
  },
  run(ctx) {
    const { doc, options } = ctx;
    const kinds = new Set(doc.blocks.map((b) => b.kind));
    const isRelease = doc.format === 'rilis' || doc.meta.jenis === 'siaran-pers' || options.jenis === 'siaran-pers' || kinds.has('dateline');
    if (!isRelease || doc.blocks.length === 0) return;
    const first = doc.blocks.find((b) => b.kind !== 'notice') ?? doc.blocks[0];
    const last = doc.blocks[doc.blocks.length - 1];
    const missing = (part: string, partEn: string, at: { start: number; end: number }) =>
      ctx.report({ start: at.start, end: Math.min(at.end, at.start + 80), args: { part, partEn } });
    if (!kinds.has('title') && !kinds.has('heading')) missing('judul', 'a headline', first);
    if (!kinds.has('dateline')) {
      const lead = doc.blocks.find((b) => b.kind === 'paragraph') ?? first;
      missing('baris tanggal (dateline) di awal paragraf pertama, misalnya “SURABAYA – …”', 'a dateline opening the first paragraph, e.g. “SURABAYA – …”', lead);
    }
    if (!kinds.has('contact')) missing('blok narahubung (nama, jabatan, kontak resmi)', 'a contact block (name, position, official contact)', last);
  },
};

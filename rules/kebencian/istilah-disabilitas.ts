// kebencian/istilah-disabilitas: demeaning terms for people with disabilities ("orang cacat",
// "warga yang buta", "dasar orang gila") with the terms of UU 8/2016. Only said of people: "cacat
// formil" and "buta huruf" are not about anyone's body.
import type { Rule } from '../../server/src/engine/types.ts';
import { mayMatchIn } from '../../server/src/engine/prefilter.ts';
import { REGULATION, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { replaceFix } from '../_lib/util.ts';

interface Term {
  re: RegExp;
  expected: string;
  severity?: 'warning' | 'info' | 'error';
  /** The sentence must also match this (the frame that makes the word about people). */
  context?: RegExp;
}
const PEOPLE = '(?:orang|warga|anak|penyandang|penderita|kaum|para|si|bagi|untuk|yang|pasien|narapidana|napi|tahanan|warga binaan|WBP|penghuni|pelajar|siswa|peserta|dasar|nelayan|petani|pekerja|buruh|pegawai|lansia|penduduk|pengungsi|atlet|pedagang|pemuda|ibu|bapak|balita|murid|santri|karyawan|penumpang)';
const TERMS: Term[] = [
  { re: new RegExp(`\\b${PEOPLE}\\s+(?:yang\\s+)?(?<w>cacat(?:\\s+(?:mental|fisik|tubuh))?)\\b(?!\\s+(?:formil|materiil|hukum|produksi|prosedur|administrasi))`, 'giu'), expected: 'penyandang disabilitas' },
  { re: /\b(?<w>penyandang cacat)\b/giu, expected: 'penyandang disabilitas' },
  { re: /\b(?<w>(?:keterbelakangan|terbelakang|retardasi|cacat)\s+mental)\b/giu, expected: 'disabilitas intelektual', severity: 'warning' },
  // "Syarat: sehat jasmani, tidak cacat fisik" screens applicants out by disability (UU 8/2016 Pasal
  // 11 and 53); "barang tidak cacat" is about goods, so only a recruitment frame counts.
  { re: /\b(?:tidak|tak|bukan|bebas dari)\s+(?<w>cacat(?:\s+(?:fisik|tubuh|mental))?)\b(?!\s+(?:formil|materiil|hukum|produksi|prosedur|administrasi|produk|barang|kemasan))/giu, expected: 'sehat jasmani sesuai kebutuhan jabatan', context: /\b(?:syarat|persyaratan|kualifikasi|pelamar|calon|kriteria|lowongan|rekrutmen|seleksi|sehat jasmani|berbadan sehat|usia\s+(?:minimal|maksimal|\d))/iu },
  { re: new RegExp(`\\b${PEOPLE}\\s+(?:yang\\s+)?(?<w>buta)\\b(?!\\s+(?:huruf|aksara|warna|arah|hukum|politik|teknologi))`, 'giu'), expected: 'penyandang disabilitas netra', severity: 'warning' },
  { re: /\b(?:buta|netra)\s+dan\s+(?<w>tuli|budek)\b/giu, expected: 'disabilitas rungu', severity: 'warning' },
  { re: new RegExp(`\\b${PEOPLE}\\s+(?:yang\\s+)?(?<w>budek|bisu|idiot)\\b`, 'giu'), expected: 'penyandang disabilitas', severity: 'warning' },
  { re: /\b(?<w>orgil)\b/giu, expected: 'orang dengan gangguan jiwa (ODGJ)', severity: 'error' },
  { re: /\b(?:dasar|si|kau|kamu|dia|mereka|orang|itu)\s+(?<w>gila|sinting|edan|orgil|sarap)\b/giu, expected: 'orang dengan gangguan jiwa (ODGJ)', severity: 'error' },
];

const NAMING_WARNING = /\b(?:jangan|tidak|tak|hindari|hindarilah|dilarang|berhenti|stop|bukan lagi|tidak lagi)\s+(?:\S+\s+){0,3}?(?:menyebut|sebut|disebut|menggunakan|gunakan|digunakan|memakai|pakai|dipakai|istilah|sebutan|kata|memanggil|panggil)\b|\b(?:istilah|sebutan|kata)\s+["“']?(?:cacat|gila|buta|tuli|bisu|idiot|orgil)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'kebencian/istilah-disabilitas',
    severity: 'warning',
    fix: 'suggestion',
    scope: 'block',
    message: { id: '“{actual}” merendahkan penyandang disabilitas; gunakan “{expected}”.', en: '“{actual}” demeans people with disabilities; use “{expected}”.' },
    description: {
      id: 'Istilah untuk penyandang disabilitas mengikuti UU 8/2016: “penyandang disabilitas”, “penyandang disabilitas netra/rungu/wicara/intelektual/mental”, “Tuli” sebagai identitas, dan “orang dengan gangguan jiwa (ODGJ)”. Kata yang dipakai sebagai hinaan (“dasar orang gila”) merendahkan martabat.',
      en: 'Terms for people with disabilities follow UU 8/2016: “penyandang disabilitas”, “penyandang disabilitas netra/rungu/wicara/intelektual/mental”, “Tuli” as an identity, and “orang dengan gangguan jiwa (ODGJ)”. Words used as insults (“dasar orang gila”) degrade.',
    },
    basis: 'UU 8/2016 tentang Penyandang Disabilitas Pasal 1 dan 4; SE MenPAN-RB 137/2018 butir 2; UU ITE Pasal 28 ayat (2) (disabilitas disebut dalam UU 1/2024; kata per kata belum diverifikasi)',
  },
  examples: {
    invalid: [{ text: 'Para penderita cacat mental diberi pendampingan psikolog.' }, { text: 'Bantuan diberikan kepada 20 orang cacat.' }, { text: 'Perahu diserahkan kepada dua orang nelayan cacat di Bone Bolango.' }, { text: 'Petugas juga menertibkan orang gila yang berkeliaran di sekitar posko agar tidak mengganggu pengungsi.' }, { text: 'Bansos ini untuk warga yang buta dan tuli di panti.' }, { text: 'Dasar orang gila, pelapor itu tidak perlu didengar.' }, { text: 'Syarat pelamar: usia 18–35 tahun, sehat jasmani, tidak cacat fisik.' }, { text: 'Lapas kini melayani tujuh narapidana cacat dengan kursi roda.' }, { text: 'Sekolah inklusi menerima anak-anak dengan keterbelakangan mental.' }],
    valid: [
      { text: 'Program pemberantasan buta huruf menjangkau 2.000 warga.' },
      { text: 'Gugatan ditolak karena cacat formil.' },
      { text: 'Komunitas Tuli mengikuti pelatihan.' },
      { text: 'Kami mengajak masyarakat tidak menyebut orang dengan sebutan cacat atau istilah merendahkan lainnya.' },
      { text: 'Istilah "penyandang cacat" sudah tidak digunakan sejak UU 8/2016.' },
      { text: 'Petugas memastikan kemasan bantuan tidak cacat sebelum dibagikan.' },
      { text: 'Pemeriksaan memastikan barang tidak cacat produksi sebelum dikirim ke calon pembeli.' },
    ],
  },
  run(ctx) {
    // Every finding is a match of one of TERMS: the terms that cannot match anywhere in the document
    // are not asked of its sentences, and a sentence that cannot hold one needs no other question.
    const terms = TERMS.filter((t) => mayMatchIn(t.re, ctx.doc));
    if (terms.length === 0) return;
    for (const v of sentences(ctx.doc)) {
      if (!terms.some((t) => mayMatchSentence(v, t.re))) continue;
      // Only a warning about the words themselves excuses them ("tidak menyebut orang dengan sebutan
      // cacat"); "… agar tidak mengganggu pengungsi" warns about something else.
      if (NAMING_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      const seen = new Set<number>();
      for (const t of terms) {
        for (const { m, start } of matchesIn(v, t.re)) {
          const w = m.groups!.w;
          const s = start + m[0].length - w.length;
          if (seen.has(s)) continue;
          seen.add(s);
          if (w === 'Tuli') continue; // Tuli with a capital is an identity
          if (t.context && !t.context.test(v.text)) continue;
          ctx.report({ start: s, end: s + w.length, severity: t.severity, args: { actual: w, expected: t.expected }, fixes: [replaceFix(ctx, s, s + w.length, t.expected, false)] });
        }
      }
    }
  },
};

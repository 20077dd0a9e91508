// provokasi/ajakan-aksi: a call to violence or mass action ("Besok kita kepung kantor bupati, bakar
// semuanya!"). An action verb in its imperative or collective form plus a call in the same
// sentence; a report of what a crowd did ("Massa sempat mengepung …, ujar Kapolres") is not a call.
import type { Rule } from '../../server/src/engine/types.ts';
import { ATTRIBUTION, HORTATIVE, LEGAL_CASE, SAJA, STRONG_WARNING, negatedBefore, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';

// Base (imperative) forms and collective "kita …" forms; prefixed forms (mengepung) describe.
const ACTION = /\b(?:kepung|geruduk|serbu|duduki|rebut(?:\s+kembali)?|bakar|segel paksa|hadang|blokade|blokir|(?:kita|ayo|mari)\s+rusak|hancurkan|serang|usir|lawan\s+(?:aparat|pemerintah|polisi|petugas)|(?:datangi|geruduk|serbu)\s+(?:ramai-ramai|beramai-ramai)|(?:ramai-ramai|beramai-ramai)\s+(?:datangi|mendatangi|ke)|bawa\s+(?:kayu|batu|bambu|parang|golok|celurit|sajam|senjata tajam|bensin|molotov|pentungan)|(?:di)?seret\s+keluar|diarak\s+keliling|turun ke jalan|ambil alih|turunkan|mengamuk|revolusi)\b|\bdengan paksa\b|\bdengan segala cara\b/iu;

// Or storming a destination: "Serbu Labuan Bajo di akhir pekan!" is tourism.
const DESTINATION = /^\s+(?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)*\s+(?:di|saat|pada|selama|akhir|minggu|libur)\b/u;
const FOOD_BEFORE = /\b(?:ikan|jagung|ayam|sate|roti|sosis|daging|singkong|ubi|kambing|bebek|cumi|udang|pisang|ketan|bandeng|nila)\s*$/iu;
const COMMERCE = /^\s+(?:(?:ke|di)\s+)?(?:\S+\s+)?(?:pasar|bazar|bazaar|stan|stand|gerai|booth|promo|diskon|festival|expo|pameran|UMKM|produk|kuliner|operasi pasar|lapak|tiket|kuota|vaksinasi|layanan)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'provokasi/ajakan-aksi',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    // A call against a group by identity is reported by kebencian/ajakan-permusuhan instead.
    yields: true,
    message: { id: 'Ajakan melakukan aksi massa atau kekerasan (“{actual}”). Hapus ajakan ini; sampaikan aspirasi melalui saluran resmi.', en: 'A call to mass action or violence (“{actual}”). Remove it; point to official channels for grievances.' },
    description: {
      id: 'Ajakan mengepung, menyerbu, membakar, menduduki, atau melawan aparat termasuk provokasi. Berita tentang aksi yang sudah terjadi, dengan sumber yang jelas, bukan ajakan.',
      en: 'Calls to surround, storm, burn, occupy or fight the authorities are provocation. News of an action that already happened, with a clear source, is not a call.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 7 (provokasi); UU ITE Pasal 28 ayat (2) dan (3) jo. Pasal 45A (UU 1/2024); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 4–5',
  },
  examples: {
    invalid: [{ text: 'Lurah begitu pantas diseret keluar dari kantornya rame-rame sama warga.' }, { text: 'Besok kita kepung kantor bupati, bakar semuanya!' }, { text: 'Besok kumpul di depan kantor lurah. Bawa kayu dan batu untuk jaga-jaga kalau aparat macam-macam!' }, { text: 'Ayo turun ke jalan dan duduki gedung DPRD!' }, { text: 'Lawan aparat dengan segala cara, jangan takut!' }],
    valid: [
      { text: 'Massa sempat mengepung kantor DPRD, lalu membubarkan diri setelah dialog, ujar Kapolres.' },
      { text: 'Tim SAR menyerbu lokasi longsor untuk mencari korban.' },
      { text: 'Forum warga sepakat menolak ajakan aksi anarkis.' },
      { text: 'Besok kita serbu Pasar Murah di Alun-Alun, ada beras murah!' },
      { text: 'Serbu Labuan Bajo di akhir pekan! Kampung Ujung punya kuliner ikan bakar di malam hari.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of ACTION: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, ACTION)) continue;
      if (STRONG_WARNING.test(v.text) || LEGAL_CASE.test(v.text)) continue;
      // Telling people to bring weapons is a call in itself, with or without "ayo".
      if (!HORTATIVE.test(v.text) && !SAJA.test(v.text) && !/^\s*(?:bawa|siapkan)\s+(?:kayu|batu|bambu|parang|golok|celurit|sajam|senjata|bensin|molotov|pentungan)\b/iu.test(v.text)) continue;
      if (ATTRIBUTION.test(v.text) && !/!/.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, ACTION)) {
        if (negatedBefore(v.text, m.index)) continue;
        // "Serbu pasar murah!", "serbu stan UMKM": storming a sale is shopping, not violence.
        const after = v.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (/^(?:serbu|geruduk)$/iu.test(m[0]) && (COMMERCE.test(after) || DESTINATION.test(after))) continue;
        // "ikan bakar", "jagung bakar" are dishes.
        if (/^bakar$/iu.test(m[0]) && FOOD_BEFORE.test(v.text.slice(0, m.index))) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

// kebencian/istilah-usang: outdated or demeaning group terms with an official replacement: "Cina"
// for people (Tionghoa) or for the state (Tiongkok), per Keppres 12/2014; "pribumi/nonpribumi".
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { replaceFix } from '../_lib/util.ts';

// People: "orang Cina", and the plural "Cina-Cina" (never a plant or a sea).
const PEOPLE_CINA = /\b(?:orang|warga|etnis|keturunan|komunitas|masyarakat|kaum|suku|peranakan|pengusaha|pedagang|rombongan|kelompok|para|toko|bos|juragan|tauke|taipan|cukong|si|pekerja|buruh|tenaga kerja|TKA|pasien|turis|wisatawan|WNA|mahasiswa|siswa|anak|perempuan|wanita|laki-laki|pria|tetangga|penduduk|pemilik|investor|karyawan|kontraktor|majikan|bandar|hacker|peretas|mafia|sindikat|agen|spion|geng)(?:\s+(?:besar|kecil|kaya))?(?:-(?:orang|pedagang|pengusaha|cukong|tauke|bos|hacker|peretas|agen))?\s+(?<w>Cina|China|Tjina)\b|(?<![\p{L}-])(?<w2>(?:Cina|China)-(?:Cina|China))(?![\p{L}-])|\b(?:pemilik(?:nya)?|bos(?:nya)?|pengusaha(?:nya)?|orangnya|dia|mereka)\s+(?:\S+\s+){0,2}?(?:itu\s+|ini\s+)?(?:memang\s+)?(?<w3>Cina|China)\b(?!\s+(?:Selatan|Daratan|Utara)\b)(?![\p{L}-])/giu;
const STATE_CINA = /\b(?:negara|pemerintah|negeri|Republik Rakyat|RRC|produk|impor(?:\s+dari)?|ekspor(?:\s+ke)?|asal|kapal|Presiden|Kedutaan Besar|duta besar)\s+(?<w>Cina|China)\b/giu;
const PRIBUMI = /\b(?<w>non-?pribumi|pribumi)\b/giu;

export const rule: Rule = {
  meta: {
    id: 'kebencian/istilah-usang',
    severity: 'warning',
    fix: 'suggestion',
    scope: 'block',
    message: { id: 'Istilah “{actual}” sudah tidak dipakai dalam komunikasi pemerintah; gunakan “{expected}”.', en: 'The term “{actual}” is no longer used in government communication; use “{expected}”.' },
    description: {
      id: 'Dalam kegiatan pemerintahan, orang dan komunitas disebut “Tionghoa” dan negaranya “Tiongkok” (Keppres 12/2014). Istilah “pribumi/nonpribumi” membedakan warga negara; gunakan “warga negara Indonesia”.',
      en: 'In government activity, people and communities are called “Tionghoa” and the state “Tiongkok” (Keppres 12/2014). “Pribumi/nonpribumi” divides citizens; use “warga negara Indonesia”.',
    },
    basis: 'Keppres 12/2014 (mencabut SE Presidium Kabinet Ampera SE-06/Pres.Kab/6/1967); Inpres 26/1998 tentang istilah pribumi dan nonpribumi (belum diverifikasi pada naskah resmi)',
  },
  examples: {
    invalid: [{ text: 'Yang pegang logistiknya kan kontraktor Cina itu.' }, { text: 'Warga keturunan Cina di Kecamatan Sukamaju menerima bantuan sembako.' }, { text: 'Petugas menemukan banyak pekerja Cina di lokasi tambang.' }, { text: 'Negara Cina terus mengirim kapal ke perairan kita.' }, { text: 'Keburu diborong Cina-Cina yang punya toko bangunan itu.' }, { text: 'Pemilik PT itu Cina, mana pernah dia peduli sama kita.' }, { text: 'Yang bakar itu kebanyakan cukong-cukong Cina yang beli lahan murah.' }, { text: 'Yg CV punya si Cina itu gak usah dikasih info.' }, { text: 'Pribumi harus didahulukan dalam rekrutmen.' }],
    valid: [{ text: 'Perayaan Imlek warga Tionghoa berlangsung tertib.' }, { text: 'Kerajinan tinta cina dan petai cina dipamerkan dalam bazar UMKM.' }, { text: 'Kapal patroli memantau Laut Natuna Utara.' }],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of one of the three patterns: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, PEOPLE_CINA) && !mayMatchSentence(v, STATE_CINA) && !mayMatchSentence(v, PRIBUMI)) continue;
      if (REGULATION.test(v.text)) continue;
      for (const [re, expected] of [[PEOPLE_CINA, 'Tionghoa'], [STATE_CINA, 'Tiongkok'], [PRIBUMI, 'warga negara Indonesia']] as const) {
        for (const { m, start } of matchesIn(v, re)) {
          const w = m.groups!.w ?? m.groups!.w2 ?? m.groups!.w3;
          const s = start + m[0].length - w.length;
          ctx.report({ start: s, end: s + w.length, args: { actual: w, expected }, fixes: [replaceFix(ctx, s, s + w.length, expected, false)] });
        }
      }
    }
  },
};

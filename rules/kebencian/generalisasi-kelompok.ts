// kebencian/generalisasi-kelompok: a negative trait pinned on an ethnic, religious or social group
// ("Orang Madura memang pemalas"). Needs both a group and a negative predicate in one sentence;
// warnings against such talk, reports of a case and quoted regulations are not findings.
import type { Rule } from '../../server/src/engine/types.ts';
import { GROUP_REF, LEGAL_CASE, REGULATION, STRONG_WARNING, negatedBefore, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';

const PREDICATE = /\b(?:pemalas|malas|penipu|menipu|pengkhianat|biang(?:\s+\w+)?|sumber masalah|perusak|tidak tahu diri|licik|bodoh|kotor|jorok|sesat|kasar|kampungan|penjahat|pencuri|maling|teroris|radikal|kafir|terbelakang|primitif|tidak beradab|biadab|rakus|pelit|tukang \w+|merampok|perampok|merampas|perampas|penjajah|menjajah|(?:suka|gemar|hobi)\s+(?:menyerobot|mencuri|menipu|merampok|membuat onar|bikin onar|berkelahi|mabuk)|tidak tahu adat|tak tahu adat|tidak beradat|susah diatur|sulit diatur|tidak bisa diatur|susah diajak beradab|biang ribut|misi terselubung)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'kebencian/generalisasi-kelompok',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: {
      id: 'Menggeneralisasi sifat buruk “{actual}” pada kelompok suku, agama, ras, atau golongan. Sebutkan perilaku atau peristiwa tertentu tanpa mengaitkannya dengan identitas kelompok.',
      en: 'Pins the negative trait “{actual}” on an ethnic, religious, racial or social group. Describe a specific act or event without tying it to group identity.',
    },
    description: {
      id: 'Pernyataan yang melekatkan sifat buruk pada kelompok SARA (suku, agama, ras, antargolongan) dapat menimbulkan kebencian atau permusuhan dan dilarang bagi ASN.',
      en: 'Statements attaching negative traits to an ethnic, religious, racial or social group can incite hatred or hostility and are prohibited for civil servants.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 8; UU ITE Pasal 28 ayat (2) jo. Pasal 45A ayat (2) (UU 1/2024; daftar atribut yang dilindungi belum diverifikasi kata per kata); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 2',
  },
  examples: {
    invalid: [{ text: 'Orang Madura memang pemalas dan jadi sumber masalah di pasar.' }, { text: 'Kaum pendatang itu licik, jangan beri tempat.' }],
    valid: [
      { text: 'Festival budaya Madura diikuti 300 peserta dari lima kecamatan.' },
      { text: 'Sesuai SE MenPAN-RB 137/2018, ASN dilarang menyebarkan informasi yang menimbulkan kebencian berdasarkan SARA.' },
      { text: 'Tersangka kasus ujaran kebencian terhadap kelompok agama ditangkap di rumahnya.' },
      { text: 'Warga Madura di perantauan tidak malas; mereka pekerja keras, ujar Camat.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of PREDICATE: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, PREDICATE)) continue;
      if (!GROUP_REF.test(v.text)) continue;
      if (STRONG_WARNING.test(v.text) || LEGAL_CASE.test(v.text) || REGULATION.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, PREDICATE)) {
        if (negatedBefore(v.text, m.index)) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
      }
    }
  },
};

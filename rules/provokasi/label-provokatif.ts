// provokasi/label-provokatif: branding a person or group a provocateur, an inciter or a foreign
// lackey without a legal basis ("Pak Budi adalah provokator", "antek asing"). News of a suspect
// named by the police, and warnings against provocation, are not findings.
import type { Rule } from '../../server/src/engine/types.ts';
import { LEGAL_CASE, REGULATION, STRONG_WARNING, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { replaceFix } from '../_lib/util.ts';

const LABEL = /\b(?:gerombolan\s+(?:perusuh|pengacau|perusak|penghasut)|provokator|penghasut|pengadu domba|antek asing|antek-antek asing|kaki tangan asing|agen asing)\b/giu;

export const rule: Rule = {
  meta: {
    id: 'provokasi/label-provokatif',
    severity: 'warning',
    fix: 'suggestion',
    scope: 'block',
    // An attack on a candidate is reported by netralitas/serang-kandidat instead.
    yields: true,
    message: { id: 'Tuduhan “{actual}” tanpa dasar hukum bersifat provokatif. Sebutkan perbuatan dan sumbernya, atau gunakan istilah netral.', en: 'The accusation “{actual}” without a legal basis is provocative. State the act and its source, or use a neutral term.' },
    description: {
      id: 'Melabeli orang atau kelompok sebagai provokator, penghasut, atau antek asing tanpa putusan atau penetapan resmi memanaskan suasana dan dapat menjadi fitnah. “Antek asing” dapat diganti “pihak asing”.',
      en: 'Labelling people or groups as provocateurs, inciters or foreign lackeys without an official finding inflames tempers and may be defamatory. “Antek asing” can become “pihak asing”.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 7 (provokasi, fitnah); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 4',
  },
  examples: {
    invalid: [{ text: 'Pak Budi adalah provokator kerusuhan kemarin dan harus diusir dari desa.' }, { text: 'Antek asing di balik proyek bendungan harus dilawan warga!' }],
    valid: [{ text: 'Polisi menetapkan dua tersangka provokator kerusuhan di stadion.' }, { text: 'FKUB mengajak pengurus rumah ibadah menyampaikan klarifikasi ini agar provokator tidak mendapat ruang.' }, { text: 'ASN diimbau tidak terprovokasi oleh penghasut di media sosial.' }],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of LABEL: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, LABEL)) continue;
      if (STRONG_WARNING.test(v.text) || LEGAL_CASE.test(v.text) || REGULATION.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, LABEL)) {
        // "agar provokator tidak mendapat ruang" speaks of provocateurs in general: a label is pinned on
        // someone ("Pak Budi adalah provokator", "dasar penghasut", "provokator itu").
        if (/^(?:provokator|penghasut|pengadu domba)$/iu.test(m[0]) && !/\b(?:adalah|merupakan|jadi|menjadi|dasar|si|sebagai|dialah|merekalah|mereka|kalian|kau|kamu|dia|para)\s+(?:\S+\s+)?$/iu.test(v.text.slice(Math.max(0, m.index - 30), m.index)) && !/^\s*(?:itu|ini|tersebut|nya|\p{Lu}\p{Ll}+)/u.test(v.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
        const neutral = /antek|kaki tangan|agen/i.test(m[0]) ? 'pihak asing' : undefined;
        ctx.report({ start, end, args: { actual: m[0] }, fixes: neutral ? [replaceFix(ctx, start, end, neutral, false)] : [] });
      }
    }
  },
};

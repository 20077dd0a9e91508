// kerahasiaan/identitas-pelapor-saksi: a reporter, witness or informant named ("Saksi kunci kasus
// korupsi, Hendra Gunawan, …"). Their identity is exempt information.
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, STRONG_WARNING, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';

const ROLE_NAME = /\b(?:(?:[Bb]erkat\s+)?informasi\s+(?:dari\s+)?(?:seorang\s+)?(?:warga|masyarakat)|[Pp]elapor|[Ss]aksi(?:\s+(?:mata|kunci|korban|pelapor|mahkota|yang dilindungi))?|[Ii]nforman(?:\s+polisi)?|[Ww]histleblower)\b(?:\s+(?:kasus|dalam kasus|perkara)\s+[\p{L}\s]{2,30}?)?(?:\s+(?:tersebut|itu|ini))?(?:\s+yang\s+identitasnya[^.,]{0,50},)?(?:\s*,\s*|\s+(?:bernama|adalah|yakni|yaitu)\s+)(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,})*)/gu;

export const rule: Rule = {
  meta: {
    id: 'kerahasiaan/identitas-pelapor-saksi',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Identitas pelapor, saksi, atau informan ({actual}) termasuk informasi yang dikecualikan. Tulis “seorang saksi” atau inisialnya saja.', en: 'The identity of a reporter, witness or informant ({actual}) is exempt information. Write “a witness” or initials only.' },
    description: {
      id: 'Mengungkap nama pelapor, saksi, atau informan membahayakan mereka dan dapat menghambat penegakan hukum.',
      en: 'Revealing the names of reporters, witnesses or informants endangers them and can hamper law enforcement.',
    },
    basis: 'UU 14/2008 (KIP) Pasal 17 huruf a (mengungkapkan identitas informan, pelapor, saksi, dan/atau korban)',
  },
  examples: {
    invalid: [{ text: 'Saksi kunci kasus korupsi, Hendra Gunawan, kini tinggal di rumah aman.' }, { text: 'Informan polisi dalam kasus ini adalah Ujang, sopir angkot.' }, { text: 'Pelapor tersebut adalah Lalu Ahmad Fauzan, staf keuangan.' }, { text: 'JPU akan menghadirkan saksi mahkota yang identitasnya selama ini dilindungi LPSK, yakni Baiq Nurhidayah.' }],
    valid: [{ text: 'Sidang kasus korupsi dana desa menghadirkan lima saksi dari kantor kecamatan.' }, { text: 'Bawaslu melindungi identitas pelapor pelanggaran.' }],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of ROLE_NAME: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, ROLE_NAME)) continue;
      if (STRONG_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, ROLE_NAME)) {
        const name = m.groups!.name;
        ctx.report({ start: end - name.length, end, args: { actual: name } });
        void start;
      }
    }
  },
};

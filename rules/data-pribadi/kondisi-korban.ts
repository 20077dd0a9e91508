// data-pribadi/kondisi-korban: a child or victim the text has already named ("Korban, Aditya Nugroho
// Saputra (13), siswa kelas VII …") comes back by first name a paragraph later with what was done to
// their body or mind ("Aditya mengalami retak pada tulang rusuk kiri serta trauma psikis berat"). The
// second sentence is health data of an identified person even though it carries no surname or age, and
// its first mention is often in another paragraph, which is why this rule reads the whole document.
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, STRONG_WARNING, sentences, mayMatchSentence } from '../_lib/compliance.ts';

// The first mention: a victim or child by full name, with an age under 18 or as "korban".
const NAMED_VICTIM = prefiltered(/(?:\b[Kk]orban(?:nya)?\s*,?\s*(?:yakni\s+|yaitu\s+|bernama\s+)?)?(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s*\((?<age>\d{1,2})(?:\s*(?:tahun|th))?\)/u);
const NAMED_VICTIM_ALL = new RegExp(NAMED_VICTIM.source, 'gu');
// A case of violence or harm the named person is the victim of.
const HARM_CASE = /\b(?:korban|dianiaya|penganiayaan|dirundung|perundungan|dikeroyok|pengeroyokan|kekerasan|pencabulan|pelecehan|kecelakaan|ditabrak|tertabrak|diserang|luka-luka|penusukan|ditusuk|dipukuli|tenggelam)\b/iu;
// What was done to their body or mind, or what they are treated for.
const CONDITION = prefiltered(/\b(?:mengalami\s+(?:\S+\s+){0,3}?(?:patah|retak|luka|lebam|memar|trauma|gegar|pendarahan|perdarahan|robek|cedera|depresi|koma|kejang)|patah\s+tulang|retak\s+pada|gegar\s+otak|trauma\s+(?:psikis|berat|mendalam)|(?:masih\s+)?dirawat\s+(?:inap\s+)?di|menjalani\s+(?:operasi|perawatan|pendampingan\s+psikolog|pendampingan\s+psikiater|terapi)|hasil\s+visum|luka\s+(?:bakar|tusuk|robek|memar|lebam)|kritis|tidak\s+sadarkan\s+diri|belum\s+mau\s+berbicara)\b/iu);
// Parts of a name too common to identify anyone alone.
const COMMON_NAME_PART = new Set(['Muhammad', 'Muh', 'Moh', 'Mochammad', 'Mohammad', 'Ahmad', 'Siti', 'Nur', 'Abdul', 'Putra', 'Putri', 'Dewi', 'Sri', 'Dwi', 'Tri', 'Eka', 'Adi', 'Ayu']);

export const rule: Rule = {
  meta: {
    id: 'data-pribadi/kondisi-korban',
    severity: 'error',
    fix: 'none',
    scope: 'document',
    message: {
      id: 'Kondisi kesehatan atau luka {actual}, yang identitasnya sudah disebut di naskah ini, termasuk data pribadi spesifik. Tulis “korban” atau inisialnya, dan sebut kondisinya tanpa nama.',
      en: 'The health or injuries of {actual}, whose identity this text has already given, are specific personal data. Write “the victim” or their initials, and describe the condition without the name.',
    },
    description: {
      id: 'Anak atau korban yang sudah disebut lengkap (nama dan umur) tetap dapat dikenali ketika kalimat berikutnya menyebut nama depannya bersama luka, trauma, atau perawatannya, meskipun di paragraf lain.',
      en: 'A child or victim introduced by full name and age can still be identified when a later sentence gives their first name with their injuries, trauma or treatment, even in another paragraph.',
    },
    basis: 'UU 27/2022 (PDP) Pasal 4 ayat (2) huruf a; UU 11/2012 (SPPA) Pasal 19 (identitas anak wajib dirahasiakan); Kode Etik Jurnalistik Pasal 5',
  },
  examples: {
    invalid: [
      { text: 'Korban, Aditya Nugroho Saputra (13), siswa kelas VII C, dianiaya tiga kakak kelasnya.\n\nBerdasarkan hasil visum, Aditya mengalami retak pada tulang rusuk kiri serta trauma psikis berat.' },
      { text: 'Korban, Muhammad Rafi Alfarizi (13), diduga dirundung oleh tiga kakak kelasnya.\n\nRafi saat ini masih dirawat di RSUP Dr. M. Djamil karena patah tulang lengan kiri.' },
    ],
    valid: [
      { text: 'Korban berinisial AN (13) dianiaya tiga kakak kelasnya.\n\nKorban mengalami retak pada tulang rusuk kiri.' },
      { text: 'Juara lomba, Aditya Nugroho Saputra (13), menerima piala.\n\nAditya mengalami kemajuan pesat sejak ikut klub.' },
      { text: 'Korban, Aditya Nugroho Saputra (13), dianiaya kakak kelasnya.\n\nKepala sekolah, Aditya Wibowo, mengatakan sekolah akan memberi sanksi.' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    // Most documents name no victim with an age: one pass over the sentences' literals answers that.
    const names = new Map<string, number>(); // first-name token -> index of the sentence that introduced it
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (!mayMatchSentence(v, NAMED_VICTIM)) continue;
      const around = [list[i - 1], v, list[i + 1]].filter((x) => x && x.s.block === v.s.block).map((x) => x!.text).join(' ');
      NAMED_VICTIM_ALL.lastIndex = 0;
      for (const m of v.text.matchAll(NAMED_VICTIM_ALL)) {
        const age = Number(m.groups!.age);
        if (!(age < 18 || /^[Kk]orban/u.test(m[0])) || !HARM_CASE.test(around)) continue;
        for (const part of m.groups!.name.split(/\s+/)) if (part.length >= 3 && !COMMON_NAME_PART.has(part) && !names.has(part)) names.set(part, i);
      }
    }
    if (names.size === 0) return;
    // The name as a word of its own, not inside a longer full name of someone else ("Aditya Wibowo").
    const byName = [...names].map(([part, at]) => ({ part, at, re: new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])(?!\\s+\\p{Lu}\\p{Ll})`, 'u') }));
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (!mayMatchSentence(v, CONDITION) || STRONG_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      const c = CONDITION.exec(v.text);
      if (!c) continue;
      for (const { part, at, re } of byName) {
        if (at >= i) continue;
        const m = re.exec(v.text);
        if (!m || (m.index > 0 && /\p{Lu}\p{Ll}+\s+$/u.test(v.text.slice(Math.max(0, m.index - 20), m.index)))) continue;
        ctx.report({ start: v.start + m.index, end: v.start + m.index + part.length, args: { actual: `“${part}”` } });
        break;
      }
    }
  },
};

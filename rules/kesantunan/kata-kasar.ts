// kesantunan/kata-kasar: profanity. A curated list, whole words only; words that are also innocent
// ("asu" in a place name, "tai sapi" as fertiliser) carry guards. Profanity has no place in official
// text even when quoted: write "mengucapkan kata-kata kasar" instead.
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION } from '../_lib/compliance.ts';

const WORDS = new Set(
  `anjir anjay anjrit anjing bangsat bajingan brengsek berengsek goblok goblog tolol bego dungu kampret keparat sialan taik jancuk jancok
  cuk asu bacot sompret sontoloyo mampus modar kunyuk geblek congor cocot bodat kontol memek ngentot ngewe bokep pantek peler titit
  tai kurangajar keparat laknat bedebah
  pukimak kimak pukimai cukimai cuki sundala telaso lancau bodok dongo bloon idiot sinting bangke bangkai bebal`.split(/\s+/).filter(Boolean),
);
const MASKED = /(?<![\p{L}*])\p{L}+\*+\p{L}+(?![\p{L}*])/gu;
// Words innocent in another sense get a frame that must (or must not) hold.
const GUARDS: Record<string, (before: string, after: string) => boolean> = {
  // The animal is everyday news (rabies, police dogs); the insult is an interjection ("Anjing!",
  // "…, anjing."), a name-calling frame ("dasar anjing", "kayak anjing lu") or aimed at "lu/kau".
  anjing: (b, a) =>
    !/^\s*(?:pelacak|liar|peliharaan|rabies|kampung|ras|penjaga|K-?9|dan\s+kucing|kucing)\b/iu.test(a) &&
    (/\b(?:dasar|kau|kamu|lo|lu|kalian|kayak|kaya|seperti|anjing)\s*$/iu.test(b) ||
      (/(?:^|[,;:])\s*$/u.test(b) && /^\s*(?:[,!?.…]|$)/u.test(a)) ||
      /^\s*(?:lo|lu|kau|kalian|banget|emang)\b/iu.test(a) ||
      // Said of people: "Satpam PT itu anjing semua".
      (/\b(?:itu|memang|emang|semua|pada)\s*$/iu.test(b) && /^\s*(?:semua|semuanya|kabeh|[,!?.…]|$)/iu.test(a))),
  tai: (_b, a) => !/^\s*(?:sapi|kambing|ayam|kuda|kerbau|kelelawar|lalat|besi)\b/iu.test(a),
  asu: () => true,
  mampus: (b) => !/\b(?:hampir|nyaris)\s*$/iu.test(b),
  cuk: (b) => !/\b(?:cuk\s*)$/iu.test(b),
  sialan: () => true,
  // The carcass is news (bangkai hewan, bangkai kapal); the insult is said to someone.
  bangkai: (b, a) => /\b(?:dasar|kau|kamu|lo|lu|kalian)\s*$/iu.test(b) || (/(?:^|[,;:])\s*$/u.test(b) && /^\s*(?:[,!?.…]|$)/u.test(a)),
  bangke: (b, a) => !/^\s*(?:kapal|hewan|sapi|ayam)\b/iu.test(a),
};

export const rule: Rule = {
  meta: {
    id: 'kesantunan/kata-kasar',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    // "kampret" as a political label is reported by kebencian/label-agama-politik instead.
    yields: true,
    message: { id: 'Kata kasar “{actual}” tidak pantas dalam komunikasi instansi. Hapus; bila melaporkan ucapan orang lain, tulis “mengucapkan kata-kata kasar”.', en: 'The profanity “{actual}” is not acceptable in agency communication. Remove it; when reporting someone’s words, write that they used abusive language.' },
    description: {
      id: 'Makian dan kata kasar merusak kredibilitas instansi dan melanggar standar etika ASN, termasuk dalam balasan komentar warga.',
      en: 'Swearing and abusive words damage the agency’s credibility and breach civil-service ethics, replies to citizens included.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 2 (standar etika yang luhur); PermenPAN-RB 83/2012 (prinsip profesional); UU ITE Pasal 27 ayat (1) untuk muatan kesusilaan',
  },
  examples: {
    invalid: [{ text: 'Woi wasit g*blok, matamu di mana!!' }, { text: 'Satpam PT itu anjing semua.' }, { text: 'Sudah ditegur berkali-kali masih bebal juga.' }, { text: 'Pelayanan lambat karena petugasnya goblok.' }, { text: '@disdik_tala @nanang_tkt Goblok kok dipelihara.' }, { text: 'Anjing, lama banget antreannya!' }, { text: 'Dasar anjing, kerjanya cuma tidur.' }, { text: 'Bangsat, siapa yang parkir sembarangan di depan kantor?' }, { text: 'Pantainya sebening kaca 😍\nAnjir sih ini mah surga' }],
    valid: [
      { text: 'Dinas Peternakan memvaksinasi anjing peliharaan warga secara gratis.' },
      { text: 'Yang menggigit bocah itu anjing tetangga, kata Kapolsek.' },
      { text: 'Syarat dan ketentuan berlaku*, lihat keterangan *di bawah.' },
      { text: 'Anjing pelacak K-9 dikerahkan untuk menyisir area pelabuhan.' },
      { text: 'Anjing dan kucing yang sudah divaksin diberi kalung penanda.' },
      { text: 'Petugas mengumpulkan tai sapi untuk dijadikan pupuk organik.' },
      { text: 'Pemkot menggelar festival kuliner di kawasan Asu Pantai Ampenan.' },
      { text: 'Terdakwa terbukti memaki korban dengan kata kasar.' },
    ],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const s of doc.sentences) {
      const text = doc.prose.slice(s.start, s.end);
      if (REGULATION.test(text)) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i];
        let word = t.lower;
        let end = t.end;
        const next = doc.tokens[i + 1];
        // "kurang ajar" is two innocent words together.
        if (word === 'kurang' && next?.lower === 'ajar' && i + 1 < s.tokenEnd) {
          word = 'kurang ajar';
          end = next.end;
        }
        if (!WORDS.has(word)) continue;
        // A capitalised word in mid-sentence is a name ("Asu Pantai").
        // A line's first word is not mid-sentence: posts end sentences with line breaks ("…😍\nAnjir sih …").
        // So is the first word of a chat message ("Pak Joko: Bangsat emang").
        const gap = i > s.tokenStart ? doc.prose.slice(doc.tokens[i - 1].end, t.start) : '';
        // And the first word after the handles a reply opens with ("@dinas @warga Goblok kok …").
        const lineStart = gap.includes('\n') || /:\s+$/.test(gap) || /^(?:\s*@[\p{L}\p{N}_.]+)+\s*$/u.test(doc.prose.slice(Math.max(s.start, doc.prose.lastIndexOf('\n', t.start) + 1), t.start));
        if (/^\p{Lu}/u.test(t.text) && i > s.tokenStart && !lineStart && t.text !== t.text.toUpperCase()) continue;
        const guard = GUARDS[word];
        if (guard && !guard(doc.prose.slice(s.start, t.start), doc.prose.slice(end, s.end))) continue;
        ctx.report({ start: t.start, end, args: { actual: doc.text.slice(t.start, end) } });
      }
      // A word masked with asterisks ("g*blok", "anj*ng") is meant as the word itself: the mask
      // stands for vowels, so some vowel must turn it into a listed word. No guard: nobody masks "anjing pelacak".
      if (text.includes('*')) {
        MASKED.lastIndex = 0;
        for (let m = MASKED.exec(text); m; m = MASKED.exec(text)) {
          const lower = m[0].toLowerCase();
          if (!'aiueo'.split('').some((v) => WORDS.has(lower.replace(/\*+/g, v)))) continue;
          ctx.report({ start: s.start + m.index, end: s.start + m.index + m[0].length, args: { actual: m[0] } });
        }
      }
    }
  },
};

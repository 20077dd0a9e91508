// kesantunan/emoji-tanda-baca: emoji and repeated punctuation in a press release. Captions and posts
// (jenis: caption/unggahan) may use them; a release is formal. Angry emoji chains and "!!!" are
// reported by provokasi/nada-emosional in any text; this rule only adds the register point.
import type { Rule } from '../../server/src/engine/types.ts';
import { proseMatches } from '../_lib/util.ts';
import { docShape } from '../../server/src/engine/parse.ts';

// A run of emoji is one finding ("🏆🏆🏆😍"), not one per picture.
const MARKS = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*(?:[ \t]*\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)*|[?!]{2,}|\.{4,}/gu;

export const rule: Rule = {
  meta: {
    id: 'kesantunan/emoji-tanda-baca',
    severity: 'info',
    fix: 'none',
    // Block scope: whether the text is a release comes from doc.shape (see DocShape).
    scope: 'block',
    message: { id: 'Emoji atau tanda baca berlebihan (“{actual}”) dalam siaran pers. Naskah resmi memakai satu tanda baca dan tanpa emoji.', en: 'Emoji or excessive punctuation (“{actual}”) in a press release. Official texts use single punctuation and no emoji.' },
    description: {
      id: 'Siaran pers adalah naskah resmi: tanpa emoji dan tanpa tanda baca berderet. Pada keterangan foto atau unggahan media sosial (`jenis: caption`/`unggahan`) aturan ini tidak berlaku.',
      en: 'A press release is an official text: no emoji and no repeated punctuation. In captions and social-media posts (`jenis: caption`/`unggahan`) this rule does not apply.',
    },
    basis: 'PermenPAN-RB 83/2012 (prinsip profesional; rincian belum diverifikasi); EYD V, Pemakaian Tanda Baca',
  },
  examples: {
    invalid: [{ text: '# Festival Pemuda\n\nMALANG – Festival pemuda digelar Sabtu (8/2/2025). Gokil!!! 🔥🔥' }, { text: 'Pemkot Gelar Vaksinasi Gratis\n\nSURABAYA – Vaksinasi gratis dibuka hari ini 🎉🙏 Ayo datang??\n\nNarahubung: Humas', format: 'rilis' }],
    valid: [{ text: 'Selamat Hari Guru 🙏 Terima kasih para guru!' }, { text: 'SURABAYA – Vaksinasi gratis dibuka hari ini.', format: 'rilis' }],
  },
  run(ctx) {
    const { doc, options } = ctx;
    // A release by declaration, or by its dateline ("MALANG – …") when nothing is declared.
    const declared = options.jenis ?? (typeof doc.meta.jenis === 'string' ? doc.meta.jenis : undefined);
    const release = declared === 'siaran-pers' || (declared === undefined && (doc.shape ?? docShape(doc.text, doc.format, doc.blocks)).release) || doc.format === 'rilis';
    if (!release || options.jenis === 'caption' || options.jenis === 'unggahan') return;
    // "WASPADA!!!" in a release's headline is both shouting (provokasi/nada-emosional) and a breach of a
    // release's register: repeated punctuation stands on its own, an emoji inside another finding yields.
    for (const m of proseMatches(doc, MARKS)) ctx.report({ start: m.index, end: m.index + m[0].length, args: { actual: m[0] }, yields: !/^[?!.]+$/.test(m[0]) });
  },
};

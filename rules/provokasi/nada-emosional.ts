// provokasi/nada-emosional: shouting in writing: a run of four or more words in capitals, "!!",
// "?!", chains of angry emoji, and capitalised outrage words (BIADAB, KETERLALUAN, MEMALUKAN).
import type { Rule } from '../../server/src/engine/types.ts';
import { proseMatches } from '../_lib/util.ts';

const CAPS_RUN = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[!?,.]*\s+){3,}\p{Lu}{2,}[!?.]*/gu;
const MARKS = /!{2,}|\?!|!\?|(?:[😡🤬💢👊😤🔥]\s*){2,}/gu;
const OUTRAGE = /\b(?:BIADAB|KETERLALUAN|MEMALUKAN|BRENGSEK|BANGSAT)\b/gu;

export const rule: Rule = {
  meta: {
    id: 'provokasi/nada-emosional',
    severity: 'warning',
    fix: 'none',
    scope: 'block',
    message: { id: 'Nada emosional (“{actual}”). Tulis dengan huruf biasa dan satu tanda baca; biarkan fakta yang berbicara.', en: 'Emotional tone (“{actual}”). Use sentence case and a single punctuation mark; let the facts speak.' },
    description: {
      id: 'Kalimat berhuruf kapital semua, tanda seru berderet, dan rangkaian emoji marah terbaca sebagai teriakan dan mudah memancing emosi pembaca; akun dan naskah instansi harus profesional dan kredibel.',
      en: 'All-caps sentences, strings of exclamation marks and chains of angry emoji read as shouting and easily inflame readers; an agency’s texts must be professional and credible.',
    },
    basis: 'PermenPAN-RB 83/2012 (prinsip profesional dan kredibel; rincian belum diverifikasi); SE MenPAN-RB 137/2018 butir 5 (bijaksana)',
  },
  examples: {
    invalid: [{ text: 'PELAYANAN KAMI TERBAIK DAN TIDAK ADA YANG BISA MENANDINGI!!!' }, { text: 'Wah parah!!! pelayanannya lelet 😡😡🤬' }],
    valid: [{ text: 'Pelayanan Adminduk kini dapat diakses secara daring.' }, { text: 'KPU DKI JAKARTA menggelar rapat pleno.' }, { text: 'Selamat Hari Guru Nasional!' }],
  },
  run(ctx) {
    const { doc } = ctx;
    const reported = new Set<number>();
    const inNotice = (at: number) => doc.blocks.some((b) => b.kind === 'notice' && b.start <= at && at < b.end);
    for (const re of [CAPS_RUN, MARKS, OUTRAGE]) {
      for (const m of proseMatches(doc, re)) {
        if (inNotice(m.index)) continue;
        // Four acronyms in a row ("KPU DKI JAKARTA BARAT") are names, not shouting: require long words.
        if (re === CAPS_RUN && m[0].split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4).length < 3) continue;
        if ([...reported].some((r) => Math.abs(r - m.index) < 40)) continue;
        reported.add(m.index);
        ctx.report({ start: m.index, end: m.index + m[0].length, args: { actual: m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0] } });
      }
    }
  },
};

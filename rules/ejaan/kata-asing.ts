// ejaan/kata-asing: a foreign word with an Indonesian equivalent (meeting -> rapat); a foreign word
// the writer italicised (*online*) is left alone, as EYD V allows it.
import type { Rule } from '../../server/src/engine/types.ts';
import { replaceFix } from '../_lib/util.ts';
import { formIndex, pushPositions } from '../../server/src/engine/forms.ts';

// A Map, not an object: every token is looked up, and an object would also answer for inherited
// names ("constructor"), and looks a word up more slowly.
const EQUIVALENTS = new Map<string, string>(Object.entries({
  meeting: 'rapat', launching: 'peluncuran', event: 'acara', stakeholder: 'pemangku kepentingan', stakeholders: 'pemangku kepentingan',
  workshop: 'lokakarya', briefing: 'taklimat', update: 'pembaruan', feedback: 'umpan balik', deadline: 'tenggat', online: 'daring',
  offline: 'luring', download: 'unduh', upload: 'unggah', talkshow: 'gelar wicara', website: 'laman', email: 'surel', 'e-mail': 'surel',
  smartphone: 'ponsel pintar', handphone: 'telepon seluler', gadget: 'gawai', monitoring: 'pemantauan', sharing: 'berbagi',
  roadshow: 'jelajah', like: 'suka', share: 'bagikan', comment: 'komentar', repost: 'unggah ulang', posting: 'unggahan', follow: 'ikuti', unfollow: 'berhenti mengikuti', partner: 'mitra', reward: 'penghargaan', followers: 'pengikut', hashtag: 'tagar', link: 'tautan', narsum: 'narasumber',
}));
const PHRASES: Array<[string[], string]> = [[['follow', 'up'], 'tindak lanjut'], [['zoom', 'meeting'], 'rapat daring'], [['press', 'release'], 'siaran pers'], [['press', 'conference'], 'konferensi pers']];
// First words of the phrases: most tokens start none, and need no phrase search.
const PHRASE_FIRST = new Set(PHRASES.map(([ws]) => ws[0]));

export const rule: Rule = {
  meta: {
    id: 'ejaan/kata-asing',
    severity: 'info',
    fix: 'suggestion',
    scope: 'block',
    message: { id: 'Kata asing “{actual}” punya padanan: “{expected}”.', en: 'The foreign word “{actual}” has an Indonesian equivalent: “{expected}”.' },
    description: {
      id: 'Kata asing yang sudah punya padanan bahasa Indonesia (meeting → rapat, online → daring, launching → peluncuran) sebaiknya diganti; bila tetap dipakai, tulis miring.',
      en: 'Foreign words with an Indonesian equivalent (meeting → rapat, online → daring, launching → peluncuran) should be replaced; if kept, italicise them.',
    },
    basis: 'UU 24/2009 dan Perpres 63/2019 tentang penggunaan bahasa Indonesia (nomor pasal belum diverifikasi); EYD V, Huruf Miring',
  },
  examples: {
    invalid: [
      { text: 'Meeting koordinasi digelar secara online.', count: 2 },
      { text: 'Hasil rapat akan di-follow up oleh dinas terkait.', count: 1 },
    ],
    valid: [{ text: 'Rapat koordinasi digelar secara daring. Ingat, saring sebelum sharing!' }, { text: 'Rapat digelar secara *online* melalui Zoom.', format: 'markdown' }],
  },
  run(ctx) {
    const { tokens, text, prose } = ctx.doc;
    const italic = (s: number, e: number) => /[*_]/.test(text[s - 1] ?? '') && /[*_]/.test(text[e] ?? '');
    // Most tokens are neither a foreign word nor the start of a phrase (a phrase may also start with
    // a hyphenated prefix, "di-follow up"): only the others are looked at, found word by word in the
    // document's form index, in text order.
    const idx = formIndex(tokens);
    const candidates: number[] = [];
    for (let k = 0; k < idx.forms.length; k++) {
      const form = idx.forms[k];
      if (EQUIVALENTS.has(form) || PHRASE_FIRST.has(form) || form.indexOf('-') >= 0) pushPositions(idx, k, candidates);
    }
    candidates.sort((a, b) => a - b);
    let next = 0;
    for (const i of candidates) {
      if (i < next) continue; // inside a phrase already reported
      next = i + 1;
      const t = tokens[i];
      // Official slogans keep their words: "Saring sebelum sharing" is the government's own campaign.
      if (t.lower === 'sharing' && tokens[i - 1]?.lower === 'sebelum' && tokens[i - 2]?.lower === 'saring') continue;
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue; // acronyms
      const phrase = !PHRASE_FIRST.has(t.lower) ? undefined : PHRASES.find(([ws]) => ws.every((w, k) => tokens[i + k]?.lower === w) && ws.slice(1).every((_, k) => /^\s+$/.test(prose.slice(tokens[i + k].end, tokens[i + k + 1].start))));
      // "di-follow up": the first word may carry a hyphenated prefix.
      const bare = t.lower.indexOf('-') < 0 ? t.lower : t.lower.replace(/^(di|me|ter)-/, '');
      const phrase2 = !phrase && bare !== t.lower ? PHRASES.find(([ws]) => ws[0] === bare && tokens[i + 1]?.lower === ws[1]) : undefined;
      const hit = phrase ?? phrase2;
      if (hit) {
        const end = tokens[i + hit[0].length - 1].end;
        if (!italic(t.start, end)) {
          const actual = text.slice(t.start, end);
          ctx.report({ start: t.start, end, args: { actual, expected: hit[1] }, fixes: [replaceFix(ctx, t.start, end, hit[1], false)] });
        }
        next = i + hit[0].length;
        continue;
      }
      const eq = EQUIVALENTS.get(t.lower);
      if (!eq || italic(t.start, t.end)) continue;
      ctx.report({ start: t.start, end: t.end, args: { actual: t.text, expected: eq }, fixes: [replaceFix(ctx, t.start, t.end, eq, false)] });
    }
  },
};

// provokasi/nada-emosional: shouting in writing: a run of four or more words in capitals, "!!",
// "?!", chains of angry emoji, and capitalised outrage words (BIADAB, KETERLALUAN, MEMALUKAN).
import type { Rule } from '../../server/src/engine/types.ts';
import { proseMatches } from '../_lib/util.ts';

// Four words in capitals in a row. The lookaheads (two capitals, which every match starts with) come
// first so that the search rejects other positions with one quick test rather than the lookbehind;
// the first, two characters that are A-Z or past U+00BF (every capital is), rejects the lower-case
// letters of a text with a range test, where \p{Lu} took twice as long over the bench corpus.
const CAPS_RUN = /(?=[A-Z\u00C0-\u{10FFFF}]{2})(?=\p{Lu}{2})(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[!?,.]*[ \t]+){3,}\p{Lu}{2,}[!?.]*/gu;
// Fire and fist-bump emoji celebrate as often as they rage; these only rage.
const MARKS = /!{2,}|\?!|!\?|(?:[😡🤬💢😤👿😠]\s*){2,}/gu;
const ANGRY = /[😡🤬💢😤👿😠]|\b\p{Lu}{5,}\b|\b(?:awas|bahaya|gawat|darurat|marah|kesal|muak|geram|bohong|lelet|payah|hancur|kacau|biadab|keterlaluan|memalukan|keparat|zalim|lawan|diam saja)\b/u;
// Not "jangan" or "segera": "Jangan buang sampah ke got!!! 🙏" urges, it does not rage.
const ANGRY_I = /\b(?:awas|bahaya|gawat|darurat|marah|kesal|muak|geram|bohong|lelet|payah|hancur|kacau|biadab|keterlaluan|memalukan|keparat|zalim|lawan)\b/iu;
const OUTRAGE = /\b(?:BIADAB|KETERLALUAN|MEMALUKAN|BRENGSEK|BANGSAT)\b/gu;

/** A heading-like line in capitals ("PENGUMUMAN GANGGUAN DISTRIBUSI AIR", "RAHASIA – TIDAK UNTUK …") labels; it does not shout. */
function isLabelLine(doc: { prose: string; blocks: Array<{ kind: string; start: number; end: number }> }, at: number, run: string): boolean {
  const block = doc.blocks.find((b) => b.start <= at && at < b.end);
  if (block && (block.kind === 'title' || block.kind === 'heading' || block.kind === 'notice')) return !/[!?]\s*$/.test(run);
  const ls = doc.prose.lastIndexOf('\n', at) + 1;
  let le = doc.prose.indexOf('\n', at);
  if (le < 0) le = doc.prose.length;
  const line = doc.prose.slice(ls, le).trim();
  if (/[!?]$/.test(line)) return false;
  // A long line in capitals is a circular's title ("NETRALITAS APARATUR SIPIL NEGARA DALAM …")
  // unless it rants; a line with no lower-case letter at all ("SANGAT RAHASIA – HANYA UNTUK TIM
  // PENYUSUN") is a label however its runs are cut.
  if (line.split(/\s+/).length > 12 && ANGRY_I.test(line)) return false;
  if (!/\p{Ll}/u.test(line)) return true;
  if (line.split(/\s+/).length > 12) return false;
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
  return letters(run) >= 0.8 * letters(line);
}

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
    invalid: [{ text: 'PELAYANAN KAMI TERBAIK DAN TIDAK ADA YANG BISA MENANDINGI!!!' }, { text: 'Sebarkan ke grup keluarga. JANGAN SAMPAI TERLAMBAT!!!' }, { text: 'Awas!! Ada penipuan atas nama dinas.' }, { text: 'Wah parah!!! pelayanannya lelet 😡😡🤬' }],
    valid: [{ text: 'PENGUMUMAN GANGGUAN DISTRIBUSI AIR\n\nPelanggan yang terhormat, distribusi air terganggu.' }, { text: 'Festival ini sukses besar, gokil!!! 🔥🔥' }, { text: 'Pelayanan Adminduk kini dapat diakses secara daring.' }, { text: 'KPU DKI JAKARTA menggelar rapat pleno.' }, { text: 'HARGA CABAI RAWIT MERAH DI PASAR INDUK CIANJUR HARI INI: Rp68.000/kg (pantauan Disdagin).' }, { text: 'Selamat Hari Guru Nasional!' }, { text: 'SINGKAWANG, HUMAS KEMENAG KALBAR – Kepala Kanwil membuka perayaan Imlek bersama.' }, { text: '**TENTANG**\n**NETRALITAS APARATUR SIPIL NEGARA DALAM PENYELENGGARAAN PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR SERTA BUPATI DAN WAKIL BUPATI TAHUN 2024**', format: 'markdown' }, { text: '[Diteruskan]\nSANGAT RAHASIA – HANYA UNTUK TIM PENYUSUN\nKisi-kisi ujian sesi 2' }, { text: '*PENGUMUMAN TAKMIR MASJID NURUL HUDA KALUMATA* (diteruskan staf kelurahan)' }, { text: 'Grup WhatsApp "INFO KELUARGA WBP LAPAS GN SUGIH" (187 anggota)' }, { text: 'Permohonan paspor atas nama MARIA GORETI SERAN, NIK tersamar, sudah selesai dicetak.' }, { text: 'Seleksi PPPK TIDAK DIPUNGUT BIAYA. Jangan percaya calo.' }],
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
        if (re === CAPS_RUN && isLabelLine(doc, m.index, m[0])) continue;
        // Capitals that name or label rather than shout: a group's or notice's name in quotes or
        // asterisks ("*PENGUMUMAN TAKMIR MASJID …*"), a notice's opening word, a name after "atas nama",
        // and the emphasis every fee notice uses ("PPPK TIDAK DIPUNGUT BIAYA.").
        if (re === CAPS_RUN && !/[!?]/.test(m[0])) {
          const before = doc.prose.slice(Math.max(0, m.index - 12), m.index);
          const after = doc.prose.slice(m.index + m[0].length, m.index + m[0].length + 2);
          if (/[*"“'_]\s*$/u.test(before) && /^\s?[*"”'_]/u.test(after)) continue;
          if (/^(?:PENGUMUMAN|INFO|INFORMASI|UNDANGAN|EDARAN|PEMBERITAHUAN|MAKLUMAT|SURAT)\b/u.test(m[0])) continue;
          if (/\b(?:atas nama|a\.n\.|bernama)\s*$/iu.test(before)) continue;
          // A line's caption in capitals before its data ("HARGA CABAI RAWIT DI PASAR INDUK HARI INI: Rp68.000/kg")
          // labels what follows.
          if (/^\s?:/u.test(after) && /(?:^|\n)[\s*_#>\p{Extended_Pictographic}\uFE0F]*$/u.test(before)) continue;
          if (/\b(?:TIDAK DIPUNGUT BIAYA|TANPA BIAYA|GRATIS|TIDAK DIPUNGUT)\b/u.test(m[0])) continue;
        }
        // A dateline in capitals ("SINGKAWANG, HUMAS KEMENAG KALBAR – …") names place and source.
        if (re === CAPS_RUN && /^[\s*_]*[–—-]\s/u.test(doc.prose.slice(m.index + m[0].length, m.index + m[0].length + 6)) && !/[!?]/.test(m[0])) continue;
        // "Gokil banget!!!" is exuberance (kesantunan/emoji-tanda-baca in a release); "!!" shouts
        // when the sentence is angry or alarmed.
        if (re === MARKS && m[0].startsWith('!') && !m[0].includes('?')) {
          const s = doc.sentences.find((x) => x.start <= m.index && m.index < x.end + 3);
          const text = s ? doc.prose.slice(s.start, Math.min(doc.prose.length, s.end + 3)) : doc.prose.slice(Math.max(0, m.index - 80), m.index + 3);
          if (!ANGRY.test(text) && !ANGRY_I.test(text)) continue;
        }
        if ([...reported].some((r) => Math.abs(r - m.index) < 40)) continue;
        reported.add(m.index);
        ctx.report({ start: m.index, end: m.index + m[0].length, args: { actual: m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0] } });
      }
    }
  },
};

// ejaan/waktu-tanggal: "jam 9:00 wib" -> "pukul 09.00 WIB"; "05 agustus 2024" -> "5 Agustus 2024".
import type { Rule } from '../../server/src/engine/types.ts';
import { MONTH_RE_SRC, capitalize, proseMatches, replaceFix } from '../_lib/util.ts';

const TIME = /\b(?<word>[Jj]am|[Pp]ukul)?(?<sp>\s+)?(?<h>\d{1,2})(?<sep>[:.])(?<m>\d{2})(?<zone>\s*(?:wib|wita|wit|Wib|Wita|Wit|WIB|WITA|WIT)\b)?/g;
const DATE = new RegExp(`\\b(?<d>\\d{1,2}) (?<month>${MONTH_RE_SRC})(?= \\d{4}\\b|\\b)`, 'g');

export const rule: Rule = {
  meta: {
    id: 'ejaan/waktu-tanggal',
    severity: 'info',
    fix: 'safe',
    scope: 'block',
    message: { id: 'Penulisan waktu atau tanggal: tulis “{expected}”.', en: 'Time or date: write “{expected}”.' },
    description: {
      id: 'Waktu ditulis “pukul 09.00 WIB” (kata pukul, titik sebagai pemisah jam dan menit, zona waktu berhuruf kapital); tanggal ditulis tanpa nol di depan dan nama bulan berhuruf kapital (5 Agustus 2024).',
      en: 'Times are written “pukul 09.00 WIB” (the word pukul, a full stop between hours and minutes, the time zone in capitals); dates without a leading zero and with a capitalised month (5 Agustus 2024).',
    },
    basis: 'EYD V, Pemakaian Tanda Titik (pemisah jam dan menit) dan Huruf Kapital (nama bulan); kapitalisasi WIB/WITA/WIT belum diverifikasi pada naskah EYD V',
  },
  examples: {
    invalid: [
      { text: 'Kegiatan dimulai jam 9:00 wib tanggal 05 agustus 2024.', output: 'Kegiatan dimulai pukul 09.00 WIB tanggal 5 Agustus 2024.', count: 2 },
      { text: 'Acara dibuka pukul 13:30 WITA.', output: 'Acara dibuka pukul 13.30 WITA.' },
    ],
    valid: [{ text: 'Kegiatan dimulai pukul 09.00 WIB pada 5 Agustus 2024 dan berlangsung 24 jam.' }, { text: 'Tingkat inflasi 2,5 persen; skor 3.10 dicatat.' }],
  },
  run(ctx) {
    for (const m of proseMatches(ctx.doc, TIME)) {
      const g = m.groups!;
      // Only a time: introduced by jam/pukul or followed by a time zone (else 3.10 may be a number).
      if (!g.word && !g.zone) continue;
      if (Number(g.h) > 24 || Number(g.m) > 59) continue;
      const word = g.word ? (g.word[0] === g.word[0].toUpperCase() ? 'Pukul' : 'pukul') + ' ' : '';
      const zone = g.zone ? ' ' + g.zone.trim().toUpperCase() : '';
      const expected = `${word}${g.h.padStart(2, '0')}.${g.m}${zone}`;
      if (expected === m[0]) continue;
      ctx.report({ start: m.index, end: m.index + m[0].length, args: { expected }, fixes: [replaceFix(ctx, m.index, m.index + m[0].length, expected, true)] });
    }
    for (const m of proseMatches(ctx.doc, DATE)) {
      const g = m.groups!;
      const expected = `${String(Number(g.d))} ${capitalize(g.month.toLowerCase())}`;
      if (expected === m[0]) continue;
      ctx.report({ start: m.index, end: m.index + m[0].length, args: { expected }, fixes: [replaceFix(ctx, m.index, m.index + m[0].length, expected, true)] });
    }
  },
};

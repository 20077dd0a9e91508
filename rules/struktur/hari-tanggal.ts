// struktur/hari-tanggal: the weekday written must be the weekday of the date ("Jumat (26/5/2025)"
// is wrong: 26 May 2025 is a Monday). Dates without a year take the release's year.
import type { Rule } from '../../server/src/engine/types.ts';
import { DAYS, MONTHS, MONTH_RE_SRC, documentYear } from '../_lib/util.ts';
import { mayMatchIn } from '../../server/src/engine/prefilter.ts';

const RE = new RegExp(
  `\\b(?<day>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)(?<sep>\\s*\\(\\s*|\\s*,\\s*|\\s+)(?<d>\\d{1,2})(?:\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?|\\s+(?<month>${MONTH_RE_SRC})(?:\\s+(?<y2>\\d{4}))?)`,
  'g',
);

export const rule: Rule = {
  meta: {
    id: 'struktur/hari-tanggal',
    severity: 'error',
    fix: 'suggestion',
    scope: 'document',
    message: { id: '{date} jatuh pada hari {expected}, bukan {actual}.', en: '{date} falls on a {expectedEn}, not on {actual}.' },
    description: {
      id: 'Nama hari harus sesuai dengan tanggalnya. Tanggal tanpa tahun, misalnya “Senin (26/5)”, diperiksa dengan tahun siaran pers (dari `tanggal:` di front matter atau tanggal lengkap pertama di naskah). Periksa mana yang salah, hari atau tanggalnya.',
      en: 'The weekday must match the date. A date without a year, such as “Senin (26/5)”, is checked against the release’s year (front matter `tanggal:` or the first full date in the text). Check which one is wrong, the day or the date.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 3 (informasi benar dan tidak menyesatkan)',
  },
  examples: {
    invalid: [
      { text: 'Kegiatan berlangsung Jumat (26/5/2025) di Balai Kota.', count: 1 },
      { text: 'Rapat digelar Selasa, 12 Agustus 2024.', count: 1 },
      { text: '---\ntanggal: 2025-05-26\n---\nAcara digelar Jumat (26/5).\n', format: 'markdown', count: 1 },
    ],
    valid: [
      { text: 'Kegiatan berlangsung Senin (26/5/2025) dan Rabu, 27 November 2024.' },
      { text: 'Pertemuan digelar Senin (12/8) tanpa tahun dan tanpa tanggal lengkap lain.' },
    ],
  },
  run(ctx) {
    const { doc } = ctx;
    // No day name in the document, no finding (engine/prefilter.ts); the year is not needed either.
    if (!mayMatchIn(RE, doc)) return;
    const docYear = documentYear(doc);
    RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(doc.prose)) !== null) {
      const g = m.groups!;
      const d = Number(g.d);
      const month = g.m ? Number(g.m) : g.month ? MONTHS.indexOf(g.month.toLowerCase()) + 1 : 0;
      let year = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : docYear;
      if (!year || month < 1 || month > 12 || d < 1 || d > 31) continue;
      if (year < 100) year += 2000;
      const date = new Date(Date.UTC(year, month - 1, d));
      if (date.getUTCMonth() !== month - 1) continue; // 31/2: not a date; another rule's business
      const expected = DAYS[date.getUTCDay()];
      const written = g.day.replace("Jum'at", 'Jumat').replace('Ahad', 'Minggu');
      if (written === expected) continue;
      const dateText = `${d} ${MONTHS[month - 1][0].toUpperCase()}${MONTHS[month - 1].slice(1)} ${year}`;
      const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
      const start = m.index;
      const end = start + g.day.length;
      ctx.report({
        start,
        end: start + m[0].length,
        args: { date: dateText, expected, expectedEn: EN[date.getUTCDay()], actual: g.day },
        fixes: [{ title: ctx.t({ id: 'Ganti hari menjadi “{x}”', en: 'Change the day to “{x}”' }, { x: expected }), safe: false, edits: [{ start, end, newText: expected }] }],
      });
    }
  },
};

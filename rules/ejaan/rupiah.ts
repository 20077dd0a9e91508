// ejaan/rupiah: the currency symbol Rp is written without a full stop or a space (Rp44 juta,
// Rp44.000.000,00), and ",-" is not a decimal part.
import type { Rule } from '../../server/src/engine/types.ts';
import { proseMatches, replaceFix } from '../_lib/util.ts';

const RE = /\b(?<sym>Rp|RP|rp|IDR)(?<sep>\.?\s*)(?<num>\d{1,3}(?:[.,]\d{3})*|\d+)(?<dec>,\d{1,2}|,-{1,2})?(?<unit>\s+(?:ribu|juta|miliar|milyar|triliun))?(?<rupiah>\s+rupiah)?/g;

export const rule: Rule = {
  meta: {
    id: 'ejaan/rupiah',
    severity: 'warning',
    fix: 'safe',
    scope: 'block',
    message: { id: 'Penulisan rupiah: tulis “{expected}”.', en: 'Rupiah amounts: write “{expected}”.' },
    description: {
      id: 'Lambang mata uang Rp ditulis tanpa titik dan tanpa spasi sebelum angka (Rp44 juta, Rp44.000.000,00); “,-” diganti “,00”; “rupiah” tidak diulang setelah Rp.',
      en: 'The currency symbol Rp takes no full stop and no space before the amount (Rp44 juta, Rp44.000.000,00); “,-” becomes “,00”; “rupiah” is not repeated after Rp.',
    },
    basis: 'EYD V, Pemakaian Tanda Titik dan Penulisan Angka dan Lambang Bilangan (PUEBI II.H.5 sebagai rujukan; contoh EYD V belum diverifikasi kata per kata)',
  },
  examples: {
    invalid: [
      { text: 'Bantuan sebesar Rp. 44.000.000,- disalurkan.', output: 'Bantuan sebesar Rp44.000.000,00 disalurkan.' },
      { text: 'Anggaran Rp 44 juta rupiah sudah cair.', output: 'Anggaran Rp44 juta sudah cair.' },
      { text: 'Dana IDR 5 miliar dialokasikan.', output: 'Dana Rp5 miliar dialokasikan.' },
    ],
    valid: [{ text: 'Bantuan sebesar Rp44 juta dan Rp1.500.000,00 disalurkan; total 44 juta rupiah.' }],
  },
  run(ctx) {
    for (const m of proseMatches(ctx.doc, RE)) {
      const g = m.groups!;
      let dec = g.dec ?? '';
      if (dec.startsWith(',-')) dec = ',00';
      const expected = `Rp${g.num}${dec}${g.unit ?? ''}`;
      const actual = m[0];
      if (expected === actual) continue;
      ctx.report({ start: m.index, end: m.index + actual.length, args: { expected }, fixes: [replaceFix(ctx, m.index, m.index + actual.length, expected, true)] });
    }
  },
};

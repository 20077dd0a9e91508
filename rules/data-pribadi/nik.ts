// data-pribadi/nik: a Population Identity Number (NIK) or family-card number (KK) in the text. A
// 16-digit number counts when its structure is a NIK's (province code, district, DDMMYY birth date
// with women's day + 40, serial) or when it follows "NIK"/"No. KTP"/"KK"; masking is offered.
import type { Rule } from '../../server/src/engine/types.ts';
import { proseMatches } from '../_lib/util.ts';

const PROVINCES = new Set(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96', '97']);
const NUMBER = /(?<![\d.,])\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{4}[ .-]?\d{4}(?![\d.,]\d)/g;

export function nikShaped(d: string): boolean {
  if (d.length !== 16 || !PROVINCES.has(d.slice(0, 2))) return false;
  const day = Number(d.slice(6, 8));
  const month = Number(d.slice(8, 10));
  const okDay = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  return okDay && month >= 1 && month <= 12 && d.slice(12) !== '0000';
}

export function mask(d: string): string {
  return `${d.slice(0, 4)} •••• •••• ••${d.slice(14)}`;
}

export const rule: Rule = {
  meta: {
    id: 'data-pribadi/nik',
    severity: 'error',
    fix: 'suggestion',
    scope: 'block',
    message: { id: 'Nomor {kind} ({actual}) adalah data pribadi. Jangan mencantumkannya; samarkan (misalnya “{expected}”) atau tulis “{kind} tidak dicantumkan”.', en: 'A {kind} number ({actual}) is personal data. Leave it out; mask it (e.g. “{expected}”) or write that it is withheld.' },
    description: {
      id: 'NIK dan nomor Kartu Keluarga mengidentifikasi seseorang dan termasuk data pribadi yang dilindungi. Nomor 16 digit dikenali dari strukturnya (kode provinsi, tanggal lahir dengan tanggal perempuan + 40) atau dari kata NIK, No. KTP, KK di depannya.',
      en: 'NIK and family-card numbers identify a person and are protected personal data. A 16-digit number is recognised by its structure (province code, birth date with women’s day + 40) or by NIK, No. KTP, KK before it.',
    },
    basis: 'UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4 ayat (3) huruf f (data yang dikombinasikan untuk mengidentifikasi); struktur NIK menurut Dukcapil; UU 24/2013 Pasal 79/95A (belum diverifikasi)',
  },
  examples: {
    invalid: [{ text: 'Penerima bantuan atas nama Siti Aminah, NIK 3201014501870001, sudah menerima dana.' }, { text: 'Data pemohon: No. KK 3273011203090004.' }],
    valid: [{ text: 'Pendaftaran cukup membawa KTP dan KK asli.' }, { text: 'Pelaku usaha terdaftar dengan NIB 9120001234567.' }, { text: 'Belanja pegawai sebesar Rp 3.201.014.501.870.' }],
  },
  run(ctx) {
    for (const m of proseMatches(ctx.doc, NUMBER)) {
      const digits = m[0].replace(/\D/g, '');
      const before = ctx.doc.prose.slice(Math.max(0, m.index - 30), m.index);
      if (/\bRp\.?\s*$|\bIDR\s*$/i.test(before)) continue;
      const labelled = /\b(?:NIK|No\.?\s*KTP|Nomor\s+KTP|Nomor Induk Kependudukan|KTP|KK|Kartu Keluarga)\b[\s:.]*(?:\S+\s+)?$/iu.test(before);
      if (!labelled && !nikShaped(digits)) continue;
      const kind = /\b(?:KK|Kartu Keluarga)\b[\s:.]*(?:\S+\s+)?$/iu.test(before) ? 'KK' : 'NIK';
      ctx.report({ start: m.index, end: m.index + m[0].length, args: { actual: m[0], expected: mask(digits), kind }, fixes: [{ title: ctx.t({ id: 'Samarkan menjadi “{x}”', en: 'Mask as “{x}”' }, { x: mask(digits) }), safe: false, edits: [{ start: m.index, end: m.index + m[0].length, newText: mask(digits) }] }] });
    }
  },
};

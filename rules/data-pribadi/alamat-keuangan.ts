// data-pribadi/alamat-keuangan: a private home address (street and house number, RT/RW) or private
// financial data (a personal bank account, a card number, a named person's salary). Offices, lapas
// and official donation accounts are public.
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, STRONG_WARNING, sentences } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const ADDRESS = prefiltered(/\b(?:Jl\.?|Jln\.?|Jalan|Gg\.?|Gang|Perum(?:ahan)?|Komplek|Kompleks)\s+[\p{L}\d .'-]{2,40}?(?:\bNo(?:mor)?\.?\s?\d+[A-Z]?\b|\bBlok\s+[A-Z]-?\d+|\bRT\.?\s?\d+(?:\s?\/\s?RW\.?\s?\d+)?\b)|\bRT\.?\s?\d{1,3}\s?(?:\/\s?|\s)RW\.?\s?\d{1,3}\b/u);
const INSTITUTION = /\b(?:kantor|dinas|balai|gedung|aula|lapas|rutan|bapas|kejaksaan|pengadilan|polres|polsek|puskesmas|rumah sakit|RSUD|sekolah|masjid|gereja|pasar|beralamat|berkantor|terletak|berlokasi|sekretariat|posko|pendopo|balai kota)\b/iu;
const PERSONAL_SIDE = prefiltered(/\b(?:rumah(?:nya)?|kediaman|tinggal|berdomisili|tersangka|terdakwa|almarhum|almarhumah|berinisial|warga|tetangga|alamat|korban|pelaku|saksi|pemilik|Bu|Ibu|Pak|Bapak)\b/iu);
const ACCOUNT = prefiltered(/\b(?:rekening|rek\.?|no\.?\s?rek)\b[^.]{0,40}?\d[\d\s.-]{7,22}\d/iu);
const CARD = /(?<!\d)(?:\d[ -]?){13,19}(?!\d)/g;
// Or a named person's arrears: "Orang tua siswa yang menunggak SPP: Bapak Hendra (kelas 7A)".
const SALARY = prefiltered(/\b(?:[Gg]aji|[Ss]aldo|[Uu]tang|[Tt]abungan|[Pp]enghasilan)(?:\s+pokok)?\s+(?:Pak|Bu|Bapak|Ibu|Sdr\.?)\s+\p{Lu}|\b(?:menunggak|tunggakan|belum\s+(?:membayar|bayar|melunasi|lunas))\b[^.:]{0,60}?(?::\s*|\b(?:yaitu|yakni|adalah|antara lain|atas nama)\s+)(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Saudara|Sdri\.?)\s+\p{Lu}\p{Ll}+|\b(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Saudara|Sdri\.?)\s+(?!(?:Lurah|Camat|Kades|Bupati|Wali|Wakil|Gubernur|RT|RW|Kadis|Kepala|Ketua|Sekda|Sekdes|Direktur|Dirut|Menteri|Presiden|Kapolres|Kapolsek|Dandim|Danramil|Kades|Plt|Pj)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:masih\s+|sudah\s+)?(?:menunggak|belum\s+(?:membayar|bayar|melunasi))\b/u);

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

export const rule: Rule = {
  meta: {
    id: 'data-pribadi/alamat-keuangan',
    severity: 'warning',
    fix: 'none',
    scope: 'block',
    message: { id: '{what} ({actual}). Umumkan cukup sampai kelurahan atau kecamatan, dan jangan cantumkan data keuangan pribadi.', en: '{whatEn} ({actual}). Publish no more than the village or district, and no private financial data.' },
    description: {
      id: 'Alamat rumah lengkap (jalan, nomor, RT/RW) dan data keuangan pribadi (rekening pribadi, nomor kartu, gaji seseorang) adalah data pribadi. Alamat kantor dan rekening resmi instansi boleh dicantumkan.',
      en: 'A full home address (street, number, RT/RW) and private financial data (a personal account, a card number, someone’s salary) are personal data. Office addresses and official agency accounts may be given.',
    },
    basis: 'UU 27/2022 (PDP) Pasal 4 ayat (2) huruf f dan ayat (3) huruf f; UU 14/2008 (KIP) Pasal 17 huruf h',
  },
  examples: {
    invalid: [{ text: 'Orang tua siswa yang menunggak SPP: Bapak Hendra (kelas 7A), Ibu Rina (kelas 8C).' }, { text: 'Bapak Andi Baso Rahmat yang beralamat di Jl. Urip Sumoharjo Lr. 3 No. 17 Makassar tercatat masih memiliki tunggakan pajak.' }, { text: 'Tersangka beralamat di Jalan Kampung Nias II No. 27, RT 02/RW 04, Kelurahan Belakang Pondok.' }, { text: 'Seorang panitia kurban, Lalu Muhammad Zaini (51), warga Dusun Lendang Bila RT 002 RW 001, ikut diperiksa.' }, 
      { text: 'Bu Ani yang tinggal di Jalan Kenanga Gang 3 No. 12 RT 02/RW 05 menjadi korban penipuan.' },
      { text: 'Korban berinisial SR tinggal di RT 04/RW 02 Kelurahan Tondo, bersama neneknya.' },
      { text: 'Pasiennya Bapak Hendra (38), pegawai Kantor Kelurahan Sipin, yang tinggal di Jalan Kapten Pattimura Lorong Mawar Nomor 14.' },
      { text: 'Silakan transfer ke rekening pribadi saya, BRI 0123-01-004567-50-8 atas nama Wawan.' },
    ],
    valid: [{ text: 'Bapak Bupati meminta warga yang menunggak PBB segera melunasi sebelum jatuh tempo.' }, { text: 'Pak Lurah belum membayar honor kader posyandu, kata warga.' }, { text: 'Wajib pajak yang menunggak dapat menghubungi Ibu Ratna di loket Bapenda.' }, { text: 'PT Sinar Jaya beralamat di Jl. Industri Raya No. 5, Cikarang.' }, 
      { text: 'Kantor Dinas Sosial berada di Jl. Ahmad Yani No. 10, Sukamaju.' },
      { text: 'Ketua RT 03/RW 05 Perumahan Griya Asri, Hamdan, menyatakan warga siap menggelar kerja bakti.' },
      { text: 'Rekening resmi penampung donasi bencana: Bank Jatim 0011223344 a.n. Pemkab Sukamaju (BPBD).' },
      { text: 'Kerugian negara dalam kasus ini mencapai Rp1.250.000.000.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      if (STRONG_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      const report = (index: number, length: number, what: string, whatEn: string) =>
        ctx.report({ start: v.start + index, end: v.start + index + length, args: { actual: v.text.slice(index, index + length), what, whatEn } });
      const a = ADDRESS.exec(v.text);
      // "yang tinggal di Jalan …", "warga Jalan …": a home, whatever office was named before it.
      const home = a !== null && /\b(?:tinggal|berdomisili|rumah(?:nya)?|kediaman(?:nya)?|warga|kos(?:nya)?)\s+(?:di\s+)?$/iu.test(v.text.slice(Math.max(0, a.index - 20), a.index));
      // "Bapak Andi … yang beralamat di Jl. …", "Tersangka beralamat di …": a person's address (a company's is
      // "PT … beralamat di", which names no person).
      const personAddress = a !== null && /\bberalamat\s+di\s+$/iu.test(v.text.slice(Math.max(0, a.index - 16), a.index)) && /\b(?:Pak|Bu|Bapak|Ibu|Sdr|Sdri|Saudara|Saudari|tersangka|terdakwa|pelaku|korban|almarhum|almarhumah|berinisial|warga|wajib pajak|penerima|pemohon|pasien)\b|\(\d{1,2}\)/iu.test(v.text.slice(Math.max(0, a.index - 90), a.index));
      // An RT/RW alone is a neighbourhood of some fifty households ("Ketua RT 03/RW 05 Perumahan
      // Griya Asri"), a home only when the text says someone lives there.
      const areaOnly = a !== null && /^RT/u.test(a[0]) && !/\b(?:tinggal|berdomisili|rumah(?:nya)?|kediaman(?:nya)?|warga|kos(?:nya)?|alamat(?:nya)?)\b[^.,;:]{0,40}$/iu.test(v.text.slice(Math.max(0, a.index - 50), a.index));
      if (a && !areaOnly && (home || personAddress || !INSTITUTION.test(v.text.slice(Math.max(0, a.index - 40), a.index))) && PERSONAL_SIDE.test(v.text)) {
        report(a.index, a[0].length, 'Alamat rumah pribadi', 'A private home address');
        continue;
      }
      const acc = ACCOUNT.exec(v.text);
      if (acc && !/\b(?:resmi|a\.n\.?\s+(?:Pemkab|Pemkot|Pemprov|Pemerintah|Dinas|BPBD|Baznas|Yayasan|Badan|Kantor|Kas)|penampung)\b/iu.test(v.text)) {
        report(acc.index, acc[0].length, 'Rekening pribadi', 'A personal bank account');
        continue;
      }
      CARD.lastIndex = 0;
      let cm: RegExpExecArray | null;
      let card = false;
      while ((cm = CARD.exec(v.text)) !== null) {
        const d = cm[0].replace(/\D/g, '');
        if (d.length >= 13 && d.length <= 19 && luhn(d) && /\b(?:kartu|kredit|debit|card)\b/iu.test(v.text)) {
          report(cm.index, cm[0].trim().length, 'Nomor kartu pembayaran', 'A payment card number');
          card = true;
          break;
        }
      }
      if (card) continue;
      const sal = SALARY.exec(v.text);
      if (sal) report(sal.index, sal[0].length, 'Data keuangan pribadi', 'Private financial data');
    }
  },
};

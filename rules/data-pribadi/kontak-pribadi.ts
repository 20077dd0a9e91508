// data-pribadi/kontak-pribadi: a private mobile number or a personal e-mail address outside the
// release's contact block ("Hubungi Pak Rudi di 081234567890"). Official hotlines, call centres and
// the Narahubung block are where contacts belong.
import type { Rule } from '../../server/src/engine/types.ts';
import { gated } from '../../server/src/engine/gates.ts';
import { proseMatches } from '../_lib/util.ts';

const MOBILE = /(?<![\d+])(?:\+62|62|0)\s?8[1-9]\d(?:[\s.-]?\d){6,10}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@(?:gmail|yahoo|ymail|hotmail|outlook|live|icloud|aol|proton(?:mail)?)\.[a-z.]{2,10}/giu;
const AGENCY_LINE = /\b(?:WhatsApp|WA)\s+(?:\S+\s+){0,3}?(?:RSUD|RS|Disdik|Dinas|Dinkes|Puskesmas|BPJS|PANDAWA|Kantor|Pemkab|Pemkot|Pemprov|Kecamatan|Kelurahan|Polres|Polsek|Samsat|PDAM|PLN|Imigrasi|Kemenag|KUA|Bapenda|Disdukcapil|Dukcapil|Disnaker|BPBD)\b[^\d\n]{0,20}$/u;
const OFFICIAL = /\b(?:hotline|call\s?center|care\s?center|WhatsApp\s+center|WA\s+center|pendaftaran|pusat panggilan|pengaduan|layanan|resmi|posko|WA resmi|whatsapp resmi|SMS center|narahubung|kontak media|humas|informasi lebih lanjut|contact person|kontak|pusdalops|24 jam|darurat|siaga|TRC|piket|information center|pusat informasi|media center|crisis center|info(?:rmasi)? lengkap|info selengkapnya)\b/iu;

const ORDER = /\b(?:order|pesan|pesanan|pemesanan|reservasi|booking|beli|pembelian)\b[^.!?\n]{0,30}$/iu;

/** Keeps the first four and last two digits: 0812-xxxx-xx90. */
export function maskPhone(s: string): string {
  const total = s.replace(/\D/g, '').length;
  let i = 0;
  return s.replace(/\d/g, (d) => (++i <= 4 || i > total - 2 ? d : 'x'));
}

export const rule: Rule = {
  meta: {
    id: 'data-pribadi/kontak-pribadi',
    severity: 'warning',
    fix: 'suggestion',
    scope: 'block',
    message: { id: 'Kontak pribadi ({actual}) di luar blok narahubung. Pindahkan ke narahubung resmi atau samarkan (misalnya “{expected}”).', en: 'A private contact ({actual}) outside the contact block. Move it to the official contact block or mask it (e.g. “{expected}”).' },
    description: {
      id: 'Nomor telepon seluler dan surel pribadi seseorang adalah data pribadi. Cantumkan hanya kontak resmi instansi (layanan pengaduan, hotline, surel .go.id) atau narahubung siaran pers.',
      en: 'A person’s mobile number and private e-mail are personal data. Give only the agency’s official contacts (complaint service, hotline, .go.id e-mail) or the release’s contact person.',
    },
    basis: 'UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4 ayat (3) huruf f; Inpres 9/2015 (satu pintu komunikasi publik); SE MenPAN-RB 137/2018 butir 3',
  },
  examples: {
    invalid: [{ text: 'Hubungi Pak Rudi di 081234567890 untuk keterangan.' }, { text: 'Kirim bukti ke budi.santoso87@gmail.com paling lambat Jumat.' }],
    valid: [
      { text: 'Narahubung:\nDewi Lestari, Kasubbag Humas\n0812-3456-7890' },
      { text: 'Layanan pengaduan WA resmi 0811-1500-600 dibuka setiap hari kerja.' },
      { text: 'Pendaftaran online dibuka melalui aplikasi atau WhatsApp Pendaftaran RSUD 0811-1234-5770 (khusus chat).' },
      { text: 'Informasi: BPJS Kesehatan Care Center 165 atau PANDAWA di WhatsApp 0811-8165-165.' },
      { text: 'Call center 112 dan hotline 0800-1-500-444 siap melayani.' },
      { text: 'Pemesanan nasi kotak melalui WhatsApp 0822-1134-5567.' },
    ],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const re of [MOBILE, EMAIL]) {
      for (const m of proseMatches(doc, re)) {
        const before = doc.prose.slice(Math.max(0, m.index - 60), m.index);
        // "nomor saya", "WA pribadi": a person's own number, wherever it stands.
        const own = /\b(?:nomor|no\.?|WA|HP|telepon|telp\.?|kontak)\s+(?:saya|pribadi|langsung)\s*:?\s*$|\b(?:hubungi|kontak|telepon|WA|japri)\s+(?:saya|aku|sy)\s+(?:di|ke|lewat|via)?\s*:?\s*$/iu.test(before) || /\b(?:nomor|no\.?|WA|HP|telepon|ponsel|kontak)\s+pribadi\b/iu.test(doc.prose.slice(Math.max(0, m.index - 120, doc.prose.lastIndexOf('\n', m.index) + 1), m.index).replace(/^.*[.!?]\s+/su, ''));
        if (!own && gated(doc, m.index, ['narahubung'])) continue;
        if (!own && OFFICIAL.test(before)) continue;
        // "WhatsApp PANDAWA …", "WhatsApp Pendaftaran RSUD …": an agency's own service line.
        if (!own && AGENCY_LINE.test(before)) continue;
        // "Order via WA 0813-…", "Pesan di WhatsApp 0822-…": a business's order line, published by
        // its owner to be called. Promoting the business is kesantunan/promosi-komersial's concern.
        if (!own && ORDER.test(before)) continue;
        // "… di nomor 0811-6200-778 (layanan resmi Disbudpar)": the label may follow the number.
        if (!own && /^\s*\(?\s*(?:layanan|nomor|WA|hotline|call\s?center|kontak|posko)?\s*(?:resmi|pengaduan|posko|hotline|call\s?center)\b/iu.test(doc.prose.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
        const masked = re === MOBILE ? maskPhone(m[0]) : m[0].replace(/^[^@]{2}[^@]*/, (u) => u.slice(0, 2) + '•••');
        ctx.report({ start: m.index, end: m.index + m[0].length, args: { actual: m[0], expected: masked }, fixes: [{ title: ctx.t({ id: 'Samarkan', en: 'Mask' }), safe: false, edits: [{ start: m.index, end: m.index + m[0].length, newText: masked }] }] });
      }
    }
  },
};

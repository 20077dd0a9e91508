// netralitas/kunjungan-kandidat: an office that hosts, welcomes or thanks a candidate in its own text
// ("Puskesmas Tambakrejo mendapat kunjungan dari calon wali kota …", "hadir menyambut rombongan calon
// bupati …", "terima kasih kepada Bapak Calon Bupati … yang berkenan hadir memberi bantuan"). Publishing
// the visit on the office's channel lends it the state's voice; the KPU's own procedures (health checks,
// registration, debates) and the police securing a campaign are duties, not support.
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import type { Rule } from '../../server/src/engine/types.ts';
import { LEGAL_CASE, negatedBefore, sentences, mayMatchSentence, reportInSentence } from '../_lib/compliance.ts';
import { NEUTRAL_CONTEXT } from './_shared.ts';

// The office for which someone runs, spelled out or abbreviated; "calon jemaah", "calon peserta" are not
// candidates.
const OFFICE = String.raw`(?:calon\s+(?:bupati|wakil\s+bupati|wali\s*kota|wakil\s+wali\s*kota|gubernur|wakil\s+gubernur|kepala\s+daerah|anggota\s+DPR\w*|anggota\s+legislatif|legislatif|presiden|wakil\s+presiden)|cabup|cawabup|cagub|cawagub|cawalkot|capres|caleg|paslon|pasangan\s+calon)`;

// The hosting: a visit received, a welcome, thanks for coming. Up to eight words may stand between
// ("terima kasih kepada Bapak Camat dan seluruh staf, juga kepada Bapak Calon Bupati").
const HOSTED = prefiltered(new RegExp(String.raw`\b(?:mendapat\s+kunjungan|menerima\s+kunjungan|kedatangan|kunjungan(?:\s+(?:silaturahmi|silaturahim|kerja|kehormatan))?|menyambut|sambutan\s+hangat|(?:terima\s*kasih|terimakasih)\s+(?:juga\s+)?(?:kepada|atas|untuk|buat)|berkenan\s+(?:hadir|datang|berkunjung)|didatangi|dikunjungi|disambangi|berkat|atas\s+(?:jasa|perjuangan|bantuan)|(?:terlaksana|terwujud|berjalan)\s+(?:karena|berkat))\s+(?:[^\s.!?]+\s+){0,8}?(?:rombongan\s+)?(?:(?:Bapak|Ibu|Pak|Bu)\s+)?${OFFICE}\b`, 'iu'));

// Duties around a candidacy: security, the KPU's checks and registration, debates, supervision.
const DUTY = /\b(?:pengamanan|mengamankan|diamankan|pengawalan|mengawal\s+(?:kegiatan|jalannya)|pengawasan|mengawasi|pemeriksaan\s+kesehatan|tes\s+kesehatan|uji\s+kesehatan|pendaftaran|mendaftar|mendaftarkan|verifikasi|debat|rapat\s+pleno|cuti\s+(?:di\s+luar\s+tanggungan|kampanye))\b/iu;

export const rule: Rule = {
  meta: {
    id: 'netralitas/kunjungan-kandidat',
    severity: 'warning',
    fix: 'none',
    scope: 'block',
    // A sentence ajakan-memilih or simbol-atribut already reports on the same words is theirs.
    yields: true,
    message: {
      id: 'Naskah instansi menyambut atau berterima kasih atas kunjungan calon (“{actual}”): publikasi semacam ini memberi panggung kampanye dengan saluran resmi. Hapus dari kanal instansi; kegiatan calon diberitakan oleh tim kampanye atau media, bukan oleh instansi.',
      en: 'The office’s text welcomes or thanks a candidate for a visit (“{actual}”): publishing it gives the campaign a stage on an official channel. Remove it from the office’s channels; a candidate’s activities are reported by the campaign or the press, not by the office.',
    },
    description: {
      id: 'Instansi yang memberitakan, menyambut, atau berterima kasih atas kunjungan pasangan calon di kanal resminya memfasilitasi kampanye. Tugas resmi seputar pencalonan (pengamanan, pemeriksaan kesehatan, pendaftaran, debat KPU) tidak termasuk.',
      en: 'An office that reports, welcomes or thanks a candidate for a visit on its official channel facilitates the campaign. Official duties around a candidacy (security, health checks, registration, KPU debates) are not included.',
    },
    basis: 'SKB Netralitas ASN 2022, Lampiran II (kegiatan yang mengarah pada keberpihakan; fasilitas negara); PP 94/2021 Pasal 5 huruf n; SE MenPAN-RB 137/2018 butir 7–8',
  },
  examples: {
    invalid: [
      { text: 'Program ini terlaksana berkat perhatian besar Bapak Calon Gubernur nomor urut 2.' },
      { text: 'Alhamdulillah, pagi ini Puskesmas Tambakrejo mendapat kunjungan dari calon wali kota Surabaya, Bapak Bambang Wicaksono, bersama tim.' },
      { text: 'Hari ini Bapak Kepala Distrik bersama seluruh staf distrik hadir menyambut rombongan calon bupati Bapak Yonas Walilo di lapangan kampung.' },
      { text: 'Terima kasih kepada Bapak Camat dan seluruh staf, juga kepada Bapak Calon Bupati H. Rusdin yang berkenan hadir memberi bantuan.' },
      { text: 'Kunjungan silaturahmi Bapak Calon Wali Kota nomor urut 1 bersama tim ke Banjar Kedaton.' },
    ],
    valid: [
      { text: 'Program ini terlaksana berkat dukungan Bapak Bupati dan DPRD.' },
      { text: 'RSUD menerima kunjungan pasangan calon bupati untuk pemeriksaan kesehatan sesuai jadwal KPU.' },
      { text: 'Polres Sleman melakukan pengamanan kunjungan calon gubernur ke Pasar Prambanan.' },
      { text: 'Kantor Kemenag menyambut kedatangan calon jemaah haji di asrama embarkasi.' },
      { text: 'ASN dilarang menyambut kunjungan pasangan calon dengan fasilitas kantor.' },
      { text: 'Kami tidak menerima kunjungan calon bupati selama masa kampanye.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      if (!mayMatchSentence(v, HOSTED)) continue;
      const m = HOSTED.exec(v.text);
      if (!m || NEUTRAL_CONTEXT.test(v.text) || DUTY.test(v.text) || LEGAL_CASE.test(v.text) || negatedBefore(v.text, m.index)) continue;
      reportInSentence(ctx, v, m);
    }
  },
};

// struktur/akronim-tanpa-kepanjangan: an acronym is spelled out at its first use ("Warga Binaan
// Pemasyarakatan (WBP)"), unless everybody knows it (RI, TNI, KPU …) or the agency lists it in
// .saring.yml `akronim`.
import type { Rule } from '../../server/src/engine/types.ts';
import { indexAt } from '../../server/src/engine/spans.ts';

const COMMON = new Set(
  `RI NKRI TNI POLRI DPR DPRD DPD MPR KPU KPUD BAWASLU ASN PNS UUD PBB UU PP SE WIB WITA WIT BPS BUMN BUMD KTP NIK KK SIM HP TV RT RW TPS PT CV TBK
  SD SMP SMA SMK MI MTS MA TK PAUD RSUD RS UMKM COVID HIV AIDS TBC APBN APBD CPNS PPPK OPD DKI DIY NTB NTT USD IDR KUHP KUHAP ITE HAM KPK BPK BPKP
  BPJS BI OJK PLN PDAM IT AI PDF URL WA SMS GPS CCTV LPG BBM MUI NU PKK LSM BNN BNPB BPBD BMKG QRIS KTP-EL SKCK STNK BPKB NPWP PBB-P2 ATM PIN OTP
  PKH BLT BPNT KIS KIP JKN IPM PDB PDRB UMR UMP UMK NIB SIUP IMB PBG SLF HUT PON SEA ASEAN WHO UNICEF UNESCO COVID-19 RSU PMI SAR TNI-POLRI
  PILKADA PEMILU OK NO SOP
  SDN SMPN SMAN SMKN MTSN MIN DBD ISPA PHBS KB UKS OSIS PIK POSYANDU UPTD UPT PPA RSJ RSUP RSIA IGD UGD ICU ODGJ ODHA NAPZA BKSDA PGN PERTAMINA TELKOM DPT DPS DPTB PPK PPS KPPS UNHCR IOM DVI KONI KOMNAS LPSK KPAI PPATK KPPU BPOM BKN BKD BKPSDM BPKAD BAPPEDA PUPR DLH PU SPBU ATR BPN BRIN BNPT BNNK BNNP LPKA KUA BAZNAS DPO OTT BUMDES BLUD SPAM PJU ETLE MBG SPPG PBI BLK UPZ MCK TPA TPST TPS3R IPAL BABINKAMTIBMAS LAPAS RUTAN KEMENKUMHAM
  AKBP AKP IPTU IPDA AIPDA AIPTU BRIPKA BRIGPOL BRIPTU BRIPDA BHARAKA KOMBES KOMPOL IRJEN BRIGJEN KOMJEN KAPOLRI KAPOLDA KAPOLRES KAPOLSEK
  KASAT KANIT LETDA LETTU KAPTEN MAYOR LETKOL KOLONEL SERDA SERTU SERKA PELDA PELTU KOPDA PRADA DANDIM DANRAMIL BABINSA
  SH SE ST MM MH MT MSI MPD MKES MAP MSC MBA PHD SPD SKM SIP DRS DRA IR DR`.split(/\s+/).filter(Boolean),
);
const ROMAN = /^[IVXLC]+[AB]?$/;

// The acronyms a reader knows, built once per configured list rather than once per document.
const knownSets = new WeakMap<readonly string[], Set<string>>();
function knownFor(akronim: readonly string[]): Set<string> {
  let known = knownSets.get(akronim);
  if (!known) knownSets.set(akronim, (known = new Set([...COMMON, ...akronim.map((a) => a.toUpperCase())])));
  return known;
}

export const rule: Rule = {
  meta: {
    id: 'struktur/akronim-tanpa-kepanjangan',
    // A house-style point, not a breach of any rule: a hint to the editor, not a warning.
    severity: 'info',
    fix: 'none',
    scope: 'document',
    message: { id: 'Akronim “{actual}” dipakai tanpa kepanjangan pada penyebutan pertama.', en: 'The acronym “{actual}” is used without its expansion at first mention.' },
    description: {
      id: 'Pada penyebutan pertama, tulis kepanjangan akronim diikuti akronimnya dalam kurung, misalnya “Warga Binaan Pemasyarakatan (WBP)”; selanjutnya akronimnya saja. Akronim yang sangat umum (RI, TNI, KPU, ASN, …) dan yang tercantum di `akronim` pada .saring.yml tidak diperiksa.',
      en: 'At first mention, write the expansion followed by the acronym in parentheses, e.g. “Warga Binaan Pemasyarakatan (WBP)”; after that the acronym alone. Very common acronyms (RI, TNI, KPU, ASN, …) and those listed under `akronim` in .saring.yml are not checked.',
    },
    basis: 'EYD V, Singkatan dan Akronim; praktik jurnalistik (kepanjangan pada penyebutan pertama)',
  },
  examples: {
    invalid: [{ text: 'WBP mengikuti pelatihan. Sebanyak 40 WBP lulus.', count: 1 }],
    valid: [
      { text: 'Warga Binaan Pemasyarakatan (WBP) mengikuti pelatihan. Sebanyak 40 WBP lulus.' },
      { text: 'KPU dan Bawaslu menggelar rapat bersama TNI dan Polri di Lapas Kelas IIA.' },
      { text: 'Pelatihan diikuti 40 WBP (Warga Binaan Pemasyarakatan).' },
      { text: 'Kasat Lantas AKP Budi Santoso SH MH hadir. BACA JUGA: Warga Antusias.' },
      { text: '# Vaksinasi Rabies\n\nSLEMAN – Dinas Pertanian menggelar vaksinasi, Senin (12/5/2025).' },
    ],
  },
  run(ctx) {
    const { doc, options } = ctx;
    const known = knownFor(options.akronim);
    const seen = new Set<string>();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // Most tokens are lower-case words: two character codes decide before any regex runs.
      const n = t.text.length;
      if (n < 2 || n > 6) continue;
      const c0 = t.text.charCodeAt(0);
      const c1 = t.text.charCodeAt(1);
      if ((c0 < 128 && (c0 < 65 || c0 > 90)) || (c1 < 128 && (c1 < 65 || c1 > 90))) continue;
      if (!/^\p{Lu}{2,6}$/u.test(t.text) || ROMAN.test(t.text)) continue;
      // A common word in capitals ("BACA JUGA", a shouted headline) is not an acronym.
      if (options.speller?.isCorrect(t.lower) && t.text.length > 3) continue;
      if (seen.has(t.text)) continue;
      seen.add(t.text);
      if (known.has(t.text)) continue;
      const block = doc.blocks[indexAt(doc.blocks, t.start)];
      if (!block || block.kind === 'title' || block.kind === 'heading' || block.kind === 'contact' || block.kind === 'notice') {
        seen.delete(t.text); // judge it at its first use in the body
        continue;
      }
      // The place of a dateline is written in capitals ("SLEMAN – …", "TANJUNG SELOR, 5 Mei –"):
      // a town, not an acronym, whether or not the dictionary knows it.
      if (block.kind === 'dateline' && !/[–—-]\s/.test(doc.prose.slice(block.start, t.start))) {
        seen.delete(t.text);
        continue;
      }
      const before = doc.prose.slice(Math.max(0, t.start - 2), t.start);
      const after = doc.prose.slice(t.end, t.end + 2);
      if (/\(\s*$/.test(before)) continue; // "… Pemasyarakatan (WBP)"
      if (/^\s*\(/.test(after)) continue; // "WBP (Warga Binaan …)"
      // An all-capitals sentence is shouting, not a string of acronyms.
      if (/^\s*\p{Lu}+\s+\p{Lu}+\s+\p{Lu}+/u.test(doc.prose.slice(t.start, t.start + 40))) continue;
      ctx.report({ start: t.start, end: t.end, args: { actual: t.text } });
    }
  },
};

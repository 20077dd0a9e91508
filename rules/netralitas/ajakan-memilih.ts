// netralitas/ajakan-memilih: a civil servant's text that asks people to vote for or against a
// candidate ("Ayo coblos nomor urut 2", "Jangan pilih paslon nomor 1"). A neutral turnout call
// ("Gunakan hak pilih Anda di TPS") and reminders of the rules stay clean.
import type { Rule } from '../../server/src/engine/types.ts';
import { sentences, matchesIn } from '../_lib/compliance.ts';
import { NEUTRAL_CONTEXT, candidateTarget } from './_shared.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const VOTE = /\b(?:(?:mem)?percayakan(?:\s+kembali)?|pilih(?:lah)?|coblos(?:lah)?|contreng(?:lah)?|menangkan(?:lah)?|memenangkan|dukung(?:lah)?|mendukung|kawal(?:lah)?(?:\s+suara)?|lanjutkan)\b/iu;

// Ordering staff to a campaign event: "guru PNS diharapkan hadir … pada acara silaturahmi akbar
// pasangan calon bupati nomor urut 1".
const MOBILISE = prefiltered(/\b(?:diharapkan|diwajibkan|wajib|diminta|harap|harus|agar)\s+(?:\S+\s+){0,2}(?:hadir|menghadiri|datang|ikut|mengikuti|meramaikan)\b(?:[^.]|\.(?=\d)){0,100}?\b(?:kampanye|silaturahmi akbar|deklarasi|rapat umum|konsolidasi|acara)\b[^.]{0,50}?\b(?:pasangan calon|paslon|calon\s+(?:bupati|wali kota|gubernur|legislatif|presiden|anggota)|caleg|cabup|cagub|cawalkot|capres)\b/iu);

export const rule: Rule = {
  meta: {
    id: 'netralitas/ajakan-memilih',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: {
      id: 'Ajakan memilih atau tidak memilih calon tertentu (“{actual}”) melanggar netralitas ASN. Hapus; ajakan netral seperti “Gunakan hak pilih Anda di TPS pada [tanggal]” tetap boleh.',
      en: 'A call to vote for or against a particular candidate (“{actual}”) breaches civil-service neutrality. Remove it; a neutral turnout call such as “Gunakan hak pilih Anda di TPS pada [tanggal]” is fine.',
    },
    description: {
      id: 'ASN dilarang mengajak, mengimbau, atau menyerukan dukungan kepada calon atau pasangan calon, termasuk lewat media sosial. Nama calon dan partai yang diawasi diatur di `pemilu` pada .saring.yml.',
      en: 'Civil servants may not urge or call for support of a candidate or ticket, social media included. The candidate and party names to watch are set under `pemilu` in .saring.yml.',
    },
    basis: 'SKB MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN, Ketua Bawaslu tentang Netralitas ASN (22 September 2022), Lampiran II; PP 94/2021 Pasal 5 huruf n; UU ASN Pasal 9 ayat (2)',
  },
  examples: {
    invalid: [{ text: 'Ayo coblos nomor urut 2 agar pembangunan berlanjut!' }, { text: 'Jangan pilih paslon nomor 1, mereka tidak layak memimpin.' }, { text: 'Kami siap mendukung penuh pasangan calon nomor 3.' }, { text: 'Ojo lali, tanggal 27 November mengko coblos nomer loro.' }, { text: 'Kami mengajak para petani untuk kembali mempercayakan kepemimpinan daerah kepada beliau pada Pilkada 27 November.' }, { text: 'Saya minta seluruh pegawai kembali mendukung Bapak Bupati kita pada Pilkada nanti.' }, { text: 'Seluruh kepala sekolah dan guru PNS diharapkan hadir di lapangan pukul 08.00 pada acara silaturahmi akbar pasangan calon bupati nomor urut 1.' }],
    valid: [
      { text: 'KPU Kota X menetapkan nomor urut pasangan calon wali kota pada Senin (23/9/2024).' },
      { text: 'Gunakan hak pilih Anda di TPS pada Rabu, 27 November 2024.' },
      { text: 'ASN dilarang memberi like, komentar, dan share pada akun pemenangan calon.' },
      { text: 'Pilih menu makanan sehat untuk anak sekolah.' },
      { text: 'Mari mendukung penyelenggaraan Pilkada yang damai dan jujur.' },
      { text: 'Pak Camat mengajak warga mendukung program vaksinasi pada bulan Juni.' },
      { text: 'Kami tidak mendukung pasangan calon mana pun; ASN wajib netral.' },
    ],
  },
  run(ctx) {
    const target = candidateTarget(ctx.options);
    for (const v of sentences(ctx.doc)) {
      if (NEUTRAL_CONTEXT.test(v.text)) continue;
      const mob = MOBILISE.exec(v.text);
      if (mob) {
        ctx.report({ start: v.start + mob.index, end: v.start + mob.index + mob[0].length, args: { actual: mob[0].length > 60 ? `${mob[0].slice(0, 60)}…` : mob[0] } });
        continue;
      }
      for (const { m, start, end } of matchesIn(v, VOTE)) {
        const before = v.text.slice(0, m.index);
        const negated = /\b(?:tidak|tak|bukan)\s+(?:\S+\s+)?$/iu.test(before);
        if (negated) continue;
        const after = v.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        // "mendukung Bapak Bupati kita pada Pilkada": a person, then the election they stand in.
        const person = /^[^.]{0,40}?\b(?:Bapak|Ibu|Pak|Bu|beliau|petahana)\b[^.]{0,50}?\b(?:pada|di|dalam|saat)\s+(?:Pilkada|Pemilu|Pilbup|Pilgub|Pilwalkot|Pilpres|Pileg|pemilihan)\b/iu.test(after);
        if (!person && !target.test(after) && !(m[0].toLowerCase() === 'lanjutkan' && /\b(?:dua|2)\s+periode\b/iu.test(after))) continue;
        if (/\bhak\s+$/iu.test(before)) continue; // "hak pilih"
        ctx.report({ start, end: Math.min(v.start + v.text.length, end + (after.match(target)?.index ?? 0) + (after.match(target)?.[0].length ?? 0)), args: { actual: (m[0] + after.slice(0, (after.match(target)?.index ?? 0) + (after.match(target)?.[0].length ?? 0))).trim() } });
        break;
      }
    }
  },
};

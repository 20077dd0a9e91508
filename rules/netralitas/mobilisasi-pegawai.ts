// netralitas/mobilisasi-pegawai: staff ordered to a candidate's event, told across a memo or a
// message: attendance that is recorded or reported, official cars to ferry people, head-count quotas,
// a dress code handed out. Each order alone is routine office talk ("Kehadiran akan didata"); it is
// mobilisation when the same text names a candidate's event, often in another paragraph than the
// order ("Acara ini dihadiri langsung Paslon Bupati nomor urut 3" … "Kendaraan dinas kantor bisa
// dipakai untuk antar jemput keluarga"), which is why this rule reads the whole document.
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import type { Rule } from '../../server/src/engine/types.ts';
import { negatedBefore, sentences, mayMatchSentence, reportInSentence } from '../_lib/compliance.ts';
import { CANDIDATE_EVENT, NEUTRAL_CONTEXT } from './_shared.ts';


// The orders: attendance recorded or reported, official vehicles for the event, quotas, a dress code,
// staff told to like, share or post the candidate's content and to send proof of it.
// ("Yang berhalangan wajib lapor" is left out: two of three blind authors did not count it.)
const ORDER = prefiltered(/\b(?:kumpulkan|kumpulin|mengumpulkan|dikumpulkan|setor|setorkan|disetor)\s+(?:\S+\s+){0,3}?(?:fotokopi|fc|salinan|foto)\s+KTP(?:\s+(?:sama|dan|\+)\s+KK)?\b[^.!?\n]{0,100}?\b(?:(?:surat\s+)?dukungan|relawan|pemenangan|tim sukses)\b|\bkehadiran\s+(?:akan\s+)?(?:didata|dicatat|diabsen|direkap|dilaporkan|dicek|menjadi\s+bahan)\b|\babsen(?:si)?\b[^.!?\n]{0,40}?\b(?:rekap|catat|laporkan|dilaporkan|cek|dicek|diambil|dari\s+panitia)\b|\b(?:kendaraan|mobil|motor)\s+dinas\b[^.!?\n]{0,60}?\b(?:dipakai|digunakan|dipergunakan|menggunakannya|pakai|gunakan)\b[^.!?\n]{0,40}?\b(?:antar|jemput|angkut|mengangkut|membawa|lokasi\s+acara|ke\s+lokasi)\w*|\bminimal\s+\d+\s+orang\s+(?:per|tiap|setiap)\s+\p{L}+|\b(?:menyiapkan|menghadirkan|membawa|mengerahkan)\s+(?:masing-masing\s+)?(?:sedikitnya|minimal|paling sedikit)\s+\d+\s+(?:orang|warga|massa)\b|\bmembawa\s+minimal\s+\d+\s+(?:orang|warga|anggota)\b|\b(?:kaos|kaus|baju|kemeja|seragam|atribut)\b[^.!?\n]{0,40}?\b(?:yang\s+)?(?:sudah\s+)?(?:dibagikan|disediakan\s+panitia|bergambar\s+paslon|bisa\s+ambil|ambil\s+di)\b|\bdress\s*code\b|\b(?:pegawai|staf|ASN|PNS|honorer|PPPK|THL|perangkat\s+desa|karyawan)\b[^.!?\n]{0,30}?\b(?:wajib|harus|diwajibkan)\s+(?:hadir|datang|ikut)\b|\b(?:mohon|tolong|minta|harap|diharapkan|wajib|bantu|bantuan)\b[^.!?\n]{0,50}?\b(?:like|komen|share|bagikan|upload|unggah|repost|posting|memposting|mengunggah|membagikan)\b[^.!?\n]{0,60}?\b(?:video|flyer|flayer|pamflet|poster|konten|postingan|unggahan|status\s+(?:WA|FB|IG)|grup\s+itu)\b|\b(?:screenshot|tangkapan\s+layar|SS)\s+bukti\s+(?:share|repost|like|unggah|posting)\b/iu);

// An order sentence that states the rules: "ASN dilarang …", "… melanggar netralitas".
const RULES_TALK = /\b(?:dilarang|larangan|melarang|tidak boleh|tak boleh|tolak|menolak|netral|netralitas|sanksi|melanggar|pelanggaran|bawaslu|hukuman disiplin|hak\s+pilih(?:nya)?|TPS|pemungutan\s+suara)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'netralitas/mobilisasi-pegawai',
    severity: 'error',
    fix: 'none',
    scope: 'document',
    // An order ajakan-memilih or simbol-atribut already reports on the same words is theirs.
    yields: true,
    message: {
      id: 'Perintah kepada pegawai (“{actual}”) dalam naskah yang menyebut acara calon: pengerahan ASN untuk kampanye melanggar netralitas. Hapus perintah itu; kehadiran ASN di acara calon tidak boleh diwajibkan, didata, atau difasilitasi.',
      en: 'An order to staff (“{actual}”) in a text that names a candidate’s event: mobilising civil servants for a campaign breaches neutrality. Remove the order; attendance at a candidate’s event may not be required, recorded or facilitated.',
    },
    description: {
      id: 'Mewajibkan, mendata, atau memfasilitasi kehadiran pegawai (absensi, kendaraan dinas, kuota orang, seragam yang dibagikan) di acara pasangan calon adalah pengerahan ASN yang dilarang, meskipun perintah dan nama acaranya ada di paragraf yang berbeda.',
      en: 'Requiring, recording or facilitating staff attendance (roll calls, official cars, head-count quotas, handed-out shirts) at a candidate’s event is a prohibited mobilisation of civil servants, even when the order and the event are in different paragraphs.',
    },
    basis: 'SKB Netralitas ASN 2022, Lampiran II (mengerahkan ASN; menggunakan fasilitas negara); PP 94/2021 Pasal 5 huruf n; UU 10/2016 Pasal 70 ayat (1) huruf b (belum diverifikasi kata per kata)',
  },
  examples: {
    invalid: [
      { text: 'Bapak/Ibu pegawai diharapkan hadir pada acara Silaturahmi Akbar di Lapangan Umum, Minggu pukul 15.00. Kehadiran akan didata dan dilaporkan ke pimpinan.\n\nAcara ini dihadiri langsung Paslon Bupati nomor urut 3.\n\nKendaraan dinas kantor bisa dipakai untuk antar jemput keluarga.', count: 2 },
      { text: '1. Seluruh ASN hadir dalam silaturahmi bersama calon Bupati Lombok Barat.\n\n2. Pendamping PKH agar mengajak KPM, minimal 20 orang per pendamping.', count: 1 },
      { text: 'Selesai kerja bakti langsung ke lapangan meramaikan acara Paslon 02.\n\nTolong juga bantu upload flyer yg sy kirim ke status WA dan FB masing2.', count: 1 },
      { text: 'Besok ada kampanye akbar paslon nomor 2 di lapangan. Pegawai kelurahan juga wajib hadir.', count: 1 },
      { text: 'Minggu depan kampanye akbar Pak Cagub. Mohon bantuan rekan-rekan untuk like dan share video kegiatan beliau. Screenshot bukti share dikirim ke kasubag.', count: 2 },
    ],
    valid: [
      { text: 'Apel pagi Senin pukul 07.30. Kehadiran akan didata oleh Subbag Kepegawaian.' },
      { text: 'Kampanye akbar paslon digelar Sabtu.\n\nASN tetap wajib datang ke TPS pada 27 November dan menggunakan hak pilihnya.' },
      { text: 'ASN dilarang menghadiri kampanye pasangan calon.\n\nKendaraan dinas hanya dipakai untuk kegiatan kedinasan, bukan untuk mengangkut massa kampanye.' },
      { text: 'Rapat koordinasi persiapan debat publik pasangan calon digelar KPU.\n\nPeserta rapat membawa minimal 2 orang staf teknis per instansi.' },
      { text: 'Kampanye imunisasi campak dimulai Senin.\n\nMohon bantuan rekan-rekan untuk share poster jadwal posyandu ke status WA masing-masing.' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    // Most documents name no candidate's event: one pass over the sentences' literals answers that.
    if (!list.some((v) => mayMatchSentence(v, CANDIDATE_EVENT) && CANDIDATE_EVENT.test(v.text) && !NEUTRAL_CONTEXT.test(v.text))) return;
    for (const v of list) {
      // (Not NEUTRAL_CONTEXT here: "Kehadiran akan didata dan dilaporkan ke pimpinan" reports to the boss, not a breach.)
      if (!mayMatchSentence(v, ORDER) || RULES_TALK.test(v.text)) continue;
      const m = ORDER.exec(v.text);
      // "Kendaraan dinas hanya dipakai untuk kegiatan kedinasan, bukan untuk mengangkut massa" forbids.
      if (!m || /\b(?:bukan|tidak|tak|jangan|hanya)\b/iu.test(m[0]) || negatedBefore(v.text, m.index)) continue;
      reportInSentence(ctx, v, m);
    }
  },
};

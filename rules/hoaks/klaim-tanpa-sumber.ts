// hoaks/klaim-tanpa-sumber: a statistic or a research claim with no named source in its sentence
// or the sentences around it ("Angka pengangguran turun 40 persen berkat program ini."). The fix
// offered (never applied on its own) inserts a source placeholder.
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, STRONG_WARNING, sentences, mayMatchSentence } from '../_lib/compliance.ts';
import { gateApplies } from '../../server/src/engine/gates.ts';
import { docShape } from '../../server/src/engine/parse.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const CLAIM = prefiltered(/\b\d+(?:[.,]\d+)?\s?(?:%|persen)|\b\d[\d.]*\s+kali\s+(?:lipat\s+)?lebih\s+(?:kuat|ampuh|efektif|manjur|cepat|berbahaya|mematikan)\b|\b(?:naik|turun|meningkat|menurun|melonjak|anjlok|merosot|bertambah|berkurang)\s+(?:drastis|tajam|separuh|dua kali lipat|\d+(?:[.,]\d+)?(?:\s?(?:%|persen))?)|\b(?:data|riset|penelitian|survei|studi|kajian)\s+(?:menunjukkan|membuktikan)\b|\b(?:turun|naik|berkurang)\s+(?:hampir\s+|nyaris\s+|lebih dari\s+)?separuh|\b(?:dua|tiga|empat|lima|sepuluh|\d+)\s+kali\s+lipat\b|\btertinggi\s+se-?\p{Lu}/iu);
// Words that name where a figure comes from, in any case ("Menurut …", "… ujarnya"), and names of
// sources, which must keep their capitals.
const SOURCE_WORD = /\b(?:menurut|berdasarkan|sumber\s*:|merujuk|mengutip|dikutip|sesuai|mengacu|laporan|hasil\s+(?:survei|sensus|penelitian|riset|pendataan|uji(?:\s+coba)?|pengamatan|pemantauan)|uji\s+(?:coba|lapangan|klinis)\b[^.]{0,80}\bmenunjukkan|dirilis|mencatat|dicatat|tercatat|catatan|versi|menyebut(?:kan)?|mengatakan|menyampaikan|disampaikan|diungkapkan|dijelaskan|dipaparkan|menjelaskan|memaparkan|mengungkapkan|melaporkan|dilaporkan|ujar(?:nya)?|tutur(?:nya)?|jelasnya|ungkap(?:nya)?|terangnya|paparnya)\b/iu;
const SOURCE_NAME = /\b(?:[Dd]ata|[Ss]urvei|[Kk]ata)\s+\p{Lu}|\b(?:BPS|BPOM|Badan|Dinas|Dinkes|Kementerian|Kemenkes|Kemendagri|Litbang|Bappeda|KPU|OJK|Bank Indonesia|KAI|Puskesmas|APBD|APBN)\b/u;

const STAT_SUBJECT = /\b(?:angka|jumlah|kasus|tingkat|persentase|prevalensi|rasio|harga|inflasi|kemiskinan|pengangguran|stunting|produksi|penjualan|kunjungan|wisatawan|pendapatan|omzet|ekspor|impor|realisasi|investasi|kriminalitas|kecelakaan|pelanggaran|penderita|pasien|penduduk|populasi)\b/iu;

// Claims about what people think or do ("70 persen pelajar sudah pernah mencoba narkoba"), and superlatives against every other region, need the survey or
// ranking they come from; an official saying so is not enough.
const STRONG_CLAIM = prefiltered(/\b(?:hampir|lebih dari|nyaris|sebagian besar|mayoritas)\s+(?:seluruh|semua|separuh|setengah|sepertiga|dua pertiga)\s+\p{L}+[^.]{0,80}?\b(?:tanpa\s+(?:dokumen|izin)|(?:tidak|tak)\s+(?:memiliki|mengantongi|punya|berizin)|ilegal|dikendalikan|mengalami\s+(?:stunting|gizi buruk|kekerasan)|terpapar|terinfeksi|berasal\s+dari\s+jaringan|dua kali lipat)\b|\b(?:sekitar|hampir|lebih dari|kurang lebih|nyaris)\s+\d+(?:[.,]\d+)?\s?(?:%|persen)\s+\p{L}+[^.]{0,60}?\b(?:tidak layak|rusak|tercemar|ilegal|palsu|fiktif|bermasalah|terpapar|masuk lewat|masuk melalui|berasal dari|diselundupkan|dipicu|dikendalikan)\b|\b(?:sekitar|hampir|lebih dari)\s+\d+\s+(?:ribu|juta)\s+surat\s+suara\b[^.]{0,60}?\b(?:dicoblos|dicurangi|digelembungkan|fiktif|siluman|hilang)\b|\b(?:sekitar|hampir|lebih dari|kurang lebih|nyaris)\s+(?:separuh|setengah|sepertiga|seperempat|\d+(?:[.,]\d+)?\s?(?:%|persen))\s+\p{L}+[^.]{0,80}?\b(?:ternyata|sebenarnya|sesungguhnya)\b|\b(?:sekitar|hampir|lebih dari|nyaris)\s+\d+(?:[.,]\d+)?\s?(?:%|persen)\s+(?:petani|warga|masyarakat|nelayan|pelajar|siswa|pedagang|penduduk|remaja|orang tua|ibu hamil|jemaah|pasien|pengguna)\b|\bhampir\s+(?:semua|seluruh)\s+\p{L}+[^.]{0,80}?\b(?:mengandung|tercemar|beracun|palsu|ilegal|rusak\s+(?:parah|berat)|tidak layak|berbahaya|roboh|ambruk)\b|\b(?:hampir\s+(?:semua|seluruh)|sebagian\s+besar|mayoritas|kebanyakan|separuh|setengah)\s+(?:pejabat|pegawai|ASN|aparat|petugas|guru|dokter|kepala desa|kades|anggota\s+dewan|pengusaha|kontraktor|rekanan)\b[^.]{0,60}?\b(?:terlibat\s+(?:pungli|korupsi|narkoba|judi)|menerima\s+suap|korup|bolos|tidak\s+disiplin|makan\s+gaji\s+buta)\b|\bseluruh\s+(?:masyarakat|warga|rakyat)\s+(?:\S+\s+)?(?:puas|senang|bahagia|mendukung)\b|\b\d+(?:[.,]\d+)?\s?(?:%|persen)\s+(?:masyarakat|warga|responden|publik|pengguna|pelanggan|penduduk)\s+(?:\S+\s+){0,3}?(?:puas|setuju|mendukung|percaya|menilai|senang|bahagia|menolak)\b|\bsatu-satunya\s+(?:kabupaten|kota|provinsi|daerah|desa|instansi|pemda|pemerintah daerah)\b[^.]{0,30}\b(?:di|se-?)\s*(?:Indonesia|nasional|dunia|Asia)|\bpertama\s+(?:di|se-?)\s*(?:Indonesia|dunia|Asia)\b|\bpaling\s+\p{L}+\s+se-?(?:Indonesia|nasional|dunia|Asia(?:\s+Tenggara)?)\b|\b(?:tertinggi|terendah|terbaik|terbesar|tercepat|terbanyak)\s+(?:se-?|di\s+)(?:Indonesia|nasional|dunia|Asia(?:\s+Tenggara)?|(?:Provinsi\s+)?(?:Jawa\s+(?:Barat|Tengah|Timur)|Sumatera(?:\s+(?:Utara|Barat|Selatan))?|Kalimantan(?:\s+(?:Barat|Tengah|Timur|Selatan|Utara))?|Sulawesi(?:\s+(?:Utara|Tengah|Selatan|Tenggara|Barat))?|Papua(?:\s+(?:Barat|Tengah|Selatan|Pegunungan|Barat Daya))?|Maluku(?:\s+Utara)?|Nusa Tenggara (?:Barat|Timur)|NTB|NTT|Bali|Aceh|Riau|Kepulauan Riau|Jambi|Bengkulu|Lampung|Banten|Gorontalo|DKI Jakarta|Jakarta|DIY|Yogyakarta|Bangka Belitung))\b|\bsatu-satunya\s+(?:\S+\s+){1,2}?(?:di|se-?)\s*(?:Indonesia|dunia|Asia)\b|\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+dari\s+(?:10|sepuluh|tiga|empat|lima|\d+|setiap\s+\d+)\s+(?:pelajar|remaja|siswa|mahasiswa|warga|masyarakat|penduduk|anak|ASN|pegawai|keluarga|ibu hamil|balita|perempuan|pemuda|penerima|responden|peserta|pasien|petani|nelayan|pedagang|pelanggan|pengguna|konsumen|orang|KPM|lulusan|alumni|pelaku usaha|UMKM|wajib pajak|rumah|rumah tangga|bangunan|gedung|sekolah|sumur|sungai|kendaraan|motor|mobil|toko|warung|usaha|perusahaan|pabrik|pengendara|pengemudi|sopir|jalan)\b[^.]{0,60}?\b(?:belum|tidak|tak|masih|rusak|tercemar|dibangun|memakai|pasti|pernah|sudah|terpapar|mengalami|menggunakan|mencoba|terlibat|positif|kecanduan|terjerat|mengidap|menerima|percaya|mempercayai|memiliki|punya|setiap hari|tiap hari|tidak tahu|belum tahu|merasakan|merasa|puas|setuju|mendukung|menyatakan|mengaku|diterima|berhasil|lulus|naik|meningkat|lahir|berasal|meninggal|berpikir|mengalami|pasti|kembali)\b|\b\d+(?:[.,]\d+)?\s?(?:%|persen)\s+(?:pelajar|remaja|siswa|mahasiswa|warga|masyarakat|penduduk|anak|ASN|pegawai|keluarga|ibu hamil|balita|perempuan|pemuda|generasi muda)\b[^.]{0,60}?\b(?:pernah|sudah|terpapar|mengalami|menggunakan|mencoba|terlibat|positif|kecanduan|terjerat|mengidap)\b/iu);
const VAGUE_SOURCE = /\b(?:[Mm]enurut\s+|[Bb]erdasarkan\s+)?(?:[Ss]ebuah\s+|[Hh]asil\s+|[Bb]eberapa\s+|[Pp]ara\s+)?(?:[Ss]urvei|[Pp]enelitian|[Rr]iset|[Ss]tudi|[Kk]ajian|[Aa]hli|[Pp]akar)(?:\s+(?:terbaru|terkini|ilmiah|medis|luar negeri))?(?=\s*,|\s+(?:menunjukkan|membuktikan|menyebutkan|mengatakan|menyebut)\b)/gu;
// "Menurut penyuluh, 60 persen pelajar …" names who says it, not where the figure comes from: for
// these claims "menurut" counts only before a body that collects data (BNN, Badan …, a survey).
// A ranking against every other region is a claim whatever progress it reports.
const RANKING = /\b(?:tertinggi|terendah|terbaik|terbesar|tercepat|terbanyak)\s+(?:se-?|di\s+)|\bsatu-satunya\b/iu;
const DATA_SOURCE = /\b(?:sumber\s*:|survei|sensus|riset|penelitian|hasil|indeks|data|catatan|rekapitulasi|peringkat|pemeringkatan|penghargaan|lembaga|studi|kajian|laporan)\b/iu;
const DATA_BODY = /\b(?:[Mm]enurut|[Bb]erdasarkan|[Mm]engutip|[Mm]erujuk)\s+(?:\S+\s+){0,3}?(?:\p{Lu}{2,}|Badan|Kementerian|Dinas|Organisasi|Lembaga|Pusat|Balai)/u;

export const rule: Rule = {
  meta: {
    id: 'hoaks/klaim-tanpa-sumber',
    severity: 'info',
    fix: 'suggestion',
    // Block scope: whether the text is a chat comes from doc.shape, which the incremental linter
    // computes over the whole text and keys its caches on.
    scope: 'block',
    message: { id: 'Angka atau klaim (“{actual}”) tanpa sumber. Tambahkan sumbernya, misalnya “menurut data [instansi] per [bulan tahun]”.', en: 'A figure or claim (“{actual}”) without a source. Add it, e.g. “according to [agency] data as of [month year]”.' },
    description: {
      id: 'Statistik, persentase, dan klaim hasil riset dalam naskah resmi harus menyebut sumbernya (instansi dan waktu data) di kalimat yang sama atau yang berdekatan, agar dapat dipastikan kebenarannya.',
      en: 'Statistics, percentages and research claims in official texts must name their source (agency and date of the data) in the same or an adjacent sentence, so they can be verified.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 6 (jelas sumbernya, dapat dipastikan kebenarannya); Inpres 9/2015 (data pendukung komunikasi publik)',
  },
  examples: {
    invalid: [{ text: '9 dari 10 remaja di kota ini sudah kecanduan gawai.' }, { text: 'Saat ini delapan dari sepuluh balita di desa pesisir mengalami stunting.' }, { text: 'Banyuasin pun kini menjadi kabupaten dengan capaian perekaman KTP-el tertinggi di Sumatera Selatan.' }, { text: 'Lapas Garut kini menjadi satu-satunya lapas di Indonesia yang sepenuhnya ramah penyandang disabilitas.' }, { text: 'Penelitian membuktikan, sembilan dari sepuluh anak stunting lahir dari ibu yang tidak rutin minum tablet tambah darah.' }, { text: 'Sembilan dari sepuluh penerima menyatakan puas dengan kualitas beras dan ketepatan waktu penyaluran.' }, { text: 'Survei terbaru menunjukkan 9 dari 10 warga desa merasakan langsung manfaat dana desa.' }, { text: 'Menurut penelitian, daun sirsak 10.000 kali lebih kuat daripada kemoterapi.' }, { text: 'Saat ini sekitar tujuh dari sepuluh warga setiap hari menerima minimal satu pesan hoaks di grup WhatsApp keluarga.' }, { text: 'Angka stunting turun hampir separuh dalam setahun dan kini menjadi yang terendah se-Indonesia.' }, { text: 'Kabupaten ini kini tercatat dengan laju penurunan kemiskinan paling cepat se-Indonesia.' }, { text: 'Menurut penyuluh, sekitar 60 persen pelajar SMA di kota ini sudah pernah mencoba narkoba.' }, { text: '“Saat ini sekitar 70 persen pelajar SMA di Pontianak sudah pernah mencoba narkoba,” ujarnya.' }, { text: '“Program ini membuat 99 persen masyarakat sangat puas,” kata Asisten Perekonomian, Dedi.' }, { text: 'Angka pengangguran turun 40 persen berkat program ini.' }, { text: 'Data menunjukkan angka stunting turun separuh dalam setahun.' }, { text: 'Sebetulnya, sekitar 90 persen sumur warga di Aceh Utara sudah tidak layak minum, jadi masyarakat harus waspada.' }, { text: 'Hampir semua jajanan yang dijual di depan sekolah saat ini mengandung boraks atau formalin.' }, { text: 'Diperkirakan lebih dari separuh biro perjalanan umrah di Malang Raya sebenarnya tidak memiliki izin resmi.' }, { text: 'Tujuh dari sepuluh rumah di kota ini belum punya septic tank yang layak.' }, { text: 'Mayoritas pejabat di kantor itu terlibat pungli.' }, { text: 'Kasus demam berdarah melonjak tiga kali lipat bulan ini.' }],
    valid: [
      { text: 'Menurut BPOM, hampir semua sampel jajanan yang diuji di 12 sekolah aman dikonsumsi.' },
      { text: 'Berdasarkan hasil uji Dinas Kesehatan, sekitar 30 persen sampel air sumur tercemar bakteri E. coli.' },
      { text: 'Menurut data BPS Kabupaten X per Februari 2024, tingkat pengangguran terbuka turun menjadi 4,1 persen.' },
      { text: 'Sumber: Badan Pusat Statistik, Maret 2024. Angka kemiskinan turun 0,5 persen.' },
      { text: 'Sebanyak 300 warga mengikuti vaksinasi di puskesmas.' },
      { text: 'Menurut data Disdukcapil Sumsel per Juni 2025, Banyuasin menjadi kabupaten dengan capaian perekaman KTP-el tertinggi di Sumatera Selatan.' },
      { text: 'Survei Indikator 2024 mencatat 78 persen warga puas dengan layanan KTP-el.' },
      { text: 'Berdasarkan survei BNN 2023, 3 persen pelajar pernah mencoba narkoba.' },
      { text: 'Menurut Kepala BNN Kota Ternate, 3 persen pelajar pernah mencoba narkoba.' },
      { text: 'Tanda anak yang mengalami perundungan antara lain menarik diri dan nilai turun drastis.' },
      { text: 'Kapolres menyebut angka kecelakaan selama Operasi Ketupat turun 23 persen dibanding tahun lalu.' },
      { text: 'Realisasi pendapatan asli daerah hingga Oktober mencapai Rp1,2 triliun atau 95 persen dari target.' },
      { text: 'Kabupaten/kota yang cakupannya masih di bawah 95 persen diminta melakukan penyisiran dari rumah ke rumah.' },
      { text: 'Berdasarkan survei tim terhadap 212 petani pada 2023, sebanyak 68 persen responden mengaku pernah gagal panen.' },
      { text: 'Uji coba di lahan seluas 4 hektare menunjukkan penurunan kerusakan tanaman hingga 55 persen dibanding lahan pembanding.' },
      { text: 'Hingga hari pertama penyaluran, sebanyak 3.912 KPM atau 31,3 persen telah mengambil bantuan.' },
      { text: 'Fasilitas pengisian cepat 50 kW mampu mengisi baterai mobil listrik dari 20 hingga 80 persen dalam waktu sekitar 40 menit.' },
      { text: 'Saat dievakuasi, saturasi oksigen pasien sempat turun ke 84 persen.' },
      { text: 'Hingga kini tujuh dari sepuluh kecamatan telah menyelesaikan pendataan, ujar Kepala Dinas.' },
      { text: 'Sebelum direhabilitasi, sebagian besar ruang kelas di sekolah itu berada dalam kondisi rusak berat.' },
    ],
  },
  run(ctx) {
    const list = [...sentences(ctx.doc)];
    list.forEach((v, i) => {
      const strong = mayMatchSentence(v, STRONG_CLAIM) ? STRONG_CLAIM.exec(v.text) : null;
      const m = strong ?? CLAIM.exec(v.text);
      if (!m) return;
      // In a chat export staff report their own figures to each other ("Lapor, cakupan imunisasi baru
      // 34%"): no publication, and the speaker is the source.
      if (!strong && (ctx.doc.shape ?? docShape(ctx.doc.text, ctx.doc.format, ctx.doc.blocks)).chat) return;
      // A headline sums up the body, where the source is given.
      const kind = ctx.doc.blocks[v.s.block]?.kind;
      if (kind === 'title' || kind === 'heading') return;
      // A table's cells are its data; its source is its caption ("Sumber: SP2KP …" under it), not the cell.
      if (!strong && kind === 'table-cell') return;
      // "nilai turun drastis" describes a symptom; without a figure, only a statistic's subject
      // ("angka kemiskinan turun drastis") makes it a claim.
      if (!strong && !/\d/.test(m[0]) && !/\b(?:data|riset|penelitian|survei|studi|kajian)\b/iu.test(m[0]) &&
        !STAT_SUBJECT.test(v.text.slice(Math.max(0, m.index - 60), m.index))) return;
      // A price cut or a tariff is not a statistical claim.
      if (/\b(?:diskon|potongan|cashback|promo|hemat|bunga|tarif|pajak|PPN|denda|uang muka|DP|kuota|kapasitas)\s+(?:\S+\s+)?$/iu.test(v.text.slice(0, m.index))) return;
      // A threshold is a criterion, not a claim: "kabupaten yang cakupannya masih di bawah 95 persen diminta …".
      if (!strong && /\b(?:yang|jika|bila|apabila|kalau)\b[^.]{0,40}\b(?:di bawah|di atas|kurang dari|minimal|maksimal|sekurang-kurangnya|paling sedikit)\s+$/iu.test(v.text.slice(0, m.index))) return;
      // A limit set is not a statistic: "kapasitas penonton dibatasi 60 persen".
      if (!strong && /\b(?:dibatasi|batas|maksimal|maksimum|paling\s+banyak)\s+(?:sebesar\s+|hingga\s+|sampai\s+)?$/iu.test(v.text.slice(0, m.index))) return;
      // A device's specification is not a statistic: "mengisi baterai dari 20 hingga 80 persen dalam 40 menit";
      // nor is one patient's reading ("saturasi oksigen sempat turun ke 84 persen").
      if (!strong && /\b(?:baterai|aki|daya|muatan|pengisian|kelembapan|kadar\s+air|saturasi|SpO2|kadar\s+oksigen|volume\s+tangki|kemiringan|tingkat\s+kecerahan)\b[^.]{0,60}$/iu.test(v.text.slice(0, m.index))) return;
      // A population-wide claim stays one when the sentence adds advice ("…, jadi masyarakat harus
      // lebih waspada"): only a warning about information itself excuses it.
      const warned = strong ? gateApplies('peringatan-hoaks', { doc: ctx.doc, sentenceIndex: v.index, at: v.start + m.index }) : STRONG_WARNING.test(v.text);
      // Naming hoaxes is not warning against them: "tujuh dari sepuluh warga menerima pesan hoaks" is
      // itself a figure that needs its survey. A warning has a warning word.
      const warning = warned && (!strong || /\b(?:jangan|janganlah|tidak|tak|agar|supaya|waspad\w*|cek|periksa|pastikan|verifikasi|saring|resmi|belum)\b/iu.test(v.text));
      if (warning || REGULATION.test(v.text)) return;
      // A target or a projection is a plan, not a claim of fact.
      if (!strong && /\b(?:ditargetkan|target(?:nya|kan)?|menargetkan|diproyeksikan|proyeksi|direncanakan|diperkirakan|diharapkan)\b/iu.test(v.text)) return;
      // An agency reporting its own budget or programme progress ("realisasi … 95 persen dari target") is
      // its own source.
      // (Not a ranking against every other region: "Dengan capaian ini, … paling cepat se-Indonesia".)
      if (!strong && !RANKING.test(m[0]) && /\b(?:realisasi|serapan|capaian|progres|penyerapan|pagu)\w*\b|\b(?:pembangunan|pengerjaan|pekerjaan|peningkatan|proyek|konstruksi|rehabilitasi|perbaikan|revitalisasi)\b[^.]{0,80}\bmencapai\s+\d|\bpersen\s+dari\s+(?:target|pagu|total|rencana|kuota)\b|\b\d[\d.,]*\s+(?:\S+\s+){1,3}?atau\s+\d+(?:[.,]\d+)?\s?(?:%|persen)\s+(?:telah|sudah|baru)\s+(?:mengambil|menerima|tersalur|disalurkan|divaksin|terdaftar|merekam|mencairkan|hadir|terlayani|dilayani)/iu.test(v.text)) return;
      // "Survei terbaru menunjukkan …", "Menurut penelitian, …" name no one: they are not a source.
      const near = [list[i - 1], v, list[i + 1]].filter((x) => x && x.s.block === v.s.block).map((x) => x!.text).join(' ').replace(VAGUE_SOURCE, ' ');
      if (strong ? DATA_SOURCE.test(near) || DATA_BODY.test(near) : SOURCE_WORD.test(near) || SOURCE_NAME.test(near)) return;
      // The source placeholder goes before the sentence's final punctuation.
      const trimmed = v.text.replace(/\s+$/, '');
      const punct = /[.!?]$/.test(trimmed) ? 1 : 0;
      const at = v.start + trimmed.length - punct;
      ctx.report({
        start: v.start + m.index,
        end: v.start + m.index + m[0].length,
        args: { actual: m[0] },
        fixes: [{ title: ctx.t({ id: 'Sisipkan sumber', en: 'Insert a source' }), safe: false, edits: [{ start: at, end: at, newText: ctx.t({ id: ', menurut [sumber], [tanggal]', en: ', menurut [sumber], [tanggal]' }) }] }],
      });
    });
  },
};

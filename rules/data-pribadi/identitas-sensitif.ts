// data-pribadi/identitas-sensitif: a named person tied to data the law protects most: health
// (positif HIV, didiagnosis TBC, gangguan jiwa), a crime record (tersangka Ahmad Fauzi Hidayat),
// a child in a legal or violent case, or a victim of a sexual crime. Initials ("berinisial AF") and
// aggregates ("12 warga binaan") are the way to write it.
import type { Rule } from '../../server/src/engine/types.ts';
import { REGULATION, STRONG_WARNING, personNames, sentences, mayMatchSentence } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const HEALTH = prefiltered(/\b(?:positif\s+(?:HIV|covid(?:-19)?|narkoba|metamfetamin|sabu|TBC|TB|campak|difteri|DBD|demam berdarah|malaria|hepatitis\s*\w?|cacar(?:\s+monyet)?|mpox|rabies|sifilis|leptospirosis|flu burung)|TB\s+paru|skizofrenia|RSJ|rumah sakit jiwa|talasemia|thalassemia|hemofilia|epilepsi|leukemia|cuci darah|bipolar|ODGJ|ODHA|mengidap|menderita|didiagnosis|diagnosis|rekam medis|gangguan jiwa|sedang hamil|hamil\s+\w+\s+bulan|hasil tes\s+(?:narkoba|HIV|urine|darah)|kanker|TBC|tuberkulosis|HIV|AIDS|anemia|stroke|depresi|gizi buruk|stunting|malnutrisi|gagal ginjal|luka bakar|patah tulang|ruang isolasi|diisolasi|hasil(?:nya|\s+tes(?:nya)?)\s+positif|trombosit(?:nya)?\s+(?:tinggal|turun|hanya)|dirawat\s+(?:inap\s+)?di\s+(?:RSUD|RS|rumah sakit|puskesmas|ICU)|riwayat\s+(?:penyakit\s+)?(?:hipertensi|darah tinggi|diabetes|kencing manis|jantung|asma|ginjal|gangguan jiwa))\b/iu);
// A capitalised word then a lower-case letter: a name ("pasien Sutrisno"), not an acronym ("pasien TBC").
// Case-sensitive on purpose: with /i, \p{Lu} would match "pasien minum".
const ANAPHOR = prefiltered(/\b(?:yang bersangkutan|ia|beliau|pasien tersebut|warga tersebut|korban)\b/iu);
const SUBJECT_DIAGNOSIS = prefiltered(/(?<![\p{L}-])(?:ia|dia|beliau|yang bersangkutan|pasien tersebut|warga tersebut)\s+(?:\S+\s+){0,3}?(?:pernah\s+)?dirawat\b[^.]{0,60}\b(?:karena|akibat)\s+(?:gangguan jiwa|skizofrenia|HIV|TBC|kanker|depresi|gagal ginjal|narkoba)\b|(?<![\p{L}-])(?:ia|dia|beliau|yang bersangkutan|pasien tersebut|warga tersebut)\s+(?:(?:juga|diketahui|telah|sudah|sempat|kini|sedang|masih|dinyatakan|terbukti|ternyata|rupanya|pun|bahkan|selama ini|sejak lama|lama)\s+){0,3}(?:positif\s+(?:HIV|TBC|narkoba|sabu|hepatitis)|terinfeksi\s+HIV|mengidap|menderita|didiagnosis|memiliki riwayat\s+(?:HIV|AIDS|gangguan jiwa|TBC|hepatitis|skizofrenia|depresi|kanker|penyakit)|mengalami gangguan jiwa|ODHA|ODGJ)\b/iu);
const OWN_READING = prefiltered(/\b(?:gula darah|tekanan darah|kadar\s+(?:gula|kolesterol|trombosit|hemoglobin|HB)|trombosit(?:nya)?|saturasi(?:\s+oksigen)?|hasil\s+(?:lab|laboratorium|tes|pemeriksaan|rontgen|CT scan|swab|PCR)|riwayat\s+(?:penyakit|sakit))\s+(?:beliau|ia|dia|yang bersangkutan|pasien tersebut|(?:Pak|Bu|Bapak|Ibu)\s+\p{Lu}\p{Ll}+)\b/u);
// "diagnosisnya HIV sama TB paru": a diagnosis that belongs to someone ("-nya"), named with the disease.
const OWN_DIAGNOSIS = prefiltered(/\bdiagnosisnya\s+(?:adalah\s+|yaitu\s+|ialah\s+|ternyata\s+)?(?:HIV|AIDS|TB\s+paru|TBC|tuberkulosis|kanker|skizofrenia|gangguan jiwa|hepatitis|sifilis|depresi|bipolar|epilepsi|leukemia|gagal ginjal)\b/iu);
// Results and treatments only a single patient has: "hasil kateterisasi menunjukkan penyumbatan …",
// "beliau kan sudah 6 bulan cuci darah karena gagal ginjal" (not "Ia mengimbau warga yang cuci darah …").
const PATIENT_FACT = prefiltered(/\bhasil\s+(?:kateterisasi|biopsi|CT scan|MRI|rontgen|ekokardiografi|angiografi)\s+(?:beliau\s+|nya\s+)?menunjukkan\b|\b(?:beliau|yang bersangkutan)\b(?:(?!\b(?:mengatakan|mengimbau|menjelaskan|menyampaikan|meminta|mengajak|warga|pasien|masyarakat)\b)[^.!?]){0,60}\b(?:cuci darah|hemodialisis|kemoterapi|gagal ginjal|dipasang ring|pasang ring|serangan jantung|stroke|koma)\b/iu);
// (With an alias, "Rudi Hartono alias Codet (39)"; or one name introduced as a resident, "Zulkifli
// (38), warga Gampong Uteun Bayi".)
const NAME_AGE = prefiltered(/\p{Lu}\p{Ll}+\s+(?:br|boru|bin|binti)\.?\s+\p{Lu}\p{Ll}+\s*\(\d{1,2}(?:\s+(?:tahun|bulan|th))?\)|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*\.?)*\s+\p{Lu}\p{Ll}+(?:\s+(?:br|boru|bin|binti)\.?\s+\p{Lu}\p{Ll}+)?(?:\s+alias\s+\p{Lu}\p{Ll}+)?\s*\(\d{1,2}(?:\s+(?:tahun|bulan|th))?\)|\p{Lu}\p{Ll}{2,}\s*\(\d{1,2}\),?\s+(?:warga|seorang|penduduk|asal)\b/u);
// A full name followed at once by the diagnosis: "perawat Yohanes Wenda positif campak".
const NAME_POSITIVE = prefiltered(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+(?:\s*\([^)]{1,40}\))?\s+(?:(?:diketahui|dipastikan|ternyata|juga|sudah|telah)\s+)?(?:dinyatakan\s+)?(?:positif|terkonfirmasi(?:\s+positif)?|terinfeksi|terjangkit|tertular)\s+\p{L}/u);
const POSITIVE_WORD = /\b(?:positif|terkonfirmasi|terinfeksi|terjangkit|tertular)\b/u;
// Intimate injuries of a victim of sexual violence: "korban mengalami luka pada alat kelamin".
const INTIMATE_INJURY = prefiltered(/\bluka\s+(?:robek\s+)?(?:pada|di)\s+(?:bagian\s+)?(?:alat kelamin|kemaluan|organ intim|area kewanitaan|dubur)\b|\brobek(?:an)?\s+(?:pada\s+)?(?:selaput dara|alat kelamin|kemaluan)\b|\bhasil\s+visum\b[^.]{0,60}\b(?:kelamin|kemaluan|selaput dara|robek)\b/iu);
const HEALTH_PERSON = prefiltered(/\b[Bb]erinisial\s+\p{Lu}{1,4}\b|\b(?:[Ss]dri?\.?|Ny\.|Tn\.|Nn\.|[Ss]audara|[Ss]audari|[Bb]alita|[Bb]ayi|[Aa]tas nama|[Aa]\.n\.|[Bb]ernama|[Pp]asien|[Ii]bu(?!\s+(?:Asuh|Angkat|Kota|Negara|Bangsa)\b)(?!\s+(?:Bupati|Wakil|Camat|Lurah|Kades|Kepala|Ketua|Presiden|Gubernur|Wali|Menteri|Sekda|Direktur|Kapolres|Kapolsek|Dandim|Danramil|Bidan|Dokter|Guru|Kadis|Kabid|Kasi|Kapus)\b(?!(?:\s+(?:Bupati|Wali Kota|Wali|Gubernur|Camat|Kota|Kepala|Desa))?(?:\s*,\s*|\s+)(?:H\.|Hj\.|dr\.|drg\.|Ir\.|\p{Lu}\p{Ll}+)))|[Bb]apak(?!\s+(?:Asuh|Angkat|Kota|Negara|Bangsa)\b)(?!\s+(?:Bupati|Wakil|Camat|Lurah|Kades|Kepala|Ketua|Presiden|Gubernur|Wali|Menteri|Sekda|Direktur|Kapolres|Kapolsek|Dandim|Danramil|Bidan|Dokter|Guru|Kadis|Kabid|Kasi|Kapus)\b(?!(?:\s+(?:Bupati|Wali Kota|Wali|Gubernur|Camat|Kota|Kepala|Desa))?(?:\s*,\s*|\s+)(?:H\.|Hj\.|dr\.|drg\.|Ir\.|\p{Lu}\p{Ll}+)))|[Pp]ak|[Bb]u|[Aa]nanda|Bripda|Briptu|Brigpol|Brigadir|Bripka|Aipda|Aiptu|Ipda|Iptu|AKP|Kompol|AKBP|Prada|Pratu|Praka|Kopda|Koptu|Serda|Sertu|Serka|Serma|Pelda|Peltu)\s+\p{Lu}\p{Ll}+|\bWBP\s+bernama\s+\p{Lu}/u);
// Case-insensitive only for the status word: with /i, \p{Lu} would match lower-case letters too.
const CRIME_STATUS = prefiltered(/\b(?:[Tt]ersangka|[Tt]erdakwa|[Tt]erpidana|[Nn]arapidana|[Nn]api|[Mm]antan [Nn]api|[Rr]esidivis|[Tt]ahanan)\s+(?:atas nama\s+|bernama\s+|kasus\s+\w+\s+bernama\s+)?(?!(?:Mapolres|Mapolsek|Mapolda|Mapolresta|Mako|Rutan|Lapas|Kelas|Negara|Polres|Polsek|Polda|Kejaksaan|Kejari|Pengadilan|Lembaga|Cabang|Titipan|Kota|Kabupaten|Politik|Pendamping|Polresta|Polrestabes|Rumah|Kepolisian|Kantor|Bareskrim|Ditreskrimum|Ditreskrimsus|Ditresnarkoba|Satreskrim|Satresnarkoba|Sudah|Telah|Masih|Kasus|Pencurian|Korupsi|Pembunuhan|Penganiayaan|Narkoba)\b)(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,}){1,3})/gu);
const MINOR = prefiltered(/\b(?:anak|bocah|balita|siswa|siswi|pelajar|santri|santriwati|ABH|anak berhadapan dengan hukum)\b|\((?:[1-9]|1[0-7])\)|\bberusia\s+(?:[1-9]|1[0-7])\s+tahun\b/iu);
const CASE = prefiltered(/\b(?:korban|pelaku|tersangka|saksi|diversi|klien anak|Bapas|pencabulan|kekerasan|perundungan|pemerkosaan|pelecehan|persetubuhan|penganiayaan|ditahan|LPKA|ABH|berhadapan dengan hukum|meninggal akibat|kasus|perkara|pidana|anak binaan|diamankan|mengamankan|ditangkap|menangkap|diduga|kurir|pembegalan|begal|tawuran|pelemparan|pengeroyokan)\b/iu);
const CHILD_ID = prefiltered(/(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s*\((?:[1-9]|1[0-7])\)|\bbernama\s+\p{Lu}\p{Ll}+|\b(?:SDN?|SMPN?|SMAN?|SMKN?|MI|MTsN?|MAN?)\s*(?:Negeri\s+)?(?:\d+|\p{Lu}\p{Ll}+)|\b(?:anak|putra|putri) (?:dari\s+(?:pasangan\s+)?|pasangan\s+)(?:Bapak|Ibu|Pak|Bu)?\s*\p{Lu}|\bklien anak\s+(?!(?:Bapas|Balai|LPKA|Lapas|Rutan|Kelas|Pemasyarakatan)\b)\p{Lu})/u);
// A victim's parent named identifies the child: "Ayah korban, Suparno, yang berjualan bakso …".
const RELATIVE_NAMED = /\b(?:[Aa]yah|[Ii]bu|[Bb]apak|[Oo]rang tua|[Kk]akak|[Pp]aman|[Bb]ibi|[Nn]enek|[Kk]akek|[Ii]bunda|[Aa]yahanda|[Ii]bu kandung|[Aa]yah kandung)\s+(?:kandung\s+)?(?:korban|pelaku|ABH|anak itu|anak tersebut)\s*,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/u;
const CHILD_OR_SEXUAL = /\b(?:anak|bocah|balita|siswa|siswi|pelajar|murid|santri|santriwati|SD|SMP|MTs|SMA|SMK|pencabulan|persetubuhan|pemerkosaan|rudapaksa|kekerasan seksual|pelecehan seksual|TPKS)\b|\((?:[1-9]|1[0-7])(?:\s+tahun)?\)/u;
const CHILD_CARE = /\b(?:dirawat|diinfus|infus|muntah|diare|keracunan|dirujuk|opname|ICU|kritis)\b/iu;
const ARREST = prefiltered(/\b(?:mengamankan|diamankan|ditangkap|menangkap|terjaring|kedapatan|digerebek|menggerebek|diringkus|meringkus|dibekuk|membekuk|dicokok)\b/iu);
// Where a named victim lies: "Siti Rahmawati … dirawat di RS Universitas kamar Mawar 3".
const WARD = prefiltered(/\b(?:dirawat|dirujuk|diopname|dirawat inap|menjalani perawatan)\s+di\s+(?:\S+\s+){0,5}?(?:kamar|ruang|ruangan|bangsal|bed|tempat tidur)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:nomor\s+|no\.?\s*)?\d+\b/u);
const FULL_NAME = /\b\p{Lu}\p{Ll}{2,}\s+\p{Lu}\p{Ll}{2,}\b/u;
const SEXUAL_VICTIM = prefiltered(/\bkorban\s+(?:pemerkosaan|pencabulan|pelecehan(?:\s+seksual)?|kekerasan\s+seksual|rudapaksa|persetubuhan)\b/iu);

export const rule: Rule = {
  meta: {
    id: 'data-pribadi/identitas-sensitif',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: '{what} dikaitkan dengan identitas orang ({actual}). Gunakan inisial dan umur saja, atau data agregat.', en: '{whatEn} tied to a person’s identity ({actual}). Use initials and age only, or aggregate figures.' },
    description: {
      id: 'Data kesehatan, catatan kejahatan, identitas anak dalam perkara atau kekerasan, dan identitas korban kejahatan seksual adalah data pribadi spesifik: tulis inisial dan umur (tersangka berinisial AF (35)), hapus nama sekolah, orang tua, dan alamat, atau sajikan angka agregat.',
      en: 'Health data, criminal records, the identity of children in cases or violence and of sexual-crime victims are specific personal data: write initials and age (tersangka berinisial AF (35)), drop school, parents and address, or give aggregate figures.',
    },
    basis: 'UU 27/2022 (PDP) Pasal 4 ayat (2) huruf a, d, e; UU 11/2012 (SPPA) Pasal 19 (identitas anak wajib dirahasiakan); UU 14/2008 (KIP) Pasal 17 huruf h; Kode Etik Jurnalistik Pasal 3 dan 5',
  },
  examples: {
    invalid: [{ text: 'Korban, Siti Rahmawati, mahasiswi semester lima, mengalami retak tulang dan kini dirawat di RSUD kamar Mawar 3.' }, 
      { text: 'Korban kekerasan itu merupakan anak dari pasangan Yosef Kewa dan Theresia Nona, warga RT 008 Kelurahan Kota Uneng.' },
      { text: 'Salah satu pengungsi, Ompung Rosmawati br. Sitorus (67), menderita gagal ginjal sehingga harus cuci darah dua kali seminggu.' },
      { text: 'Hasil pemeriksaan menunjukkan Yuliana Bere diketahui positif HIV.' },
      { text: 'Di antara siswa yang masih dirawat adalah Aisyah Putri Ramadhani (9) dan Nayla Zahra Salsabila (8).' },
      { text: 'Petugas mengamankan lima orang yang diduga melakukan pelemparan. Satu orang lainnya masih berstatus pelajar, yaitu Rizky Aditya Pratama (16), siswa SMK Negeri 1 Indralaya.' },
      { text: 'Junaidi bin Asran (33) mengalami patah tulang lengan kiri dan gegar otak ringan.' },
      { text: 'Andika Saputra (16), anak binaan yang menjalani masa pembinaan karena kasus pembegalan, kini aktif di kelas menjahit.' },
      { text: 'Korban, siswi kelas VIII, masih trauma. Ayah korban, Suparno, meminta pelaku dihukum berat.' },
      { text: 'Pasien atas nama Sutrisno didiagnosis TBC dan menjalani pengobatan.' },
      { text: 'Dua tenaga kesehatan, dr. Melati Hutapea (Puskesmas Nabire Kota) dan perawat Yohanes Wenda positif campak.' },
      { text: 'Salah satunya Zulkifli (38), warga Gampong Uteun Bayi, yang diketahui sudah lama mengidap skizofrenia.' },
      { text: 'Rudi Hartono alias Codet (39) saat ini masih menjalani pengobatan TB paru.' },
      { text: 'Hasil pemeriksaan, korban mengalami luka pada alat kelamin dan masih trauma berat.' },
      { text: 'Tim menjangkau Sdr. Rudi Hartono (38) di rumahnya. Yang bersangkutan positif HIV dan kini dirawat.' },
      { text: 'Salah satu pasien adalah Bapak Hendra (38), pegawai honorer kelurahan.\n\nIa juga diketahui memiliki riwayat HIV sejak 2021.', format: 'markdown' },
      { text: 'Kemarin gula darah beliau sempat 410 dan ada serangan jantung ringan.' },
      { text: 'Hasil tes urine Briptu Andika positif sabu, ujar Kabid Propam.' },
      { text: 'Korban, Ny. Hasnah (71), mengalami luka bakar dan memiliki riwayat gagal ginjal.' },
      { text: 'Yang bersangkutan pernah dirawat di RS jiwa karena gangguan jiwa pada 2022.' },
      { text: 'Sdri. Fitriani Mokodompit (17), warga Desa Teratai, masih dirawat di RSUD dengan trombosit tinggal 35 ribu.' },
      { text: 'Salah satunya balita Muhammad Rizky Pratama (2 tahun), yang mengalami gizi buruk dengan berat badan 7,4 kg.' },
      { text: 'Dari RS, hasil kateterisasi menunjukkan penyumbatan sekitar 70 persen pada pembuluh darah koroner.' },
      { text: 'Katanya sih digeser karena faktor kesehatan, beliau kan sudah hampir 6 bulan cuci darah karena gagal ginjal.' },
      { text: 'Tersangka Ahmad Fauzi Hidayat (35) ditangkap membawa 5 gram sabu.' },
      { text: 'Korban pencabulan, Putri Ayu (12), siswi SDN 3 Sukamaju, kini didampingi psikolog.' },
    ],
    valid: [{ text: 'Kepala RSUD Kota Bima menyebut pasien DBD dirawat di ruang Melati 2 dan kondisinya stabil.' }, 
      { text: 'Kunjungan rumah balita stunting hari ini bersama Ibu Camat dan TP PKK Kecamatan Praya Timur.' },
      { text: 'Komisi V Dewan Perwakilan Rakyat Papua Barat Daya mengunjungi anak korban kekerasan seksual di Distrik Aimas.' },
      { text: 'Ayah korban kecelakaan, Suparno, meminta sopir truk bertanggung jawab.' },
      { text: 'Juara lomba mewarnai tingkat kabupaten, Aisyah Putri (8), siswa SDN 1 Sukamaju, menerima piala dari Bupati.' },
      { text: 'Tersangka berinisial AF (35) ditangkap membawa 5 gram sabu.' },
      { text: 'Kepala Dinas Kesehatan Provinsi Papua Tengah menyatakan 34 warga Nabire positif campak sepanjang Oktober.' },
      { text: 'Dinas Kesehatan mencatat Kabupaten Garut Positif Difteri, sehingga status KLB ditetapkan.' },
      { text: 'Korban berinisial PA (12) telah mendapat pendampingan psikolog UPTD PPA.' },
      { text: 'Korban pencabulan yang disebut dengan nama samaran Bunga (11) merupakan tetangga tersangka.' },
      { text: 'UPTD Perlindungan Perempuan dan Anak mendampingi seorang anak korban kekerasan seksual di Banggai.' },
      { text: '# Polres Tetapkan Kades sebagai Tersangka Korupsi Dana Desa Rp1,2 Miliar', format: 'markdown' },
      { text: '# Terdakwa Ujaran Kebencian Bernuansa SARA di Media Sosial Divonis 2 Tahun Penjara', format: 'markdown' },
      { text: 'Sebanyak 12 warga binaan mengikuti skrining kesehatan gratis.' },
      { text: 'Sebanyak 1.250 penderita TBC telah menjalani pengobatan gratis.' },
      { text: 'Kepala Puskesmas, dr. Andi Wijaya (45), menjelaskan penanganan gizi buruk di desa.' },
      { text: '# Jaksa Tuntut Terdakwa Korupsi Dana Desa Lima Tahun Penjara', format: 'markdown' },
      { text: 'TBC dapat disembuhkan jika pasien minum obat secara teratur.' },
      { text: 'Ia menambahkan, pasien yang mengidap TBC wajib minum obat hingga tuntas.' },
      { text: 'Menurut dia, warga yang menderita hipertensi perlu rutin memeriksakan diri.' },
      { text: 'Ia menjelaskan, gula darah yang tinggi dapat memicu serangan jantung.' },
      { text: 'Beliau mengimbau warga yang rutin cuci darah agar memanfaatkan layanan BPJS.' },
      { text: 'Dinas Pendidikan meluncurkan Gerakan Sekolah Ramah Anak Tanpa Perundungan di SMP Negeri 12 Padang.' },
      { text: 'Subsi Pelayanan Tahanan Rutan Kelas IIB Bangkinang melayani kunjungan.' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (STRONG_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      const kind = ctx.doc.blocks[v.s.block]?.kind;
      const report = (index: number, length: number, what: string, whatEn: string) =>
        ctx.report({ start: v.start + index, end: v.start + index + length, args: { actual: v.text.slice(index, index + length), what, whatEn } });
      const ward = mayMatchSentence(v, WARD) ? WARD.exec(v.text) : null;
      const wardName = ward ? FULL_NAME.exec(v.text.replace(/\b(?:RSUD|RSU|RS|Rumah Sakit|Puskesmas|Klinik)(?:\s+\p{Lu}\p{L}*)*|(?:kamar|ruang|ruangan|bangsal)\s+\p{Lu}\p{Ll}+/gu, (x) => ' '.repeat(x.length))) : null;
      if (ward && wardName) {
        report(ward.index, ward[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      // Health data of a named person.
      const h = HEALTH.exec(v.text);
      const hp = HEALTH_PERSON.exec(v.text);
      // Or a full name with an age: "Sdri. Fitriani Mokodompit (17), … masih dirawat di RSUD".
      const na = h && !hp ? NAME_AGE.exec(v.text) : null;
      // (Not an official named to speak about the disease: "Kepala Puskesmas, dr. Andi (45), menjelaskan …".)
      const speaker = na !== null && (/\b(?:kepala|kadis|direktur|camat|lurah|ketua|dr|drg|Dr|Prof|kasi|kabid|sekretaris)\.?\s*[^.]{0,25}$/iu.test(v.text.slice(Math.max(0, na.index - 30), na.index)) || /^[^.]{0,20}\b(?:menjelaskan|mengatakan|menyampaikan|mengimbau|menegaskan|memaparkan|menuturkan|mengungkapkan)\b/iu.test(v.text.slice(na.index + na[0].length)));
      if (h && na && !speaker && !/\bberinisial\b/iu.test(v.text.slice(Math.max(0, na.index - 15), na.index))) {
        report(na.index, na[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      const np = POSITIVE_WORD.test(v.text) ? NAME_POSITIVE.exec(v.text) : null;
      if (np && kind !== 'title' && kind !== 'heading') {
        report(np.index, np[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      const ii = mayMatchSentence(v, INTIMATE_INJURY) ? INTIMATE_INJURY.exec(v.text) : null;
      if (ii) {
        report(ii.index, ii[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      // A headline's capitals ("Balita Berisiko Stunting") are not a name.
      if (h && hp && kind !== 'title' && kind !== 'heading') {
        report(hp.index, hp[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      // "Sdr. Rudi Hartono (38) … . Yang bersangkutan positif HIV": the name is one sentence back.
      if (h && ANAPHOR.test(v.text) && i > 0 && list[i - 1].s.block === v.s.block && (HEALTH_PERSON.test(list[i - 1].text) || NAME_AGE.test(list[i - 1].text))) {
        report(h.index, h[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      // "Ia juga diketahui memiliki riwayat HIV": a pronoun for one person as the subject of the
      // diagnosis says it is about someone the text has introduced, often a paragraph earlier (which
      // a block-scoped rule cannot see). Only descriptive words may stand between subject and
      // diagnosis, so "Ia menambahkan, pasien yang mengidap TBC …" (an official speaking) stays clean.
      // Or the person's own readings: "gula darah beliau sempat 410".
      const a = SUBJECT_DIAGNOSIS.exec(v.text) ?? OWN_READING.exec(v.text) ?? PATIENT_FACT.exec(v.text) ?? OWN_DIAGNOSIS.exec(v.text);
      if (a) {
        report(a.index, a[0].length, 'Data kesehatan', 'Health data');
        continue;
      }
      // A crime record with a full name.
      CRIME_STATUS.lastIndex = 0;
      const c = CRIME_STATUS.exec(v.text);
      // "Terdakwa Korupsi Dana Desa" in a title-case headline: ordinary words, not a name.
      // ("Rp" and other short abbreviations in such a headline say nothing either way.)
      // Most of its words in the dictionary is enough: "Ujaran Kebencian Bernuansa" (a derived word the
      // dictionary lacks); a name rarely has more than one dictionary word ("Budi Santoso").
      const words = c === null ? [] : c.groups!.name.split(/\s+/).filter((w) => w.length > 2);
      const commonWords = c !== null && (kind === 'title' || kind === 'heading') && words.filter((w) => ctx.options.speller?.isCorrect(w.toLowerCase())).length * 3 >= words.length * 2;
      if (c && !commonWords && !/\bberinisial\b/i.test(c[0])) {
        report(c.index, c[0].length, 'Catatan kejahatan', 'A criminal record');
        continue;
      }
      // People caught, named in full with their age: "personel WH mengamankan sepasang muda-mudi …
      // Keduanya adalah Rizky Maulana (22), warga Gampong Blang Paseh" (not the victim of what happened).
      const arrested = ARREST.test(v.text) || (i > 0 && list[i - 1].s.block === v.s.block && ARREST.test(list[i - 1].text));
      const caught = arrested ? NAME_AGE.exec(v.text) : null;
      if (caught && !/\b(?:korban|saksi|pelapor|petugas|personel|kepala|ketua|kapolsek|kapolres|kasat|dr|beliau)\b[^.]{0,40}$/iu.test(v.text.slice(Math.max(0, caught.index - 50), caught.index)) && !/\bberinisial\b/iu.test(v.text.slice(Math.max(0, caught.index - 15), caught.index))) {
        report(caught.index, caught[0].length, 'Catatan kejahatan', 'A criminal record');
        continue;
      }
      // A child in a case, identified. The identifying detail is searched for only in a sentence
      // about a minor in a case (most sentences are not).
      // The case may be told in the sentence before: "… mengamankan lima orang yang diduga melakukan
      // pelemparan. Satu orang lainnya masih berstatus pelajar, yaitu Rizky … (16)". A child patient
      // named is health data of a child: "siswa yang masih dirawat adalah Aisyah … (9)".
      const prevCase = i > 0 && list[i - 1].s.block === v.s.block && CASE.test(list[i - 1].text);
      const inCase = CASE.test(v.text) || prevCase;
      const idFound = MINOR.test(v.text) && (inCase || CHILD_CARE.test(v.text)) ? CHILD_ID.exec(v.text) : null;
      // Outside a case only a child's name with an age identifies (the school of an outbreak is news).
      const id = idFound && (inCase || /\(\d/.test(idFound[0])) ? idFound : null;
      // A school is a venue unless a child of the case stands next to it ("siswi SDN 3 Sukamaju").
      const school = id !== null && /^(?:SD|SM|MI|MT|MA)/u.test(id[0]) &&
        !/\b(?:siswa|siswi|pelajar|murid|santri|santriwati|korban|pelaku|anak\s+(?:itu|tersebut|berinisial|bernama))\b/iu.test(v.text.slice(Math.max(0, id.index - 60), id.index + id[0].length + 40));
      // "disebut dengan nama samaran Bunga (11)": the press's own pseudonym protects the child.
      const pseudonym = id !== null && (/\b(?:nama samaran|samaran|disamarkan|nama alias)\b[^.]{0,15}$/iu.test(v.text.slice(Math.max(0, id.index - 40), id.index)) || /^\s*,?\s*\(?\s*(?:bukan nama sebenarnya|nama samaran)/iu.test(v.text.slice(id.index + id[0].length, id.index + id[0].length + 30)));
      if (id && !school && !pseudonym && !/\bberinisial\b/i.test(v.text.slice(Math.max(0, id.index - 15), id.index))) {
        report(id.index, id[0].length, 'Identitas anak dalam perkara atau kekerasan', 'The identity of a child in a case or violence');
        continue;
      }
      const rel = RELATIVE_NAMED.exec(v.text);
      if (rel && list.some((p) => p.s.block === v.s.block && CHILD_OR_SEXUAL.test(p.text))) {
        report(rel.index, rel[0].length, 'Identitas anak dalam perkara atau kekerasan', 'The identity of a child in a case or violence');
        continue;
      }
      // A sexual-crime victim named.
      if (SEXUAL_VICTIM.test(v.text) && kind !== 'title' && kind !== 'heading') {
        // Capitalised dictionary words are an agency's name ("Perlindungan Perempuan dan Anak"), not a person's.
        const names = personNames(v.text).filter((n) => !n.name.split(/\s+/).every((w) => ctx.options.speller?.isCorrect(w.toLowerCase())));
        if (names.length) report(names[0].index, names[0].name.length, 'Identitas korban kejahatan seksual', 'The identity of a sexual-crime victim');
      }
    }
  },
};

// kerahasiaan/identitas-pelapor-saksi: a reporter, witness or informant named ("Saksi kunci kasus
// korupsi, Hendra Gunawan, …"). Their identity is exempt information.
import type { Doc, Rule } from '../../server/src/engine/types.ts';
import { mayMatchIn, prefiltered } from '../../server/src/engine/prefilter.ts';
import { REGULATION, STRONG_WARNING, sentences, matchesIn, mayMatchSentence, type SentenceView } from '../_lib/compliance.ts';

const ROLE_NAME = /\b(?:(?:[Bb]erkat\s+)?informasi\s+(?:dari\s+)?(?:seorang\s+)?(?:warga|masyarakat)|[Pp]elapor|[Ss]aksi(?:\s+(?:mata|kunci|korban|pelapor|mahkota|yang dilindungi))?|[Ii]nforman(?:\s+polisi)?|[Ww]histleblower)\b(?:\s+(?:internal|utama|awal|pertama)\b)?(?:\s+(?:di|dari)\s+(?:pihak\s+)?\p{Ll}{3,})?(?:\s+(?:kasus|dalam kasus|perkara)\s+[\p{L}\s]{2,30}?)?(?:\s+(?:tersebut|itu|ini))?(?:\s+yang\s+identitasnya[^.,]{0,50},|\s+yang\s+[^.,]{0,60}?(?=\s+(?:adalah|ialah|yakni|yaitu)\s))?(?:\s*,?\s+(?:bernama|adalah|yakni|yaitu|ialah)\s+(?:(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Saudara|Saudari)\s+)?|\s*,\s*(?:(?:Sdr|Sdri|Saudara|Saudari)\.?\s+)?)(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,})*)/gu;

// The name first, the role after it: "laporan Sdr. Rahmat Hidayat (41), bendahara desa yang juga
// menjadi saksi kunci". Plain "saksi" is left out: witnesses named at a public trial are news.
// "laporan disampaikan oleh mahasiswi Program Studi …, Nurul Aisyah Ramadhani": who reported it, when
// a private person did (an official reporting in office is doing their job in public).
const REPORTED_BY = /\b(?:[Ll]aporan|[Aa]duan|[Pp]engaduan)\s+(?:\S+\s+){0,2}?(?:disampaikan|dibuat|diajukan|dilayangkan|masuk)\s+(?:oleh|dari)\s+(?:seorang\s+)?(?:mahasiswi|mahasiswa|warga|siswa|siswi|pegawai|staf|guru|karyawan|karyawati|korban|rekan|istri|suami|tetangga|orang tua)\b[^.;]{0,80}?,\s*(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,}){1,3})\s*,/gu;
// "berawal dari laporan Syamsul Bahri (45), Ketua RT 03": the case's informant by name.
const STARTED_BY = /\b(?:[Bb]erawal\s+dari|[Bb]ermula\s+dari|[Dd]imulai\s+dari|[Bb]erkat|[Aa]tas)\s+(?:laporan|informasi|aduan|info)\s+(?:dari\s+)?(?:(?:Sdr|Sdri)\.?\s+)?(?:seorang\s+warga\s+(?:bernama\s+)?|warga\s+bernama\s+)?(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,}){1,3}|\p{Lu}\p{Ll}{2,}(?=\s*\(\d{1,3}\)))/gu;
// With a title a single name is enough: "berkat informasi dari Sdr. Wahyudi, tetangga …".
const STARTED_BY_TITLED = /\b(?:[Bb]erawal\s+dari|[Bb]ermula\s+dari|[Bb]erkat|[Aa]tas)\s+(?:laporan|informasi|aduan|info)\s+(?:dari\s+)?(?:Sdr|Sdri|Saudara|Saudari|Tgk|Teungku|Haji|H|Hj)\.?\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
const NAME_ROLE = /\b(?:[Ss]dri?\.?|[Ss]audara|[Ss]audari|[Bb]apak|[Ii]bu|[Pp]ak|[Bb]u|[Uu]staz|[Uu]stazah|[Uu]stadz|[Uu]stadzah|[Mm]ama|[Bb]apa|[Pp]endeta|[Rr]omo)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*(?:\s+(?:Br|Bin|Binti)\.?\s+\p{Lu}\p{Ll}+)?)(?:\s+alias\s+\p{Lu}\p{Ll}+)?(?:\s*\(\d{1,3}\))?,?[^.;]{0,60}?\b(?:(?:menjadi|sebagai|merupakan|adalah|selaku)\s+(?:saksi kunci|saksi pelapor|pelapor|informan|whistleblower|justice collaborator)|yang\s+(?:melaporkan|mengadukan|membocorkan|bersedia\s+menjadi\s+saksi))\b/gu;

// Where the first information came from, when that is a private person: "Informasi awal diperoleh
// dari Ibu Sarlota Gaspersz, pemilik warung makan …" (an agency as source is not an informant).
const INFO_FROM = /\b(?:[Ii]nformasi|[Ii]nfo|[Kk]eterangan|[Ll]aporan)\s+(?:awal\s+|pertama\s+)?(?:kami\s+)?(?:diperoleh|didapat|didapatkan|diterima|terima|berasal)\s+dari\s+(?:(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Sdri\.?|Saudara|Saudari)\s+(?<titled>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)|(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+){0,3})(?:\s*\(\d{1,3}\))?,\s*(?:seorang\s+)?(?:pemilik|warga|tetangga|pedagang|sopir|nelayan|petani|tukang|penjual|karyawan|karyawati|buruh|ibu rumah tangga|mahasiswa|mahasiswi|pelajar|kerabat|rekan)\b)/gu;
// An informant by initials with what identifies them anyway: "informan berinisial DS, anggota salah
// satu kelompok yang tinggal di Kampung Sukamaju".
const INFORMANT_TRACED = /\b[Ii]nforman\s+(?:\S+\s+){0,4}?berinisial\s+(?<name>\p{Lu}{1,4}(?:\.\p{Lu}{1,2})*)\b(?=[^.;]{0,100}\b(?:tinggal|beralamat|berdomisili|anggota|bekerja\s+(?:di|sebagai)|warga\s+\p{Lu}|[Bb]lok\s+\p{Lu}|kamar\s+\d|sel\s+\d)\b)/gu;
// "Identitas pelapor pungli, seorang guru honorer SDN 2 bernama Rahmat": the role, then the name.
const ROLE_NAMED = /\b(?:[Pp]elapor|[Ss]aksi(?:\s+(?:kunci|mata|pelapor))?|[Ii]nforman|[Ww]histleblower)\b[^.;]{0,80}?\bbernama\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
// A witness or neighbour who reported, with where they live: "laporan tetangga korban, Ibu Sumiati
// yang tinggal di Gang Mawar".
const WITNESS_HOME = /\b(?:(?:[Ll]aporan|[Kk]eterangan|[Kk]esaksian|[Aa]duan|[Ii]nformasi)\s+(?:dari\s+)?[Tt]etangga|[Ss]aksi(?:\s+mata)?|[Pp]elapor)(?:\s+(?:korban|pelaku|tersangka))?\s*,?\s*(?:(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Sdri\.?|Saudara|Saudari)\s+)?(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)(?:\s*\(\d{1,3}\))?,?\s+(?:yang\s+)?(?:tinggal|beralamat|berdomisili|rumahnya)\s+(?:di|persis|tepat)\b/gu;

// "tetangga korban, Ibu Sumiati yang tinggal di Gang Mawar, melaporkan kecurigaannya": the reporter
// by name and home, told by what they did.
const NEIGHBOUR_REPORTED = /\b[Tt]etangga\s+(?:korban|pelaku|tersangka)\s*,\s*(?:(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Sdri\.?|Saudara|Saudari)\s+)?(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)(?:\s*\(\d{1,3}\))?,?[^.;]{0,80}?\b(?:melaporkan(?:nya)?|mengadukan(?:nya)?|melapor|memberi\s+tahu|memberitahukan)\b/gu;
// The name with an age, then the role: "seorang mantan karyawan gudang, Rudi Hartanto (31), yang kini
// menjadi saksi pelapor".
const AGED_ROLE = /(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+){0,3})\s*\(\d{1,3}\),?\s+(?:yang\s+)?(?:kini\s+|juga\s+|sekaligus\s+|telah\s+)?(?:menjadi|sebagai|merupakan|adalah)\s+(?:saksi kunci|saksi pelapor|pelapor|informan|whistleblower|justice collaborator)\b/gu;

// The reporter by role and then name: "berkat laporan rekan sejawat tersangka, Sri Mulyani, S.Pd., guru
// kelas IV", "berawal dari laporan seorang warga, Yohanis Rumbiak (42)" (not an official in office:
// "berawal dari laporan Kepala Desa …, Budi").
const REPORTED_BY_ROLE = /\b(?:[Bb]erkat|[Bb]erawal\s+dari|[Bb]ermula\s+dari|[Aa]tas|[Dd]ari)\s+(?:laporan|informasi|aduan|pengaduan)\s+(?!(?:resmi|tertulis)\b)(?<role>[^,.;]{3,80}?),\s*(?:(?:Sdr|Sdri|Saudara|Saudari|Bapak|Ibu|Pak|Bu)\.?\s+(?<titled>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*(?:\s+(?:bin|binti)\s+\p{Lu}\p{Ll}+)?)|(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)+(?:\s+(?:bin|binti)\s+\p{Lu}\p{Ll}+)?))(?=\s*(?:\(\d{1,3}\)|,|\s+yang\b))/gu;
// AGED_ROLE opens on a name, which no prefilter can look for: its role words can.
const AGED_ROLE_WORD = prefiltered(/\b(?:saksi|pelapor|informan|whistleblower|collaborator)\b/iu);
const OFFICIAL_ROLE = /\b(?:[Kk]epala|[Kk]etua|[Cc]amat|[Ll]urah|[Bb]upati|[Ww]ali [Kk]ota|[Gg]ubernur|[Dd]inas|[Kk]ades|[Kk]apolsek|[Kk]apolres|[Dd]irektur|[Kk]oordinator|[Pp]etugas|[Pp]ejabat|[Bb]abinsa|[Bb]habinkamtibmas|[Ss]ekretaris|[Kk]asi|[Kk]abid|[Kk]asubb?ag|[Kk]abag|[Kk]adis|[Ss]ekdis|[Kk]apus|[Kk]asat|[Kk]anit|[Kk]ajari|[Kk]ajati|[Dd]anramil|[Dd]andim|[Pp]lt|[Kk]aur|[Kk]asie)\b/u;

// "Yang lapor itu tetangganya, Mama Sarlota Kogoya".
const WHO_REPORTED = /\b[Yy]ang\s+(?:lapor|melapor|melaporkan)\s+(?:itu|ini)?\s*(?:\p{Ll}+\s*)?,\s*(?:(?:Mama|Bapa|Pak|Bu|Ibu|Bapak|Mas|Mbak|Kak|Sdr\.?)\s+)?(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
// "yang lapor ke kantor soal warung Acil Imah itu Bu Sarmini": the role, what was reported, then the name.
const WHO_REPORTED_LATE = /\b[Yy](?:ang|g)\s+(?:lapor|melapor|melaporkan|kasih info|ngasih info|kase info|kasi info)\b[^.!?,]{0,60}?\bitu\s+(?:Mama|Bapa|Pak|Bu|Ibu|Bapak|Mas|Mbak|Kak|Bang|Abang|Om|Tante|Opa|Oma|Uda|Uni|Daeng|Bli|Cak|Acil|Amang|Inang|Sdr\.?)\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
// "torang tahu dari Frengky Rumengan kamar 7 blok Melati, dia yang kase info ke regu".
const NAME_THEN_TIPPED = /(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)+)[^.!?]{0,50}?,\s*(?:dia|beliau|orang itu|dorang)\s+yang\s+(?:kase|kasih|kasi|ngasih|memberi|memberikan)\s+(?:info|informasi|laporan|tahu)\b/gu;
// "Info pergerakan warga dari Pak Jumadi (sekretaris kelompok tani), jaga namanya, dia informan kita di
// dalam": a named person, then what they are to the office.
const NAME_THEN_INFORMANT = /\b(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Sdri\.?|Mas|Mbak|Bang|Kak|Om|Mama|Bapa)\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)[^.!?]{0,80}?\b(?:dia|beliau|orangnya|orang itu)\s+(?:itu\s+|adalah\s+|yang\s+jadi\s+|jadi\s+)?(?:informan|cepu|mata-mata|sumber|pelapor)\s+(?:kita|kami|kami di dalam|polisi|aparat)\b/gu;
const INFORMANT_WORD = prefiltered(/\b(?:informan|cepu|mata-mata|sumber|pelapor)\s+(?:kita|kami|polisi|aparat)\b|\b(?:membantu|bantu|kasih info|memberi info|memberi informasi)\s+(?:kita|kami)\s+dari\s+dalam\b/iu);
// "Sdr. Arief Maulana (FH angkatan 2021) yang selama ini membantu kita dari dalam BEM".
const HELPS_FROM_INSIDE = /\b(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Sdri\.?|Saudara|Saudari|Mas|Mbak)\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)[^.!?]{0,60}?\byang\s+(?:selama\s+ini\s+|sudah\s+|juga\s+)?(?:membantu|bantu|kasih info|memberi info|memberi informasi)\s+(?:kita|kami)\s+dari\s+dalam\b/gu;
// Asked of every sentence: through the prefilter, a sentence without its words is answered without a search.
const TIPPED_WORD = prefiltered(/\byang\s+(?:kase|kasih|kasi|ngasih|memberi|memberikan)\s+(?:info|informasi|laporan|tahu)\b/iu);
// "Laporan itu datang dari seorang nelayan Kampung Sungai Kecil, Pak Arman (52)".
const REPORT_CAME_FROM = /\b(?:[Ll]aporan|[Ii]nformasi|[Ii]nfo)\s+(?:itu|ini|tersebut|awal)?\s*(?:datang|berasal)\s+dari\s+(?:seorang\s+)?(?<role>[^,.;]{3,60}?),\s*(?:(?:Sdr|Sdri|Saudara|Saudari|Bapak|Ibu|Pak|Bu|Mama|Bapa)\.?\s+)?(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
// Where a victim or witness is sheltered// Where a victim or witness is sheltered: "ditempatkan di rumah aman … di kawasan Jalan Adinegoro".
const SAFE_HOUSE = /\brumah aman\b[^.;]{0,60}?\b(?<name>(?:di\s+)?(?:kawasan|Jalan|Jl\.?|Gang|Gg\.?|Desa|Kelurahan|Kampung|Komplek|Kompleks|Perumahan|dekat|samping|tidak jauh dari)\s+[^,.;]{3,60})/gu;

// Thanks to the informant: "Makasih banyak buat Bu Wati, pemilik warung …, yang sudah kasih info lokasi".
const THANKED_INFORMANT = /\b(?:[Mm]akasih|[Tt]erima kasih)\s+(?:banyak\s+)?(?:buat|untuk|kepada)\s+(?:Bu|Pak|Ibu|Bapak|Mas|Mbak|Kak|Bang)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)[^.!?]{0,100}\b(?:kasih|memberi|memberikan|kirim|mengirim)\s+(?:info|informasi|laporan)\b/gu;
// Thanks for the report itself, to a person by name: "Terima kasih Pak Yohanes Kristanto atas laporannya
// lewat DM", "terima kasih kepada Pak Yoram Tandilino (warga Dusun II) yang sudah berani melapor dan
// menunjukkan lokasi ke petugas" (asked only where the text is about an offence; see ENFORCEMENT).
const THANKED_REPORTER = /(?:\b[Mm]akasih|\b[Tt]erima\s?kasih|\b[Bb]erterima\s?kasih)\s+(?:banyak\s+)?(?:(?:buat|untuk|kepada)\s+)?(?:Bu|Pak|Ibu|Bapak|Mas|Mbak|Kak|Bang|Om|Tante|Sdr\.?|Sdri\.?|Saudara|Saudari)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)[^.!?]{0,130}?\b(?:atas\s+(?:laporan|informasi|info|aduan)(?:nya)?|(?:sudah\s+|telah\s+)?(?:berani\s+)?(?:melapor|melaporkan|menunjukkan\s+lokasi|memberi\s+tahu\s+lokasi))\b/gu;
// A report by a civilian, titled as the police title civilians: "berawal dari laporan Sdr. Ahmad Fauzi, sopir
// ekspedisi …"; "Laporan ini dari Pak Juned ketua RT 04".
const REPORT_TITLED = /\b(?:[Ll]aporan|[Ii]nformasi|[Aa]duan|[Pp]engaduan)\s+(?:dari\s+)?(?:Sdr|Sdri|Saudara|Saudari)\.?\s+(?<name>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)|\b(?:[Ll]aporan|[Ii]nfo(?:rmasi)?)(?:\s+(?:awal(?:nya)?|pertama(?:nya)?))?(?:\s+(?:ini|itu|tersebut))?(?:\s+juga)?\s+(?:datang\s+|berasal\s+)?dari\s+(?:Pak|Bu|Bapak|Ibu|Om|Tante|Mas|Mbak|Kak|Bang)\s+(?<titled>\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)*)/gu;
// What the text is about when a thanked or titled reporter is an informant: an offence or a raid. (A reply
// that thanks "Pak Budi atas laporannya" about a broken street light names a complainant, not an informant.)
const ENFORCEMENT = /\b(?:sabu|narkoba|narkotika|ganja|pil|obat\s+terlarang|pembalakan|illegal\s+logging|ilegal|judi|perjudian|pencurian|curanmor|penimbunan|pelaku|tersangka|gerebek|menggerebek|penggerebekan|razia|pungli|korupsi|miras|prostitusi|pesta|kurir|bandar|penyelundupan|selundupan|perambahan|perdagangan\s+orang|TPPO|kekerasan|pelecehan|kejahatan|penangkapan|ditangkap|diamankan)\b/iu;

// The patterns that report the name they capture, each asked of the sentence first (by its literals,
// or by a word of its own where it opens on a name), some with a check of what they matched.
// Whether a document speaks of an offence, asked once per document.
const enforcementDocs = new WeakMap<object, boolean>();
function aboutOffence(v: SentenceView): boolean {
  let yes = enforcementDocs.get(v.doc);
  if (yes === undefined) enforcementDocs.set(v.doc, (yes = ENFORCEMENT.test(v.doc.prose)));
  return yes;
}

// `inDoc`, beside an `ask` of a sentence: false only when `ask` is false for every sentence of the document.
const NAMED: Array<{ re: RegExp; ask?: (text: string, v: SentenceView) => boolean; inDoc?: (doc: Doc) => boolean; keep?: (m: RegExpExecArray) => boolean }> = [
  { re: NAME_ROLE },
  { re: REPORTED_BY },
  { re: STARTED_BY, keep: (m) => !OFFICIAL_ROLE.test(m.groups!.name.split(/\s+/)[0]) },
  { re: STARTED_BY_TITLED },
  { re: INFO_FROM },
  { re: INFORMANT_TRACED },
  { re: ROLE_NAMED, ask: (text) => text.includes('bernama'), inDoc: (doc) => doc.prose.includes('bernama') },
  { re: WITNESS_HOME },
  { re: NEIGHBOUR_REPORTED },
  { re: AGED_ROLE, ask: (text) => AGED_ROLE_WORD.test(text), inDoc: (doc) => mayMatchIn(AGED_ROLE_WORD, doc) },
  { re: WHO_REPORTED },
  { re: THANKED_INFORMANT },
  { re: SAFE_HOUSE, ask: (text) => text.includes('rumah aman'), inDoc: (doc) => doc.prose.includes('rumah aman') },
  { re: REPORTED_BY_ROLE, keep: (m) => !m.groups!.role || !OFFICIAL_ROLE.test(m.groups!.role) },
  { re: WHO_REPORTED_LATE },
  { re: NAME_THEN_TIPPED, ask: (text) => TIPPED_WORD.test(text), inDoc: (doc) => mayMatchIn(TIPPED_WORD, doc) },
  { re: NAME_THEN_INFORMANT, ask: (text) => INFORMANT_WORD.test(text), inDoc: (doc) => mayMatchIn(INFORMANT_WORD, doc) },
  { re: HELPS_FROM_INSIDE, ask: (text) => INFORMANT_WORD.test(text), inDoc: (doc) => mayMatchIn(INFORMANT_WORD, doc) },
  { re: REPORT_CAME_FROM, keep: (m) => !OFFICIAL_ROLE.test(m.groups!.role) },
  { re: THANKED_REPORTER, ask: (_text, v) => mayMatchSentence(v, THANKED_REPORTER) && aboutOffence(v), inDoc: (doc) => mayMatchIn(THANKED_REPORTER, doc), keep: (m) => !OFFICIAL_ROLE.test(m.groups!.name) },
  { re: REPORT_TITLED, keep: (m) => !OFFICIAL_ROLE.test(m.groups!.name ?? m.groups!.titled) },
];

export const rule: Rule = {
  meta: {
    id: 'kerahasiaan/identitas-pelapor-saksi',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Identitas pelapor, saksi, atau informan ({actual}) termasuk informasi yang dikecualikan. Tulis “seorang saksi” atau inisialnya saja.', en: 'The identity of a reporter, witness or informant ({actual}) is exempt information. Write “a witness” or initials only.' },
    description: {
      id: 'Mengungkap nama pelapor, saksi, atau informan membahayakan mereka dan dapat menghambat penegakan hukum.',
      en: 'Revealing the names of reporters, witnesses or informants endangers them and can hamper law enforcement.',
    },
    basis: 'UU 14/2008 (KIP) Pasal 17 huruf a (mengungkapkan identitas informan, pelapor, saksi, dan/atau korban)',
  },
  examples: {
    invalid: [{ text: 'Identitas pelapor pungli, seorang guru honorer SDN 2 bernama Rahmat, sudah kami kantongi.' }, { text: 'Informan kami di Lapas, napi berinisial TK di Blok B, memberi tahu rencana penyelundupan sabu.' }, { text: 'Yang lapor ke kantor soal warung miras itu Bu Sarmini.' }, { text: 'Yang lapor kemarin itu Om Fredy Lumingkewas dari lingkungan 3.' }, { text: 'Rencananya Sabtu dini hari tim masuk ke gudang miras itu. Info awalnya juga dari Pak Darman, ketua RT di situ.' }, { text: 'Terima kasih Pak Yohanes Kristanto atas laporannya soal rumah kos yang dipakai pesta sabu.' }, { text: 'Pembalakan liar di Toro dihentikan.\n\nTerima kasih kepada Pak Yoram Tandilino (warga Dusun II) yang sudah berani melapor dan menunjukkan lokasi ke petugas.' }, { text: 'Penimbunan terungkap dari laporan Sdr. Ahmad Fauzi, sopir ekspedisi yang setiap hari mengantar barang ke gudang.' }, { text: 'Laporan ini dari Pak Juned ketua RT 04 yang sudah lama memantau rumah kos pengedar sabu.' }, { text: 'Torang tahu dari Frengky Rumengan kamar 7 blok Melati, dia yang kase info ke regu.' }, { text: 'Laporan itu datang dari seorang nelayan Kampung Sungai Kecil, Pak Arman (52).' }, { text: 'Penggerebekan berawal dari laporan Tgk. Mahyuddin, pemilik kios kelontong.' }, { text: 'Saksi kunci kasus korupsi, Hendra Gunawan, kini tinggal di rumah aman.' }, { text: 'Informan polisi dalam kasus ini adalah Ujang, sopir angkot.' }, { text: 'Pelapor tersebut adalah Lalu Ahmad Fauzan, staf keuangan.' }, { text: 'JPU akan menghadirkan saksi mahkota yang identitasnya selama ini dilindungi LPSK, yakni Baiq Nurhidayah.' }, { text: 'Kasus ini terungkap berkat laporan Sdr. Rahmat Hidayat (41), bendahara desa yang juga menjadi saksi kunci.' }, { text: 'Dua mahasiswa yang menjadi saksi, yakni Fikri Maulana dan Siti Rahma, sudah dimintai keterangan.' }, { text: 'Pengungkapan ini berawal dari laporan Syamsul Bahri (45), Ketua RT 03 Kelurahan Brang Bara.' }, { text: 'Nama informan yang membantu pengungkapan kasus ini adalah Pak Yusuf, tukang ojek di pasar.' }, { text: 'Penangkapan ini berkat informasi dari Hasanudin (45), seorang nelayan.' }, { text: 'Laporan disampaikan oleh mahasiswi Program Studi Biologi angkatan 2022, Nurul Aisyah Ramadhani, pada Rabu.' }, { text: 'Informasi awal diperoleh dari Ibu Sarlota Gaspersz, pemilik warung makan di samping pelabuhan.' }, { text: 'Data itu diperoleh dari informan berinisial DS, anggota salah satu kelompok yang tinggal di Kampung Sukamaju.' }, { text: 'Kasus terungkap dari laporan tetangga korban, Ibu Sumiati yang tinggal di Gang Mawar.' }, { text: 'Kasus ini terungkap berkat laporan rekan sejawat tersangka, Sri Mulyani, S.Pd., guru kelas IV di sekolah yang sama.' }, { text: 'Operasi ini berawal dari laporan seorang warga, Yohanis Rumbiak (42), warga RT 03 Kampung Sowi.' }, { text: 'Penindakan berawal dari laporan seorang nelayan Kampung Tua Tanjung Riau, Sdr. Darwis bin Said (52).' }, { text: 'Yang lapor itu tetangganya, Mama Sarlota Kogoya, rumahnya persis depan rumah pelaku.' }, { text: 'Korban ditempatkan di rumah aman milik pemerintah kota di kawasan Jalan Adinegoro.' }, { text: 'Guru mengaji korban, Ustazah Fitri Handayani, yang pertama kali melapor dan akan menjadi saksi kunci.' }, { text: 'Tetangga korban, Ratna Wati (41), melihat kejadian mencurigakan dan melaporkannya ke polisi.' }, { text: 'Kasus dibuka oleh seorang mantan karyawan gudang, Rudi Hartanto (31), yang kini menjadi saksi pelapor.' }, { text: 'Kasus ini terungkap setelah tetangga korban, Ibu Sumiati yang tinggal di Gang Mawar, melaporkan kecurigaannya ke Polres.' }],
    valid: [{ text: 'Laporan itu datang dari Kepala Desa Sukamaju, Bapak Hasan, yang meminta bantuan alat berat.' }, { text: 'Info dari Pak Kasubbag: Sabtu ada apel pagi di halaman kantor.' }, { text: 'Terima kasih Pak Budi atas laporannya, lampu jalan di Gang Mawar sudah diperbaiki petugas.' }, { text: 'Terima kasih Pak Camat atas laporannya tentang sabu di wilayahnya.' }, { text: 'Sidang kasus korupsi dana desa menghadirkan lima saksi dari kantor kecamatan.' }, { text: 'Bawaslu melindungi identitas pelapor pelanggaran.' }, { text: 'Sidang menghadirkan Bapak Joko Susilo, kepala desa, sebagai saksi dari pihak terdakwa.' }, { text: 'Laporan disampaikan oleh Kepala Desa Sukamaju, Budi Santoso, kepada Inspektorat.' }, { text: 'Informasi awal diperoleh dari Dinas Kesehatan Provinsi dan BPBD.' }, { text: 'Penanganan berawal dari laporan Kepala Desa Sukamaju, Budi Santoso, kepada BPBD.' }, { text: 'Penanganan berawal dari laporan warga, Kamis, yang melihat asap di hutan lindung.' }, { text: 'Informasi diperoleh dari Kepala Pelaksana BPBD, Andi Rahman, pada Senin pagi.' }, { text: 'Tetangga korban, Pak Darto yang tinggal di sebelah rumah, ikut membantu memadamkan api.' }],
  },
  run(ctx) {
    // Every finding is a match of one of these patterns: those that cannot match anywhere in the
    // document are not asked of its sentences, and a sentence that can hold none needs no other question.
    const named = NAMED.filter((p) => (p.ask ? p.inDoc!(ctx.doc) : mayMatchIn(p.re, ctx.doc)));
    const roles = mayMatchIn(ROLE_NAME, ctx.doc);
    if (!roles && named.length === 0) return;
    for (const v of sentences(ctx.doc)) {
      const asked = named.filter((p) => (p.ask ? p.ask(v.text, v) : mayMatchSentence(v, p.re)));
      if (!(roles && mayMatchSentence(v, ROLE_NAME)) && asked.length === 0) continue;
      // Who reported is what this rule is about: "melaporkan" is not a warning here.
      if (STRONG_WARNING.test(v.text.replace(/\b(?:melaporkan|laporkan|dapat dilaporkan)\b/giu, '')) || REGULATION.test(v.text)) continue;
      // Two patterns may find the same name ("Pelapor bernama Ani Susanti"): it is reported once.
      const seen = new Set<number>();
      for (const { m, end } of matchesIn(v, ROLE_NAME)) {
        const name = m.groups!.name;
        if (seen.has(end - name.length)) continue;
        seen.add(end - name.length);
        ctx.report({ start: end - name.length, end, args: { actual: name } });
      }
      for (const p of asked) {
        for (const { m, start } of matchesIn(v, p.re)) {
          if (p.keep && !p.keep(m)) continue;
          const name = m.groups!.name ?? m.groups!.titled;
          const at = start + m[0].indexOf(name);
          if (seen.has(at)) continue;
          seen.add(at);
          ctx.report({ start: at, end: at + name.length, args: { actual: name } });
        }
      }
    }
  },
};

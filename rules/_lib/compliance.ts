// Shared context logic for the compliance families: sentences with their gates, person and group
// references, imperative and hortative cues. Rules stay small; the judgement lives here once.
import type { Doc, RuleContext, Sentence } from '../../server/src/engine/types.ts';
import { gated, type GateName } from '../../server/src/engine/gates.ts';
import { mayMatchIn, prefiltered, sentenceMatchList, topLevelAlternatives } from '../../server/src/engine/prefilter.ts';
import { sentenceText } from '../../server/src/engine/sentence-text.ts';

export interface SentenceView {
  index: number;
  s: Sentence;
  text: string; // prose of the sentence
  start: number; // offset of text[0] in the document
  doc: Doc;
}

// Sentence views are built once per document and shared by every rule.
const views = new WeakMap<Doc, SentenceView[]>();
export function sentences(doc: Doc): SentenceView[] {
  let v = views.get(doc);
  if (!v) {
    v = doc.sentences.map((s, index) => ({ index, s, text: sentenceText(doc, index), start: s.start, doc }));
    views.set(doc, v);
  }
  return v;
}

export interface SentenceMatch {
  m: RegExpExecArray;
  start: number;
  end: number;
}
const NO_MATCHES: readonly SentenceMatch[] = Object.freeze([]);

/**
 * The matches of a regex in one sentence, with document offsets. A list rather than a generator:
 * rules ask this for a dozen patterns in every sentence, most sentences hold none of a pattern's
 * words (engine/prefilter.ts), and the answer for them is one shared empty list.
 */
export function matchesIn(v: SentenceView, re: RegExp): readonly SentenceMatch[] {
  const list = sentenceMatchList(re, v.doc, v.index, v.text);
  if (list.length === 0) return NO_MATCHES;
  return list.map((m) => ({ m, start: v.start + m.index, end: v.start + m.index + m[0].length }));
}

/**
 * False only when `re` cannot match in the sentence (engine/prefilter.ts): a cheap first question
 * for a rule whose findings are all matches of `re`, before it asks costlier ones.
 */
/** Whether one of the `back` sentences before sentence `i` of `list`, in the same block, passes `test`. */
export function beforeInBlock(list: SentenceView[], i: number, back: number, test: (text: string) => boolean): boolean {
  const block = list[i].s.block;
  for (let k = i - 1; k >= 0 && k >= i - back; k--) {
    if (list[k].s.block !== block) return false;
    if (test(list[k].text)) return true;
  }
  return false;
}

/** Reports a match found in sentence `v`'s text, quoting at most its first 60 characters. */
export function reportInSentence(ctx: RuleContext, v: SentenceView, m: RegExpExecArray): void {
  ctx.report({ start: v.start + m.index, end: v.start + m.index + m[0].length, args: { actual: m[0].length > 60 ? `${m[0].slice(0, 60)}…` : m[0] } });
}

export function mayMatchSentence(v: SentenceView, re: RegExp): boolean {
  return mayMatchIn(re, v.doc, v.index);
}

export function isGated(ctx: RuleContext, at: number, gates: GateName[]): boolean {
  return gated(ctx.doc, at, gates);
}

// Cue patterns are tested sentence by sentence by many rules; `prefiltered` lets most sentences,
// which hold none of the words a cue needs, answer without running it (engine/prefilter.ts).

// Strong warning markers: the sentence is about not doing the thing.
export const STRONG_WARNING = prefiltered(/\b(?:dilarang|larangan|melarang|tidak boleh|tak boleh|hindari|hindarilah|menghindari|waspada\w*(?=\s*[!.,:;]|\s*$|\s+(?:\S+\s+){0,3}?(?:hoaks|hoax|penipuan|penipu|provokasi|berita|informasi|pesan|kabar|modus|ujaran|disinformasi|isu|konten|tautan|link|akun|ajakan|penyebaran|paham|radikalisme|terorisme|narkoba|kejahatan|pungli|bencana|banjir|cuaca|gelombang|penularan|penyakit|intoleransi|politik uang|kampanye hitam)\b)|(?:cegah|mencegah|pencegahan)\s+(?:hoaks|penyebaran|provokasi|ujaran|kebencian|radikalisme|paham|perundungan|kekerasan|narkoba|korupsi|pungli|konflik|intoleransi|disinformasi|kebocoran|pelanggaran|politik uang|terorisme|berita bohong|penipuan)|(?:tolak|menolak|lawan|melawan)\s+(?:segala\s+bentuk\s+|setiap\s+)?(?:hoaks|provokasi|ujaran|kebencian|politik uang|kampanye hitam|ajakan|aksi|diskriminasi|radikalisme|narkoba|intoleransi|berita bohong|disinformasi|perundungan|kekerasan|informasi)|stop|perangi|memerangi|berantas|memberantas|imbau|mengimbau|diimbau|imbauan|ingatkan|mengingatkan|diingatkan|sanksi|melanggar(?=[^.!?]{0,80}\b(?:sanksi|ditindak|ditindaklanjuti|dikenai|dikenakan|dipidana|diproses|hukuman|denda|dilaporkan|laporkan|netralitas|kode etik|disiplin)\b)|(?<=\b(?:yang|jika|bila|apabila|kalau|agar tidak|supaya tidak|tidak|jangan)\s+(?:\S+\s+){0,2}?)melanggar|pelanggaran|jangan(?:lah)?\s+(?:mudah|terpancing|terprovokasi|sebarkan|percaya|termakan|gunakan|sebut|jadikan|bagikan|unggah|pernah)|agar tidak|supaya tidak|untuk tidak|tidak mudah|tidak terpancing|literasi|edukasi|mengajak\s+(?:warga|masyarakat)\s+(?:untuk\s+)?(?:menolak|melaporkan|tidak)|laporkan|melaporkan|dapat dilaporkan|wajib netral|menjaga netralitas|netralitas)\b/iu);

// Legal process and reporting: the text reports a case rather than making the statement itself.
export const LEGAL_CASE = prefiltered(/\b(?:tersangka|terdakwa|terpidana|terlapor|dijerat|didakwa|dituntut|divonis|memvonis|vonis|ditetapkan sebagai|menetapkan|ditangkap|menangkap|ditahan|disidangkan|persidangan|sidang|penyidik|penyidikan|penyelidikan|pengadilan|kasus|perkara|pasal\s+\d+|uu ite)\b/iu);
export const ATTRIBUTION = prefiltered(/\b(?:ujar|kata|jelas|tutur|ungkap|tegas|terang|papar|imbuh|tambah|sebut|pungkas|lanjut)(?:nya)?\b|\b(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menurut)\b/iu);
export const REGULATION = prefiltered(/\b(?:pasal\s+\d+|ayat\s*\(\d+\)|surat edaran|undang-undang|uu\s+(?:no\.?\s*|nomor\s*)?\d+|peraturan (?:pemerintah|menteri|presiden|daerah)|pp\s+\d+\/\d{4}|se\s+menpan|skb)\b/iu);

/** A negator right before the trigger ("tidak mendukung", "bukan hoaks", "jangan sebarkan"). */
export function negatedBefore(text: string, index: number, window = 24): boolean {
  const before = text.slice(Math.max(0, index - window), index);
  // "jangan salahkan warga kalau … dirobohkan" threatens; it does not negate what follows.
  if (/\bjangan\s+(?:salahkan|salahin|menyalahkan)\b/iu.test(text.slice(Math.max(0, index - 80), index))) return false;
  // "jangan ragu datangi …", "tidak usah takut, …" urge what follows.
  if (/\b(?:jangan|janganlah|tidak|tak|tidak\s+usah|tak\s+usah|tidak\s+perlu|tak\s+perlu)\s+(?:ragu|ragu-ragu|segan|sungkan|takut|malu)\b[\s,]*(?:lagi\s+)?(?:untuk\s+)?$/iu.test(before)) return false;
  return /\b(?:tidak|tak|bukan|jangan|janganlah|tanpa|belum|enggan|menolak|anti)\s+(?:\S+\s+)?$/iu.test(before);
}

/** `\\b(?:A)|\\b(?:B)|…` for the top-level alternatives of `source` (`A|B|…`), which is `\\b(?:A|B|…)`. */
function boundedAlternatives(source: string): string {
  const alts = topLevelAlternatives(source);
  if (!alts) throw new Error('boundedAlternatives: not a list of alternatives');
  return alts.map((a) => `\\b(?:${a})`).join('|');
}

// People and groups.
export const GROUP_NAMES =
  'Jawa|Sunda|Batak|Madura|Bugis|Makassar|Minang|Minangkabau|Padang|Betawi|Papua|Ambon|Dayak|Tionghoa|Cina|China|Arab|India|Bali|Aceh|Flores|Timor|Nias|Sasak|Banjar|Melayu|Kristen|Katolik|Protestan|Islam|Muslim|Hindu|Buddha|Budha|Konghucu|Ahmadiyah|Syiah|Yahudi|Nasrani|pendatang|pribumi|nonpribumi|perantau|waria|transgender|LGBT|Rohingya';
// Ethnic groups whose names are also places ("Polda Gorontalo"): a group only after a group noun ("orang Gorontalo").
export const ETHNIC_AFTER_NOUN = 'Gorontalo|Kaili|Tidung|Toraja|Mandar|Buton|Sumba|Rote|Sabu|Manado|Minahasa|Kei|Asmat|Dani|Lamaholot|Kutai|Sangihe|Tolaki|Muna|Bima|Mbojo|Sumbawa|Osing|Tengger|Baduy|Badui|Mentawai|Rejang|Palembang|Komering|Bangka|Lampung|Serang|Banten|Cirebon|Tegal|Ternate|Tidore|Kupang|Timor|Alor|Lembata|Dayak|Badung|Sasak|Ambon|Maluku|Bajo|Bajau|Tengger|Samawa|PNG|Papua Nugini|Timor Leste|Filipina|Malaysia';
export const GROUP_NOUN = 'orang|suku|etnis|warga|kaum|umat|keturunan|komunitas|kelompok|bangsa|golongan|masyarakat|jemaah|penganut|pemeluk';
// \b(?:A|B|…) searched as \b(?:A)|\b(?:B)|…, which matches the same: as top-level alternatives, only
// those whose words occur in a sentence run (engine/prefilter.ts), instead of all ~60 at every word.
export const GROUP_REF = prefiltered(new RegExp(boundedAlternatives(`(?:bangsa|negara|orang|warga)\\s+jiran\\b|(?:${GROUP_NOUN})(?:-(?:orang|warga)|2)?\\s+(?:agama\\s+lain|(?:${GROUP_NAMES})\\b|(?:${ETHNIC_AFTER_NOUN})\\b)|(?:${GROUP_NAMES})\\b|(?:orang|warga|pedagang)(?:-(?:orang|warga|pedagang)|2)?\\s+(?:dari\\s+)?(?:seberang|pulau seberang|luar pulau)\\b|orang-orang\\s+dari\\s+sana\\b|(?:orang|warga)(?:-orang)?\\s+kampung\\s+(?:\\S+\\s+)?sebelah\\b|transmigran\\b|(?:warga|orang)\\s+dari\\s+suku\\b|suku\\s+yang\\s+(?:baru\\s+)?datang\\b|(?:para\\s+)?(?:pekerja|buruh|tenaga kerja|orang|warga|penghuni|penyewa|pedagang)\\s+(?:dari\\s+)?luar(?:\\s+(?:daerah|pulau|kampung|desa|negeri))?\\b|(?:para\\s+)?(?:pendatang|pengungsi|perantau|jemaat|mahasiswa dari luar \\w+|santri(?:-santri)?|napi|narapidana|tahanan|warga binaan|kafir|waria|lonte(?:-lonte)?)\\b|kaum\\s+\\w+|umat\\s+\\w+|(?:warga|orang|WNI)(?:-orang)?\\s+(?:kaya\\s+)?keturunan\\b|(?:kelompok|aliran|ajaran|jemaah|jamaah)\\s+sesat\\b|orang-orang\\s+(?:dari\\s+)?(?:pulau|daerah|kampung|suku|timur|barat|seberang)\\s+(?:itu|sana|sebelah|seberang)\\b|orang(?:-orang)?\\s+dari\\s+(?:gunung|pegunungan|pedalaman)\\b|(?:orang|warga|mahasiswa|pemuda|pedagang|pekerja|penyewa|pendatang|anak-anak|kaum)(?:-orang)?\\s+(?:yang\\s+)?(?:datang\\s+|berasal\\s+)?(?:dari|asal)\\s+(?:daerah\\s+)?(?:pegunungan|gunung|pedalaman|seberang|pulau seberang|(?:kabupaten|kampung|desa|kota|pulau|distrik)\\s+(?:sebelah|tetangga))\\b|(?:deteni|imigran|pengungsi|pencari suaka|WNA|orang|warga)\\s+asal\\s+negara\\s+(?:tetangga|lain|sebelah)\\b|(?:turis|wisatawan|WNA|TKA|tenaga kerja asing|pekerja|buruh|imigran)\\s+(?:asal\\s+)?(?:asing|Rusia|China|Cina|Tiongkok|India|Afrika|Arab|Nigeria|Korea|Jepang|Amerika|Australia|Eropa|Bangladesh|Pakistan|Vietnam|Afganistan|Somalia|bule)\\b|warga\\s+negeri\\s+\\p{Lu}\\p{L}+|orang\\s+asli\\s+(?:sini|daerah)\\b|putra\\s+daerah\\b|desa\\s+di\\s+\\p{L}+\\s+yang\\s+warganya\\b|(?:kelompok|umat|agama|aliran|suku|kaum|etnis|golongan)\\s+sebelah\\b|(?:suku|etnis|agama|umat|bangsa|ras|golongan)\\s+(?:mereka|itu|tersebut|lain)\\b|(?:yang\\s+)?(?:beragama|berkeyakinan|beretnis|bersuku)\\s+(?:lain|berbeda)\\b|orang\\s+(?:timur|barat)\\b|(?:orang|warga)\\s+kampung\\s+sebelah\\b|kaum\\s+(?:minoritas|mayoritas)\\b|(?:orang|warga)(?:-orang)?\\s+(?:dari\\s+)?(?:desa|kampung|dusun)\\s+(?!ini\\b|kami\\b|kita\\b)\\p{L}+(?=(?:\\s+\\p{Lu}\\p{L}*){0,3}\\s+(?:ini|itu)?\\s*(?:memang|emang|dari dulu|selalu|terkenal|dikenal|kerjanya))|orang(?:-orang)?\\s+(?:dari\\s+)?(?:desa|kampung|dusun)\\s+(?!ini\\b|kami\\b|kita\\b)\\p{L}+|(?:orang|warga|dorang|masyarakat)(?:-(?:orang|warga))?\\s+(?:gunung|pegunungan|pedalaman|pesisir|pulau|hulu|udik|kampung atas|kampung bawah|atas)\\b(?=\\s+(?:yang\\s+)?(?:itu|tuh|sana|memang|emang|dari dulu|semua|terkenal|dikenal|sudah terkenal))|marga\\s+(?:sebelah|itu|mereka|lain|tetangga)\\b|(?:orang|warga)(?:-orang)?\\s+kampung\\s+(?:situ|sana|itu)\\b|(?:petani|warga|orang|pemuda|nelayan|pekerja|masyarakat)\\s+(?:lokal|asli|pribumi)\\b(?=\\s+(?:kita\\s+)?(?:yang|itu|memang|emang|dari dulu))|orang(?:-orang)?\\s+sana\\b(?=\\s+(?:itu|tuh|memang|emang|dari dulu|semua|selalu|kerjanya|lewat|masuk|datang|tidak|tak|nggak|gak))|masyarakat\\s+(?:kampung\\s+)?adat\\b|(?:masyarakat|warga)\\s+(?:di\\s+)?(?:kampung|desa)(?:-(?:kampung|desa))?\\s+pedalaman\\b|(?:kampung|desa)-(?:kampung|desa)\\s+pedalaman\\b|(?:yang\\s+)?beda\\s+(?:agama|suku|keyakinan|iman)\\b|suku\\s+(?:pedalaman|terasing)\\b|orang\\s+(?:pedalaman|rimba)\\b|(?:orang|warga|dorang)(?:-orang)?\\s+(?:dari\\s+)?(?:suku|marga|kampung|desa)\\s+sebelah\\b|(?:orang|pekerja|warga|buruh|tenaga kerja|pengungsi|imigran|deteni|turis|wisatawan)(?:-(?:orang|pekerja|warga))?\\s+(?:asal\\s+|dari\\s+)?(?:negara\\s+(?:itu|tersebut|sana|sebelah)|Afghan|Afganistan|Afghanistan|Somalia|Nigeria|Afrika|Bangladesh|Vietnam|Filipina|Myanmar|Tiongkok|Pakistan|Iran|Irak|Yaman|Sudan|Srilanka|Sri Lanka|Timor Leste|bule)\\b|(?:orang|warga|pemuda|anak muda|kaum)(?:-(?:orang|warga|pemuda))?\\s+(?:yang\\s+)?(?:berasal\\s+)?dari\\s+(?:timur|barat|utara|seberang|luar\\s+(?:daerah|pulau|kota)|pulau\\s+(?:itu|sana|seberang))\\b`), 'iu'));
const GROUP_ALL = prefiltered(new RegExp(GROUP_REF.source, 'giu'));
/** Whether some group named in `text` (a match of GROUP_REF) satisfies `accept`. */
export function someGroup(text: string, accept: (g: RegExpExecArray) => boolean): boolean {
  GROUP_ALL.lastIndex = 0;
  for (let g = GROUP_ALL.exec(text); g; g = GROUP_ALL.exec(text)) {
    if (accept(g)) return true;
    if (g[0].length === 0) GROUP_ALL.lastIndex++;
  }
  return false;
}
export const PERSON_POINTER = prefiltered(/\b(?:dasar|kau|kamu|kalian|lo|lu|loe|elo|mereka|dia|si|para|orang|pelaku|pelapor|napi|narapidana|tahanan|pejabat|petugas|pegawai|pengungsi|pendatang)\b/iu);

/** A named person: "atas nama X", "bernama X", a title with a name, or two capitalised words mid-sentence. */
export const NAMED_PERSON = /\b(?:atas nama|bernama|berinisial|a\.n\.)\s+\p{Lu}|\b(?:Pak|Bu|Bapak|Ibu|Sdr\.?|Saudara|Saudari|Haji|Hj\.?)\s+\p{Lu}\p{Ll}+|(?<=[\p{Ll},:]\s|\(\s?)\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{2,})+/u;
export const FULL_NAME = /\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}{1,}){1,3}/u;
const NOT_NAMES = /^(?:Rumah Sakit|Dewan|Komisi|Distrik|Kampung|Gampong|Nagari|Dusun|Lingkungan|Lembaga|Yayasan|Universitas|Institut|Politeknik|Pondok|Madrasah|Gereja|Masjid|Pura|Vihara|Klenteng|Majelis|Pusat|Komando|Kodim|Koramil|Kodam|Korem|Mahkamah|Sekretariat|Inspektorat|Perumda|Perusahaan|Koperasi|Forum|Komunitas|Asosiasi|Ikatan|Persatuan|Himpunan|Gerakan|Lapangan|Gedung|Aula|Pasar|Terminal|Pelabuhan|Bandara|Stasiun|Sungai|Gunung|Danau|Teluk|Selat|Tanjung|Dinas|Kepala|Puskesmas|Kantor|Balai|Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Polres|Polsek|Polda|Lapas|Rutan|Bapas|Pengadilan|Kejaksaan|Sekolah|Jalan|Gang|Pemerintah|Bank|Partai|Badan|Tim|Unit|Satuan|Wali Kota|Bupati|Gubernur|Menteri|Kementerian|Direktorat|Laut|Pulau|Hari|Bulan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b/u;

/** The full personal names in a text (two or more capitalised words that are not an institution). */
export function personNames(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  const re = new RegExp(FULL_NAME.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (NOT_NAMES.test(m[0])) continue;
    out.push({ name: m[0], index: m.index });
  }
  return out;
}

// Imperative and hortative cues.
export const HORTATIVE = prefiltered(/\b(?:ayo|ayok|yuk|mari|marilah|harus|wajib|segera|saatnya|sekarang juga|bersatulah|ramai-ramai|rame-rame|beramai-ramai|jangan\s+(?:takut|mundur|diam|beri ampun)|kita|kalian semua|semua warga|pokoknya)\b|!/iu);
export const SAJA = prefiltered(/\b(?:saja|sajalah|aja)\b/iu);

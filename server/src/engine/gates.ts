// Context gates shared by every rule family. Precision is the product: a sentence that warns
// against hoaxes, reports a court case or quotes a regulation must not be flagged for the very thing
// it warns against. A rule names the gates it honours (`gates:` in YAML, or calls `gated()` in code).

import { indexAt } from './spans.ts';
import type { Doc } from './types.ts';
import { registerPattern, sentenceTestIn } from './prefilter.ts';
import { sentenceText } from './sentence-text.ts';

export type GateName = 'peringatan' | 'peringatan-hoaks' | 'bantahan' | 'laporan' | 'regulasi' | 'narahubung';
export const GATE_NAMES: GateName[] = ['peringatan', 'peringatan-hoaks', 'bantahan', 'laporan', 'regulasi', 'narahubung'];

// Sentence-wide markers of a warning, a prohibition or an appeal not to do something.
const WARN_SENTENCE = new RegExp(
  '\\b(?:hindari|hindarilah|menghindari|dihindari|waspada|waspadai|waspadalah|kewaspadaan|(?:cegah|mencegah|dicegah|pencegahan)\\s+(?:hoaks|penyebaran|provokasi|ujaran|kebencian|radikalisme|paham|perundungan|kekerasan|narkoba|korupsi|pungli|konflik|intoleransi|disinformasi|kebocoran|pelanggaran|politik uang|terorisme|berita bohong|penipuan)|' +
    'tangkal|menangkal|penangkalan|perangi|memerangi|berantas|memberantas|pemberantasan|' +
    // "bahaya narkoba", "berbahaya bagi anak" warn; "tercemar bakteri berbahaya" only describes.
    'bahaya(?=\\s+\\p{L})|berbahaya(?=\\s+(?:bagi|untuk|buat|jika|kalau|apabila))|' +
    'larang|larangan|(?<!\\b(?:sudah|telah|sempat|pernah)\\s)dilarang|melarang|' +
    // "obat terlarang", "organisasi terlarang" name a thing; "area ini terlarang bagi umum" prohibits.
    '(?<!\\b(?:obat|obat-obatan|barang|zat|narkotika|narkoba|organisasi|ormas|paham|ajaran|senjata|bahan|tanaman|satwa|ikan|alat|alat tangkap|jaring|pukat|situs|konten|judi)\\s)terlarang|imbau|mengimbau|diimbau|imbauan|menghimbau|dihimbau|himbauan|' +
    // "jangan salahkan petugas kalau …", "jangan diam saja", "jangan ragu lagi: #Coblos3" threaten or
    // rally; they do not warn against anything.
    '(?:jangan|janganlah)(?!\\s+(?:salahkan|salahin|menyalahkan|protes|heran|kaget|diam|takut|ragu|kendor|kendur|mundur|lupa|kasih kabur|sampai lolos|sampai kabur|biarkan\\s+(?:dia|mereka)))|tidak boleh|tak boleh|agar tidak|supaya tidak|untuk tidak|bijak|bijaklah|' +
    'saring sebelum sharing|cek fakta|literasi digital|anti-?\\p{L}+|kontra|(?:menolak|tolak|melawan|lawan)\\s+(?:segala\\s+bentuk\\s+)?(?:hoaks|provokasi|ujaran|kebencian|politik uang|kampanye hitam|ajakan|aksi|diskriminasi|radikalisme|berita bohong|disinformasi)|' +
    'sanksi|melanggar|pelanggaran|netralitas|menjaga netralitas|wajib netral|ingatkan|mengingatkan|diingatkan|' +
    'sosialisasi bahaya|edukasi|mewaspadai|dampak negatif|jauhi|menjauhi|tidak mudah|tidak terpancing|jangan mudah)\\b',
  'iu',
);

// A warning about information itself: not to believe, share or panic over it, or to check it. A
// sentence that passes a rumour on and then tells people what to do about it ("Kabarnya air PDAM
// tercemar, warga jangan minum dulu"; "Beredar kabar gempa besar malam ini, kami mengimbau warga
// bersiaga") warns against nothing but the danger it repeats.
const WARN_INFO = /\b(?:jangan|janganlah|tidak|tak|agar tidak|supaya tidak|untuk tidak)\s+(?:mudah\s+|langsung\s+|ikut\s+|asal\s+)?(?:percaya|mempercayai|terpengaruh|terprovokasi|terpancing|menyebarkan|sebarkan|disebarkan|disebar|sebar|menyebarluaskan|membagikan|bagikan|dibagikan|meneruskan|teruskan|diteruskan|share|panik|resah)\b|\b(?:hoaks|hoax|berita bohong|disinformasi|misinformasi|saring sebelum sharing|cek fakta|verifikasi|memverifikasi|sumber resmi|kanal resmi|belum tentu benar|belum terverifikasi|literasi digital)\b|\b(?:cek|mengecek|dicek|periksa|memeriksa|pastikan|memastikan)\s+(?:dulu\s+|lebih dulu\s+)?(?:kebenaran(?:nya)?|fakta(?:nya)?|sumber(?:nya)?)\b|\bwaspad\w*\s+(?:terhadap\s+)?(?:informasi|kabar|pesan|berita|penipuan|tautan|link)\b/iu;

const DEBUNK = /\b(?:faktanya|keliru|mitos|luruskan|meluruskan|diluruskan|(?<!\b(?:belum|sempat|tidak|tak)\s)kami pastikan|menyesatkan|menepis|ditepis|ternyata\s+(?:tidak|bukan|rekaman|video|foto|gambar)|keterangan palsu|informasi palsu|berita palsu|klarifikasi|mengklarifikasi|diklarifikasi|tidak benar|tak benar|bukan fakta|disinformasi|misinformasi|hoaks belaka|dipastikan hoaks|merupakan hoaks|adalah hoaks|dibantah|membantah|bantahan|cek fakta)\b|\[(?:hoaks|hoax|disinformasi|salah|misinformasi)\]/iu;

const REPORT = /\b(?:ujar|ujarnya|kata|katanya|jelas|jelasnya|tutur|tuturnya|ungkap|ungkapnya|tegas|tegasnya|terang|terangnya|papar|paparnya|imbuh|imbuhnya|tambah|tambahnya|sebut|sebutnya|pungkas|pungkasnya|lanjut|lanjutnya|menurut|mengatakan|menjelaskan|menyampaikan|tersangka|terdakwa|terpidana|terlapor|dijerat|didakwa|dituntut|divonis|dilaporkan|ditangkap|diamankan|ditahan|disidangkan|persidangan|penyidik|penyidikan|penyelidikan|kasus|perkara|pasal\s+\d+|uu ite|ujaran kebencian)\b/iu;

const REGULATION = /\b(?:pasal\s+\d+|ayat\s*\(\d+\)|huruf\s+[a-z]\b|nomor\s+\d+[^\s]*\s+tahun\s+\d{4}|no\.\s*\d+\s*(?:\/|tahun)|se\s+menpan|surat edaran|undang-undang|uu\s+(?:no|nomor)?\.?\s*\d+|peraturan (?:pemerintah|menteri|presiden|daerah)|pp\s+\d+\/\d{4}|permen\w*\s+\d+|skb|keputusan bersama)/iu;

// Negators that flip a single nearby trigger ("tidak menyebarkan", "bukan hoaks").
const NEAR_NEGATION = /^(?:tidak|tak|bukan|jangan|janganlah|tanpa|hindari|stop|berhenti|cegah|tolak|menolak|melawan|lawan|anti|larangan|dilarang)$/i;

/** The gates' patterns, for tests. */
export const GATE_PATTERNS: RegExp[] = [WARN_SENTENCE, WARN_INFO, DEBUNK, REPORT, REGULATION, NEAR_NEGATION];
for (const re of GATE_PATTERNS) registerPattern(re);

export interface GateContext {
  doc: Doc;
  sentenceIndex: number;
  /** Offset of the trigger within the document. */
  at: number;
}

// Results per (document, pattern, sentence) so that many triggers in one long sentence do not rescan
// it each time: a 10 MB single-line document must stay linear. Rules whose guards are the same
// pattern (the same source and flags, compiled apart) share one representative, and so its answers.
const canonical = new WeakMap<RegExp, RegExp>();
const bySource = new Map<string, Map<string, RegExp>>();
function canonicalOf(re: RegExp): RegExp {
  let c = canonical.get(re);
  if (c) return c;
  let byFlags = bySource.get(re.source);
  if (!byFlags) bySource.set(re.source, (byFlags = new Map()));
  c = byFlags.get(re.flags);
  if (!c) byFlags.set(re.flags, (c = re));
  canonical.set(re, c);
  return c;
}
// Per sentence: 0 not asked yet, 1 no match, 2 a match (one slot past the last sentence, which the
// debunk gate asks about).
const memo = new WeakMap<Doc, Map<RegExp, number[]>>();
let memoDoc: Doc | undefined;
let memoMap: Map<RegExp, number[]> | undefined;
export { sentenceText };

/** `re.test(sentence)` memoised per document, pattern and sentence. */
export function sentenceTest(doc: Doc, sentenceIndex: number, re: RegExp): boolean {
  let m = doc === memoDoc ? memoMap : memo.get(doc);
  if (!m) memo.set(doc, (m = new Map()));
  memoDoc = doc;
  memoMap = m;
  const n = doc.sentences.length;
  const c = canonicalOf(re);
  let answers = m.get(c);
  // A plain array: a typed one longer than 64 bytes would need an ArrayBuffer of its own.
  if (!answers) m.set(c, (answers = new Array<number>(n + 1).fill(0)));
  const known = sentenceIndex >= 0 && sentenceIndex <= n ? answers[sentenceIndex] : 0;
  if (known !== 0) return known === 2;
  const v = sentenceTestIn(re, doc, sentenceIndex, sentenceText(doc, sentenceIndex));
  if (sentenceIndex >= 0 && sentenceIndex <= n) answers[sentenceIndex] = v ? 2 : 1;
  return v;
}

/** Index of the sentence containing `offset` (binary search); -1 when outside every sentence. */
export function sentenceAt(doc: Doc, offset: number): number {
  return indexAt(doc.sentences, offset);
}

function nearNegation(doc: Doc, sentenceIndex: number, at: number, window = 3): boolean {
  const s = doc.sentences[sentenceIndex];
  if (!s) return false;
  // First token at or after `at` (binary search: sentences can be very long).
  let lo = s.tokenStart;
  let hi = s.tokenEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  for (let k = Math.max(s.tokenStart, i - window); k < i; k++) {
    // "Yang tidak punya KTP-el dipastikan …": the negation describes who, it does not negate the claim.
    if (NEAR_NEGATION.test(doc.tokens[k].lower) && !(k + 1 < i && OWNING.test(doc.tokens[k + 1].lower))) return true;
  }
  return false;
}
const OWNING = /^(?:punya|mempunyai|memiliki|ada|membawa|terdaftar)$/;

export function gateApplies(gate: GateName, g: GateContext): boolean {
  const { doc, sentenceIndex, at } = g;
  switch (gate) {
    case 'narahubung': {
      const s = doc.sentences[sentenceIndex];
      return !!s && doc.blocks[s.block]?.kind === 'contact';
    }
    case 'peringatan':
      return sentenceTest(doc, sentenceIndex, WARN_SENTENCE) || nearNegation(doc, sentenceIndex, at);
    case 'peringatan-hoaks':
      return sentenceTest(doc, sentenceIndex, WARN_INFO) || nearNegation(doc, sentenceIndex, at);
    case 'bantahan': {
      // A debunk may sit in the same sentence or the next one ("Beredar kabar … Faktanya, …").
      return sentenceTest(doc, sentenceIndex, DEBUNK) || sentenceTest(doc, sentenceIndex + 1, DEBUNK);
    }
    case 'laporan':
      return sentenceTest(doc, sentenceIndex, REPORT);
    case 'regulasi':
      return sentenceTest(doc, sentenceIndex, REGULATION);
  }
}

/** True when any of the named gates suppresses a trigger at `at`. */
export function gated(doc: Doc, at: number, gates: readonly GateName[]): boolean {
  if (gates.length === 0) return false;
  const si = sentenceAt(doc, at);
  if (si < 0) return false;
  return gates.some((gate) => gateApplies(gate, { doc, sentenceIndex: si, at }));
}

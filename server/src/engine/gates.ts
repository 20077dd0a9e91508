// Context gates shared by every rule family. Precision is the product: a sentence that warns
// against hoaxes, reports a court case or quotes a regulation must not be flagged for the very thing
// it warns against. A rule names the gates it honours (`gates:` in YAML, or calls `gated()` in code).

import type { Doc } from './types.ts';

export type GateName = 'peringatan' | 'bantahan' | 'laporan' | 'regulasi' | 'narahubung';
export const GATE_NAMES: GateName[] = ['peringatan', 'bantahan', 'laporan', 'regulasi', 'narahubung'];

// Sentence-wide markers of a warning, a prohibition or an appeal not to do something.
const WARN_SENTENCE = new RegExp(
  '\\b(?:hindari|hindarilah|menghindari|dihindari|waspada|waspadai|waspadalah|kewaspadaan|cegah|mencegah|dicegah|pencegahan|' +
    'tangkal|menangkal|penangkalan|perangi|memerangi|berantas|memberantas|pemberantasan|bahaya|berbahaya|' +
    'larang|larangan|dilarang|melarang|terlarang|imbau|mengimbau|diimbau|imbauan|menghimbau|dihimbau|himbauan|' +
    'jangan|janganlah|tidak boleh|tak boleh|agar tidak|supaya tidak|untuk tidak|bijak|bijaklah|' +
    'saring sebelum sharing|cek fakta|literasi digital|anti-?\\p{L}+|kontra|menolak|tolak|lawan hoaks|' +
    'sanksi|melanggar|pelanggaran|netralitas|menjaga netralitas|wajib netral|ingatkan|mengingatkan|diingatkan|' +
    'sosialisasi bahaya|edukasi|mewaspadai|dampak negatif|jauhi|menjauhi|tidak mudah|tidak terpancing|jangan mudah)\\b',
  'iu',
);

const DEBUNK = /\b(?:faktanya|klarifikasi|mengklarifikasi|diklarifikasi|tidak benar|tak benar|bukan fakta|disinformasi|misinformasi|hoaks belaka|dipastikan hoaks|merupakan hoaks|adalah hoaks|dibantah|membantah|bantahan|cek fakta)\b|\[(?:hoaks|hoax|disinformasi|salah|misinformasi)\]/iu;

const REPORT = /\b(?:ujar|ujarnya|kata|katanya|jelas|jelasnya|tutur|tuturnya|ungkap|ungkapnya|tegas|tegasnya|terang|terangnya|papar|paparnya|imbuh|imbuhnya|tambah|tambahnya|sebut|sebutnya|pungkas|pungkasnya|lanjut|lanjutnya|menurut|mengatakan|menjelaskan|menyampaikan|tersangka|terdakwa|terpidana|terlapor|dijerat|didakwa|dituntut|divonis|dilaporkan|ditangkap|diamankan|ditahan|disidangkan|persidangan|penyidik|penyidikan|penyelidikan|kasus|perkara|pasal\s+\d+|uu ite|ujaran kebencian|pelaku)\b/iu;

const REGULATION = /\b(?:pasal\s+\d+|ayat\s*\(\d+\)|huruf\s+[a-z]\b|nomor\s+\d+[^\s]*\s+tahun\s+\d{4}|no\.\s*\d+\s*(?:\/|tahun)|se\s+menpan|surat edaran|undang-undang|uu\s+(?:no|nomor)?\.?\s*\d+|peraturan (?:pemerintah|menteri|presiden|daerah)|pp\s+\d+\/\d{4}|permen\w*\s+\d+|skb|keputusan bersama)/iu;

// Negators that flip a single nearby trigger ("tidak menyebarkan", "bukan hoaks").
const NEAR_NEGATION = /^(?:tidak|tak|bukan|jangan|janganlah|tanpa|hindari|stop|berhenti|cegah|tolak|menolak|melawan|lawan|anti|larangan|dilarang)$/i;

export interface GateContext {
  doc: Doc;
  sentenceIndex: number;
  /** Offset of the trigger within the document. */
  at: number;
}

export function sentenceText(doc: Doc, sentenceIndex: number): string {
  const s = doc.sentences[sentenceIndex];
  return s ? doc.prose.slice(s.start, s.end) : '';
}

/** Index of the sentence containing `offset` (binary search); -1 when outside every sentence. */
export function sentenceAt(doc: Doc, offset: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= offset) lo = mid + 1;
    else if (ss[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function nearNegation(doc: Doc, sentenceIndex: number, at: number, window = 3): boolean {
  const s = doc.sentences[sentenceIndex];
  if (!s) return false;
  let i = s.tokenStart;
  while (i < s.tokenEnd && doc.tokens[i].start < at) i++;
  for (let k = Math.max(s.tokenStart, i - window); k < i; k++) {
    if (NEAR_NEGATION.test(doc.tokens[k].lower)) return true;
  }
  return false;
}

export function gateApplies(gate: GateName, g: GateContext): boolean {
  const { doc, sentenceIndex, at } = g;
  switch (gate) {
    case 'narahubung': {
      const s = doc.sentences[sentenceIndex];
      return !!s && doc.blocks[s.block]?.kind === 'contact';
    }
    case 'peringatan':
      return WARN_SENTENCE.test(sentenceText(doc, sentenceIndex)) || nearNegation(doc, sentenceIndex, at);
    case 'bantahan': {
      // A debunk may sit in the same sentence or the next one ("Beredar kabar … Faktanya, …").
      return DEBUNK.test(sentenceText(doc, sentenceIndex)) || DEBUNK.test(sentenceText(doc, sentenceIndex + 1));
    }
    case 'laporan':
      return REPORT.test(sentenceText(doc, sentenceIndex));
    case 'regulasi':
      return REGULATION.test(sentenceText(doc, sentenceIndex));
  }
}

/** True when any of the named gates suppresses a trigger at `at`. */
export function gated(doc: Doc, at: number, gates: readonly GateName[]): boolean {
  if (gates.length === 0) return false;
  const si = sentenceAt(doc, at);
  if (si < 0) return false;
  return gates.some((gate) => gateApplies(gate, { doc, sentenceIndex: si, at }));
}

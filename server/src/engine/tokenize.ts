// Indonesian tokenizer and sentence splitter over the prose mask.
//
// Words keep inner hyphens and apostrophes ("masing-masing", "ke-2", "Jum'at"); numbers keep their
// separators ("1.000", "4,1", "09.00"). Sentences end at . ! ? … unless the word before the period is
// an abbreviation or an initial ("Dr.", "S.H.", "A. Yani"), and never cross a block.

import type { Block, Sentence, Token } from './types.ts';

export const TOKEN_RE = /\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
export const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** Lower-case words that end in a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'st', 'no', 'jl', 'jln', 'gg', 'kec', 'kab', 'kel', 'prov',
  'tgl', 'sdr', 'sdri', 'bpk', 'yth', 'an', 'up', 'kol', 'letkol', 'mayjen', 'brigjen', 'kombes', 'akbp',
  'kompol', 'aipda', 'bripka', 'brigpol', 'ipda', 'iptu', 'akp', 'irjen', 'komjen', 'jend', 'pol', 'kapt',
  'sh', 'se', 'si', 'sos', 'pd', 'kom', 'ag', 'hum', 'kes', 'ak', 'mm', 'mt', 'msi', 'mpd', 'mh', 'phd',
  'vs', 'hlm', 'ttd', 'rt', 'rw', 'ds', 'ny', 'tn', 'nn', 'sp', 'spd', 'skm', 'amd', 'tbk', 'pt', 'cv', 'ud',
  'ltd', 'inc', 'co', 'kp', 'ket', 'ref', 'ps', 'tel', 'telp', 'hp', 'wa', 'fax', 'ext', 'ayat', 'psl',
  // Parts of names: "Rosmawati br. Sitorus", "Andi Muh. Fahri", "Pdt. Yohanes", "KH. Ahmad".
  'br', 'muh', 'moh', 'mochd', 'pdt', 'ust', 'kh', 'tgk',
  // Address parts: "Lr. 3" (lorong), "Kav. 12", "Dsn. Krajan".
  'lr', 'kav', 'dsn',
]);

const CLOSERS = new Set([...'.!?…"\'”’)]'].map((c) => c.charCodeAt(0)));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

// Character classes of TOKEN_RE and EMAIL_RE, read by hand below: the same matches without a match
// object per word (tokenizing was the largest single cost of a lint).
const CN = 1; // \p{N}
const CL = 2; // \p{L}
const CM = 4; // \p{M}
const CLOCAL = 8; // [\p{L}\p{N}._%+-], the local part of an e-mail address
const KNOWN = 128;
const unitFlags = new Uint8Array(65536);
const astralFlags = new Map<number, number>();
const P_N = /^\p{N}$/u;
const P_L = /^\p{L}$/u;
const P_M = /^\p{M}$/u;
function computeFlags(ch: string): number {
  let f = 0;
  if (P_N.test(ch)) f |= CN;
  if (P_L.test(ch)) f |= CL;
  if (P_M.test(ch)) f |= CM;
  if (f & (CN | CL) || ch === '.' || ch === '_' || ch === '%' || ch === '+' || ch === '-') f |= CLOCAL;
  return f;
}
for (let c = 0; c < 128; c++) unitFlags[c] = computeFlags(String.fromCharCode(c)) | KNOWN;

/** Flags of the code point starting at i (a lone surrogate has none). */
function flagsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let f = unitFlags[c];
    if (f === 0) unitFlags[c] = f = computeFlags(String.fromCharCode(c)) | KNOWN;
    return f;
  }
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let f = astralFlags.get(cp);
      if (f === undefined) astralFlags.set(cp, (f = computeFlags(String.fromCodePoint(cp))));
      return f;
    }
  }
  return 0;
}
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
/** Past every code point from i whose flags meet `mask`. */
function skip(s: string, i: number, mask: number): number {
  const n = s.length;
  while (i < n && flagsAt(s, i) & mask) i += widthAt(s, i);
  return i;
}

/** The end of TOKEN_RE's match at `p` (where a letter, mark or number starts). */
export function tokenEnd(s: string, p: number): number {
  const n = s.length;
  let i: number;
  if (flagsAt(s, p) & CN) {
    // \p{N}+(?:[.,:/]\p{N}+)*(?:-\p{L}+)?
    i = skip(s, p, CN);
    for (;;) {
      const c = s.charCodeAt(i);
      if ((c === 46 || c === 44 || c === 58 || c === 47) && i + 1 < n && flagsAt(s, i + 1) & CN) i = skip(s, i + 1, CN);
      else break;
    }
    if (s.charCodeAt(i) === 45 && i + 1 < n && flagsAt(s, i + 1) & CL) i = skip(s, i + 1, CL);
    return i;
  }
  // [\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*
  const word = CL | CM | CN;
  i = skip(s, p, word);
  for (;;) {
    const c = s.charCodeAt(i);
    if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n && flagsAt(s, i + 1) & word) i = skip(s, i + 1, word);
    else break;
  }
  return i;
}

const EMAIL_AT = new RegExp(EMAIL_RE.source, 'uy');

/** The ranges EMAIL_RE matches in `prose`, found from each "@" instead of from every position. */
export function emailRanges(prose: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  let at = prose.indexOf('@');
  while (at >= 0) {
    // A match holds exactly one "@" and starts where the run of local-part characters before it
    // starts (or where the previous match ended); if it fails there it fails at every later start.
    let s = at;
    while (s > last) {
      const c = prose.charCodeAt(s - 1);
      let w = 1;
      if ((c & 0xfc00) === 0xdc00 && s - 2 >= last && (prose.charCodeAt(s - 2) & 0xfc00) === 0xd800) w = 2;
      if (!(flagsAt(prose, s - w) & CLOCAL)) break;
      s -= w;
    }
    if (s < at) {
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(prose);
      if (m) {
        out.push([s, s + m[0].length]);
        last = s + m[0].length;
        at = prose.indexOf('@', last);
        continue;
      }
    }
    at = prose.indexOf('@', at + 1);
  }
  return out;
}

export interface TokenizeOptions {
  /**
   * The text is a plain-text post or message (DocShape.post): a line break before a capital, a digit,
   * an emoji, a mention, a hashtag or a quote ends a sentence, as its writer meant each line. (A line
   * break before a lower-case word still continues a hard-wrapped sentence.)
   */
  postLines?: boolean;
}

export function tokenize(prose: string, blocks: Block[], options: TokenizeOptions = {}): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Most documents hold no e-mail address: skip the scan unless there is an @ at all.
  const emails = prose.indexOf('@') >= 0 ? emailRanges(prose) : [];
  let ei = 0;
  const n = prose.length;
  const word = CL | CM | CN;

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const firstToken = tokens.length;
    let i = b.start;
    for (;;) {
      while (i < n && !(flagsAt(prose, i) & word)) i += widthAt(prose, i);
      if (i >= n) break;
      const start = i;
      if (start >= b.end) break;
      const full = tokenEnd(prose, start);
      i = full;
      const end = Math.min(full, b.end);
      while (ei < emails.length && emails[ei][1] <= start) ei++;
      if (ei < emails.length && emails[ei][0] <= start && start < emails[ei][1]) continue;
      const text = prose.slice(start, end);
      tokens.push({ text, lower: text.toLowerCase(), start, end });
    }
    splitSentences(prose, b, bi, tokens, firstToken, tokens.length, sentences, options.postLines === true);
  }
  return { tokens, sentences };
}

// Sentence-boundary candidates (see splitSentences), compiled once.
const LINE_CANDIDATE = /[.!?…\r\n]/g;
const CANDIDATE = /[.!?…]|\n(?=[ \t]*(?:[-•*]|\d{1,2}[.)])\s)|\n(?=[ \t]*(?:\[\d{1,2}[.:/]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}[, ]))|\n(?:(?=[ \t]*(?:(?:Balasan|Komentar|Balas|Reply|Postingan|Unggahan)\b[^\n:]{0,40}:|@[\p{L}\p{N}_.]+\s*:|↳))|(?<=(?:\p{Extended_Pictographic}|#[\p{L}\p{N}_]+)[\uFE0F\u200D]*[ \t]*\n))/gu;
const POST_CANDIDATE = new RegExp(`${CANDIDATE.source}|\\n(?=[ \\t]*(?:\\p{Lu}|\\d|\\p{Extended_Pictographic}|[#@"“(\\[*_>]))`, 'gu');

function splitSentences(
  prose: string,
  b: Block,
  bi: number,
  tokens: Token[],
  t0: number,
  t1: number,
  out: Sentence[],
  postLines: boolean,
): void {
  // Contact blocks and notices are line-oriented: each line is its own sentence.
  const lineMode = b.kind === 'contact' || b.kind === 'notice' || b.kind === 'table-cell';
  let sStart = b.start;
  let sTok = t0;
  const push = (end: number, tokEnd: number) => {
    // Trim leading white space so a sentence starts at its first character.
    let s = sStart;
    while (s < end && isSpace(prose.charCodeAt(s))) s++;
    if (tokEnd > sTok || prose.slice(s, end).trim()) out.push({ start: s, end, tokenStart: sTok, tokenEnd: tokEnd, block: bi });
    sTok = tokEnd;
  };
  // Jump from one candidate boundary to the next instead of testing every character.
  // A list item, or a chat-export line ("[07.12, 14/10/2024] Bu Rini: …", "14/10/24 07.12 - …"), starts
  // a sentence even when the line before has no final punctuation: each message is its own.
  // So does a post's reply line ("Balasan Dinas X: …", "@warga: …", "↳ …"), and a line after one that
  // ends in an emoji or a hashtag: a post's lines are its sentences there, whatever the punctuation.
  const candidate = lineMode ? LINE_CANDIDATE : postLines && b.kind === 'paragraph' ? POST_CANDIDATE : CANDIDATE;
  candidate.lastIndex = b.start;
  let m: RegExpExecArray | null;
  while ((m = candidate.exec(prose)) !== null) {
    const i = m.index;
    if (i >= b.end) break;
    const c = prose[i];
    if (c === '\n' || c === '\r') {
      let tokEnd = sTok;
      while (tokEnd < t1 && tokens[tokEnd].start < i) tokEnd++;
      push(i, tokEnd);
      sStart = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < b.end && CLOSERS.has(prose.charCodeAt(j))) j++;
    if (j < b.end && !isSpace(prose.charCodeAt(j))) continue;
    let k = j;
    while (k < b.end && isSpace(prose.charCodeAt(k))) k++;
    if (c === '.') {
      // The word just before the period: an abbreviation or a single initial does not end a sentence.
      let w = i;
      while (w > b.start && WORD_CHAR.test(prose[w - 1])) w--;
      const word = prose.slice(w, i).toLowerCase();
      if (word.length === 1 && LETTER.test(word)) continue;
      if (ABBREVIATIONS.has(word)) continue;
      if (w > b.start && prose[w - 1] === '.' && word.length <= 4 && !/^\d+$/.test(word)) continue; // S.H., M.Si. (not "pukul 15.00.")
      if (k < b.end && LOWER.test(prose[k])) continue;
    }
    if (k >= b.end) break;
    let tokEnd = sTok;
    while (tokEnd < t1 && tokens[tokEnd].start < j) tokEnd++;
    push(j, tokEnd);
    sStart = j;
    candidate.lastIndex = j;
  }
  push(b.end, t1);
}

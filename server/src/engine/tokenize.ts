// Indonesian tokenizer and sentence splitter over the prose mask.
//
// Words keep inner hyphens and apostrophes ("masing-masing", "ke-2", "Jum'at"); numbers keep their
// separators ("1.000", "4,1", "09.00"). Sentences end at . ! ? … unless the word before the period is
// an abbreviation or an initial ("Dr.", "S.H.", "A. Yani"), and never cross a block.

import type { Block, Sentence, Token } from './types.ts';

const TOKEN_RE = /\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** Lower-case words that end in a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'st', 'no', 'jl', 'jln', 'gg', 'kec', 'kab', 'kel', 'prov',
  'tgl', 'sdr', 'sdri', 'bpk', 'yth', 'an', 'up', 'kol', 'letkol', 'mayjen', 'brigjen', 'kombes', 'akbp',
  'kompol', 'aipda', 'bripka', 'brigpol', 'ipda', 'iptu', 'akp', 'irjen', 'komjen', 'jend', 'pol', 'kapt',
  'sh', 'se', 'si', 'sos', 'pd', 'kom', 'ag', 'hum', 'kes', 'ak', 'mm', 'mt', 'msi', 'mpd', 'mh', 'phd',
  'vs', 'hlm', 'ttd', 'rt', 'rw', 'ds', 'ny', 'tn', 'nn', 'sp', 'spd', 'skm', 'amd', 'tbk', 'pt', 'cv', 'ud',
  'ltd', 'inc', 'co', 'kp', 'ket', 'ref', 'ps', 'tel', 'telp', 'hp', 'wa', 'fax', 'ext', 'ayat', 'psl',
]);

const CLOSERS = new Set([...'.!?…"\'”’)]'].map((c) => c.charCodeAt(0)));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

export function tokenize(prose: string, blocks: Block[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  EMAIL_RE.lastIndex = 0;
  const emails: Array<[number, number]> = [];
  let em: RegExpExecArray | null;
  // Most documents hold no e-mail address: skip the scan unless there is an @ at all.
  if (prose.indexOf('@') >= 0) while ((em = EMAIL_RE.exec(prose)) !== null) emails.push([em.index, em.index + em[0].length]);
  let ei = 0;

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const firstToken = tokens.length;
    TOKEN_RE.lastIndex = b.start;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(prose)) !== null) {
      const start = m.index;
      if (start >= b.end) break;
      const end = Math.min(start + m[0].length, b.end);
      while (ei < emails.length && emails[ei][1] <= start) ei++;
      if (ei < emails.length && emails[ei][0] <= start && start < emails[ei][1]) continue;
      const text = prose.slice(start, end);
      tokens.push({ text, lower: text.toLowerCase(), start, end });
    }
    splitSentences(prose, b, bi, tokens, firstToken, tokens.length, sentences);
  }
  return { tokens, sentences };
}

function splitSentences(
  prose: string,
  b: Block,
  bi: number,
  tokens: Token[],
  t0: number,
  t1: number,
  out: Sentence[],
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
  const CANDIDATE = lineMode ? /[.!?…\r\n]/g : /[.!?…]|\n(?=[ \t]*(?:[-•*]|\d{1,2}[.)])\s)/g;
  CANDIDATE.lastIndex = b.start;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(prose)) !== null) {
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
      if (w > b.start && prose[w - 1] === '.' && word.length <= 4) continue; // S.H., M.Si.
      if (k < b.end && LOWER.test(prose[k])) continue;
    }
    if (k >= b.end) break;
    let tokEnd = sTok;
    while (tokEnd < t1 && tokens[tokEnd].start < j) tokEnd++;
    push(j, tokEnd);
    sStart = j;
    CANDIDATE.lastIndex = j;
  }
  push(b.end, t1);
}

// Use and mention: a text that quotes an insult, a slogan or a hoax in order to name it ("ejekan
// seperti “dasar bodoh” termasuk perundungan", "pesan yang beredar berbunyi: > SEBARKAN!") is not
// saying it. This runs over the assembled document after the rules (both in a whole lint and in
// the editor's incremental one), because whether a quotation is a mention depends on the words
// before it and, for a quoted hoax, on a debunk anywhere in the document.

import type { Doc, Finding } from './types.ts';

/** Families whose findings are about what the text itself says (not the data it discloses). */
const SAYING_FAMILIES = new Set(['kebencian', 'provokasi', 'hoaks', 'kesantunan', 'netralitas']);

// Words that introduce a quotation as an example or a name: "seperti", "menyebut … sebagai",
// "berbunyi", "julukan", "label".
const MENTION_CUE = /(?:\b(?:seperti|misalnya|contoh(?:nya)?|antara lain|berbunyi|bertuliskan|berisi|sebagai|julukan|ejekan|hinaan|umpatan|label|kata-kata|kalimat|istilah|ungkapan|narasi|tagar|slogan|frasa|menyebut(?:kan)?|disebut|dijuluki|dilabeli)\b[^“”"\n]{0,30})$/iu;
// A debunk: the document says the quoted message is false.
const DEBUNK = /\b(?:hoaks|hoax|tidak benar|tak benar|klarifikasi|disinformasi|misinformasi|palsu|berita bohong|cek fakta)\b/iu;
// What introduces a quoted chain message: "Pesan yang beredar … berbunyi:", "isi pesannya sebagai berikut:".
const QUOTED_MESSAGE_INTRO = /\b(?:berbunyi|sebagai berikut|isi(?:nya)?|pesan|unggahan|tangkapan layar|beredar|narasi)\b[^\n]*[:：]\s*$/iu;

interface Span {
  start: number;
  end: number;
}

function quotations(prose: string): Span[] {
  const spans: Span[] = [];
  const re = /“[^“”\n]{1,400}”|"[^"\n]{1,400}"|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function dropMentions(findings: Finding[], doc: Doc): Finding[] {
  const candidates = findings.filter((f) => SAYING_FAMILIES.has(f.rule.slice(0, f.rule.indexOf('/'))));
  if (candidates.length === 0) return findings;
  const { prose } = doc;
  const mentioned: Span[] = [];
  for (const q of quotations(prose)) {
    const before = prose.slice(Math.max(0, q.start - 60), q.start);
    if (MENTION_CUE.test(before)) mentioned.push(q);
  }
  // A quoted message in a document that debunks it: the quote block (or the paragraph after an
  // introduction ending in a colon) is the hoax on display.
  if (DEBUNK.test(prose)) {
    for (let i = 0; i < doc.blocks.length; i++) {
      const b = doc.blocks[i];
      const prev = doc.blocks[i - 1];
      const introduced = prev !== undefined && QUOTED_MESSAGE_INTRO.test(prose.slice(prev.start, prev.end));
      if (b.kind === 'quote' || introduced) mentioned.push({ start: b.start, end: b.end });
    }
  }
  if (mentioned.length === 0) return findings;
  const inside = (f: Finding) => mentioned.some((s) => s.start <= f.start && f.end <= s.end);
  return findings.filter((f) => !candidates.includes(f) || !inside(f));
}

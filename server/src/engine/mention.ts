// Use and mention: a text that quotes an insult, a slogan or a hoax in order to name it ("ejekan
// seperti “dasar bodoh” termasuk perundungan", "pesan yang beredar berbunyi: > SEBARKAN!") is not
// saying it. This runs over the assembled document after the rules (both in a whole lint and in
// the editor's incremental one), because whether a quotation is a mention depends on the words
// before it and, for a quoted hoax, on a debunk anywhere in the document.

import type { Doc, Finding } from './types.ts';

/** Families whose findings are about what the text itself says (not the data it discloses). */
const SAYING_FAMILIES = new Set(['kebencian', 'provokasi', 'hoaks', 'kesantunan', 'netralitas']);
// And the two confidentiality rules that react to words ("RAHASIA", "bocoran soal"), not to data.
const SAYING_RULES = new Set(['kerahasiaan/penanda-klasifikasi', 'kerahasiaan/info-intern']);
const says = (rule: string) => SAYING_RULES.has(rule) || SAYING_FAMILIES.has(rule.slice(0, rule.indexOf('/')));
// An introduction to a list of examples: "Beberapa ciri yang patut dicurigai:", "Contohnya:".
const EXAMPLES_INTRO = /\b(?:ciri(?:-ciri)?|contoh(?:nya)?|tanda(?:-tanda)?|modus|misalnya|antara lain|waspadai|patut dicurigai|kalimat|ungkapan|istilah)\b[^\n]*[:：]\s*$/iu;

/**
 * Other people's words in a reply thread: block quotes ("> @warga: …"), and in an archive of
 * "@author: …" paragraphs ("**Komentar @warga:** …"), every author but the agency, the handle the
 * others address.
 */
export function othersWords(doc: Pick<Doc, 'text' | 'blocks'>): Span[] {
  const out: Span[] = [];
  const authored: Array<{ author: string; start: number; end: number }> = [];
  for (const b of doc.blocks) {
    const head = doc.text.slice(b.start, Math.min(b.end, b.start + 80));
    if (b.kind === 'quote' && /^\s*(?:>\s*)?(?:\*\*|__)?@/u.test(head)) out.push({ start: b.start, end: b.end });
    // "**Komentar @warga:**" names a commenter outright; a bare "@author:" is judged below.
    if (/^\s*(?:\*\*|__)?(?:Komentar|Pertanyaan|Keluhan|Aduan|Laporan warga)\s+@[\p{L}\p{N}_.]{2,30}\s*(?:\*\*|__)?\s*:/u.test(head)) {
      out.push({ start: b.start, end: b.end });
      continue;
    }
    const m = /^\s*(?:\*\*|__)?(?:(?:Balasan|Tanggapan|Twit|Cuitan|Unggahan)(?:\s+\p{L}+)?\s+)?@([\p{L}\p{N}_.]{2,30})(?:\*\*|__)?\s*(?:\*\*|__)?\s*:/u.exec(head);
    if (m) authored.push({ author: m[1].toLowerCase(), start: b.start, end: b.end });
  }
  if (authored.length >= 2) {
    const addressed = new Map<string, number>();
    for (const a of authored) {
      for (const m of doc.text.slice(a.start, a.end).matchAll(/@([\p{L}\p{N}_.]{2,30})/gu)) {
        const h = m[1].toLowerCase();
        if (h !== a.author) addressed.set(h, (addressed.get(h) ?? 0) + 1);
      }
    }
    // The agency: an author the others address; in "Komentar @warga:" archives, where replies are
    // unlabelled, every labelled author is a commenter.
    let agency = '';
    let best = 0;
    for (const a of new Set(authored.map((x) => x.author))) if ((addressed.get(a) ?? 0) > best) [agency, best] = [a, addressed.get(a)!];
    for (const a of authored) if (a.author !== agency) out.push({ start: a.start, end: a.end });
  }
  return out;
}

// Words that introduce a quotation as an example or a name: "seperti", "menyebut … sebagai",
// "berbunyi", "julukan", "label".
const MENTION_CUE = /(?:\b(?:seperti|misalnya|diawali|dimulai|memuat|mengandung|contoh(?:nya)?|antara lain|berbunyi|bertuliskan|berisi|sebagai|julukan|ejekan|hinaan|umpatan|label|kata-kata|kalimat|istilah|ungkapan|narasi|tagar|slogan|frasa|menyebut(?:kan)?|disebut|dijuluki|dilabeli)\b[^“”"\n]{0,30})$/iu;
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
  const candidates = findings.filter((f) => says(f.rule));
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
  // The items of a list of examples ("Beberapa ciri hoaks: 1. … 2. …").
  for (let i = 1; i < doc.blocks.length; i++) {
    const intro = doc.blocks[i - 1];
    if (intro.kind === 'list-item' || !EXAMPLES_INTRO.test(prose.slice(intro.start, intro.end))) continue;
    for (let k = i; k < doc.blocks.length && doc.blocks[k].kind === 'list-item'; k++) mentioned.push({ start: doc.blocks[k].start, end: doc.blocks[k].end });
  }
  mentioned.push(...othersWords(doc));
  if (mentioned.length === 0) return findings;
  const inside = (f: Finding) => mentioned.some((s) => s.start <= f.start && f.end <= s.end);
  return findings.filter((f) => !candidates.includes(f) || !inside(f));
}

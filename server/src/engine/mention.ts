// Use and mention: a text that quotes an insult, a slogan or a hoax in order to name it ("ejekan
// seperti “dasar bodoh” termasuk perundungan", "pesan yang beredar berbunyi: > SEBARKAN!") is not
// saying it. This runs over the assembled document after the rules (both in a whole lint and in
// the editor's incremental one), because whether a quotation is a mention depends on the words
// before it and, for a quoted hoax, on a debunk anywhere in the document.

import type { Doc, Finding, TextPiece } from './types.ts';
import { indexAt } from './spans.ts';

/**
 * The matches of `re` (global, multiline, and unable to match a line break: one line at most) in
 * the text that `pieces` make up, with indexes in that text: as one search of the whole text finds
 * them, since every piece begins a line and no match crosses into the next. Each piece's matches
 * are searched for once and kept with it, so a document that changed in one chunk is searched in
 * that chunk only. Without pieces, one search of `text`.
 */
function lineMatches(re: RegExp, text: string, pieces: readonly TextPiece[] | undefined): RegExpExecArray[] {
  if (!pieces) return searchAll(re, text);
  const out: RegExpExecArray[] = [];
  let at = 0;
  for (const p of pieces) {
    let byPattern = pieceMatches.get(p);
    if (!byPattern) pieceMatches.set(p, (byPattern = new Map()));
    let found = byPattern.get(re);
    if (!found) byPattern.set(re, (found = searchAll(re, p.text)));
    for (const m of found) {
      if (at === 0) out.push(m);
      else {
        // A copy with the index in the whole text; the piece's own matches are never changed.
        const c = Object.assign([...m], m, { index: m.index + at }) as RegExpExecArray;
        out.push(c);
      }
    }
    at += p.text.length;
  }
  return out;
}
const pieceMatches = new WeakMap<TextPiece, Map<RegExp, RegExpExecArray[]>>();

function searchAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m);
  return out;
}

/** Whether a line-local pattern (see lineMatches) matches somewhere in the text the pieces make up. */
function someLine(re: RegExp, text: string, pieces: readonly TextPiece[] | undefined): boolean {
  if (!pieces) return re.test(text);
  for (const p of pieces) {
    let byPattern = pieceTests.get(p);
    if (!byPattern) pieceTests.set(p, (byPattern = new Map()));
    let yes = byPattern.get(re);
    if (yes === undefined) byPattern.set(re, (yes = re.test(p.text)));
    if (yes) return true;
  }
  return false;
}
const pieceTests = new WeakMap<TextPiece, Map<RegExp, boolean>>();

/** Families whose findings are about what the text itself says (not the data it discloses). */
const SAYING_FAMILIES = new Set(['kebencian', 'provokasi', 'hoaks', 'kesantunan', 'netralitas']);
// And the two confidentiality rules that react to words ("RAHASIA", "bocoran soal"), not to data.
const SAYING_RULES = new Set(['kerahasiaan/penanda-klasifikasi', 'kerahasiaan/info-intern']);
const says = (rule: string) => SAYING_RULES.has(rule) || SAYING_FAMILIES.has(rule.slice(0, rule.indexOf('/')));
// An introduction to a list of examples: "Beberapa ciri yang patut dicurigai:", "Contohnya:".
// And a list of what is prohibited: "ASN *DILARANG*:", "Hal-hal yang tidak boleh dilakukan:".
const EXAMPLES_INTRO = /\b(?:ciri(?:-ciri)?|contoh(?:nya)?|tanda(?:-tanda)?|modus|misalnya|antara lain|waspadai|patut dicurigai|kalimat|ungkapan|istilah|dilarang|larangan|tidak boleh|tak boleh|tidak diperbolehkan|hindari|hindarilah|pelanggaran|bentuk pelanggaran|rambu-rambu|rambu|netralitas)\b[^\n]*[:：][\s*_]*$/iu;

// Items are numbered, lettered or bulleted, or (in a chat broadcast) marked with a cross or a check.
const REVIEW_HEADER = /^[ \t]*[★☆⭐]{1,5}[ \t]/u;
const REPLY_HEADER = /^[ \t]*(?:\*\*|__)?(?:Balasan|Tanggapan|Jawaban|Respons)\b/iu;
const LIST_ITEM_LINE = /^[ \t]*(?:(?:\d{1,2}[.)]|[a-z][.)]|[-•*▪])[ \t]|[❌✖✗⛔🚫✅✔☑👉➡▶]\uFE0F?[ \t]*\S)/u;

/**
 * Other people's words in a reply thread: block quotes ("> @warga: …"), and in an archive of
 * "@author: …" paragraphs ("**Komentar @warga:** …"), every author but the agency, the handle the
 * others address.
 */
export function othersWords(doc: Pick<Doc, 'text' | 'blocks'>): Span[] {
  const out: Span[] = [];
  const authored: Array<{ author: string; start: number; end: number }> = [];
  for (const b of speakerSegments(doc)) {
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
    const authors = new Set(authored.map((x) => x.author));
    // One author throughout ("Unggahan @dinas: …", "Balasan @dinas: …") is the agency itself; an
    // official-looking handle is the agency; otherwise the handle the others address.
    let agency = authors.size === 1 ? [...authors][0] : [...authors].find((a) => OFFICIAL_HANDLE.test(a)) ?? '';
    let best = 0;
    if (!agency) for (const a of authors) if ((addressed.get(a) ?? 0) > best) [agency, best] = [a, addressed.get(a)!];
    // Nobody addressed by handle: the agency is the author who speaks as one ("kami", "Halo Kak Rizki",
    // "Mohon maaf"). With no such voice the thread's sides are unknown, and nothing is set aside.
    if (!agency) {
      const voice = new Map<string, number>();
      for (const a of authored) voice.set(a.author, (voice.get(a.author) ?? 0) + (doc.text.slice(a.start, a.end).match(AGENCY_VOICE) ?? []).length);
      best = 0;
      for (const [a, n] of voice) if (n > best) [agency, best] = [a, n];
    }
    if (agency) for (const a of authored) if (a.author !== agency) out.push({ start: a.start, end: a.end });
  }
  return out;
}
const AGENCY_VOICE = /\b(?:kami|Halo\s+Kak|Terima kasih atas|Mohon maaf|Selamat (?:pagi|siang|sore|malam)\s+(?:Kak|Bapak|Ibu|Pak|Bu))\b/gu;

// A line that starts a new speaker in a thread pasted as plain lines: "Komentar @warga: …",
// "Balasan Kelurahan X: …", "@dinas: …".
const SPEAKER_LINE = /^[ \t]*(?:\*\*|__)?(?:(?:Komentar|Pertanyaan|Keluhan|Aduan|Laporan warga|Balasan|Tanggapan|Jawaban|Twit|Cuitan|Unggahan|Postingan)\b[^\n:]{0,60}|(?:↳[ \t]*)?@[\p{L}\p{N}_.]{2,30})(?:\*\*|__)?\s*:/u;

/** The blocks, with a block of several such speaker lines cut at each of them. */
function speakerSegments(doc: Pick<Doc, 'text' | 'blocks'>): Array<{ kind: string; start: number; end: number }> {
  const out: Array<{ kind: string; start: number; end: number }> = [];
  for (const b of doc.blocks) {
    const body = doc.text.slice(b.start, b.end);
    if (b.kind === 'quote' || !body.includes('\n') || !body.includes(':')) {
      out.push(b);
      continue;
    }
    const cuts = [b.start];
    for (let i = body.indexOf('\n'); i >= 0 && i < body.length - 1; i = body.indexOf('\n', i + 1)) {
      if (SPEAKER_LINE.test(body.slice(i + 1, i + 121))) cuts.push(b.start + i + 1);
    }
    if (cuts.length === 1) {
      out.push(b);
      continue;
    }
    for (let k = 0; k < cuts.length; k++) out.push({ kind: b.kind, start: cuts[k], end: k + 1 < cuts.length ? cuts[k + 1] - 1 : b.end });
  }
  return out;
}

// An author's handle opening a line of a thread: "@warga: …", "> @warga: …", "↳ @dinas: …".
const HANDLE_LINE = /^[ \t]*(?:>[ \t]*)?(↳[ \t]*)?@([\p{L}\p{N}_.]{2,30})[ \t]*:/gmu;
// An author's name opening a line of a thread, case-sensitive: one to four capitalised words, a colon, the message.
const NAME_LINE = /^[ \t]*(↳[ \t]*)?(\p{Lu}[\p{L}.']+(?:[ \t]+(?:\p{Lu}[\p{L}.']*|bin|binti|br\.?)){0,3})[ \t]*:[ \t]+\S/gmu;
const NOT_AUTHOR = new Set(['tanggal', 'hari', 'waktu', 'tempat', 'lokasi', 'kepada', 'dari', 'hal', 'perihal', 'nomor', 'no', 'lampiran', 'catatan', 'agenda', 'acara', 'pukul', 'jam', 'keterangan', 'sifat', 'yth', 'cc', 'tembusan', 'narahubung', 'kontak', 'telepon', 'telp', 'email', 'alamat', 'info', 'informasi', 'syarat', 'jadwal', 'pengumuman', 'judul', 'sumber', 'foto', 'video', 'caption', 'tema', 'lampu', 'update', 'status', 'hasil', 'total', 'jumlah', 'nama', 'nik', 'kk', 'peserta', 'materi', 'penting', 'ps', 'nb', 'note', 'link', 'tautan', 'rilis', 'siaran']);
const THREAD_LABEL = /^(?:Komentar|Balasan|Balas|Postingan|Unggahan|Tanggapan|Jawaban|Pertanyaan|Keluhan|Aduan|Twit|Cuitan)$/u;
// An agency speaking under a name: "Admin RSUD", "Humas Polres", "Tim Layanan".
const OFFICIAL_NAME = /\b(?:admin|humas|tim|layanan|pengelola|cs|customer service|petugas)\b/iu;

/** Handles of agencies: "@PemkotJambi", "@humaspolres.sleman", "@diskominfo.tanggamus". */
const OFFICIAL_HANDLE = /(?:pemkot|pemkab|pemprov|pemda|pemdes|dinas|dinkes|disdik|dishub|dishut|dinsos|disnaker|distan|disperindag|bapenda|bappeda|diskominfo|\.prov|prov\.|humas|polres|polda|polresta|polsek|kominfo|bpbd|satpol|dukcapil|pdam|rsud|puskesmas|kecamatan|kelurahan|lapas|rutan|kemen|bnn|bpjs|kpu|bawaslu|setda|sekretariat|resmi|official|kua|kemenag|kanwil|basarnas|bmkg|bpom|imigrasi|kejari|kejati|kejaksaan|pengadilan|bapas|lpka|dprd|samsat|bapenda|kpp|pajak|bps|atrbpn|pln|pdam|perumda|disdukcapil|dpmptsp|dlh|damkar|brimob|kodim|korem|lanal|bea.?cukai|beacukai|karantina|kemenkes|kemenkeu|\.go\.id|_go_id)/iu;

/**
 * The same within a block, line by line, for plain-text threads where every message is a line:
 * "@warga: …" lines and the agency's "↳ @agency: …" replies. The agency is the author who replies
 * with an arrow or, without arrows, the handle the others address; every other author's lines
 * (up to the next author's line) are others' words.
 */
const BARE_HANDLE_LINE = /^[ \t]*(↳[ \t]*)?((?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[._0-9])[a-z0-9][a-z0-9_.]{2,29})[ \t]*:[ \t]+\S/gm;

export function othersLines(text: string, pieces?: readonly TextPiece[]): Span[] {
  const lines: Array<{ author: string; start: number; reply: boolean }> = [];
  for (const m of lineMatches(HANDLE_LINE, text, pieces)) lines.push({ author: m[2].toLowerCase(), start: m.index, reply: Boolean(m[1]) });
  // A thread copied without handles names its authors: "Yudi Ardiansyah: Min, ibu saya …" and
  // "Admin RSUD: Mohon maaf, Pak …". (Memo headers are not authors: "Tanggal: …", "Perihal: …".)
  if (lines.length === 0) {
    for (const m of lineMatches(NAME_LINE, text, pieces)) {
      const words = m[2].split(/[ \t]+/);
      if (NOT_AUTHOR.has(words[0].toLowerCase())) continue;
      // "Komentar Sri Handayani:", "Balasan Kecamatan Medan Area:": the label is not part of the name.
      const label = THREAD_LABEL.exec(words[0]);
      const author = (label ? words.slice(1) : words).join(' ').toLowerCase();
      if (!author) continue;
      lines.push({ author, start: m.index, reply: Boolean(m[1]) || (label !== null && /^(?:balasan|tanggapan|jawaban|balas)$/iu.test(words[0])) });
    }
  }
  // An Instagram comment export writes handles bare: "rahmi.banua: Min, …" / "samsat.banjarmasin1: Halo
  // Kak …" (a dot, an underscore or a digit tells a handle from a field label such as "catatan:").
  if (lines.length === 0) {
    for (const m of lineMatches(BARE_HANDLE_LINE, text, pieces)) lines.push({ author: m[2], start: m.index, reply: Boolean(m[1]) });
  }
  if (lines.length < 2) return [];
  const authors = new Set(lines.map((l) => l.author));
  if (authors.size < 2) return [];
  let agency = lines.find((l) => l.reply)?.author ?? [...authors].find((a) => OFFICIAL_HANDLE.test(a) || OFFICIAL_NAME.test(a)) ?? '';
  if (!agency) {
    const addressed = new Map<string, number>();
    for (const h of text.matchAll(/(?<![\p{L}\p{N}_.])@([\p{L}\p{N}_.]{2,30})(?![\p{L}\p{N}_.]*[ \t]*:)/gu)) addressed.set(h[1].toLowerCase(), (addressed.get(h[1].toLowerCase()) ?? 0) + 1);
    let best = 0;
    for (const a of authors) if ((addressed.get(a) ?? 0) > best) [agency, best] = [a, addressed.get(a)!];
  }
  if (!agency) return [];
  const out: Span[] = [];
  lines.forEach((l, i) => {
    if (l.author === agency) return;
    // A message runs to the next author's line, or to the next blank line.
    const next = i + 1 < lines.length ? lines[i + 1].start : text.length;
    const blank = text.slice(l.start, next).search(/\n[ \t]*\n/);
    out.push({ start: l.start, end: blank < 0 ? next : l.start + blank });
  });
  return out;
}

// Words that introduce a quotation as an example or a name: "seperti", "menyebut … sebagai",
// "berbunyi", "julukan", "label".
const MENTION_CUE = /(?:\b(?:seperti|misalnya|khas|ciri(?:-ciri)?|diawali|dimulai|memuat|mengandung|contoh(?:nya)?|antara lain|berbunyi|bertuliskan|berisi|sebagai|julukan|ejekan|hinaan|umpatan|label|kata-kata|kalimat|istilah|ungkapan|narasi|tagar|slogan|frasa|menyebut(?:kan)?|disebut|dijuluki|dilabeli|judul|berjudul|bertajuk|tajuk|keterangan|takarir|caption)\b[^“”"\n]{0,40})$/iu;
// The classification-marker rule, and the words that introduce a marking written on a document.
const MARKER_RULE = 'kerahasiaan/penanda-klasifikasi';
const MARKING_CUE = /\b(?:bertuliskan|tertulis|berkop|berstempel|bercap|berlabel|bertanda|dicap|distempel)\b[^“”"\n]{0,40}$/iu;
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
  // Single quotes are searched on their own: they are nested inside a double-quoted speech as often
  // as not ("Kalau pesannya diawali 'info dari grup sebelah' …," ujar Ika).
  for (const re of [/“[^“”\n]{1,400}”|"[^"\n]{1,400}"/gu, /(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(prose)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

// A line that may start a message of a thread (by handle or by name), for othersLines to be asked at all.
const THREAD_LINE = /^[ \t]*(?:>[ \t]*)?(?:↳[ \t]*)?(?:@[\p{L}\p{N}_.]{2,30}|\p{Lu}[\p{L}.']+(?:[ \t]+\p{Lu}[\p{L}.']*){0,3}|(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[._0-9])[a-z0-9][a-z0-9_.]{2,29})[ \t]*:[ \t]+\S/mu;

export function dropMentions(findings: Finding[], doc: Doc): Finding[] {
  // Work only around the findings that could be mentions: a 1 MB document edited in the language
  // server must not be scanned whole for quotations on every keystroke.
  const candidates = findings.filter((f) => says(f.rule));
  if (candidates.length === 0) return findings;
  const { prose, blocks } = doc;
  let debunk: boolean | undefined;
  const debunked = () => (debunk ??= DEBUNK.test(prose));
  let others: Span[] | undefined;
  const othersSpans = () => {
    if (!others) {
      others = /@[\p{L}\p{N}_.]{2,30}(?:\*\*|__)?\s*(?:\*\*|__)?\s*:/u.test(doc.text) ? othersWords(doc).sort((a, b) => a.start - b.start) : [];
    }
    return others;
  };
  const inOthersWords = (f: Finding): boolean => {
    const sp = othersSpans();
    if (sp.length === 0) return false;
    const k = indexAt(sp, f.start);
    return k >= 0 && f.end <= sp[k].end;
  };
  const blockMemo = new Map<number, boolean>();
  const text = (i: number) => prose.slice(blocks[i].start, blocks[i].end);
  const mentionBlock = (i: number): boolean => {
    const memo = blockMemo.get(i);
    if (memo !== undefined) return memo;
    const b = blocks[i];
    let yes = false;
    // A quoted message in a document that debunks it: the quote block (or the paragraph after an
    // introduction ending in a colon) is the hoax on display.
    if (!yes && debunked() && (b.kind === 'quote' || (i > 0 && QUOTED_MESSAGE_INTRO.test(text(i - 1))))) yes = true;
    // The items of a list of examples ("Beberapa ciri hoaks: 1. … 2. …").
    if (!yes && b.kind === 'list-item') {
      let k = i - 1;
      while (k >= 0 && blocks[k].kind === 'list-item') k--;
      yes = k >= 0 && EXAMPLES_INTRO.test(text(k));
    }
    blockMemo.set(i, yes);
    return yes;
  };
  const quotedAsExample = (f: Finding): boolean => {
    const ls = prose.lastIndexOf('\n', f.start) + 1;
    let le = prose.indexOf('\n', f.end);
    if (le < 0) le = prose.length;
    // A list of quotes after one cue ("kalimat 'katanya', 'info dari grup sebelah', atau 'sebarkan
    // sebelum dihapus'"): each quote right after a mentioned one is mentioned too.
    const qs = quotations(prose.slice(ls, le)).sort((a, b) => a.start - b.start);
    let prevEnd = -1;
    for (const q of qs) {
      const a = ls + q.start;
      const b = ls + q.end;
      const before = prose.slice(Math.max(0, a - 60), a);
      // A document's own marking quoted ("foto halaman 1 bertuliskan “RAHASIA – Draf …”") shows what the
      // document is; it is not a word held up as an example.
      if (f.rule === MARKER_RULE && MARKING_CUE.test(before) && a <= f.start && f.end <= b) return false;
      // A quotation that opens a line under an introduction ending in a colon, in a document that
      // debunks it ("beredar pesan berantai yang isinya kurang lebih begini:\n"Info dari grup sebelah, …"").
      const introduced = a === ls && ls > 0 && debunked() && QUOTED_MESSAGE_INTRO.test(prose.slice(prose.lastIndexOf('\n', ls - 2) + 1, ls - 1));
      const mentioned = introduced || MENTION_CUE.test(before) || (prevEnd >= 0 && /^[\s,;]*(?:(?:atau|dan|serta|hingga|sampai)\s+)?$/u.test(prose.slice(prevEnd, a)));
      if (mentioned && a <= f.start && f.end <= b) return true;
      prevEnd = mentioned ? b : -1;
    }
    return false;
  };
  let lineSpans: Span[] | undefined;
  const inOthersLine = (f: Finding): boolean => {
    lineSpans ??= someLine(THREAD_LINE, doc.text, doc.textPieces) ? othersLines(doc.text, doc.textPieces) : [];
    if (lineSpans.length === 0) return false;
    const k = indexAt(lineSpans, f.start);
    return k >= 0 && f.end <= lineSpans[k].end;
  };
  // The same list written as plain lines ("ASN *DILARANG*:\n1. Mengunggah foto bersama paslon …"): the
  // finding's line is an item, and the first line above the run of items introduces examples.
  const inPlainList = (f: Finding): boolean => {
    let ls = prose.lastIndexOf('\n', f.start - 1) + 1;
    if (!LIST_ITEM_LINE.test(prose.slice(ls, ls + 8))) return false;
    for (let hops = 0; ls > 0 && hops < 40; hops++) {
      const prevStart = prose.lastIndexOf('\n', ls - 2) + 1;
      const line = prose.slice(prevStart, ls - 1);
      // (A blank line may stand between the introduction and its items.)
      if (line.trim() !== '' && !LIST_ITEM_LINE.test(line)) return EXAMPLES_INTRO.test(line);
      ls = prevStart;
    }
    return false;
  };
  // A review quoted in an export of review replies ("★☆☆☆☆ Lalu Hendra W. · 3 minggu lalu", then the
  // review, then "Balasan dari pemilik:"): the reviewer's words, up to the reply.
  const inReview = (f: Finding): boolean => {
    let ls = prose.lastIndexOf('\n', f.start - 1) + 1;
    for (let hops = 0; hops < 12; hops++) {
      const line = prose.slice(ls, prose.indexOf('\n', ls) < 0 ? prose.length : prose.indexOf('\n', ls));
      if (REVIEW_HEADER.test(line)) return true;
      if (REPLY_HEADER.test(line) || ls === 0) return false;
      ls = prose.lastIndexOf('\n', ls - 2) + 1;
    }
    return false;
  };
  const drop = new Set<Finding>();
  for (const f of candidates) {
    const bi = indexAt(blocks, f.start);
    if ((bi >= 0 && f.end <= blocks[bi].end && mentionBlock(bi)) || inOthersWords(f) || quotedAsExample(f) || inOthersLine(f) || inPlainList(f) || inReview(f)) drop.add(f);
  }
  return drop.size === 0 ? findings : findings.filter((f) => !drop.has(f));
}

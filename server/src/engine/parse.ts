// Turns source text into a Doc: a prose mask with exact offsets, the release's blocks, metadata,
// tokens and sentences. Markdown goes through micromark (via mdast-util-from-markdown) so code,
// HTML and URLs are never mistaken for prose; plain-text releases are split by blank lines.

import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse as parseYaml } from 'yaml';
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import type { Block, BlockKind, Doc, DocFormat, DocShape } from './types.ts';
import { tokenize, type TokenizeOptions } from './tokenize.ts';
import { findDirectives } from './inline.ts';


const LINE_RUN = /[^\r\n]+/g;
export function blank(s: string): string {
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return ' '.repeat(s.length);
  return s.replace(LINE_RUN, (m) => ' '.repeat(m.length));
}

// URLs and bare domains are never prose; e-mail addresses stay (personal-data rules read them) but
// produce no tokens (see tokenize.ts).
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|co\.id|ac\.id|or\.id|com|org|net|id)\/[^\s<>()"'“”]*[^\s<>()"'“”.,;:!?]/gi;

// What every URL_RE match holds: "://" (http, https), "www." or a domain ending right before a
// path ("go.id/", ".com/"), in any case. Dates ("12/05/2024") and "dan/atau" hold none of them, and
// this scan costs much less than URL_RE's.
const URL_NEEDS = /:\/\/|www\.|(?:id|com|org|net)\//i;

export function maskUrls(prose: string): string {
  // Every URL form we mask holds "/" or "www."; most paragraphs hold neither.
  if (prose.indexOf('/') < 0 && prose.indexOf('www.') < 0 && prose.indexOf('WWW.') < 0) return prose;
  if (!URL_NEEDS.test(prose)) return prose;
  return prose.replace(URL_RE, (m) => blank(m));
}

const NOTICE_RE = /^\s*(?:siaran pers|press release|rilis pers|untuk (?:disiarkan|dirilis|diterbitkan) segera|embargo\b|nomor\s*:|no\.\s*:)/i;
const CONTACT_RE = /^\s*(?:\*\*|__)?\s*(?:narahubung|kontak media|kontak humas|informasi lebih lanjut|info lebih lanjut|contact person|media contact|humas\s*:|untuk informasi lebih lanjut)/i;
const CLOSING_RE = /^\s*(?:#{3}|\*{3}|-{1,3}\s*(?:selesai|end)\s*-{1,3}|[–—]\s*selesai\s*[–—]|\(\s*selesai\s*\)|selesai\.?)\s*$/i;
export const DATELINE_RE = /^\s*(?:\*\*)?(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?:\*\*)?(?:\s*\([^)\n]{1,40}\))?(?:,\s*(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s*)?\(?\d{1,2}(?:\s+\p{L}+\s+|\/)\d{1,4}(?:\/\d{2,4})?\)?)?(?:\*\*)?\s*[–—-]{1,2}(?:\*\*|__)?\s/u;

/** Front-matter-like keys in a plain-text header ("Tanggal: 26 Mei 2025"). */
const HEADER_FIELD_RE = /^\s*(tanggal|jenis|judul)\s*:\s*(.+?)\s*$/i;

export function detectFormat(fileName: string | undefined): DocFormat {
  if (!fileName) return 'plaintext';
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.mdx')) return 'markdown';
  if (lower.endsWith('.rilis')) return 'rilis';
  return 'plaintext';
}

export function parse(text: string, format: DocFormat): Doc {
  const { prose, blocks, meta } = format === 'markdown' ? parseMarkdown(text) : parsePlain(text);
  classifyRelease(text, blocks);
  const shape = docShape(text, format, blocks);
  const { tokens, sentences } = tokenize(prose, blocks, tokenizeOptions(format, shape));
  const disabled = findDirectives(text, format);
  return { text, format, prose, blocks, tokens, sentences, meta, disabled, shape };
}

// Marks of a social-media post: a hashtag or mention, or a pictographic character (emoji).
export const POST_MARKS = /(?:^|\s)[#@][\p{L}][\p{L}\p{N}_]+|\p{Extended_Pictographic}/u;
const TAG_OR_MENTION = /(?:^|\s)[#@][\p{L}][\p{L}\p{N}_]+/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * POST_MARKS.test(text), cheaper: a hashtag or mention needs a "#" or "@", and no pictographic
 * character lies below U+00A9, so only the rare characters from there on are tested one by one
 * (the regex would test the property at every position of the text).
 */
export function hasPostMarks(text: string): boolean {
  if ((text.indexOf('#') >= 0 || text.indexOf('@') >= 0) && TAG_OR_MENTION.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0xa9) continue;
    const cp = text.codePointAt(i)!;
    if (PICTOGRAPHIC.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
// Hashtags, handles and emoji; a "Name · role" comment byline, a reply arrow, a chat export's
// "[07.12, 14/10/2024]" or a forwarded/comment header: the marks of social media and chats.
const POST_HEADER = /^[ \t]*\[(?:\d{1,2}[.:]\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[Dd]iteruskan|[Ff]orwarded|[Kk]omentar)|^[ \t]*[*_](?:[Dd]iteruskan|[Ff]orwarded|[Pp]esan diteruskan)[*_][ \t]*$/m;
// Searched as plain strings first: a regex alternative that may start anywhere costs a test per character.
const postMarked = (text: string) => hasPostMarks(text) || text.includes(' · ') || text.includes('↳') || ((text.includes('[') || text.includes('*') || text.includes('_')) && POST_HEADER.test(text));
// A chat export's message line: "[07.12, 14/10/2024] Name:", "14/10/24 07.12 - Name:".
const CHAT_LINE = /^[ \t]*(?:\[\d{1,2}[.:]\d{2}|\[?\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}[.:]\d{2})/m;
const CHAT_LINES = /^[ \t]*(?:\[\d{1,2}[.:]\d{2}|\[?\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}[.:]\d{2})/gm;
/** A chat pasted without timestamps: "Andri PPK: …" lines, some speaker saying more than one of them. */
function speakerChat(text: string): boolean {
  if (!text.includes(':')) return false;
  const seen = new Map<string, number>();
  let lines = 0;
  let repeated = false;
  for (const m of text.matchAll(/^[ \t]*([\p{Lu}][\p{L}.' ()-]{1,40}?):[ \t]+\S/gmu)) {
    const who = m[1];
    // Field labels ("Telepon:", "Narahubung:", "Caption:") are one word; speakers have a name and a role.
    if (!/\s/.test(who)) continue;
    lines++;
    const n = (seen.get(who) ?? 0) + 1;
    seen.set(who, n);
    if (n >= 2) repeated = true;
    if (lines >= 3 && repeated) return true;
  }
  return false;
}

// A chat pasted under its group's name: "[Grup WA: Alumni SMA 5 Sby 2009]", "Grup WhatsApp Staf Dinas:".
const GROUP_HEADER = /^\s*[\[*_(]*\s*(?:Grup|Group|Percakapan\s+grup)\s+(?:WA|WhatsApp|Whatsapp|Telegram)\b/iu;

/** Two or more non-empty lines. */
function multiLine(text: string): boolean {
  const first = text.search(/\S/);
  if (first < 0) return false;
  const nl = text.indexOf('\n', first);
  return nl >= 0 && /\S/.test(text.slice(nl));
}

const GREETING = /\b(?:[Ss]obat|[Kk]ak|[Kk]akak|[Hh]alo|[Hh]ai|[Mm]inpro|[Dd]ulur|[Ss]amawa)\b/u;

/** How a document of this shape is cut into sentences: a plain-text post's lines are its sentences. */
export function tokenizeOptions(format: DocFormat, shape: DocShape): TokenizeOptions {
  return { postLines: format === 'plaintext' && shape.post };
}

/** Whether a text is a release or a social-media post (see DocShape); blocks must be classified. */
export function docShape(text: string, format: DocFormat, blocks: Block[]): DocShape {
  const release = format === 'rilis' || blocks.some((b) => b.kind === 'dateline');
  const chat = !release && ((CHAT_LINE.test(text) && (text.match(CHAT_LINES) ?? []).length >= 2) || speakerChat(text) || GROUP_HEADER.test(text));
  // Plain text of several lines with no dateline is a message: a WhatsApp broadcast, a status update,
  // a reply thread. (A single line is left undecided: it may be a sentence lifted from a release.)
  const message = format === 'plaintext' && multiLine(text);
  return { release, post: !release && (chat || message || postMarked(text) || GREETING.test(text)), ...(chat ? { chat } : {}) };
}

/**
 * Container nesting (block quotes, list items) deeper than any real document: micromark's time grows
 * quadratically with it (4 KB of "- - - …" takes seconds), so such a document is read as plain text.
 */
export const MAX_NESTING = 100;
export const TABLE_DELIMITER_RE = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t>]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m;
export function nestingDepthExceeds(text: string, limit = MAX_NESTING): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    for (;;) {
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text[i];
      if (c === '>') {
        depth++;
        i++;
      } else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        depth++;
        i += 2;
      } else {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        if (j > i && (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          depth++;
          i = j + 2;
        } else break;
      }
      if (depth > limit) return true;
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return false;
}

// Characters that can open an inline construct (emphasis, code, links, HTML, autolinks, escapes,
// entities, tables, strikethrough) or that micromark treats specially (tab stops).
const INLINE_SPECIAL = /[*_[\]<>\\`|~&\t]/;
// Line starts (after up to three spaces) that can open a block other than an ATX heading or a
// paragraph: lists, block quotes, setext underlines, thematic breaks, indented code.
const BLOCK_START = /^(?: {0,3}[-+=]| {0,3}\d{1,9}[.)]| {4})/;
const ATX = /^( {0,3})(#{1,6})(?:[ ]+|$)/;
const LINE_RE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

/**
 * The fast path for documents made only of ATX headings and paragraphs, which is most press
 * releases. When no character can open an inline construct and no line can open another kind of
 * block, CommonMark's result is fully determined by blank lines and heading markers, so a linear
 * scan gives exactly what micromark gives (a differential test holds the two together). Returns
 * undefined for anything else, which then goes through micromark.
 */
export function parseSimpleMarkdown(text: string): { prose: string; blocks: Block[]; meta: Record<string, unknown> } | undefined {
  let bodyStart = 0;
  let meta: Record<string, unknown> = {};
  let prose = '';
  if (text.startsWith('---')) {
    const fm = /^---[ ]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ ]*(?:\r\n|\r|\n|$)/.exec(text);
    if (!fm) return undefined;
    const closeLine = text.lastIndexOf('---', fm[0].length);
    bodyStart = closeLine + 3;
    try {
      const v = parseYaml(fm[1]);
      if (v && typeof v === 'object' && !Array.isArray(v)) meta = v as Record<string, unknown>;
    } catch {
      // Broken front matter is simply not read, as on the micromark path.
    }
    prose = blank(text.slice(0, bodyStart));
  }
  const body = text.slice(bodyStart);
  if (INLINE_SPECIAL.test(body)) return undefined;
  const blocks: Block[] = [];
  const out: string[] = [prose];
  let para: Block | undefined;
  LINE_RE.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = LINE_RE.exec(text)) !== null) {
    const line = m[1];
    const start = m.index;
    const eol = m[2];
    if (first && start === bodyStart && bodyStart > 0) {
      // The rest of the closing front-matter fence line (spaces) is not prose.
      first = false;
      out.push(blank(line) + eol);
      if (eol === '') break;
      continue;
    }
    first = false;
    if (line.trim() === '') {
      if (para) {
        blocks.push(para);
        para = undefined;
      }
      out.push(line + eol);
    } else {
      const h = ATX.exec(line);
      if (h) {
        if (para) {
          blocks.push(para);
          para = undefined;
        }
        const content = line.slice(h[0].length);
        // A closing sequence of hashes is not prose; leave such lines to micromark unless the whole
        // line is the marker ("###", the release's closing mark).
        if (/#\s*$/.test(content)) return undefined;
        const markerEnd = h[1].length + h[2].length;
        const kind: BlockKind = content.trim() === '' && h[2].length === 3 ? 'closing' : 'heading';
        blocks.push({ kind, start: start + h[1].length, end: start + line.length });
        out.push(blank(line.slice(0, markerEnd)) + line.slice(markerEnd) + eol);
      } else if (!para) {
        if (BLOCK_START.test(line)) return undefined;
        const indent = line.length - line.trimStart().length;
        para = { kind: 'paragraph', start: start + indent, end: start + line.length };
        out.push(blank(line.slice(0, indent)) + line.slice(indent) + eol);
      } else {
        // A continuation line: setext underlines and list or quote starts would change the block.
        if (BLOCK_START.test(line) && !/^ {4}/.test(line)) return undefined;
        const indent = line.length - line.trimStart().length;
        para.end = start + line.length;
        out.push(blank(line.slice(0, indent)) + line.slice(indent) + eol);
      }
    }
    if (eol === '') break;
  }
  if (para) blocks.push(para);
  return { prose: maskUrls(out.join('')), blocks, meta };
}

// Token types whose whole extent is not prose: code, HTML, link destinations and references,
// definitions, URL autolinks. Everything inside them is skipped.
const SKIP_TOKENS = new Set([
  'codeText', 'htmlText', 'resource', 'reference', 'definition', 'autolinkProtocol', 'codeFenced', 'codeIndented',
  'htmlFlow', 'escapeMarker', 'tableDelimiterRow',
]);
// Token types whose text is prose when not inside a skipped token.
const PROSE_TOKENS = new Set(['data', 'characterEscapeValue', 'characterReference', 'autolinkEmail']);

interface MmToken {
  type: string;
  start: { offset: number };
  end: { offset: number };
}

/**
 * Markdown through micromark's event stream: the same prose and blocks as the mdast tree gives,
 * without building the tree (a third faster, and far less garbage on large documents).
 */
export function parseMarkdown(text: string): { prose: string; blocks: Block[]; meta: Record<string, unknown> } {
  const simple = parseSimpleMarkdown(text);
  if (simple) return simple;
  if (nestingDepthExceeds(text)) return parsePlain(text);
  const hasTable = TABLE_DELIMITER_RE.test(text);
  let events: Array<[string, MmToken, unknown]>;
  try {
    const extensions = hasTable ? [frontmatter(['yaml']), gfmTable()] : [frontmatter(['yaml'])];
    events = postprocess(micromarkParse({ extensions }).document().write(preprocess()(text, undefined, true))) as unknown as Array<[string, MmToken, unknown]>;
  } catch {
    // micromark does not throw on any input we know of; if it ever does, lint as plain text
    // rather than lose the document.
    return parsePlain(text);
  }
  const blocks: Block[] = [];
  let meta: Record<string, unknown> = {};
  const parts: string[] = [];
  let pos = 0; // prose is built up to here
  let quoteDepth = 0;
  let listDepth = 0;
  let skipDepth = 0;
  let imageDepth = 0;
  let block: Block | undefined;
  let sawImage = false;
  let sawText = false;

  const keep = (s: number, e: number) => {
    if (s < pos) return;
    parts.push(blank(text.slice(pos, s)), text.slice(s, e));
    pos = e;
  };
  const open = (kind: BlockKind, t: MmToken) => {
    block = { kind, start: t.start.offset, end: t.end.offset };
    sawImage = false;
    sawText = false;
  };
  const close = () => {
    if (!block) return;
    if (block.kind !== 'heading' && block.kind !== 'table-cell' && sawImage && !sawText) block.kind = 'caption';
    blocks.push(block);
    block = undefined;
  };

  for (let i = 0; i < events.length; i++) {
    const [kind, tok] = events[i];
    const type = tok.type;
    if (kind === 'enter') {
      if (SKIP_TOKENS.has(type)) {
        skipDepth++;
        continue;
      }
      if (skipDepth > 0) continue;
      switch (type) {
        case 'blockQuote':
          quoteDepth++;
          break;
        case 'listOrdered':
        case 'listUnordered':
          listDepth++;
          break;
        case 'paragraph':
          open(quoteDepth > 0 ? 'quote' : listDepth > 0 ? 'list-item' : 'paragraph', tok);
          break;
        case 'atxHeading':
        case 'setextHeading':
          open('heading', tok);
          if (type === 'atxHeading' && /^\s*#{3}\s*$/.test(text.slice(tok.start.offset, tok.end.offset))) block!.kind = 'closing';
          break;
        case 'tableHeader':
        case 'tableData':
          open('table-cell', tok);
          break;
        case 'image':
          imageDepth++;
          sawImage = true;
          break;
        case 'yaml': {
          const raw = text.slice(tok.start.offset, tok.end.offset).replace(/^---[^\n]*\n?/, '').replace(/\n?---\s*$/, '');
          try {
            const v = parseYaml(raw);
            if (v && typeof v === 'object' && !Array.isArray(v)) meta = v as Record<string, unknown>;
          } catch {
            // Broken front matter is not the linter's business; it is simply not read.
          }
          skipDepth++;
          break;
        }
        default:
          if (block && PROSE_TOKENS.has(type)) {
            keep(tok.start.offset, tok.end.offset);
            if (imageDepth === 0 && type !== 'autolinkEmail' && text.slice(tok.start.offset, tok.end.offset).trim()) sawText = true;
            if (type === 'autolinkEmail') sawText = true;
          }
      }
    } else {
      if (SKIP_TOKENS.has(type) || type === 'yaml') {
        skipDepth--;
        continue;
      }
      if (skipDepth > 0) continue;
      switch (type) {
        case 'blockQuote':
          quoteDepth--;
          break;
        case 'listOrdered':
        case 'listUnordered':
          listDepth--;
          break;
        case 'image':
          imageDepth--;
          break;
        case 'paragraph':
        case 'atxHeading':
        case 'setextHeading':
        case 'tableHeader':
        case 'tableData':
          close();
          break;
      }
    }
  }
  parts.push(blank(text.slice(pos)));
  const prose = maskUrls(parts.join(''));
  blocks.sort((a, b) => a.start - b.start);
  return { prose, blocks, meta };
}

const DIRECTIVE_LINE_RE = /^[ \t]*\/\/\s*saring-\S+.*$/gm;
// An HTML comment on one line is a note to the editor (or an inline directive), never prose.
const COMMENT_RE = /<!--[^\r\n]*?-->/g;

export function parsePlain(text: string): { prose: string; blocks: Block[]; meta: Record<string, unknown> } {
  let prose = maskUrls(text.replace(DIRECTIVE_LINE_RE, (m) => blank(m)).replace(COMMENT_RE, (m) => blank(m)));
  const blocks: Block[] = [];
  const meta: Record<string, unknown> = {};
  // Paragraphs are runs of non-blank lines.
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = -1;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prose)) !== null) {
    const line = m[0];
    if (line === '') break;
    const isBlank = line.trim() === '';
    const lineEnd = m.index + line.replace(/[\r\n]+$/, '').length;
    if (!isBlank) {
      if (start < 0) start = m.index;
      end = lineEnd;
    } else if (start >= 0) {
      blocks.push({ kind: 'paragraph', start, end });
      start = -1;
    }
  }
  if (start >= 0) blocks.push({ kind: 'paragraph', start, end });
  // Header fields such as "Tanggal: 26 Mei 2025" at the top act as metadata.
  for (const b of blocks.slice(0, 3)) {
    for (const line of text.slice(b.start, b.end).split(/\r\n|\r|\n/)) {
      const f = HEADER_FIELD_RE.exec(line);
      if (f) meta[f[1].toLowerCase()] = f[2];
    }
  }
  prose = prose.slice(0, text.length);
  return { prose, blocks, meta };
}

/**
 * A dateline opens the lead: "SLEMAN – Dinas … menggelar …". A short label line of the same shape
 * ("Postingan Facebook – Puskesmas Ciracas") is a header, not a dateline: the lead goes on for a
 * sentence.
 */
function isDateline(s: string): boolean {
  const m = DATELINE_RE.exec(s);
  if (m === null) return false;
  // "Senin, 2/12 – Kantor Desa Batubulan, 08.00–12.00": a schedule line; a dateline opens with a place.
  if (/^\s*(?:\*\*)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b/iu.test(s)) return false;
  // "NASKAH KONTEN TIKTOK — akun resmi @kanwil…" labels a script or a post, whatever its shape.
  if (/@|\b(?:naskah|konten|caption|postingan|unggahan|draf|script|skrip|tiktok|instagram|reels|storyboard|balasan|komentar|facebook|utas|thread|story|status)\b/iu.test(s.slice(0, m.index + m[0].length + 30))) return false;
  const rest = s.slice(m.index + m[0].length);
  const words = rest.split(/\s+/).filter(Boolean).length;
  // "Puskesmas Binanga — balasan komentar di halaman Facebook": a header line, no sentence after the dash.
  if (words < 12 && !/[.!?…]/.test(rest)) return false;
  return words >= 5;
}

/** Marks the parts of a release: notice, title, dateline, contact block, closing mark. */
export function classifyRelease(text: string, blocks: Block[]): void {
  let sawTitle = false;
  let sawDateline = false;
  let sawBody = false;
  let inContact = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const s = text.slice(b.start, b.end);
    if (CLOSING_RE.test(s)) {
      b.kind = 'closing';
      inContact = false;
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'heading') {
      if (b.kind === 'list-item') sawBody = true;
      if (inContact && b.kind === 'list-item') b.kind = 'contact';
      continue;
    }
    if (CONTACT_RE.test(s)) {
      b.kind = 'contact';
      inContact = true;
      continue;
    }
    if (inContact) {
      // Lines under the contact header (name, position, phone) belong to it; a long paragraph or a
      // new heading ends it.
      const words = s.split(/\s+/).length;
      if (b.kind === 'heading' || words > 30) inContact = false;
      else {
        b.kind = 'contact';
        continue;
      }
    }
    if (!sawTitle && !sawDateline && NOTICE_RE.test(s) && s.length < 120) {
      b.kind = 'notice';
      continue;
    }
    if (b.kind === 'heading') {
      sawTitle = true;
      continue;
    }
    if (!sawTitle && !sawDateline && b.kind === 'paragraph' && !/[\r\n]/.test(s) && !/[.:;]\s*$/.test(s) &&
      s.split(/\s+/).length <= 25 && i + 1 < blocks.length && !isDateline(s)) {
      b.kind = 'title';
      sawTitle = true;
      continue;
    }
    // A dateline opens the text, before any body: a signature under a broadcast ("Rina - Kasi Kesos Kel.
    // Sidomulyo Barat") has the same shape.
    if (!sawDateline && !sawBody && isDateline(s)) {
      b.kind = 'dateline';
      sawDateline = true;
      sawTitle = true;
      continue;
    }
    sawTitle = true;
    if (s.split(/\s+/).length >= 15) sawBody = true;
  }
}

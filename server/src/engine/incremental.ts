// Incremental linting for the language server: a document is cut into chunks at blank lines where
// Markdown cannot carry structure across (not inside fenced code, HTML comments or front matter), each
// chunk's parse and its block-local findings are cached by content, and only the chunks an edit
// touched are parsed again. Rules that look at the whole document (`meta.scope === 'document'`, the
// default for code rules) run on the reassembled document every time, so they stay correct.

import type { Block, Doc, DocFormat, Finding, ProsePiece, ResolvedConfig, Rule, ScanMemo, Sentence, TextPiece, Token } from './types.ts';
import { classifyRelease, docShape, parseMarkdown, parsePlain, tokenizeOptions } from './parse.ts';
import { tokenize } from './tokenize.ts';
import { lastAtMost } from './spans.ts';
import { findDirectives } from './inline.ts';
import { runRules, finishFindings, type LintRun } from './index.ts';

interface RawChunk {
  prose: string;
  /** The prose again, as the piece of the document's prose that remembers its prefilter scan. */
  piece: ProsePiece;
  blocks: Block[]; // offsets local to the chunk, kinds before release classification
  meta: Record<string, unknown>;
}

interface TokenizedChunk {
  tokens: Token[];
  sentences: Sentence[];
  /** The tokens with document offsets, for the offset the chunk had last (see shiftedTokens). */
  shifted?: { at: number; tokens: Token[] };
  /** The sentences with document offsets, for the place the chunk had last (see shiftedSentences). */
  shiftedSentences?: { at: number; tBase: number; bBase: number; list: Sentence[] };
  /** The lint that last saw this chunk, and the last one that saw it twice (two chunks of the same text). */
  seen?: number;
  twice?: number;
  /** The sentences' texts, sliced from the chunk's prose when first asked for (see sentenceTextOf). */
  texts?: string[];
}

/**
 * A chunk's tokens moved to where the chunk starts in the document. Copying every token of a 1 MB
 * document on each edit cost ~9 ms and as much again in garbage; the copies are kept while the chunk
 * stays where it was (every chunk before the edit), and when it moves (every chunk after the edit)
 * the copies are moved with it, in place, rather than made again (half the tokens of a 1 MB document
 * on each keystroke, and the garbage of them). The copies are the only token objects ever changed,
 * and only between lints: the chunk's own tokens (which its block rules read) never are, and a chunk
 * whose text occurs twice in this version gets copies of its own, since the copies the cache holds
 * may then be in the document already, at the other place.
 */
function shiftedTokens(tk: TokenizedChunk, at: number, lintNo: number): Token[] {
  if (at === 0) return tk.tokens;
  const s = tk.shifted;
  if (s?.at === at) return s.tokens;
  if (s && tk.twice !== lintNo) {
    const by = at - s.at;
    for (const t of s.tokens) {
      t.start += by;
      t.end += by;
    }
    s.at = at;
    return s.tokens;
  }
  tk.shifted = { at, tokens: tk.tokens.map((t) => ({ text: t.text, lower: t.lower, start: t.start + at, end: t.end + at })) };
  return tk.shifted.tokens;
}

interface Part {
  tk: TokenizedChunk;
  /** The chunk's prose, which the offsets of tk are in. */
  prose: string;
  start: number;
  blockBase: number;
}

/**
 * The text of sentence `i` of an assembled document: the same string as in the last version for a
 * sentence whose chunk is unchanged (the prefilter then finds its scan by a hash it already knows).
 */
function sentenceTextOf(a: Assembled, i: number): string {
  const k = lastAtMost(a.sentenceAt, i);
  const p = a.parts[k];
  const j = i - a.sentenceAt[k];
  const texts = (p.tk.texts ??= []);
  let t = texts[j];
  if (t === undefined) {
    const s = p.tk.sentences[j];
    texts[j] = t = p.prose.slice(s.start, s.end);
  }
  return t;
}

/** A document's tokens and sentences, and the parts they were built from (where each part's begin). */
interface Assembled {
  parts: Part[];
  tokens: Token[];
  sentences: Sentence[];
  tokenAt: number[];
  sentenceAt: number[];
}

/**
 * The document's tokens and sentences, from its chunks' own. The parts before the first one that
 * differs from the previous build (another chunk, or the same chunk moved) give the same tokens and
 * sentences as then: those are copied over in one slice each rather than pushed one by one and
 * rebuilt, which on a 1 MB document saves half the work of each keystroke on average. The parts
 * after it give their chunks' moved copies (shiftedTokens, shiftedSentences), which only a later
 * lint of this linter changes.
 */
function assemble(parts: Part[], prev: Assembled | undefined, lintNo: number): Assembled {
  let k = 0;
  if (prev) {
    const n = Math.min(parts.length, prev.parts.length);
    while (k < n && parts[k].tk === prev.parts[k].tk && parts[k].start === prev.parts[k].start && parts[k].blockBase === prev.parts[k].blockBase) k++;
  }
  const tokenLists: Token[][] = [k > 0 ? prev!.tokens.slice(0, prev!.tokenAt[k]) : []];
  const sentenceLists: Sentence[][] = [k > 0 ? prev!.sentences.slice(0, prev!.sentenceAt[k]) : []];
  const tokenAt = k > 0 ? prev!.tokenAt.slice(0, k + 1) : [0];
  const sentenceAt = k > 0 ? prev!.sentenceAt.slice(0, k + 1) : [0];
  let tCount = tokenAt[tokenAt.length - 1];
  let sCount = sentenceAt[sentenceAt.length - 1];
  for (; k < parts.length; k++) {
    const p = parts[k];
    const ts = shiftedTokens(p.tk, p.start, lintNo);
    const ss = shiftedSentences(p.tk, p.start, tCount, p.blockBase, lintNo);
    if (ts.length) tokenLists.push(ts);
    if (ss.length) sentenceLists.push(ss);
    tCount += ts.length;
    sCount += ss.length;
    tokenAt.push(tCount);
    sentenceAt.push(sCount);
  }
  return { parts, tokens: joined(tokenLists), sentences: joined(sentenceLists), tokenAt, sentenceAt };
}

/**
 * The lists one after another, in one array made at its final length: pushing a 1 MB document's
 * tokens one by one grew the array again and again (~2.5 ms of every keystroke). A few thousand
 * lists at a time, so that no call has more arguments than the stack takes.
 */
function joined<T>(lists: T[][]): T[] {
  let out = lists[0];
  for (let i = 1; i < lists.length; i += 4096) out = out.concat(...lists.slice(i, i + 4096));
  return out;
}

/**
 * A chunk's sentences with document offsets (its offset, the number of tokens and blocks before it),
 * kept and moved in place as shiftedTokens keeps its tokens, for the same reasons.
 */
function shiftedSentences(tk: TokenizedChunk, at: number, tBase: number, bBase: number, lintNo: number): Sentence[] {
  if (at === 0 && tBase === 0 && bBase === 0) return tk.sentences;
  const s = tk.shiftedSentences;
  if (s && s.at === at && s.tBase === tBase && s.bBase === bBase) return s.list;
  if (s && tk.twice !== lintNo) {
    const by = at - s.at;
    const byT = tBase - s.tBase;
    const byB = bBase - s.bBase;
    for (const x of s.list) {
      x.start += by;
      x.end += by;
      x.tokenStart += byT;
      x.tokenEnd += byT;
      x.block += byB;
    }
    s.at = at;
    s.tBase = tBase;
    s.bBase = bBase;
    return s.list;
  }
  const list = tk.sentences.map((x) => ({ start: x.start + at, end: x.end + at, tokenStart: x.tokenStart + tBase, tokenEnd: x.tokenEnd + tBase, block: x.block + bBase }));
  tk.shiftedSentences = { at, tBase, bBase, list };
  return list;
}

/** Cut points: offsets of the first character of a line that follows a blank line, where safe. */
export function chunkBoundaries(text: string, format: DocFormat): number[] {
  const cuts: number[] = [0];
  const n = text.length;
  let i = 0;
  let fence: string | null = null;
  let inComment = false;
  let prevBlank = false;
  // Front matter is one chunk however many blank lines it holds.
  if (format === 'markdown' && text.startsWith('---')) {
    const end = text.search(/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
    if (end > 0) {
      const nl = text.indexOf('\n', end + 1);
      i = nl < 0 ? n : nl + 1;
    }
  }
  while (i < n) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = n;
    const line = text.slice(i, eol);
    const blank = line.trim() === '';
    // Whether this line begins inside a construct that blank lines do not end.
    const insideBefore = fence !== null || inComment;
    if (format === 'markdown') {
      // A backtick fence's info string may not contain a backtick ("``` ```" is inline code).
      const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      const isFence = f !== null && !(f[1][0] === '`' && f[2].includes('`'));
      if (fence) {
        if (isFence && f![1][0] === fence[0] && f![1].length >= fence.length && f![2].trim() === '') fence = null;
      } else if (isFence) fence = f![1];
      if (!fence) {
        const open = line.lastIndexOf('<!--');
        const close = line.lastIndexOf('-->');
        if (open >= 0 && open > close) inComment = true;
        else if (close >= 0) inComment = false;
      }
    }
    // Cut before a line that starts at the margin after a blank line (an indented line may continue a
    // list item or be indented code belonging to what came before).
    if (prevBlank && !blank && !insideBefore && i > cuts[cuts.length - 1] && !/^[ \t]/.test(line)) cuts.push(i);
    prevBlank = blank && fence === null && !inComment;
    i = eol + 1;
  }
  return cuts;
}

/** What is cached for one chunk text: its parse, and per context its tokens and block-local findings. */
interface ChunkEntry {
  /** The chunk's text, as the cache keeps it (see ChunkCache.entry). */
  text: string;
  /** The same text as a piece of the document's (Doc.textPieces). */
  piece: TextPiece;
  /** The lint that last saw this text; entries not seen by the latest lint are forgotten. */
  seen: number;
  raw: Map<string, RawChunk>;
  tok: Map<string, TokenizedChunk>;
  local: Map<string, LocalFindings>;
  /** Whether the text holds "saring-", as every inline control comment does (see inline.ts). */
  directives?: boolean;
  /** The context this text was last linted in (first chunk or not, metadata and shape, block kinds), with its tokens and findings there. */
  last?: { first: boolean; ctx: string; kinds: string[]; tk: TokenizedChunk; lf: LocalFindings };
}

interface Chunk {
  start: number;
  end: number;
  text: string;
  raw: RawChunk;
  entry: ChunkEntry;
}

/** Length of the common prefix of two texts (compared a block at a time, then character by character). */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  const BLOCK = 4096;
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of two texts, at most `max` (compared as commonPrefix does). */
export function commonSuffix(a: string, b: string, max: number): number {
  const BLOCK = 4096;
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

interface LocalFindings {
  at: number;
  local: Finding[];
  shifted: Finding[];
}

/**
 * Caches keyed by a chunk's text and then by its context (first chunk, metadata, document shape,
 * block kinds). Two levels, so that a 1 MB document's chunk texts are not copied into fresh
 * concatenated keys (and hashed again) on every edit. One entry per text holds all three caches, so a
 * chunk costs one lookup of its text (hash and compare) per lint rather than six, and forgetting the
 * chunks a lint did not see is a stamp comparison rather than a set of every text.
 */
class ChunkCache {
  private m = new Map<string, ChunkEntry>();
  private lintNo = 0;
  /** Whether new entries copy their text (see entry). */
  private copy = false;
  /** Starts a lint: entries are stamped as this lint sees them. */
  begin(): void {
    this.lintNo++;
    this.copy = this.m.size > 0;
  }
  /**
   * The entry of a chunk text, `slice` of the document version being linted. A new entry keeps its
   * own copy of the text when the document has been linted before: V8 makes `slice` a view of the
   * whole version, and the entry (its key, the chunk's parse, the findings cached with it) would
   * keep that version alive for as long as the chunk is unchanged. Each edit would then keep one
   * more copy of the whole document: on a 1 MB document, 2 MB per edited chunk (40 edits at random
   * places made the server's heap 190 MB instead of 60, and every collection slower). The chunks of
   * a lint that starts from an empty cache (the first, or the first after release()) share the
   * version linted, which the editor holds anyway until the next edit: one version at most is kept
   * that way.
   */
  entry(slice: string): ChunkEntry {
    let e = this.m.get(slice);
    if (!e) {
      const text = this.copy ? detached(slice) : slice;
      this.m.set(text, (e = { text, piece: { text }, seen: this.lintNo, raw: new Map(), tok: new Map(), local: new Map() }));
    }
    e.seen = this.lintNo;
    return e;
  }
  /** Stamps an entry this lint found without looking it up (a chunk the last version had at the same place). */
  touch(e: ChunkEntry): ChunkEntry {
    e.seen = this.lintNo;
    return e;
  }
  sweep(): void {
    // forEach rather than for-of: no [key, value] pair made for each of a 1 MB document's chunks.
    this.m.forEach((e, k) => {
      if (e.seen !== this.lintNo) this.m.delete(k);
    });
  }
  clear(): void {
    this.m.clear();
  }
}

/**
 * A copy of `s` that shares no characters with the string it was sliced from. Slicing the
 * concatenation makes V8 flatten it into a string of its own first, so the result is a view of that
 * (one character longer than `s`), never of the document.
 */
function detached(s: string): string {
  return s.length === 0 ? '' : (' ' + s).slice(1);
}

/** Sets a context's value, keeping a few contexts per chunk (an edit elsewhere can flip the context back and forth). */
function remember<V>(m: Map<string, V>, ctx: string, v: V): void {
  if (m.size >= 4) m.clear();
  m.set(ctx, v);
}

/** Link reference definitions resolve across the document, so such documents are parsed whole. */
const DEFINITION_RE = /^ {0,3}\[[^\]\n]+\]:/m;

export class IncrementalLinter {
  private cache = new ChunkCache();
  private lintNo = 0;
  /** What finishFindings made of each finding, for the findings the chunk caches hand back again. */
  private finished = new WeakMap<Finding, Finding>();
  /** The whole document's tokens and sentences as last built, for the next build to start from. */
  private assembled: Assembled | undefined;
  private localRules: Rule[];
  private docRules: Rule[];
  /** The last document assembled, for outline and hover. */
  doc: Doc | undefined;
  /** The context (metadata, shape) of the chunks of the last lint. */
  private ctx = '';
  /** The text last linted and its chunks, for the next lint to find the chunks they share. */
  private last: { text: string; chunks: Chunk[] } | undefined;
  /** What the prefilter keeps of this document's texts from one version to the next (Doc.scanMemo). */
  private scanMemo: ScanMemo = { generation: -1, texts: new Map() };

  constructor(private config: ResolvedConfig, private format: DocFormat) {
    this.localRules = config.rules.filter((r) => (r.meta.scope ?? 'document') === 'block');
    this.docRules = config.rules.filter((r) => !this.localRules.includes(r));
  }

  lint(text: string, run: LintRun = {}): Finding[] {
    // Every definition holds "]:", which a string search rules out far faster than the pattern can.
    const cuts = this.format === 'markdown' && text.includes(']:') && DEFINITION_RE.test(text) ? [0] : chunkBoundaries(text, this.format);
    const chunks: Chunk[] = [];
    const lintNo = ++this.lintNo;
    this.cache.begin();
    // What this version shares with the last one: a chunk wholly inside the shared beginning, or
    // wholly inside the shared end, that was a chunk of the last version at the same place (moved
    // by the change in length, for the end) has that chunk's entry, found without hashing its text.
    const prev = this.last;
    const prevChunks = prev?.chunks ?? [];
    const same = prev ? commonPrefix(prev.text, text) : 0;
    const sameEnd = prev ? text.length - commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - same) : text.length;
    const delta = prev ? text.length - prev.text.length : 0;
    let p = 0;
    for (let k = 0; k < cuts.length; k++) {
      const start = cuts[k];
      const end = k + 1 < cuts.length ? cuts[k + 1] : text.length;
      const first = k === 0 ? 'first' : '';
      let entry: ChunkEntry | undefined;
      const by = end <= same ? 0 : start >= sameEnd ? delta : undefined;
      if (by !== undefined) {
        while (p < prevChunks.length && prevChunks[p].start < start - by) p++;
        const o = prevChunks[p];
        if (o && o.start === start - by && o.end === end - by) entry = this.cache.touch(o.entry);
      }
      entry ??= this.cache.entry(text.slice(start, end));
      const t = entry.text;
      let raw = entry.raw.get(first);
      if (!raw) {
        const parsed = this.format === 'markdown' ? parseMarkdown(t) : parsePlain(t);
        raw = { prose: parsed.prose, blocks: parsed.blocks, meta: parsed.meta, piece: { text: parsed.prose } };
        remember(entry.raw, first, raw);
      }
      chunks.push({ start, end, text: t, raw, entry });
    }

    // Assemble blocks with global offsets, then classify the release as a whole.
    const blocks: Block[] = [];
    const chunkBlockStart: number[] = [];
    for (const c of chunks) {
      chunkBlockStart.push(blocks.length);
      for (const b of c.raw.blocks) blocks.push({ kind: b.kind, start: b.start + c.start, end: b.end + c.start });
    }
    classifyRelease(text, blocks);
    const shape = docShape(text, this.format, blocks);
    const shapeKey = `${shape.release ? 'r' : ''}${shape.post ? 'p' : ''}${shape.chat ? 'c' : ''}`;

    const prose: string[] = [];
    const pieces: ProsePiece[] = [];
    const findings: Finding[] = [];
    const meta = chunks[0]?.raw.meta ?? {};
    // What every chunk's context shares, the same string as last time when it has not changed (so
    // that comparing it with a chunk's last context is comparing two references).
    let ctx = `${JSON.stringify(meta)}\u0000${shapeKey}`;
    if (ctx === this.ctx) ctx = this.ctx;
    else this.ctx = ctx;
    const parts: Part[] = [];
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k];
      prose.push(c.raw.prose);
      pieces.push(c.raw.piece);
      const bStart = chunkBlockStart[k];
      const isFirst = k === 0;
      const n = c.raw.blocks.length;
      let tk: TokenizedChunk | undefined;
      let lf: LocalFindings | undefined;
      // The context the chunk had last, as it mostly has again: its tokens and findings without
      // building the context's key and looking it up.
      const hit = c.entry.last;
      if (hit && hit.first === isFirst && hit.ctx === ctx && hit.kinds.length === n) {
        let j = 0;
        while (j < n && hit.kinds[j] === blocks[bStart + j].kind) j++;
        if (j === n) {
          tk = hit.tk;
          lf = hit.lf;
        }
      }
      if (!tk || !lf) {
        const kinds: string[] = [];
        let kindsKey = '';
        for (let j = 0; j < n; j++) {
          kinds.push(blocks[bStart + j].kind);
          kindsKey += blocks[bStart + j].kind + ',';
        }
        // Block rules may read document metadata (front matter jenis), so it is part of the key.
        // So may what the whole text is (a release, a post): DocShape is part of the key too.
        const key = `${isFirst ? 'first\u0000' : ''}${ctx}\u0000${kindsKey}`;
        tk = c.entry.tok.get(key);
        const localBlocks = () => c.raw.blocks.map((b, j) => ({ kind: blocks[bStart + j].kind, start: b.start, end: b.end }));
        if (!tk) {
          tk = tokenize(c.raw.prose, localBlocks(), tokenizeOptions(this.format, shape));
          remember(c.entry.tok, key, tk);
        }
        // Block-local rules on the chunk alone, cached with it (shifted copies reused while the chunk
        // stays where it was).
        lf = c.entry.local.get(key);
        if (!lf) {
          const chunkDoc: Doc = { text: c.text, format: this.format, prose: c.raw.prose, blocks: localBlocks(), tokens: tk.tokens, sentences: tk.sentences, meta, disabled: [], shape };
          lf = { at: 0, local: runRules(chunkDoc, this.localRules, this.config, run), shifted: [] };
          lf.shifted = lf.local;
          remember(c.entry.local, key, lf);
        }
        c.entry.last = { first: isFirst, ctx, kinds, tk, lf };
      }
      if (tk.seen === lintNo) tk.twice = lintNo;
      else tk.seen = lintNo;
      if (lf.at !== c.start) {
        lf.shifted = lf.local.map((f) => shift(f, c.start));
        lf.at = c.start;
      }
      for (const f of lf.shifted) findings.push(f);
      parts.push({ tk, prose: c.raw.prose, start: c.start, blockBase: bStart });
    }
    // Global tokens and sentences are only built when a document-level rule reads them.
    let tokens: Token[] | undefined;
    let sentences: Sentence[] | undefined;
    let assembled: Assembled | undefined;
    const build = () => {
      const a = assemble(parts, this.assembled, lintNo);
      this.assembled = assembled = a;
      tokens = a.tokens;
      sentences = a.sentences;
    };
    const doc = {
      text,
      format: this.format,
      prose: prose.join(''),
      blocks,
      meta,
      // Every inline control comment holds "saring-", which cannot span two chunks (each begins a
      // line): the chunks' own answers, kept with their entries, spare searching the whole text.
      disabled: chunks.some((c) => (c.entry.directives ??= c.text.includes('saring-'))) ? findDirectives(text, this.format) : [],
      shape,
      prosePieces: pieces,
      textPieces: chunks.map((c) => c.entry.piece),
      scanMemo: this.scanMemo,
      sentenceText: (i: number): string => {
        if (!assembled) build();
        return sentenceTextOf(assembled!, i);
      },
      get tokens(): Token[] {
        if (!tokens) build();
        return tokens!;
      },
      get sentences(): Sentence[] {
        if (!sentences) build();
        return sentences!;
      },
    } as Doc;
    this.doc = doc;
    if (this.docRules.length) findings.push(...runRules(doc, this.docRules, this.config, run));
    // Forget chunks this version no longer has; an edit keeps all but the one it touched.
    this.cache.sweep();
    this.last = { text, chunks };
    return finishFindings(findings, doc, this.finished);
  }

  /**
   * Forgets the chunk caches of a document that is not being edited (the language server keeps them
   * only for the documents edited last): the next lint parses it whole again, with the same result.
   * The last document stays readable (outline), its tokens and sentences rebuilt when asked for.
   */
  release(): void {
    this.cache.clear();
    this.last = undefined;
    this.assembled = undefined;
    this.scanMemo = { generation: -1, texts: new Map() };
    const d = this.doc;
    if (!d) return;
    const { text, format, prose, blocks, meta, disabled, shape } = d;
    const docShapeNow = shape ?? docShape(text, format, blocks);
    const options = tokenizeOptions(format, docShapeNow);
    let tk: { tokens: Token[]; sentences: Sentence[] } | undefined;
    this.doc = {
      text,
      format,
      prose,
      blocks,
      meta,
      disabled,
      shape: docShapeNow,
      get tokens(): Token[] {
        return (tk ??= tokenize(prose, blocks, options)).tokens;
      },
      get sentences(): Sentence[] {
        return (tk ??= tokenize(prose, blocks, options)).sentences;
      },
    } as Doc;
  }
}


function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

// The engine's vocabulary: documents, rules, findings. Pure data, no I/O, no LSP types.
//
// Every offset in the engine is a UTF-16 code unit index into the original source text, so a
// finding can be turned into an LSP range or a CLI line:column by one converter (see lines.ts).

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type FixKind = 'safe' | 'suggestion' | 'none';
export type Locale = 'id' | 'en';
export type DocFormat = 'markdown' | 'plaintext' | 'rilis';

/** A message in both languages; Indonesian is the default. `{name}` placeholders are filled from args. */
export interface I18nText {
  id: string;
  en: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** Safe fixes are applied by `--fix` and fix-all; suggestions only ever by a person. */
  safe: boolean;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  /** Internal: set for rules with meta.yields until overlaps are resolved. */
  yields?: boolean;
  /**
   * Internal: the message and fixes of a finding whose rule deferred them (`report({ later })`).
   * finishFindings computes them only for the findings it keeps, from the finding's own offsets, so
   * a finding the incremental linter shifted still gets its edits in the right place.
   */
  later?: (start: number, end: number) => { message: string; fixes: Fix[] };
}

/** Block kinds recognised in a document; rules use them for context (headline, contact block, quotes). */
export type BlockKind =
  | 'heading'
  | 'title' // the headline of a plain-text release (first non-empty line)
  | 'dateline' // a paragraph that opens with "KOTA – " or "Kota, 5 Agustus 2024 –"
  | 'paragraph'
  | 'quote' // a block quote (Markdown `>`)
  | 'list-item'
  | 'table-cell'
  | 'caption' // image alt text / link text standing alone
  | 'contact' // the Narahubung / Kontak Media block and everything below its header
  | 'notice' // "Untuk Disiarkan Segera", "Embargo hingga …"
  | 'closing'; // "###", "-selesai-"

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface Token {
  /** Surface form as written. */
  text: string;
  /** Lower-cased form (locale-independent). */
  lower: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of this sentence in Doc.tokens, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
  /** Index into Doc.blocks of the block holding this sentence. */
  block: number;
}

/**
 * A parsed document. `prose` has exactly the length of `text`: every character that is not prose
 * (code, inline code, URLs, HTML, Markdown syntax, front matter) is replaced by a space (line breaks
 * are kept), so a regular expression run over `prose` reports offsets that are valid in `text`.
 */
export interface Doc {
  text: string;
  format: DocFormat;
  prose: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  /** Front matter (Markdown) or header fields, e.g. { tanggal: '2025-05-26', jenis: 'siaran-pers' }. */
  meta: Record<string, unknown>;
  /** Ranges where rules are disabled by inline comments; see inline.ts. */
  disabled: DisabledRange[];
  /**
   * What the whole text is, for rules that look at one block at a time: set by parse() and by the
   * incremental linter (which keys its block caches on it), computed by docShape() in parse.ts.
   */
  shape?: DocShape;
  /**
   * Internal (the incremental linter): the prose as its chunks' pieces, in order, kept across
   * versions of the document so that the prefilter scans each piece once (see scanPieces).
   */
  prosePieces?: ProsePiece[];
  /**
   * Internal (the incremental linter): the text as its chunks, in order, each beginning a line and
   * kept across versions, so that a search for lines of a kind (engine/mention.ts) is made once per
   * chunk rather than over the whole text on every keystroke.
   */
  textPieces?: TextPiece[];
  /**
   * Internal (the incremental linter): what the prefilter learnt of the texts it scanned (sentences,
   * and any text a rule tests), kept across versions of the document, where all but the edited
   * sentences are the same texts again (see engine/prefilter.ts).
   */
  scanMemo?: ScanMemo;
  /**
   * Internal (the incremental linter): the text of sentence `index`, the same string in every version
   * in which the sentence's chunk is unchanged (see engine/sentence-text.ts).
   */
  sentenceText?: (index: number) => string;
}

/** Texts the prefilter has scanned, with their scans (opaque outside engine/prefilter.ts). */
export interface ScanMemo {
  generation: number;
  texts: Map<string, object>;
}

/** A piece of a document's text that begins a line (see Doc.textPieces). */
export interface TextPiece {
  readonly text: string;
}

/** A piece of a document's prose, with the prefilter's scan of it once made. */
export interface ProsePiece {
  readonly text: string;
  scan?: { generation: number; found: Uint8Array };
}

export interface DocShape {
  /** A press release: a .rilis file or a dateline ("SLEMAN – …"). */
  release: boolean;
  /**
   * Not a release, and a social-media post or message: hashtags, @mentions, emoji, a greeting to the
   * reader, or plain text of several lines with no dateline (a WhatsApp broadcast, a status update).
   */
  post: boolean;
  /** A chat export ("[07.12, 14/10/2024] Bu Rini: …" lines): people talking among themselves. */
  chat?: boolean;
}

export interface DisabledRange {
  start: number;
  end: number;
  /** Rule ids or family names; empty means all rules. */
  rules: string[];
}

/** Static metadata every rule declares (never inferred). */
export interface RuleMeta {
  id: string; // family/name
  severity: Severity;
  fix: FixKind;
  message: I18nText;
  description: I18nText;
  /** Legal or style basis, e.g. "EYD V", "KBBI", "SE MenPAN-RB 137/2018 butir 6". */
  basis: string;
  /** Where the rule is defined, for error messages and docs. */
  source?: string;
  /** The data kind of a YAML rule; absent for code rules. */
  kind?: 'swap' | 'flag' | 'pattern';
  /**
   * What a finding depends on: 'block' rules look only at the block (and sentence) they report in,
   * so the language server can cache their findings per unchanged chunk; 'document' rules (the
   * default for code rules) see the whole document and run on every change.
   */
  scope?: 'block' | 'document';
  /** A finding of this rule is dropped when another rule reports a finding overlapping it. */
  yields?: boolean;
}

export interface RuleExample {
  text: string;
  /** Expected text after applying all safe fixes (invalid examples with a safe fix). */
  output?: string;
  /** Expected number of findings of this rule (default: at least one for invalid, zero for valid). */
  count?: number;
  /** Format of the example text (default plaintext). */
  format?: DocFormat;
}

export interface RuleExamples {
  valid: RuleExample[];
  invalid: RuleExample[];
}

/** What a rule receives when it runs. */
export interface RuleContext {
  doc: Doc;
  options: LintOptions;
  /** Report a finding; severity and rule id are filled in by the engine. */
  report(f: {
    start: number;
    end: number;
    message?: string;
    args?: Record<string, string>;
    fixes?: Fix[];
    severity?: Severity;
    /**
     * Message arguments and fixes that are costly to compute (spelling suggestions), asked for only
     * when the finding is kept: a yielding finding that another rule overlaps never needs them.
     * Whatever it returns replaces `args` and `fixes`; edits must be built from the offsets given.
     */
    later?: (start: number, end: number) => { args?: Record<string, string>; fixes?: Fix[] };
    /** This finding yields (see RuleMeta.yields) although its rule does not. */
    yields?: boolean;
  }): void;
  /** Localised message of this rule with args filled in. */
  msg(args?: Record<string, string>, text?: I18nText): string;
  t(text: I18nText, args?: Record<string, string>): string;
}

export interface Rule {
  meta: RuleMeta;
  examples: RuleExamples;
  run(ctx: RuleContext): void;
}

/** A spelling dictionary, supplied by the environment (the engine never reads files). */
export interface Speller {
  isCorrect(word: string): boolean;
  suggest(word: string, max?: number): string[];
}

/** Settings the engine needs, resolved by the config layer (pure data). */
export interface LintOptions {
  /** The Indonesian dictionary; spelling rules do nothing without it. */
  speller?: Speller;
  locale: Locale;
  /** Accepted words (config `words`), lower-cased. */
  words: Set<string>;
  /** Election settings for `netralitas`. */
  pemilu?: {
    kandidat: string[];
    partai: string[];
    akun: string[];
    masaKampanye?: { mulai: string; selesai: string };
  };
  /** Acronyms that need no expansion, on top of the built-in list. */
  akronim: string[];
  /** Register of the document: a release is formal; a caption may be informal. */
  jenis?: 'siaran-pers' | 'caption' | 'unggahan';
  /** Free-form settings per rule id. */
  ruleOptions: Record<string, Record<string, unknown>>;
}

export interface ResolvedConfig {
  rules: Rule[];
  /** Effective severity per rule id; rules set to 'off' are absent from `rules`. */
  severities: Map<string, Severity>;
  options: LintOptions;
}

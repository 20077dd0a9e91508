// The three data rule kinds, implemented once (Vale's existence/substitution idea): `swap` (wrong →
// right with a fix), `flag` (a word or phrase list with guards) and `pattern` (a regular expression).
// Every YAML rule, built in or from a user's .saring.yml, is compiled here into a Rule.

import type { DocFormat, Fix, FixKind, I18nText, Rule, RuleContext, RuleExample, RuleExamples, Severity, Token } from './types.ts';
import { AFFIX_SUFFIXES, affixForms, forEachAffixStem, matchCase } from './morph.ts';
import { GATE_NAMES, type GateName, gated, sentenceAt, sentenceTest } from './gates.ts';
import { checkPatternSafety } from './regex-safety.ts';
import { proseMatchList, registerPattern } from './prefilter.ts';
import { formCount, formEpoch, pushPositions, sharedFormIndex } from './forms.ts';

export type DefPath = Array<string | number>;

/** A rule definition that cannot be used; `path` points at the offending field. */
export class RuleDefError extends Error {
  constructor(message: string, readonly path: DefPath) {
    super(message);
  }
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];
const FIX_KINDS: FixKind[] = ['safe', 'suggestion', 'none'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CompileOptions {
  /** Built-in rules must declare everything; custom rules get defaults for descriptions and basis. */
  builtin: boolean;
  source?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(def: Obj, key: string, path: DefPath, required: boolean): string | undefined {
  const v = def[key];
  if (v === undefined || v === null) {
    if (required) throw new RuleDefError(`missing field "${key}"`, [...path, key]);
    return undefined;
  }
  if (typeof v !== 'string') throw new RuleDefError(`"${key}" must be a string`, [...path, key]);
  return v;
}

function i18n(def: Obj, key: string, path: DefPath, required: boolean): I18nText | undefined {
  const v = def[key];
  if (v === undefined || v === null) {
    if (required) throw new RuleDefError(`missing field "${key}"`, [...path, key]);
    return undefined;
  }
  if (typeof v === 'string') return { id: v, en: v };
  if (isObj(v) && typeof v.id === 'string') {
    if (v.en !== undefined && typeof v.en !== 'string') throw new RuleDefError(`"${key}.en" must be a string`, [...path, key, 'en']);
    return { id: v.id, en: (v.en as string | undefined) ?? v.id };
  }
  throw new RuleDefError(`"${key}" must be a string or { id, en }`, [...path, key]);
}

/** `wholeProse`: the pattern runs over a document's prose through reducedPattern (a pattern rule's own). */
function regex(source: unknown, path: DefPath, extraFlags: string, untrusted: boolean, wholeProse = false): RegExp {
  if (typeof source !== 'string') throw new RuleDefError('must be a regular expression string', path);
  if (untrusted) {
    const problem = checkPatternSafety(source);
    if (problem) throw new RuleDefError(`pattern refused: ${problem}`, path);
  }
  try {
    const re = new RegExp(source, extraFlags);
    registerPattern(re, wholeProse); // the prefilter's first automaton knows the rules' own patterns
    return re;
  } catch (e) {
    throw new RuleDefError(`invalid regular expression: ${(e as Error).message}`, path);
  }
}

function gatesOf(def: Obj): GateName[] {
  const g = def.gates;
  if (g === undefined) return [];
  if (!Array.isArray(g)) throw new RuleDefError('"gates" must be a list', ['gates']);
  return g.map((name, i) => {
    if (!GATE_NAMES.includes(name as GateName)) {
      throw new RuleDefError(`unknown gate "${String(name)}" (known: ${GATE_NAMES.join(', ')})`, ['gates', i]);
    }
    return name as GateName;
  });
}

function examplesOf(def: Obj, required: boolean): RuleExamples {
  const ex = def.examples;
  if (ex === undefined) {
    if (required) throw new RuleDefError('missing field "examples" (valid and invalid)', ['examples']);
    return { valid: [], invalid: [] };
  }
  if (!isObj(ex)) throw new RuleDefError('"examples" must have "valid" and "invalid" lists', ['examples']);
  const list = (key: 'valid' | 'invalid'): RuleExample[] => {
    const v = ex[key];
    if (v === undefined) {
      if (required) throw new RuleDefError(`missing "examples.${key}"`, ['examples', key]);
      return [];
    }
    if (!Array.isArray(v)) throw new RuleDefError(`"examples.${key}" must be a list`, ['examples', key]);
    return v.map((item, i): RuleExample => {
      if (typeof item === 'string') return { text: item };
      if (isObj(item) && typeof item.text === 'string') {
        const e: RuleExample = { text: item.text };
        if (typeof item.output === 'string') e.output = item.output;
        if (typeof item.count === 'number') e.count = item.count;
        if (item.format === 'markdown' || item.format === 'plaintext' || item.format === 'rilis') e.format = item.format as DocFormat;
        return e;
      }
      throw new RuleDefError('an example is a string or { text, output?, count?, format? }', ['examples', key, i]);
    });
  };
  return { valid: list('valid'), invalid: list('invalid') };
}

const REPLACE_TITLE: I18nText = { id: 'Ganti dengan “{expected}”', en: 'Replace with “{expected}”' };

function replaceFix(ctx: RuleContext, start: number, end: number, newText: string, safe: boolean): Fix {
  return { title: ctx.t(REPLACE_TITLE, { expected: newText }), safe, edits: [{ start, end, newText }] };
}

/** Tokens i..j are one phrase when only white space separates them. */
// Words of one phrase stand in one paragraph: a blank line between them ends it (and a phrase across
// it would be seen by a full lint but not by the block-by-block re-lint of the language server).
function adjacent(prose: string, a: Token, b: Token): boolean {
  let newlines = 0;
  for (let k = a.end; k < b.start; k++) {
    const c = prose.charCodeAt(k);
    if (c === 10 && ++newlines > 1) return false;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

interface PhraseEntry<T> {
  words: string[];
  value: T;
}

/**
 * Single tokens by exact lower-case form, multi-token phrases by their first token. `derive` gives
 * the value of a single token the map does not hold (a swap rule's affixed forms), or undefined.
 */
class PhraseTable<T> {
  readonly single = new Map<string, T>();
  readonly multi = new Map<string, PhraseEntry<T>[]>();

  constructor(private readonly derive?: (form: string) => T | undefined) {}

  /** The value of a single token: an entry of the map, or else a derived one. */
  private one(form: string): T | undefined {
    const v = this.single.get(form);
    return v !== undefined || !this.derive ? v : this.derive(form);
  }

  add(phrase: string, value: T, overwrite = true): void {
    // Fast path: most entries are one lower-case word (generated affixed forms always are).
    if (phrase.indexOf(' ') < 0 && phrase.indexOf('\t') < 0) {
      const w = phrase.toLowerCase();
      if (w && (overwrite || !this.single.has(w))) this.single.set(w, value);
      return;
    }
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    if (words.length === 1) {
      if (overwrite || !this.single.has(words[0])) this.single.set(words[0], value);
      return;
    }
    const list = this.multi.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((x, y) => y.words.length - x.words.length);
    this.multi.set(words[0], list);
  }

  /**
   * Per form id (see forms.ts): 0 when not looked up yet, 1 when the form starts nothing in this
   * table, 2 when it may start a match. Forms recur from document to document, so each is looked up
   * in the table once.
   */
  private starts = new Uint8Array(0);
  private startsEpoch = -1;

  /** Calls `hit` for each match, longest phrase first, never overlapping. */
  scan(ctx: RuleContext, hit: (start: number, end: number, value: T, tokenIndex: number, reduplicated?: boolean) => void): void {
    const { tokens, prose } = ctx.doc;
    // Only tokens whose form is in the table can start a match: find them from the document's index
    // of token forms (shared by every list rule) instead of looking every token up in every table.
    const idx = sharedFormIndex(tokens);
    if (!idx) return this.scanAll(ctx, hit);
    const epoch = formEpoch();
    if (this.startsEpoch !== epoch || this.starts.length < formCount()) {
      const grown = new Uint8Array(Math.max(1024, formCount() * 2));
      if (this.startsEpoch === epoch) grown.set(this.starts);
      this.starts = grown;
      this.startsEpoch = epoch;
    }
    const starts = this.starts;
    const cands: number[] = [];
    for (let k = 0; k < idx.ids.length; k++) {
      const id = idx.ids[k];
      let st = starts[id];
      if (st === 0) {
        const form = idx.forms[k];
        st = this.one(form) !== undefined || this.multi.has(form) ? 2 : 1;
        starts[id] = st;
      }
      if (st === 2) pushPositions(idx, k, cands);
    }
    for (const [left, list] of idx.redup) if (this.one(left) !== undefined) for (const i of list) cands.push(i);
    if (cands.length === 0) return;
    cands.sort((a, b) => a - b);
    let next = 0;
    for (const i of cands) {
      if (i < next) continue; // inside a phrase already matched, or seen
      next = this.at(tokens, prose, i, hit);
    }
  }

  /** The plain scan, every token looked up (the first table to read a document does this). */
  private scanAll(ctx: RuleContext, hit: (start: number, end: number, value: T, tokenIndex: number, reduplicated?: boolean) => void): void {
    const { tokens, prose } = ctx.doc;
    for (let i = 0; i < tokens.length; ) i = this.at(tokens, prose, i, hit);
  }

  /** Matches at token i; returns the index of the next token to look at. */
  private at(tokens: Token[], prose: string, i: number, hit: (start: number, end: number, value: T, tokenIndex: number, reduplicated?: boolean) => void): number {
    const t = tokens[i];
    const phrases = this.multi.get(t.lower);
    if (phrases) {
      for (const p of phrases) {
        let ok = i + p.words.length <= tokens.length;
        for (let k = 1; ok && k < p.words.length; k++) {
          ok = tokens[i + k].lower === p.words[k] && adjacent(prose, tokens[i + k - 1], tokens[i + k]);
        }
        if (ok) {
          const last = tokens[i + p.words.length - 1];
          hit(t.start, last.end, p.value, i);
          return i + p.words.length;
        }
      }
    }
    const v = this.one(t.lower);
    if (v !== undefined) {
      hit(t.start, t.end, v, i);
      return i + 1;
    }
    // Reduplication: "praktek-praktek" is two of the same word.
    const dash = t.lower.indexOf('-');
    if (dash > 0) {
      const left = t.lower.slice(0, dash);
      if (t.lower === `${left}-${left}`) {
        const lv = this.one(left);
        if (lv !== undefined) hit(t.start, t.end, lv, i, true);
      }
    }
    return i + 1;
  }
}

interface Common {
  meta: Rule['meta'];
  examples: RuleExamples;
  gates: GateName[];
  requires?: RegExp;
  unless?: RegExp;
}

function common(def: Obj, opts: CompileOptions, untrusted: boolean): Common {
  const id = str(def, 'id', [], true)!;
  if (!ID_RE.test(id)) throw new RuleDefError(`rule id "${id}" must be family/name in lower-case kebab-case`, ['id']);
  const severity = (str(def, 'severity', [], opts.builtin) ?? 'warning') as Severity;
  if (!SEVERITIES.includes(severity)) throw new RuleDefError(`severity must be one of ${SEVERITIES.join(', ')}`, ['severity']);
  const kind = def.kind as string;
  const fix = (str(def, 'fix', [], opts.builtin) ?? (kind === 'swap' ? 'safe' : 'none')) as FixKind;
  if (!FIX_KINDS.includes(fix)) throw new RuleDefError(`fix must be one of ${FIX_KINDS.join(', ')}`, ['fix']);
  const message = i18n(def, 'message', [], true)!;
  const description = i18n(def, 'description', [], opts.builtin) ?? message;
  const basis = str(def, 'basis', [], opts.builtin) ?? 'Konfigurasi instansi';
  const c: Common = {
    meta: { id, severity, fix, message, description, basis, source: opts.source, kind: kind as 'swap' | 'flag' | 'pattern', scope: 'block' },
    examples: examplesOf(def, opts.builtin),
    gates: gatesOf(def),
  };
  if (def.requires !== undefined) c.requires = regex(def.requires, ['requires'], 'iu', untrusted);
  if (def.unless !== undefined) c.unless = regex(def.unless, ['unless'], 'iu', untrusted);
  return c;
}

/** Shared guard check: the sentence around `at` must satisfy requires/unless and pass the gates. */
function guarded(ctx: RuleContext, at: number, g: { requires?: RegExp; unless?: RegExp; gates: GateName[] }): boolean {
  if (g.requires || g.unless) {
    const si = sentenceAt(ctx.doc, at);
    if (g.requires && (si < 0 || !sentenceTest(ctx.doc, si, g.requires))) return false;
    if (g.unless && si >= 0 && sentenceTest(ctx.doc, si, g.unless)) return false;
  }
  return !gated(ctx.doc, at, g.gates);
}

export const KNOWN_KEYS: Record<string, string[]> = {
  swap: ['swap', 'affixes', 'skipAllCaps'],
  flag: ['entries', 'words', 'affixes'],
  pattern: ['pattern', 'flags', 'replace'],
};
const COMMON_KEYS = ['id', 'kind', 'severity', 'fix', 'message', 'description', 'basis', 'gates', 'examples', 'requires', 'unless'];

export function compileDataRule(def: unknown, opts: CompileOptions): Rule {
  if (!isObj(def)) throw new RuleDefError('a rule must be a mapping with id, kind, severity, message …', []);
  const kind = def.kind;
  if (kind !== 'swap' && kind !== 'flag' && kind !== 'pattern') {
    throw new RuleDefError('"kind" must be swap, flag or pattern', ['kind']);
  }
  for (const key of Object.keys(def)) {
    if (!COMMON_KEYS.includes(key) && !KNOWN_KEYS[kind].includes(key)) {
      throw new RuleDefError(`unknown field "${key}" for a ${kind} rule`, [key]);
    }
  }
  const untrusted = !opts.builtin;
  const c = common(def, opts, untrusted);
  if (kind === 'swap') return compileSwap(def, c);
  if (kind === 'flag') return compileFlag(def, c, untrusted);
  return compilePattern(def, c, untrusted);
}

/**
 * "Rizki Ramadhan", "Siti Nurjanah Shalat": a capitalised word right after a capitalised word the
 * dictionary does not know is part of a person's name, and names keep their spelling. "Wakil
 * Walikota" and "bulan Ramadhan" still get their fix: "wakil" and "bulan" are ordinary words.
 */
function partOfName(ctx: RuleContext, i: number, actual: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(actual) || i <= 0) return false;
  const { tokens, prose } = ctx.doc;
  const prev = tokens[i - 1];
  if (!prev || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || !/^[ \t]+$/.test(prose.slice(prev.end, tokens[i].start))) return false;
  if (NAME_LEADS.has(prev.lower)) return false;
  // Mid-sentence, a capital marks a proper noun; at the start of a sentence only a word the
  // dictionary does not know ("Xyzab Ramadhan") shows a name.
  const sentenceStart = ctx.doc.sentences[sentenceAt(ctx.doc, prev.start)]?.start === prev.start;
  if (!sentenceStart) return true;
  const speller = ctx.options.speller;
  return speller !== undefined && !speller.isCorrect(prev.lower);
}
// Capitalised words that lead a title or a date rather than a name: "Wakil Walikota", "Bulan Ramadhan".
const NAME_LEADS = new Set(['wakil', 'plt', 'pj', 'pjs', 'plh', 'bapak', 'ibu', 'pak', 'bu', 'sdr', 'sdri', 'hari', 'bulan', 'tahun', 'selamat', 'kepala', 'sekretaris', 'ketua', 'mantan', 'calon', 'menyambut', 'jelang', 'pada', 'di', 'ke', 'dan', 'yang']);

/** Forms a swap rule remembers the answer for, before it starts again (see affixedForms). */
const KNOWN_FORMS = 1 << 17;

/**
 * The corrections of a swap rule's generated affixed forms ("menghimbau" → "mengimbau", see
 * forEachAffixPair), found when a form is looked up instead of listed when the rule is compiled: the
 * kata-baku list has ~100,000 such forms, and a Map of them cost every process and worker thread
 * ~65 ms (more, cold) before its first document, while a run meets a few hundred of them. What a
 * lookup gives is what the list had: the form's pairs from every entry, in the order forEachAffixPair
 * makes them, where the first pair gives the correction and pairs from an entry's further targets
 * add theirs; a form that is an entry's own wrong form or a correct form of some entry gets none.
 */
export function affixedForms(entries: Array<{ wrong: string; to: string[]; affixes: boolean }>, rightForms: Set<string>): (form: string) => string[] | undefined {
  // A pair comes from `entry`'s target number `ti`; `seq` orders the calls of forEachAffixStem, and
  // the suffix's index orders the pairs of one call.
  interface Stem {
    seq: number;
    ti: number;
    wrong: string;
    rightStem: string;
    noI: boolean;
  }
  interface Pair {
    seq: number;
    ti: number;
    wrong: string;
    stem: string;
    suffix: string;
  }
  const byWrongStem = new Map<string, Stem[]>();
  const pairs = new Map<string, Pair[]>();
  let seq = 0;
  for (const e of entries) {
    if (!e.affixes || e.wrong.includes(' ')) continue;
    for (let ti = 0; ti < e.to.length; ti++) {
      forEachAffixStem(
        e.wrong,
        e.to[ti],
        (w, stem, suffix) => {
          const list = pairs.get(w);
          const p = { seq: seq++, ti, wrong: e.wrong, stem, suffix };
          if (list) list.push(p);
          else pairs.set(w, [p]);
        },
        (wrongStem, rightStem, noI) => {
          const list = byWrongStem.get(wrongStem);
          const st = { seq: seq++, ti, wrong: e.wrong, rightStem, noI };
          if (list) list.push(st);
          else byWrongStem.set(wrongStem, [st]);
        },
      );
    }
  }
  // Answers, misses included: the first word list to read a document looks up every token.
  const known = new Map<string, string[] | null>();
  return (form) => {
    let out = known.get(form);
    if (out !== undefined) return out ?? undefined;
    // A language server meets new words for as long as it runs.
    if (known.size >= KNOWN_FORMS) known.clear();
    out = null;
    if (!rightForms.has(form)) {
      const found: Array<{ key: number; ti: number; wrong: string; right: string }> = [];
      for (const p of pairs.get(form) ?? []) found.push({ key: p.seq * 16, ti: p.ti, wrong: p.wrong, right: p.stem + p.suffix });
      for (let si = 0; si < AFFIX_SUFFIXES.length; si++) {
        const suf = AFFIX_SUFFIXES[si];
        if (!form.endsWith(suf)) continue;
        const stems = byWrongStem.get(form.slice(0, form.length - suf.length));
        if (!stems) continue;
        for (const st of stems) {
          if (st.noI && suf.charCodeAt(0) === 105 /* i */) continue;
          found.push({ key: st.seq * 16 + si, ti: st.ti, wrong: st.wrong, right: st.rightStem + suf });
        }
      }
      found.sort((a, b) => a.key - b.key);
      for (const f of found) {
        if (form === f.wrong) continue;
        if (out === null) out = [f.right];
        else if (f.ti > 0 && !out.includes(f.right)) out.push(f.right);
      }
    }
    known.set(form, out);
    return out ?? undefined;
  };
}

function compileSwap(def: Obj, c: Common): Rule {
  const swap = def.swap;
  if (!isObj(swap) || Object.keys(swap).length === 0) throw new RuleDefError('"swap" must be a non-empty mapping of wrong: right', ['swap']);
  const defaultAffixes = def.affixes === undefined ? true : def.affixes === true;
  // ALL-CAPS tokens are initials or acronyms ("YG" is a person, not "yang") when the rule says so.
  const skipAllCaps = def.skipAllCaps === true;
  const entries: Array<{ wrong: string; to: string[]; affixes: boolean }> = [];
  const rightForms = new Set<string>();
  for (const [wrong, raw] of Object.entries(swap)) {
    let to: string[];
    let affixes = defaultAffixes;
    if (typeof raw === 'string') to = [raw];
    else if (Array.isArray(raw) && raw.length > 0 && raw.every((x) => typeof x === 'string')) to = raw as string[];
    else if (isObj(raw) && (typeof raw.to === 'string' || Array.isArray(raw.to))) {
      to = typeof raw.to === 'string' ? [raw.to] : (raw.to as unknown[]).map(String);
      if (raw.affixes !== undefined) affixes = raw.affixes === true;
    } else throw new RuleDefError('each entry maps to a string, a list, or { to, affixes }', ['swap', wrong]);
    entries.push({ wrong: wrong.toLowerCase(), to, affixes });
    for (const t of to) rightForms.add(t.toLowerCase());
  }
  // Generated affixed forms are found when a token is looked up (affixedForms); they never shadow an
  // explicit entry (in the table's map, looked up first) or a correct form of another entry.
  const table = new PhraseTable<string[]>(affixedForms(entries, rightForms));
  for (const e of entries) table.add(e.wrong, e.to, true);

  return {
    meta: c.meta,
    examples: c.examples,
    run(ctx) {
      table.scan(ctx, (start, end, to, i, reduplicated) => {
        const actual = ctx.doc.text.slice(start, end);
        if (skipAllCaps && actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase()) return;
        if (partOfName(ctx, i, actual)) return;
        if (!guarded(ctx, start, c)) return;
        const half = reduplicated ? actual.slice(0, actual.indexOf('-')) : actual;
        const options = to.map((t) => (reduplicated ? `${matchCase(half, t)}-${t}` : matchCase(actual, t)));
        const fixes = c.meta.fix === 'none' ? [] : options.map((o, i) => replaceFix(ctx, start, end, o, c.meta.fix === 'safe' && i === 0));
        ctx.report({ start, end, args: { actual, expected: options[0] }, fixes });
      });
    },
  };
}

interface FlagEntry {
  phrase: string;
  requires?: RegExp;
  unless?: RegExp;
  suggest: string[];
  message?: I18nText;
  severity?: Severity;
}

function compileFlag(def: Obj, c: Common, untrusted: boolean): Rule {
  const raw = def.entries ?? def.words;
  if (!Array.isArray(raw) || raw.length === 0) throw new RuleDefError('"entries" (or "words") must be a non-empty list', [def.entries ? 'entries' : 'words']);
  const key = def.entries ? 'entries' : 'words';
  const defaultAffixes = def.affixes === true;
  const table = new PhraseTable<FlagEntry>();
  raw.forEach((item, i) => {
    const path: DefPath = [key, i];
    let entry: FlagEntry;
    let affixes = defaultAffixes;
    if (typeof item === 'string') entry = { phrase: item, suggest: [] };
    else if (isObj(item) && typeof item.phrase === 'string') {
      entry = { phrase: item.phrase, suggest: [] };
      if (item.requires !== undefined) entry.requires = regex(item.requires, [...path, 'requires'], 'iu', untrusted);
      if (item.unless !== undefined) entry.unless = regex(item.unless, [...path, 'unless'], 'iu', untrusted);
      if (item.suggest !== undefined) {
        if (!Array.isArray(item.suggest)) throw new RuleDefError('"suggest" must be a list', [...path, 'suggest']);
        entry.suggest = item.suggest.map(String);
      }
      if (item.message !== undefined) entry.message = i18n(item, 'message', path, false);
      if (item.severity !== undefined) {
        if (!SEVERITIES.includes(item.severity as Severity)) throw new RuleDefError('bad severity', [...path, 'severity']);
        entry.severity = item.severity as Severity;
      }
      if (item.affixes !== undefined) affixes = item.affixes === true;
    } else throw new RuleDefError('an entry is a string or { phrase, requires?, unless?, suggest?, message? }', path);
    if (affixes && !entry.phrase.includes(' ')) {
      for (const form of affixForms(entry.phrase)) table.add(form, entry, false);
    }
    table.add(entry.phrase, entry, true);
  });
  return {
    meta: c.meta,
    examples: c.examples,
    run(ctx) {
      table.scan(ctx, (start, end, e) => {
        if (!guarded(ctx, start, c)) return;
        if ((e.requires || e.unless) && !guarded(ctx, start, { requires: e.requires, unless: e.unless, gates: [] })) return;
        const actual = ctx.doc.text.slice(start, end);
        const fixes = c.meta.fix === 'none' ? [] : e.suggest.map((s, i) => replaceFix(ctx, start, end, matchCase(actual, s), c.meta.fix === 'safe' && i === 0));
        ctx.report({
          start,
          end,
          args: { actual, expected: e.suggest[0] ?? '' },
          fixes,
          message: e.message ? ctx.t(e.message, { actual, expected: e.suggest[0] ?? '' }) : undefined,
          severity: e.severity,
        });
      });
    },
  };
}

function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (whole, what: string, name?: string) => {
    if (what === '$') return '$';
    if (what === '&') return m[0];
    if (name !== undefined) return m.groups?.[name] ?? '';
    const n = Number(what);
    return n < m.length ? (m[n] ?? '') : whole;
  });
}

function compilePattern(def: Obj, c: Common, untrusted: boolean): Rule {
  const flags = def.flags === undefined ? '' : String(def.flags);
  if (!/^[ims]*$/.test(flags)) throw new RuleDefError('"flags" may only contain i, m and s', ['flags']);
  const re = regex(def.pattern, ['pattern'], 'gu' + flags, untrusted, true);
  const replace = def.replace === undefined ? undefined : String(def.replace);
  if (replace !== undefined && c.meta.fix === 'none') throw new RuleDefError('"replace" needs fix: safe or suggestion', ['replace']);
  return {
    meta: c.meta,
    examples: c.examples,
    run(ctx) {
      // Without the alternatives that cannot match in this document, and tried only where a match
      // can start when that is known (engine/prefilter.ts).
      for (const m of proseMatchList(re, ctx.doc)) {
        const start = m.index;
        const end = start + m[0].length;
        const actual = ctx.doc.text.slice(start, end);
        // A match that spans masked syntax ("**", a link's URL) is not text the writer wrote as such.
        if (actual !== m[0]) continue;
        if (!guarded(ctx, start, c)) continue;
        const args: Record<string, string> = { actual, ...(m.groups ?? {}) };
        const fixes: Fix[] = [];
        if (replace !== undefined) {
          const newText = expand(replace, m);
          args.expected = newText;
          if (newText !== actual) fixes.push(replaceFix(ctx, start, end, newText, c.meta.fix === 'safe'));
        }
        ctx.report({ start, end, args, fixes });
      }
    },
  };
}

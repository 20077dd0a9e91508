// A literal prefilter for regular expressions (the idea of RE2's and codesearch's prefilters): from
// a pattern's source we derive sets of literal strings such that every match contains at least one
// string of each set (per top-level alternative: "kepada\s+(?:wartawan|media)" needs "kepada" and one
// of "wartawan", "media"), and skip running the pattern on a text that lacks one. Every set any rule
// asks about goes into one Aho–Corasick automaton, so a text is scanned once for all of them, however
// many rules and gates then test it.
//
// Exactness is the point: the derivation is conservative (whatever it does not understand means
// "no constraint", and the pattern simply runs), literals are compared case-insensitively over
// ASCII (and as they are for the few other characters that have no case), so a skipped pattern
// could never have matched. test/prefilter.test.ts holds this against
// the patterns themselves.

import type { Doc, ProsePiece } from './types.ts';
import { sentenceText } from './sentence-text.ts';
import { forEachStructural } from './regex-source.ts';
import { analysedPatterns } from '../../../rules/prefilter.generated.ts';

/** What is known about the strings a regex node can match. */
interface Info {
  /** Every string the node can match (lower-cased), when few; null when unknown or too many. */
  exact: Set<string> | null;
  /** Every match contains one of these (non-empty, lower-cased); null means no constraint. */
  factors: Set<string> | null;
  /**
   * Other sets of which every match also contains one string each (the factors of each required
   * part of a sequence, not only the best one): "kepada\s+(?:wartawan|media)" needs "kepada" and
   * one of "wartawan", "media".
   */
  also?: Set<string>[];
  /** Strings one of which starts every match (non-empty, lower-cased), when known beyond `exact`. */
  prefix?: Set<string> | null;
  /** For a part that may match nothing ("(?:orang\\s+)?"): the strings its other matches start with. */
  optionalPrefix?: Set<string> | null;
}

const EXACT_LIMIT = 48;
const ANY: Info = { exact: null, factors: null };
const EMPTY = (): Info => ({ exact: new Set(['']), factors: null });

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A better factor set has longer shortest strings (rarer in text), then fewer strings. */
/** The length of the shortest string in a set (sets are not changed once built, so it is kept). */
const shortestMemo = new WeakMap<Set<string>, number>();
function shortest(set: Set<string>): number {
  let m = shortestMemo.get(set);
  if (m === undefined) {
    m = Infinity;
    for (const x of set) if (x.length < m) m = x.length;
    shortestMemo.set(set, m);
  }
  return m;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const ma = shortest(a);
  const mb = shortest(b);
  if (ma !== mb) return ma > mb ? a : b;
  return a.size <= b.size ? a : b;
}

function asFactors(exact: Set<string> | null): Set<string> | null {
  if (!exact || exact.size === 0) return null;
  for (const s of exact) if (s === '') return null;
  return exact;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Strings one of which starts every match of the node; null when unknown. */
function prefixOf(info: Info): Set<string> | null {
  if (info.exact) return info.exact.has('') ? null : info.exact;
  return info.prefix ?? null;
}

/**
 * The prefixes of a sequence from part `from` on, after `run` (what the parts before matched): the
 * leading parts with known strings, joined, then the next part's prefixes. A part that may match
 * nothing contributes both ways: its own prefixes, or those of the rest.
 */
function sequencePrefix(items: Info[], from = 0, run: Set<string> = new Set([''])): Set<string> | null {
  for (let k = from; k < items.length; k++) {
    const it = items[k];
    if (it.exact) {
      const next = cross(run, it.exact);
      if (next) {
        run = next;
        continue;
      }
      break;
    }
    if (it.optionalPrefix) {
      const taken = cross(run, it.optionalPrefix);
      const skipped = sequencePrefix(items, k + 1, run);
      if (!taken || !skipped || taken.has('')) break;
      const both = new Set([...taken, ...skipped]);
      return both.size <= EXACT_LIMIT ? both : null;
    }
    const p = it.prefix;
    if (p) {
      const next = cross(run, p);
      if (next) return next;
    }
    break;
  }
  return run.has('') ? null : run;
}

function concat(items: Info[], prefixes = false): Info {
  let run: Set<string> | null = new Set(['']);
  let best: Set<string> | null = null;
  let whole = true;
  // Every part of a sequence is required, so each set found on the way is required too.
  const also: Set<string>[] = [];
  const need = (f: Set<string> | null) => {
    if (f) also.push(f);
  };
  for (const it of items) {
    best = better(best, it.factors);
    need(it.factors);
    if (it.also) also.push(...it.also);
    if (it.exact) {
      const next: Set<string> | null = run ? cross(run, it.exact) : null;
      if (next) {
        run = next;
        continue;
      }
      // Too many combinations: what was gathered so far still has to occur; start again here.
      best = better(best, asFactors(run));
      need(asFactors(run));
      run = it.exact;
      whole = false;
      continue;
    }
    best = better(best, asFactors(run));
    need(asFactors(run));
    run = new Set(['']);
    whole = false;
  }
  best = better(best, asFactors(run));
  need(asFactors(run));
  return { exact: whole ? run : null, factors: best, also, prefix: whole || !prefixes ? null : sequencePrefix(items) };
}

function alternation(alts: Info[], prefixes = false): Info {
  if (alts.length === 1) return alts[0];
  let exact: Set<string> | null = new Set();
  for (const a of alts) {
    if (!a.exact || !exact) {
      exact = null;
      break;
    }
    for (const s of a.exact) exact.add(s);
    if (exact.size > EXACT_LIMIT) {
      exact = null;
      break;
    }
  }
  let factors: Set<string> | null = new Set();
  for (const a of alts) {
    const f = better(a.factors, asFactors(a.exact));
    if (!f) {
      factors = null;
      break;
    }
    for (const s of f) factors.add(s);
  }
  let prefix: Set<string> | null = prefixes ? new Set() : null;
  for (const a of prefix ? alts : []) {
    const p = prefixOf(a);
    if (!p) {
      prefix = null;
      break;
    }
    for (const s of p) prefix!.add(s);
  }
  return { exact, factors, prefix };
}

class Unsupported extends Error {}

/** A recursive-descent reader of JavaScript regular expression syntax, just deep enough to be safe. */
class Reader {
  i = 0;
  /** `prefixes`: also work out what every match starts with (startLiterals), which requiredClauses does not need. */
  constructor(readonly src: string, readonly unicode: boolean, readonly prefixes = false) {}

  parseAlternation(): Info {
    const alts: Info[] = [this.parseSequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.parseSequence());
    }
    return alternation(alts, this.prefixes);
  }

  parseSequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.parseAtom();
      items.push(this.parseQuantifier(atom));
    }
    return concat(items, this.prefixes);
  }

  parseQuantifier(atom: Info): Info {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      this.i++;
    } else if (c === '?') {
      min = 0;
      max = 1;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // parseAtom refuses a lone "{", so this cannot be reached with one
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length;
    } else return atom;
    if (s[this.i] === '?') this.i++; // lazy
    if (min === 0) {
      if (max === 1 && atom.exact) return { exact: new Set(['', ...atom.exact]), factors: null };
      const p = this.prefixes ? prefixOf(atom) : null;
      return p ? { exact: null, factors: null, optionalPrefix: p } : EMPTY_OR_ANY;
    }
    const factors = better(atom.factors, asFactors(atom.exact));
    let exact: Set<string> | null = null;
    if (min === max && atom.exact && min <= 4) {
      exact = new Set(['']);
      for (let k = 0; k < min && exact; k++) exact = cross(exact, atom.exact);
    }
    // At least one repetition: what the atom requires, the repetition requires, and it starts as the atom does.
    return { exact, factors, also: atom.also, prefix: this.prefixes ? prefixOf(atom) : null };
  }

  parseAtom(): Info {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          this.i += 2;
          lookaround = true;
        } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
          this.i += 3;
          lookaround = true;
        } else if (rest.startsWith('?<')) {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Unsupported('group name');
          this.i = close + 1;
        } else throw new Unsupported('group kind'); // modifiers and anything newer
      }
      const inner = this.parseAlternation();
      if (s[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      // What a lookaround reads is outside the match (or not matched at all): no constraint.
      return lookaround ? EMPTY() : inner;
    }
    if (c === '[') return this.parseClass();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (c === '\\') return this.parseEscape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      // A quantifier with nothing to repeat, or a brace that may be one: not worth the risk.
      throw new Unsupported(`stray ${c}`);
    }
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return literal(cp, this.unicode);
  }

  parseEscape(): Info {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    switch (e) {
      case 'b':
      case 'B':
        return EMPTY();
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return ANY;
      case 'p':
      case 'P':
        if (s[this.i] === '{') {
          const close = s.indexOf('}', this.i);
          if (close < 0) throw new Unsupported('property');
          this.i = close + 1;
        }
        return ANY;
      case 'k':
        if (s[this.i] === '<') {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Unsupported('backreference');
          this.i = close + 1;
        }
        return ANY;
      case 'n':
        return literal(10, false);
      case 'r':
        return literal(13, false);
      case 't':
        return literal(9, false);
      case 'f':
      case 'v':
      case 'c':
      case 'x':
      case 'u':
        // Rare in our patterns; reading them exactly is not worth the risk of reading them wrong.
        if (e === 'x' && /^[0-9a-fA-F]{2}/.test(s.slice(this.i))) {
          this.i += 2;
          return ANY;
        }
        if (e === 'u') {
          const m = /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(s.slice(this.i));
          if (m) this.i += m[0].length;
        }
        if (e === 'c' && /^[a-zA-Z]/.test(s[this.i] ?? '')) this.i++;
        return ANY;
      default:
        if (e >= '0' && e <= '9') {
          // \0 or a backreference (\1 …): no literal either way.
          while (s[this.i] >= '0' && s[this.i] <= '9') this.i++;
          return ANY;
        }
        // An identity escape: "\." is a dot.
        if (/[\^$\\.*+?()[\]{}|/\-,:;!"'#%&<>=@`~ ]/.test(e)) return literal(e.charCodeAt(0), false);
        throw new Unsupported(`escape \\${e}`);
    }
  }

  parseClass(): Info {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<number>();
    let open = false; // contains something we do not enumerate
    const readOne = (): number | undefined => {
      const c = s[this.i];
      if (c === '\\') {
        const e = s[this.i + 1];
        this.i += 2;
        if (e === 'd' || e === 'D' || e === 'w' || e === 'W' || e === 's' || e === 'S') return undefined;
        if (e === 'p' || e === 'P') {
          if (s[this.i] === '{') {
            const close = s.indexOf('}', this.i);
            if (close < 0) throw new Unsupported('property');
            this.i = close + 1;
          }
          return undefined;
        }
        if (e === 'n') return 10;
        if (e === 'r') return 13;
        if (e === 't') return 9;
        if (e === 'b') return 8;
        if (e !== undefined && /[\^$\\.*+?()[\]{}|/\-,:;!"'#%&<>=@`~ ]/.test(e)) return e.charCodeAt(0);
        throw new Unsupported('class escape');
      }
      const cp = s.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    };
    while (this.i < s.length && s[this.i] !== ']') {
      const a = readOne();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        const b = readOne();
        if (a === undefined || b === undefined) {
          open = true;
          continue;
        }
        if (b - a > 16) open = true;
        else for (let x = a; x <= b; x++) chars.add(x);
        continue;
      }
      if (a === undefined) open = true;
      else chars.add(a);
    }
    if (s[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated || open) return ANY;
    const exact = new Set<string>();
    for (const c of chars) {
      const lit = literalString(c, this.unicode);
      if (lit === undefined) return ANY;
      exact.add(lit);
    }
    if (exact.size === 0 || exact.size > 12) return ANY;
    return { exact, factors: null };
  }
}

const EMPTY_OR_ANY: Info = ANY;

// Characters outside ASCII that no case-insensitive pattern can match in another form: neither
// cased themselves nor changed by case mapping or folding (emoji, arrows, ☝ and ✌), so they are
// looked for as they are. Such a character is no other character's folding or upper case either,
// since those are cased letters. Cased letters outside ASCII (é, the Greek sigmas) stay unknown, as
// do astral characters without the u flag, which match there as two separate code units.
const UNCASED = /^[^\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]$/u;

/** The string a literal character is looked for as (lower-case ASCII, or itself), or undefined when it is not. */
function literalString(cp: number, unicode: boolean): string | undefined {
  if (cp === 0) return undefined;
  if (cp < 128) return String.fromCharCode(lowerAscii(cp));
  if (cp > 0xffff && !unicode) return undefined;
  const s = String.fromCodePoint(cp);
  return UNCASED.test(s) ? s : undefined;
}

function literal(cp: number, unicode: boolean): Info {
  const s = literalString(cp, unicode);
  return s === undefined ? ANY : { exact: new Set([s]), factors: null };
}

/**
 * Literals (lower-case ASCII, or uncased characters) one of which occurs, case-insensitively, in any text the pattern
 * matches; undefined when no such set is known (the pattern must always run).
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  if (flags.includes('v')) return undefined;
  let info: Info;
  try {
    const r = new Reader(source, flags.includes('u'));
    info = r.parseAlternation();
    if (r.i !== source.length) return undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  const f = better(info.factors, asFactors(info.exact));
  if (!f || f.size === 0) return undefined;
  return minimal(f);
}

/** A literal that contains another one adds nothing. */
function minimal(f: Set<string>): string[] {
  const list = [...f].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** How many sets a pattern's alternative is checked against: the most selective ones. */
const MAX_CLAUSES = 3;

/** The required sets of one alternative, the most selective first; undefined when none is known. */
function clausesOf(info: Info): string[][] | undefined {
  const sets: Set<string>[] = [];
  const best = better(info.factors, asFactors(info.exact));
  if (best) sets.push(best);
  for (const a of info.also ?? []) sets.push(a);
  if (sets.length === 0) return undefined;
  // The order better() prefers: longer shortest strings (rarer in text), then fewer strings.
  const ranked = sets.map((set) => ({ set, min: shortest(set) })).sort((a, b) => b.min - a.min || a.set.size - b.set.size);
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const { set, min } of ranked) {
    // Every clause costs the scan an output wherever one of its literals occurs: past the most
    // selective one, a clause with a literal of one or two letters ("di" is inside most words)
    // would cost more than it saves.
    if (out.length > 0 && min < 3) continue;
    const lits = minimal(set);
    // Nor is white space worth looking for: every sentence has some.
    if (lits.every((l) => /^\s+$/.test(l))) continue;
    const key = lits.join('\u0000');
    if (seen.has(key)) continue;
    // Implied by a clause already kept (each of its literals contains one of these): adds nothing.
    if (out.some((kept) => kept.every((k) => lits.some((l) => k.includes(l))))) continue;
    seen.add(key);
    out.push(lits);
    if (out.length === MAX_CLAUSES) break;
  }
  return out.length ? out : undefined;
}

/**
 * What any text the pattern matches contains, as alternatives (the pattern's top-level ones) of
 * clauses: for some alternative, every clause has one of its literals in the text (case-insensitively
 * over ASCII). Undefined when some alternative is unconstrained (the pattern must always run).
 */
export function requiredClauses(source: string, flags: string): string[][][] | undefined {
  if (flags.includes('v')) return undefined;
  try {
    const r = new Reader(source, flags.includes('u'));
    const alts: Info[] = [r.parseSequence()];
    while (source[r.i] === '|') {
      r.i++;
      alts.push(r.parseSequence());
    }
    if (r.i !== source.length) return undefined;
    const out: string[][][] = [];
    for (const a of alts) {
      const c = clausesOf(a);
      if (!c) return undefined;
      out.push(c);
    }
    return out;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * A start literal of one letter occurs too often to be worth looking for. Two letters ("di", "ke")
 * occur inside many words, yet trying a pattern at each of those still costs less than searching
 * the whole prose; a set keeps its longer strings whole rather than cutting them to its shortest.
 */
const MIN_START = 2;

/**
 * Sets of strings (lower-case ASCII, or uncased characters), one of which starts every match of a pattern, compared
 * case-insensitively; undefined when no such strings are known. "\\b(?:pukul|jam)\\s*\\d" gives
 * [["jam", "pukul"]]. Within a set no string ends another, so where an occurrence ends tells where it
 * starts: a set that would hold "kak" and "pak" and "akak" is split by length.
 */
export function startLiterals(source: string, flags: string): string[][] | undefined {
  if (flags.includes('v')) return undefined;
  let prefix: Set<string> | null;
  try {
    const r = new Reader(source, flags.includes('u'), true);
    prefix = prefixOf(r.parseAlternation());
    if (r.i !== source.length) return undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!prefix || shortest(prefix) < MIN_START) return undefined;
  // A match that starts with "kakak" starts with "kak" too: only the shortest of such strings is needed.
  const sorted = [...prefix].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const x of sorted) if (!kept.some((k) => x.startsWith(k))) kept.push(x);
  const suffixFree = kept.every((x) => !kept.some((y) => y !== x && y.endsWith(x)));
  if (suffixFree) return [kept.sort()];
  const byLength = new Map<number, string[]>();
  for (const x of kept) byLength.set(x.length, [...(byLength.get(x.length) ?? []), x]);
  return [...byLength.values()].map((g) => g.sort());
}

// What requiredClauses and startLiterals say about the built-in rules' patterns, worked out at build
// time (server/gen-prefilter.ts) so that a process or worker thread does not read a few hundred
// sources again when it starts: both are functions of a pattern's source and flags alone, and the
// build writes exactly what they return. A pattern missing from the table (a user's, a candidate's
// name) is read as before.
type Analysis = { c: Record<string, Record<string, string[][][] | null>>; s: Record<string, Record<string, string[][] | null>> };
let analysis: Analysis | undefined;
/** Patterns read at run time, and what was found, while recordAnalysis is on (the build's generator). */
let recorded: Analysis | undefined;

function table(): Analysis {
  return (analysis ??= analysedPatterns ? (JSON.parse(analysedPatterns) as Analysis) : { c: {}, s: {} });
}

function clausesFor(source: string, flags: string): string[][][] | undefined {
  const known = table().c[flags];
  if (known && Object.hasOwn(known, source)) return known[source] ?? undefined;
  const found = requiredClauses(source, flags);
  if (recorded) (recorded.c[flags] ??= {})[source] = found ?? null;
  return found;
}

function startsFor(source: string, flags: string): string[][] | undefined {
  const known = table().s[flags];
  if (known && Object.hasOwn(known, source)) return known[source] ?? undefined;
  const found = startLiterals(source, flags);
  if (recorded) (recorded.s[flags] ??= {})[source] = found ?? null;
  return found;
}

/**
 * For the build's generator: from now on, the prefilter reads every pattern itself (the table
 * aside) and remembers what it found; recordedAnalysis() gives it back as the table's JSON.
 */
export function recordAnalysis(): void {
  analysis = { c: {}, s: {} };
  recorded = { c: {}, s: {} };
}

export function recordedAnalysis(): string {
  return JSON.stringify(recorded ?? { c: {}, s: {} });
}

/** The table the build wrote: [source, flags, kind] of each entry (tests compare it with a fresh reading). */
export function analysedTable(): { clauses: Array<[string, string, string[][][] | null]>; starts: Array<[string, string, string[][] | null]> } {
  const t = table();
  return {
    clauses: Object.entries(t.c).flatMap(([flags, m]) => Object.entries(m).map(([source, v]) => [source, flags, v] as [string, string, string[][][] | null])),
    starts: Object.entries(t.s).flatMap(([flags, m]) => Object.entries(m).map(([source, v]) => [source, flags, v] as [string, string, string[][] | null])),
  };
}

// ---------------------------------------------------------------------------------------------
// The shared automaton.

/** A set of literals one of which must occur; patterns that need the same set share it. */
interface Clause {
  id: number;
  literals: string[];
}

interface Entry {
  /** Clause ids per alternative (see requiredClauses); undefined when the pattern must always run. */
  dnf: number[][] | undefined;
  /** In the current automaton; a pattern registered since runs unfiltered until the next rebuild. */
  live: boolean;
}

const MAX_PATTERNS = 4000;
const byRegex = new WeakMap<RegExp, Entry>();
// By source, then flags: a key made by joining them would be a new string, hashed over the whole
// source (thousands of characters for a word list) on every lookup.
const byKey = new Map<string, Map<string, Entry>>();
let patternCount = 0;
const clauses: Clause[] = [];
const clauseByKey = new Map<string, Clause>();
let dirty = false;
/** Patterns registered since the last rebuild. */
let pending = 0;

/** Text characters that match an ASCII letter case-insensitively (`/k/iu` matches U+212A KELVIN SIGN). */
const FOLDS: Array<[number, number]> = [
  [0x212a, 107], // K
  [0x017f, 115], // ſ
];

/** The format of Automaton.encode(); a store's bytes of another format are not read. */
const ENCODING = 1;

class Automaton {
  classOf = new Uint8Array(65536);
  /**
   * Per state row and character class: the next state, complemented when it has outputs. In 16 bits
   * while the states fit (the built-in rules make ~10,000): half the table, read at every character
   * of every text, and mostly out of cache when a document's scan starts.
   */
  next: Int16Array | Int32Array;
  /** For each state, the pattern ids its literals (and their suffixes) complete, flattened. */
  outStart: Int32Array;
  out: Int32Array;
  /** Beside each output: the length of the shortest literal of that clause ending at that state. */
  outLen: Int32Array;
  classes: number;
  /** Per clause id: 1 when the scan records where its literals start (a start clause), else 0. */
  isStart: Uint8Array;

  constructor(entries: Clause[], isStart: number[]) {
    // Built before a process's first document (when no store has it, see setAutomatonStore), so in
    // cold code: the loops below are kept few and plain (no fill of the growing table, no copy of it
    // when it fits in 16 bits, a typed queue, no output lists for the states without outputs), which
    // took the built-in rules' automaton (11,000 states, 62 classes) from 53 to 44 ms.
    this.isStart = Uint8Array.from(isStart);
    // Character classes: one per character that occurs in some literal, 0 for everything else.
    // Past 255 of them, the rest share the last one: the automaton then also finds strings that
    // differ from a literal in such characters, which only lets a pattern run where it need not.
    let classes = 1;
    const cls = this.classOf;
    for (const e of entries) {
      for (const lit of e.literals) {
        for (let k = 0; k < lit.length; k++) {
          const c = lit.charCodeAt(k);
          if (cls[c] === 0) {
            if (classes < 256) cls[c] = classes++;
            else cls[c] = 255;
            if (c >= 97 && c <= 122) cls[c - 32] = cls[c];
          }
        }
      }
    }
    for (const [from, to] of FOLDS) if (cls[to]) cls[from] = cls[to];
    this.classes = classes;
    // Trie, in a transition table that grows as states are added. 0 is "no child yet": the root
    // (state 0) is nobody's child, and a new table is all zeros without being filled.
    let cap = 1024;
    let table = new Int32Array(cap * classes);
    let n = 1;
    // Per state, the clause ids its literals complete and beside each the shortest length of that
    // clause's literals ending there; undefined for the many states that complete none.
    const outputs: Array<number[] | undefined> = [undefined];
    const lengths: Array<number[] | undefined> = [undefined];
    const output = (st: number, id: number, len: number) => {
      const ids = outputs[st];
      if (ids === undefined) {
        outputs[st] = [id];
        lengths[st] = [len];
        return;
      }
      const k = ids.indexOf(id);
      if (k < 0) {
        ids.push(id);
        lengths[st]!.push(len);
      } else if (len < lengths[st]![k]) lengths[st]![k] = len;
    };
    for (const e of entries) {
      for (const lit of e.literals) {
        let st = 0;
        for (let k = 0; k < lit.length; k++) {
          const at = st * classes + cls[lit.charCodeAt(k)];
          let nx = table[at];
          if (nx === 0) {
            if (n === cap) {
              cap *= 2;
              const grown = new Int32Array(cap * classes);
              grown.set(table);
              table = grown;
            }
            nx = n++;
            outputs.push(undefined);
            lengths.push(undefined);
            table[at] = nx;
          }
          st = nx;
        }
        output(st, e.id, lit.length);
      }
    }
    // Breadth-first failure links, folded into the same table (a state's failure state is shallower,
    // so its row is complete when the state's row is filled in). Class 0 (a character in no
    // literal) always leads back to the root. Rows past n are never read.
    const size = n * classes;
    const next = n <= 0x7fff ? table : table.slice(0, size);
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let c = 0; c < classes; c++) if (next[c] > 0) queue[tail++] = next[c];
    for (let q = 0; q < tail; q++) {
      const st = queue[q];
      const f = fail[st];
      // What ends at the failure state (a suffix of this state's string) ends here too, as long.
      const inherited = outputs[f];
      if (inherited !== undefined) for (let k = 0; k < inherited.length; k++) output(st, inherited[k], lengths[f]![k]);
      const row = st * classes;
      const frow = f * classes;
      for (let c = 0; c < classes; c++) {
        const nx = next[row + c];
        if (nx > 0) {
          fail[nx] = next[frow + c];
          queue[tail++] = nx;
        } else next[row + c] = next[frow + c];
      }
    }
    const outStart = new Int32Array(n + 1);
    let total = 0;
    for (let st = 0; st < n; st++) {
      outStart[st] = total;
      total += outputs[st]?.length ?? 0;
    }
    outStart[n] = total;
    const out = new Int32Array(total);
    const outLen = new Int32Array(total);
    for (let st = 0, k = 0; st < n; st++) {
      const ids = outputs[st];
      if (ids === undefined) continue;
      const lens = lengths[st]!;
      for (let j = 0; j < ids.length; j++, k++) {
        out[k] = ids[j];
        outLen[k] = lens[j];
      }
    }
    this.outStart = outStart;
    this.out = out;
    this.outLen = outLen;
    // The scan loop reads one entry per character: the target state, complemented (negative) when
    // it completes some literal, so states without output cost no look-up in outStart.
    const packed = n <= 0x7fff ? new Int16Array(size) : next;
    for (let k = 0; k < size; k++) {
      const t = next[k];
      packed[k] = outputs[t] !== undefined ? ~t : t;
    }
    this.next = packed;
  }

  /**
   * The tables as bytes, for an AutomatonStore: a header of six 32-bit numbers (format, classes,
   * bits of `next`, and the lengths of next, outStart and out), then classOf, next, outStart, out
   * and outLen. isStart is not in it (it is the constructor's argument).
   */
  encode(): Uint8Array {
    const parts: ArrayBufferView[] = [this.classOf, this.next, this.outStart, this.out, this.outLen];
    const head = Int32Array.of(ENCODING, this.classes, this.next instanceof Int16Array ? 16 : 32, this.next.length, this.outStart.length, this.out.length);
    const bytes = new Uint8Array(head.byteLength + parts.reduce((n, v) => n + v.byteLength, 0));
    let at = 0;
    for (const v of [head, ...parts]) {
      bytes.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at);
      at += v.byteLength;
    }
    return bytes;
  }

  /** The automaton encode() gave these bytes for, with `isStart`; undefined when they do not hold one. */
  static decode(bytes: Uint8Array, isStart: number[]): Automaton | undefined {
    if (bytes.byteLength < 24) return undefined;
    // Copied into fresh arrays: the bytes need not be aligned for the wider ones.
    const read = <T extends Uint8Array | Int16Array | Int32Array>(make: new (n: number) => T, n: number, at: number): T => {
      const v = new make(n);
      new Uint8Array(v.buffer).set(bytes.subarray(at, at + v.byteLength));
      return v;
    };
    const [format, classes, bits, nextLength, states1, outs] = read(Int32Array, 6, 0);
    const states = states1 - 1;
    const nextBytes = bits === 16 ? 2 : 4;
    if (format !== ENCODING || (bits !== 16 && bits !== 32) || states < 1 || nextLength !== states * classes || outs < 0) return undefined;
    if (bytes.byteLength !== 24 + 65536 + nextLength * nextBytes + 4 * (states1 + 2 * outs)) return undefined;
    const a = Object.create(Automaton.prototype) as Automaton;
    let at = 24;
    a.classOf = read(Uint8Array, 65536, at);
    at += 65536;
    a.next = bits === 16 ? read(Int16Array, nextLength, at) : read(Int32Array, nextLength, at);
    at += nextLength * nextBytes;
    a.outStart = read(Int32Array, states1, at);
    at += 4 * states1;
    a.out = read(Int32Array, outs, at);
    at += 4 * outs;
    a.outLen = read(Int32Array, outs, at);
    a.classes = classes;
    a.isStart = Uint8Array.from(isStart);
    return a.outStart[states] === outs ? a : undefined;
  }

  /** Sets the bit of every pattern id with a literal in `text`. */
  scan(text: string, found: Uint8Array): void {
    const { classOf, next, outStart, out, classes } = this;
    let st = 0;
    for (let i = 0; i < text.length; i++) {
      const v = next[st * classes + classOf[text.charCodeAt(i)]];
      if (v >= 0) {
        st = v;
        continue;
      }
      st = ~v;
      const b = outStart[st + 1];
      for (let k = outStart[st]; k < b; k++) {
        const id = out[k];
        found[id >> 3] |= 1 << (id & 7);
      }
    }
  }

  /**
   * scan() over a document's prose that also fills, for each of `spans` (sorted, disjoint), the bits
   * of the clauses with a literal inside that span: exactly what scanning the span's text alone
   * would find, since a literal lies inside a span when the shortest literal of its clause that ends
   * at the same place does. For start clauses (see startLiterals) it also lists, in `starts` by
   * clause id, where each occurrence of one of their literals starts, in text order. A span's set is
   * a view of `pool` (one set's length per span): a set longer than 64 bytes (a thousand clauses)
   * made on its own would need an ArrayBuffer of its own, outside V8's heap, per sentence, which
   * cost a corpus run more than the scan itself.
   */
  scanSpans(text: string, found: Uint8Array, spans: ReadonlyArray<{ start: number; end: number }>, sets: Array<Uint8Array | undefined>, starts: Array<number[] | undefined>, pool: Uint8Array): void {
    const { classOf, next, outStart, out, outLen, classes, isStart } = this;
    const bytes = found.length;
    const n = spans.length;
    let st = 0;
    // The first span that ends after the current position, its bounds, and its set once made.
    let j = 0;
    let spanStart = n > 0 ? spans[0].start : Infinity;
    let spanEnd = n > 0 ? spans[0].end : Infinity;
    let set: Uint8Array | undefined;
    for (let i = 0; i < text.length; i++) {
      const v = next[st * classes + classOf[text.charCodeAt(i)]];
      if (v >= 0) {
        st = v;
        continue;
      }
      st = ~v;
      if (spanEnd <= i) {
        do j++;
        while (j < n && spans[j].end <= i);
        spanStart = j < n ? spans[j].start : Infinity;
        spanEnd = j < n ? spans[j].end : Infinity;
        set = undefined;
      }
      const b = outStart[st + 1];
      for (let k = outStart[st]; k < b; k++) {
        const id = out[k];
        const byte = id >> 3;
        const bit = 1 << (id & 7);
        found[byte] |= bit;
        const from = i - outLen[k] + 1;
        if (spanStart <= from) (set ??= sets[j] = pool.subarray(j * bytes, (j + 1) * bytes))[byte] |= bit;
        // No literal of a start clause ends another, so the one literal of it that ends here is the
        // one outLen gives the length of.
        if (isStart[id] !== 0) (starts[id] ??= []).push(from);
      }
    }
  }

}

let enabled = true;
/** Switches the prefilter off and on (the tests compare findings with and without it). */
export function setPrefilter(on: boolean): void {
  enabled = on;
}

let automaton: Automaton | undefined;
/** Bumped whenever the automaton is rebuilt; older scans are then stale. */
let generation = 0;
const entries: Entry[] = [];

/** Per clause id: 1 for a start clause (see startClause), else 0. */
const isStart: number[] = [];

/**
 * The clause of a start set (from startLiterals), whose occurrences the document scan records; a
 * new one waits for the next rebuild, like a new pattern.
 */
function startClause(literals: string[]): number {
  const id = clauseId(literals);
  if (isStart[id] !== 1) {
    isStart[id] = 1;
    dirty = true;
    pending++;
  }
  return id;
}

function clauseId(literals: string[]): number {
  const key = literals.join('\u0000');
  let c = clauseByKey.get(key);
  if (!c) {
    c = { id: clauses.length, literals };
    clauses.push(c);
    clauseByKey.set(key, c);
    isStart.push(0);
  }
  return c.id;
}

function entryFor(re: RegExp): Entry {
  let e = byRegex.get(re);
  if (e) return e;
  e = entryForSource(re.source, re.flags);
  byRegex.set(re, e);
  return e;
}

/** `known`: what requiredClauses gives for this source and flags (from a seed), or undefined to derive it. */
function entryForSource(source: string, flags: string, known?: string[][][] | null): Entry {
  let byFlags = byKey.get(source);
  if (!byFlags) byKey.set(source, (byFlags = new Map()));
  let e = byFlags.get(flags);
  if (!e) {
    if (patternCount >= MAX_PATTERNS) {
      e = { dnf: undefined, live: false };
    } else {
      const found = known === undefined ? clausesFor(source, flags) : (known ?? undefined);
      e = { dnf: found?.map((alt) => alt.map(clauseId)), live: false };
      if (found) {
        patternCount++;
        entries.push(e);
        dirty = true;
        pending++;
      }
    }
    byFlags.set(flags, e);
  }
  return e;
}

/**
 * What requiredClauses derived for every pattern registered so far, by source and flags: the build
 * lints the built-in rules' examples and writes this beside the bundles (dist/prefilter-seed.json).
 */
export type PrefilterSeed = Array<[source: string, flags: string, clauses: string[][][] | null]>;

export function prefilterSeed(): PrefilterSeed {
  const out: PrefilterSeed = [];
  for (const [source, byFlags] of byKey) {
    for (const [flags, e] of byFlags) out.push([source, flags, e.dnf ? e.dnf.map((alt) => alt.map((id) => clauses[id].literals)) : null]);
  }
  return out;
}

/**
 * Registers the seed's patterns with the clauses it gives, as if each had been asked about: a
 * process (the language server) then builds its first automaton once, with all of them, instead of
 * deriving each pattern's literals and rebuilding as the rules of its first document register them
 * one by one. requiredClauses is a pure function of source and flags and the seed is written by
 * the same build as the bundles, so every answer is the same; a pattern the seed does not hold is
 * derived when first asked about, as before.
 */
export function seedPrefilter(seed: PrefilterSeed): void {
  for (const [source, flags, found] of seed) entryForSource(source, flags, found);
}

function current(): Automaton {
  if (!automaton) rebuild();
  return automaton!;
}

let seeded = false;

/**
 * Registers, before the first automaton is built, every pattern and every start set of the build's
 * table (rules/prefilter.generated.ts): the patterns the built-in rules asked about while linting
 * their examples and the fixtures. Without it they register as they are first asked about, during the
 * first documents, each time a rebuild of the automaton (eight in a run over the bench corpus, a
 * dozen milliseconds each, in every process and worker thread); with it the first automaton already
 * holds them. A process that never asks the prefilter (extends: []) never builds one, so never pays.
 * The answers are the same: the table holds what reading each pattern gives (clausesFor, startsFor).
 */
function seedFromTable(): void {
  seeded = true;
  const t = table();
  for (const flags of Object.keys(t.c)) {
    const m = t.c[flags];
    for (const source of Object.keys(m)) entryForSource(source, flags, m[source]);
  }
  for (const flags of Object.keys(t.s)) {
    const m = t.s[flags];
    for (const source of Object.keys(m)) for (const set of m[source] ?? []) startClause(set);
  }
}

/**
 * Keeps the tables of automatons for the processes that come after (the command line and the
 * language server keep them beside their bundles, see boot/code-cache.ts); the engine reads and
 * writes no file itself.
 */
export interface AutomatonStore {
  /** The bytes saved under `key` by an earlier process, or undefined. */
  load(key: string): Uint8Array | undefined;
  save(key: string, bytes: Uint8Array): void;
}

let store: AutomatonStore | undefined;

/**
 * Where a process's first automaton is looked for before it is built, and saved once built. Built,
 * the built-in rules' automaton (11,000 states over 62 character classes) cost each process and
 * worker thread ~45-55 ms of cold code before its first document; read back, a few. Later rebuilds
 * (patterns of a configuration met later) are built as before: they are rare, and a language server
 * that runs for days would otherwise leave a file behind for every set of patterns it ever held.
 */
export function setAutomatonStore(s: AutomatonStore | undefined): void {
  store = s;
}

/**
 * What the automaton is a function of: every clause's literals in id order and which clauses are
 * start clauses. (The store adds the identity of the code that builds and reads it.)
 */
function automatonKey(): string {
  const parts: string[] = [];
  for (const c of clauses) parts.push(c.literals.join('\u0001'));
  return `${parts.join('\u0000')}\u0002${isStart.join('')}`;
}

function stored(s: AutomatonStore): Automaton {
  const key = automatonKey();
  const bytes = s.load(key);
  const found = bytes && Automaton.decode(bytes, isStart);
  if (found) return found;
  const built = new Automaton(clauses, isStart);
  s.save(key, built.encode());
  return built;
}

/**
 * Patterns register on first use, one after another while the first document is linted; rebuilding
 * the automaton for each would cost more than it saves, so it is rebuilt when a new document starts.
 */
function rebuild(): void {
  if (!seeded) seedFromTable();
  if (announced.length) {
    const list = announced;
    announced = [];
    for (const { re, alternatives } of list) {
      entryFor(re);
      // The alternatives reducedPattern asks about, in this automaton rather than the next one.
      if (alternatives) for (const a of splitOf(re)?.alternatives ?? []) entryFor(a.re);
    }
  }
  automaton = generation === 0 && store ? stored(store) : new Automaton(clauses, isStart);
  for (const e of entries) e.live = true;
  generation++;
  dirty = false;
  pending = 0;
  prefilterStats.rebuilds++;
  prefilterStats.states = automaton.outStart.length;
}

/**
 * A bit set of clause ids (bit id & 7 of byte id >> 3): an eighth of a byte per clause. A document's
 * sentence sets are views of one buffer (see scanSpans).
 */
function has(found: Uint8Array, id: number): boolean {
  return ((found[id >> 3] >> (id & 7)) & 1) === 1;
}

/** Whether, for some alternative of the pattern, every clause has a literal in the scanned text. */
function satisfied(found: Uint8Array, dnf: number[][]): boolean {
  for (const alt of dnf) {
    let all = true;
    for (const id of alt) {
      if (!has(found, id)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Alternatives run one at a time.
//
// A pattern of many top-level alternatives (the compliance patterns: "\\bnomor\\s+urut …|\\bkalian
// \\s+pasti …|…") is compiled whole the first time it runs and then tried by each of its alternatives
// at every position, however few of them could match the text. The prefilter knows what each
// alternative's matches need (requiredClauses gives the clauses per top-level alternative), so only
// the alternatives whose clauses all occur in the text are run, each compiled the first time it
// runs: an alternative whose words are absent costs neither a compile nor a try.
//
// The matches are the same. Nothing follows a top-level alternation, so at a given position the
// whole pattern matches what the first of its alternatives that matches there matches; an
// alternative whose literals are missing matches nowhere in the text; and a search finds the
// leftmost position where some alternative matches. So the earliest match among the alive
// alternatives, the first of them on a tie, is the whole pattern's match. Only patterns without
// capturing groups are split, so that the match arrays are the same too ([0], index, input).

/** A pattern with fewer top-level alternatives runs whole: one try per position is cheap enough. */
const SPLIT_MIN = 4;

interface Alternatives {
  sources: string[];
  /** The pattern's flags without g and y (the copies add their own). */
  flags: string;
  /** A global and a sticky copy of each alternative, compiled on first use. */
  search: Array<RegExp | undefined>;
  sticky: Array<RegExp | undefined>;
}

/** Shared by every pattern object with the same source and flags (g and y aside). */
const alternativesByKey = new Map<string, Map<string, Alternatives | null>>();
const NONE: number[] = [];
/** The answer for a text the pattern cannot match (shared: callers only read it). */
const NO_MATCHES = Object.freeze([]) as unknown as RegExpExecArray[];

/** The pattern's alternatives, when it runs split (see above) and `e` holds one clause list per alternative. */
const alternativesByRegex = new WeakMap<RegExp, Alternatives | null>();

function alternativesFor(re: RegExp, e: Entry): Alternatives | null {
  let a = alternativesByRegex.get(re);
  if (a === undefined) alternativesByRegex.set(re, (a = alternativesOf(re, e)));
  return a;
}

function alternativesOf(re: RegExp, e: Entry): Alternatives | null {
  if (!e.dnf || e.dnf.length < SPLIT_MIN) return null;
  const flags = re.flags.replace(/[gy]/g, '');
  let byFlags = alternativesByKey.get(re.source);
  if (!byFlags) alternativesByKey.set(re.source, (byFlags = new Map()));
  let a = byFlags.get(flags);
  if (a === undefined) {
    a = null;
    const sources = flags.includes('v') || capturingGroups(re.source) > 0 || /\\[1-9]|\\k</.test(re.source) ? undefined : topLevelAlternatives(re.source);
    if (sources) a = { sources, flags, search: [], sticky: [] };
    byFlags.set(flags, a);
  }
  // One clause list per alternative, in order, or the alive ones could not be told apart.
  return a && a.sources.length === e.dnf.length ? a : null;
}

/** The same for a prose pattern already split at its top-level alternatives (`sources`). */
function splitAlternatives(re: RegExp, sources: () => string[]): Alternatives | null {
  const flags = re.flags.replace(/[gy]/g, '');
  let byFlags = alternativesByKey.get(re.source);
  if (!byFlags) alternativesByKey.set(re.source, (byFlags = new Map()));
  let a = byFlags.get(flags);
  if (a === undefined) {
    a = flags.includes('v') || capturingGroups(re.source) > 0 ? null : { sources: sources(), flags, search: [], sticky: [] };
    byFlags.set(flags, a);
  }
  return a;
}

/** The alternatives whose clauses all have a literal in `found`: NONE when none has, null when all have. */
function aliveAlternatives(found: Uint8Array, dnf: number[][]): number[] | null {
  let alive: number[] | undefined;
  let all = true;
  for (let k = 0; k < dnf.length; k++) {
    const alt = dnf[k];
    let ok = true;
    for (let j = 0; j < alt.length; j++) {
      if (!has(found, alt[j])) {
        ok = false;
        break;
      }
    }
    if (ok) (alive ??= []).push(k);
    else all = false;
  }
  if (all) return null;
  return alive ?? NONE;
}

function searchCopy(a: Alternatives, k: number): RegExp {
  return (a.search[k] ??= new RegExp(a.sources[k], a.flags + 'g'));
}

/** The whole pattern's first match from `from` (a global search), from the alive alternatives. */
function firstMatch(a: Alternatives, alive: number[], text: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let j = 0; j < alive.length; j++) {
    const r = searchCopy(a, alive[j]);
    r.lastIndex = from;
    const m = r.exec(text);
    if (m !== null && (best === null || m.index < best.index)) {
      best = m;
      if (m.index <= from) break; // no later alternative can start earlier
    }
  }
  return best;
}

/**
 * Whether the whole pattern matches somewhere in `text`, from the alive alternatives: it does where
 * one of them does, so the first alternative that matches anywhere answers, without the others
 * searching for an earlier match as firstMatch must.
 */
function someMatch(a: Alternatives, alive: number[], text: string): boolean {
  for (let j = 0; j < alive.length; j++) {
    const r = searchCopy(a, alive[j]);
    r.lastIndex = 0;
    if (r.test(text)) return true;
  }
  return false;
}

/** The whole pattern's match at `at` (a sticky try), from the alive alternatives, the first that matches. */
function matchAt(a: Alternatives, alive: number[], text: string, at: number): RegExpExecArray | null {
  for (let j = 0; j < alive.length; j++) {
    const k = alive[j];
    const r = (a.sticky[k] ??= new RegExp(a.sources[k], a.flags + 'y'));
    r.lastIndex = at;
    const m = r.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/**
 * Every non-empty match of the whole pattern in `text`, as a global search from the start finds
 * them (each search going on where the last match ended, one position on after an empty match),
 * from the alive alternatives: each alternative's next match is kept until the search has passed
 * its start, since a match found from one position is also the first from any later position up
 * to its start.
 */
function allMatches(a: Alternatives, alive: number[], text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next: Array<RegExpExecArray | null> = [];
  for (let j = 0; j < alive.length; j++) {
    const r = searchCopy(a, alive[j]);
    r.lastIndex = 0;
    next.push(r.exec(text));
  }
  for (;;) {
    let b = -1;
    for (let j = 0; j < next.length; j++) {
      const m = next[j];
      if (m !== null && (b < 0 || m.index < next[b]!.index)) b = j;
    }
    if (b < 0) return out;
    const m = next[b]!;
    let pos: number;
    if (m[0].length === 0) pos = m.index + 1;
    else {
      out.push(m);
      pos = m.index + m[0].length;
    }
    for (let j = 0; j < next.length; j++) {
      const n = next[j];
      if (n === null || n.index >= pos) continue;
      const r = searchCopy(a, alive[j]);
      r.lastIndex = pos;
      next[j] = r.exec(text);
    }
  }
}

/** Every non-empty match of a plain global search of `text` (from a private global copy of `re`). */
function globalMatches(re: RegExp, text: string): RegExpExecArray[] {
  const g = globalCopy(re);
  g.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The scan of sentence `sentenceIndex` (its text `text`), from the document's one scan when it has it. */
function sentenceFound(d: DocScan, sentenceIndex: number, text: string): Uint8Array {
  let f = d.sentences[sentenceIndex];
  if (!f) {
    f = textScan(text).found;
    d.sentences[sentenceIndex] = f;
  }
  return f;
}

/**
 * Whether `re` matches the text of sentence `sentenceIndex` of `doc` (`text`), as re.test(text)
 * answers from lastIndex 0, with only its alive alternatives run when the pattern is split.
 */
export function sentenceTestIn(re: RegExp, doc: Doc, sentenceIndex: number, text: string): boolean {
  if (!enabled) return testWhole(re, text);
  const e = entryFor(re);
  prefilterStats.asked++;
  const d = docScan(doc);
  if (!e.live) return testWhole(re, text);
  const f = sentenceFound(d, sentenceIndex, text);
  const a = alternativesFor(re, e);
  const alive = a ? aliveAlternatives(f, e.dnf!) : satisfied(f, e.dnf!) ? null : NONE;
  if (alive === NONE) {
    prefilterStats.skipped++;
    return false;
  }
  if (alive && a) return someMatch(a, alive, text);
  return testWhole(re, text);
}

function testWhole(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * Every non-empty match of `re` in the text of sentence `sentenceIndex` of `doc` (`text`, its prose),
 * as a global search from the start finds them; none when the prefilter rules the sentence out, and
 * only its alive alternatives run when the pattern is split.
 */
export function sentenceMatchList(re: RegExp, doc: Doc, sentenceIndex: number, text: string): RegExpExecArray[] {
  if (!enabled) return globalMatches(re, text);
  const e = entryFor(re);
  prefilterStats.asked++;
  const d = docScan(doc);
  if (!e.live) return globalMatches(re, text);
  const f = sentenceFound(d, sentenceIndex, text);
  const a = alternativesFor(re, e);
  const alive = a ? aliveAlternatives(f, e.dnf!) : satisfied(f, e.dnf!) ? null : NONE;
  if (alive === NONE) {
    prefilterStats.skipped++;
    return NO_MATCHES;
  }
  return alive && a ? allMatches(a, alive, text) : globalMatches(re, text);
}

function scan(text: string): Uint8Array {
  const a = current();
  const f = new Uint8Array((clauses.length + 7) >> 3);
  a.scan(text, f);
  prefilterStats.scans++;
  prefilterStats.scannedChars += text.length;
  return f;
}

/**
 * The scan of a prose that is the concatenation of `pieces`, each scanned once and remembered in the
 * piece: the incremental linter's chunks, of which an edit changes one, so a question about the whole
 * prose of a 1 MB document costs a scan of the chunk edited rather than of the megabyte (~10 ms per
 * keystroke). Exact, not an approximation: when no literal holds a line break, the automaton is back
 * at its root after every "\n", and a piece that follows one starts from the root as a scan of the
 * piece alone does. Undefined (scan the prose whole) when either does not hold.
 */
function scanPieces(pieces: readonly ProsePiece[]): Uint8Array | undefined {
  const a = current();
  if (a.classOf[10] !== 0) return undefined;
  const f = new Uint8Array((clauses.length + 7) >> 3);
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    const n = p.text.length;
    if (n === 0) continue;
    if (k + 1 < pieces.length && p.text.charCodeAt(n - 1) !== 10) return undefined;
    if (p.scan?.generation !== generation) p.scan = { generation, found: scan(p.text) };
    const found = p.scan.found;
    for (let i = 0; i < found.length; i++) f[i] |= found[i];
  }
  return f;
}

// Scans of a document's prose and of each of its sentences, made when first asked for and shared by
// every rule and gate that tests the same text. Other texts (a sentence a rule sliced itself) are
// remembered by content until the next document: rules test one sentence against many patterns.
interface DocScan {
  generation: number;
  prose?: Uint8Array;
  sentences: Array<Uint8Array | undefined>;
  /** Where the literals of each start clause occur in the prose (by clause id), when the prose was scanned in one pass. */
  starts?: Array<number[] | undefined>;
}
const docScans = new WeakMap<Doc, DocScan>();
/** A text's scan, and the answers of the prefiltered patterns tested on it (by slot: 0 not asked, 1 no, 2 yes). */
interface TextScan {
  found: Uint8Array;
  answers?: Uint8Array;
}
let texts = new Map<string, TextScan>();
let textsGeneration = -1;
let lastDoc: Doc | undefined;
const TEXTS_LIMIT = 4096;
/**
 * The texts remembered for a document: a fresh map, or the one its linter keeps across versions
 * (Doc.scanMemo), where a keystroke finds every sentence but the edited one scanned already, with
 * the answers of the patterns tested on it: on a 1 MB document 14,000 scans (and their sets) less
 * per keystroke. That map is emptied when the automaton changes, and when it holds MEMO_LIMIT texts
 * (the texts of edited sentences pile up, one version after another).
 */
function textsFor(doc: Doc | undefined): Map<string, TextScan> {
  const memo = doc?.scanMemo;
  if (!memo) return new Map();
  if (memo.generation !== generation) {
    memo.generation = generation;
    memo.texts = new Map();
  }
  return memo.texts as Map<string, TextScan>;
}
const MEMO_LIMIT = 1 << 16;
function textsFull(): boolean {
  return texts.size >= (lastDoc?.scanMemo?.texts === texts ? MEMO_LIMIT : TEXTS_LIMIT);
}
function clearTexts(): void {
  texts = new Map();
  if (lastDoc?.scanMemo) lastDoc.scanMemo.texts = texts;
}

// The text scanned last, and the document asked about last: rules ask about one sentence for many
// patterns in a row, and comparing identities is cheaper than hashing the text into `texts` (or the
// document into `docScans`) once per question.
let lastText: string | undefined;
let lastFound: TextScan | undefined;
let lastScan: DocScan | undefined;

function textScan(text: string): TextScan {
  current();
  if (textsGeneration !== generation) {
    texts = textsFor(lastDoc);
    textsGeneration = generation;
    lastText = undefined;
  }
  if (text === lastText) return lastFound!;
  let f = texts.get(text);
  // The first text asked about in a document may be one of its sentences: one scan of the document
  // answers for all of them (docScan), if the rules said which document they read.
  if (!f && started !== undefined) {
    docScan(started);
    f = texts.get(text);
  }
  if (!f) {
    f = { found: scan(text) };
    if (textsFull()) clearTexts();
    texts.set(text, f);
  }
  lastText = text;
  lastFound = f;
  return f;
}

/** The document beginDocument announced, until its first question (then docScan takes over). */
let started: Doc | undefined;

function docScan(doc: Doc): DocScan {
  if (doc === lastDoc && started === undefined && !dirty && lastScan !== undefined && lastScan.generation === generation) return lastScan;
  // Within a document only once many patterns wait: the first document a process lints (a language
  // server's cold start) should not run them all unfiltered.
  if (dirty && (doc !== lastDoc || doc === started || pending >= REBUILD_PENDING)) rebuild();
  if (doc === started) started = undefined;
  current();
  if (doc !== lastDoc) {
    // Texts are remembered for one document at a time (no reuse of another document's scans), or
    // for the versions of one the incremental linter lints.
    lastDoc = doc;
    texts = textsFor(doc);
    lastText = undefined;
  }
  if (textsGeneration !== generation) {
    texts = textsFor(doc);
    textsGeneration = generation;
    lastText = undefined;
  }
  let d = docScans.get(doc);
  if (!d || d.generation !== generation) {
    d = { generation, sentences: [] };
    docScans.set(doc, d);
    if (ownSortedSentences(doc)) scanDocument(doc, d);
  }
  lastScan = d;
  return d;
}

/**
 * Tells the prefilter which document the rules are about to read, before any of them asks. Texts
 * are remembered per document, and nothing is built or scanned until the first question: a
 * configuration whose rules never ask costs nothing.
 */
export function beginDocument(doc: Doc): void {
  if (!enabled || doc === lastDoc) return;
  started = doc;
  lastDoc = doc;
  lastScan = undefined;
  texts = textsFor(doc);
  lastText = undefined;
}

/**
 * One scan of a parsed document's prose answers for the prose and for every sentence (scanSpans),
 * instead of a scan of each sentence's text again when a rule first asks about it.
 */
function scanDocument(doc: Doc, d: DocScan): void {
  const found = new Uint8Array((clauses.length + 7) >> 3);
  const sets: Array<Uint8Array | undefined> = [];
  // One slot per clause from the start: the scan fills the slots of start clauses in any order, and
  // an empty array written at a high index first turns into a dictionary, slow for every push after.
  const starts = new Array<number[] | undefined>(clauses.length).fill(undefined);
  current().scanSpans(doc.prose, found, doc.sentences, sets, starts, new Uint8Array(found.length * doc.sentences.length));
  d.starts = starts;
  prefilterStats.scans++;
  prefilterStats.scannedChars += doc.prose.length;
  d.prose = found;
  // Sentences without any literal share one empty set (scan results are never written to).
  const none = new Uint8Array(found.length);
  for (let i = 0; i < doc.sentences.length; i++) {
    const f = sets[i] ?? none;
    d.sentences[i] = f;
    const text = sentenceText(doc, i);
    if (!texts.has(text)) {
      if (textsFull()) clearTexts();
      texts.set(text, { found: f });
    }
  }
}

/**
 * Whether the document's sentences are plain data, sorted and disjoint (a parsed document). The
 * incremental linter builds a whole document's sentences only when a rule reads them, and this
 * must not be what makes it build them.
 */
function ownSortedSentences(doc: Doc): boolean {
  const desc = Object.getOwnPropertyDescriptor(doc, 'sentences');
  if (!desc || !('value' in desc)) return false;
  const list = doc.sentences;
  for (let i = 0; i < list.length; i++) {
    if (list[i].start > list[i].end || (i > 0 && list[i].start < list[i - 1].end)) return false;
  }
  return true;
}

/**
 * False only when `re` cannot match anywhere in the document's prose (sentenceIndex undefined) or in
 * the prose of one of its sentences (`doc.prose.slice(s.start, s.end)`); true means "run it".
 */
export function mayMatchIn(re: RegExp, doc: Doc, sentenceIndex?: number): boolean {
  if (!enabled) return true;
  const e = entryFor(re);
  prefilterStats.asked++;
  const d = docScan(doc);
  if (!e.live) return true;
  let f: Uint8Array | undefined;
  if (sentenceIndex === undefined) f = proseFound(d, doc);
  else {
    f = d.sentences[sentenceIndex];
    if (!f) {
      f = textScan(sentenceText(doc, sentenceIndex)).found;
      d.sentences[sentenceIndex] = f;
    }
  }
  if (satisfied(f, e.dnf!)) return true;
  prefilterStats.skipped++;
  return false;
}

/** The scan of the document's prose (its pieces' scans when it has them, see scanPieces). */
function proseFound(d: DocScan, doc: Doc): Uint8Array {
  return (d.prose ??= (doc.prosePieces && scanPieces(doc.prosePieces)) || scan(doc.prose));
}

/** False only when `re` cannot match anywhere in `text`; true means "run it". */
export function mayMatch(re: RegExp, text: string): boolean {
  if (!enabled) return true;
  return entryMayMatch(entryFor(re), text);
}

function entryMayMatch(e: Entry, text: string): boolean {
  prefilterStats.asked++;
  if (!e.live) return true;
  if (satisfied(textScan(text).found, e.dnf!)) return true;
  prefilterStats.skipped++;
  return false;
}

/**
 * A regular expression whose `test` and `exec` consult the prefilter first, for the cue patterns
 * rules test or search sentence by sentence (`STRONG_WARNING.test(v.text)`, `CLAIM.exec(v.text)`).
 * A text holding none of the pattern's literals has no match at any position, so `exec` answers
 * null (and, like a failed search, resets `lastIndex` of a global or sticky pattern) without
 * running it. Everything else behaves as the plain RegExp.
 */
/** Slots in TextScan.answers, one per prefiltered pattern. */
let answerSlots = 0;

export class PrefilteredRegExp extends RegExp {
  private entry: Entry | undefined;
  /** Whether lastIndex matters (a global or sticky pattern); read once, the flag getters are slow. */
  private readonly stateful = this.global || this.sticky;
  /**
   * A plain copy that does the matching: V8 runs RegExp.prototype.exec on its fast path only for
   * plain RegExp objects, and an instance of a subclass takes the slow one.
   */
  private readonly plain = new RegExp(this.source, this.flags);
  /** The pattern's alternatives when it is run one alternative at a time (see Alternatives); null when whole. */
  private alts: Alternatives | null | undefined;
  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    if (!enabled) return this.run(s, undefined);
    const e = (this.entry ??= entryFor(this));
    prefilterStats.asked++;
    if (!e.live) return this.run(s, undefined);
    const found = textScan(s).found;
    const alive = this.aliveIn(found, e);
    if (alive === NONE) {
      prefilterStats.skipped++;
      if (this.stateful) this.lastIndex = 0;
      return null;
    }
    return this.run(s, alive);
  }
  /** The alternatives of this pattern that may match a text with these literals: NONE, or null for "run it whole". */
  private aliveIn(found: Uint8Array, e: Entry): number[] | null {
    if (this.alts === undefined) this.alts = alternativesFor(this, e);
    if (this.alts === null) return satisfied(found, e.dnf!) ? null : NONE;
    return aliveAlternatives(found, e.dnf!);
  }
  /** Runs the pattern (whole when `alive` is null) as exec would, lastIndex included. */
  private run(s: string, alive: number[] | null | undefined): RegExpExecArray | null {
    const a = this.alts;
    if (alive && a) {
      if (!this.stateful) return firstMatch(a, alive, s, 0);
      const m = this.sticky ? matchAt(a, alive, s, this.lastIndex) : firstMatch(a, alive, s, this.lastIndex);
      this.lastIndex = m === null ? 0 : m.index + m[0].length;
      return m;
    }
    if (!this.stateful) return this.plain.exec(s);
    this.plain.lastIndex = this.lastIndex;
    const m = this.plain.exec(s);
    this.lastIndex = this.plain.lastIndex;
    return m;
  }
  /**
   * test() answers are remembered with the text's scan (for the document): many rules test the
   * same sentence for the same cue (STRONG_WARNING), and the answer of a pattern that ignores
   * lastIndex depends on the text alone.
   */
  private readonly slot = answerSlots++;
  override test(text: string): boolean {
    if (this.stateful || !enabled) return this.exec(text) !== null;
    const s = String(text);
    const e = (this.entry ??= entryFor(this));
    prefilterStats.asked++;
    if (!e.live) return this.plain.exec(s) !== null;
    const t = textScan(s);
    // An answer given before for this text (another rule asked the same cue of the same sentence).
    let answers = t.answers;
    const known = answers && answers.length > this.slot ? answers[this.slot] : 0;
    if (known !== 0) return known === 2;
    const alive = this.aliveIn(t.found, e);
    if (alive === NONE) {
      prefilterStats.skipped++;
      return false;
    }
    if (!answers || answers.length <= this.slot) {
      const grown = new Uint8Array(Math.max(answerSlots, this.slot + 1));
      if (answers) grown.set(answers);
      t.answers = answers = grown;
    }
    const v = (alive && this.alts ? someMatch(this.alts, alive, s) : this.run(s, alive) !== null) ? 2 : 1;
    answers[this.slot] = v;
    return v === 2;
  }
}

/** Every pattern made by prefiltered() (module constants of the rules; the tests run them all). */
const madePrefiltered: RegExp[] = [];

export function prefiltered(re: RegExp): RegExp {
  const p = new PrefilteredRegExp(re.source, re.flags);
  registerPattern(p); // known before the first document, so the first automaton has it
  madePrefiltered.push(p);
  return p;
}

export function prefilteredPatterns(): readonly RegExp[] {
  return madePrefiltered;
}

// Patterns announced ahead of their first use; their literals are derived when the first automaton
// is built, so a process that never consults the prefilter (extends: []) never pays for them.
let announced: Array<{ re: RegExp; alternatives: boolean }> = [];

/**
 * Registers a pattern ahead of its first use (patterns compiled with the rules); with
 * `alternatives`, its top-level alternatives too, for a pattern that runs through reducedPattern.
 */
export function registerPattern(re: RegExp, alternatives = false): void {
  announced.push({ re, alternatives });
  dirty = true;
}

const REBUILD_PENDING = 24;

/** The top-level alternatives of a pattern's source, or undefined when it has one (or is odd). */
export function topLevelAlternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const closed = forEachStructural(source, (i) => {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    return depth >= 0;
  });
  if (depth !== 0 || !closed) return undefined;
  out.push(source.slice(from));
  return out.length > 1 ? out : undefined;
}

interface Split {
  /** `starts`: the alternative's start clauses (see startLiterals), undefined when none are known. */
  alternatives: Array<{ source: string; re: RegExp; keep: boolean; starts: number[] | undefined; entry?: Entry }>;
  reduced: Map<string, RegExp>;
  /** The alternatives for running split (see Alternatives), once asked for; null when it runs whole. */
  split?: Alternatives | null;
}
// By pattern object first, then (as byKey) by source and flags.
const splitsByRegex = new WeakMap<RegExp, Split | null>();
const splits = new Map<string, Map<string, Split | null>>();
let splitCount = 0;

function splitOf(re: RegExp): Split | null {
  let sp = splitsByRegex.get(re);
  if (sp !== undefined) return sp;
  const { source, flags } = re;
  let byFlags = splits.get(source);
  if (!byFlags) splits.set(source, (byFlags = new Map()));
  sp = byFlags.get(flags);
  if (sp === undefined) {
    sp = makeSplit(re);
    byFlags.set(flags, sp);
    splitCount++;
  }
  splitsByRegex.set(re, sp);
  return sp;
}

/**
 * The number of capturing groups in a pattern's source (one without the v flag): "(" not followed
 * by "?", and named groups "(?<name>", outside classes and escapes. Counted by reading the source
 * because compiling and running the pattern to count them cost most of a split at start-up.
 */
export function capturingGroups(source: string): number {
  let n = 0;
  forEachStructural(source, (i) => {
    if (source[i] !== '(') return;
    if (source[i + 1] !== '?') n++;
    else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') n++;
  });
  return n;
}

function makeSplit(re: RegExp): Split | null {
  let sp: Split | null = null;
  const alts = re.flags.includes('v') || /\\[1-9]|\\k</.test(re.source) ? undefined : topLevelAlternatives(re.source);
  if (alts && splitCount < 512) {
    try {
      sp = {
        alternatives: alts.map((source) => {
          const alone = new RegExp(source, re.flags);
          // An alternative with a capturing group stays even when it cannot match: removing it
          // would renumber or drop groups that replacements and messages read.
          return { source, re: alone, keep: capturingGroups(source) > 0, starts: startClausesOf(source, re.flags) };
        }),
        reduced: new Map(),
      };
    } catch {
      sp = null;
    }
  }
  return sp;
}

function startClausesOf(source: string, flags: string): number[] | undefined {
  return startsFor(source, flags)?.map(startClause);
}

/** The start clauses of a pattern that is not split into alternatives (null: none known). */
const wholeStarts = new WeakMap<RegExp, number[] | null>();

/** A pattern's run over one document's prose: which alternatives may match there, and where they may start. */
interface Reduced {
  sp: Split | null;
  /** Per alternative of `sp`: '1' may match here, '0' cannot, 'k' cannot but is kept (it has a capturing group). */
  mask: string;
  /** The start clauses of the alternatives that may match here; undefined when one of them has none. */
  starts?: number[];
}

function reduce(re: RegExp, doc: Doc): Reduced | null {
  if (!mayMatchIn(re, doc)) return null;
  const sp = splitOf(re);
  if (!sp) {
    let st = wholeStarts.get(re);
    if (st === undefined) wholeStarts.set(re, (st = startClausesOf(re.source, re.flags) ?? null));
    return { sp, mask: '', starts: st ?? undefined };
  }
  let mask = '';
  let any = false;
  let starts: number[] | undefined = [];
  // What mayMatchIn(a.re, doc) answers for each alternative, with the document's scan (made by the
  // question above) and each alternative's entry looked up once: a pattern of fifty alternatives
  // asked fifty questions of every document.
  const f = proseFound(docScan(doc), doc);
  for (const a of sp.alternatives) {
    const e = (a.entry ??= entryFor(a.re));
    prefilterStats.asked++;
    const alive = !e.live || satisfied(f, e.dnf!);
    if (!alive) prefilterStats.skipped++;
    any ||= alive;
    mask += alive ? '1' : a.keep ? 'k' : '0';
    if (alive && starts) {
      if (!a.starts) starts = undefined;
      else starts.push(...a.starts);
    }
  }
  if (!any) return null;
  return { sp, mask, starts };
}

/** The pattern without the alternatives the mask rules out (compiled once per mask). */
function reducedRun(re: RegExp, red: Reduced): RegExp {
  const { sp, mask } = red;
  if (!sp || !mask.includes('0')) return re;
  let r = sp.reduced.get(mask);
  if (r === undefined) {
    const kept = sp.alternatives.filter((_a, i) => mask[i] !== '0').map((a) => a.source);
    r = new RegExp(kept.join('|'), re.flags);
    if (sp.reduced.size >= 256) sp.reduced.clear();
    sp.reduced.set(mask, r);
  }
  return r;
}

/**
 * The pattern to run over a document's whole prose: null when it cannot match there, otherwise the
 * pattern without the top-level alternatives that cannot match there (none of their literals occurs),
 * which finds exactly the same matches: an alternative that matches nowhere in the text never wins.
 */
export function reducedPattern(re: RegExp, doc: Doc): RegExp | null {
  if (!enabled) return re;
  const red = reduce(re, doc);
  return red ? reducedRun(re, red) : null;
}

// Private copies of patterns, by source and flags: never a rule's own object, whose lastIndex the
// rule may rely on, and one compiled copy however many pattern objects share a source (a new RegExp
// is compiled again whenever V8 has dropped its cache entry).
const copies = new Map<string, Map<string, RegExp>>();
const globalCopies = new WeakMap<RegExp, RegExp>();
const stickyCopies = new WeakMap<RegExp, RegExp>();

function copyWith(re: RegExp, flag: 'g' | 'y'): RegExp {
  const mine = flag === 'g' ? globalCopies : stickyCopies;
  let c = mine.get(re);
  if (c) return c;
  // Flags in their canonical (alphabetical) order, so that equal flags make one key.
  const flags = [...new Set(re.flags.replace(flag === 'y' ? 'g' : 'y', '') + flag)].sort().join('');
  let byFlags = copies.get(re.source);
  if (!byFlags) copies.set(re.source, (byFlags = new Map()));
  c = byFlags.get(flags);
  if (!c) byFlags.set(flags, (c = new RegExp(re.source, flags)));
  mine.set(re, c);
  return c;
}

const globalCopy = (re: RegExp) => copyWith(re, 'g');

/**
 * Every non-empty match of `re` in the document's prose, as a global search from the start finds
 * them (each search going on where the last match ended, an empty match skipped).
 *
 * Only the alternatives that may match in the document run (see Alternatives), and when each of
 * them starts with a literal (startLiterals), a match can only start where one of those literals
 * does, and the document's one scan recorded where that is: each alternative is then tried (sticky)
 * at the places where its own literals start, in order of place and then of alternative, instead of
 * at every position of the prose. At each place the first alternative that matches there gives what
 * the global search finds when it reaches that position, and at any other position the global
 * search finds nothing, so the matches are the same.
 */
export function proseMatchList(re: RegExp, doc: Doc): RegExpExecArray[] {
  const prose = doc.prose;
  if (!enabled) return globalMatches(re, prose);
  const red = reduce(re, doc);
  if (!red) return [];
  const { sp, mask } = red;
  const split = sp && !mask.includes('k') ? alternativesOfSplit(re, sp) : null;
  if (split) {
    const alive: number[] = [];
    for (let k = 0; k < mask.length; k++) if (mask[k] === '1') alive.push(k);
    const at = red.starts && alternativeCandidates(sp!, alive, doc);
    if (at) return stickyMatches(split, at, prose, sp!.alternatives.length);
    return allMatches(split, alive, prose);
  }
  const at = red.starts && candidates(red.starts, doc);
  if (at) {
    // The whole pattern, not the one reduced to this document's alternatives: an alternative that
    // cannot match in the document fails at every place too, so the tries find the same matches,
    // with one compiled copy per pattern rather than one per set of alternatives.
    const y = copyWith(re, 'y');
    const out: RegExpExecArray[] = [];
    let from = 0;
    let last = -1;
    for (let i = 0; i < at.length; i++) {
      const p = at[i];
      if (p < from || p === last) continue;
      last = p;
      y.lastIndex = p;
      const m = y.exec(prose);
      if (m === null || m[0].length === 0) continue;
      out.push(m);
      from = p + m[0].length;
    }
    return out;
  }
  return globalMatches(reducedRun(re, red), prose);
}

/** A prose pattern's alternatives for running split, or null (see alternativesFor). */
function alternativesOfSplit(re: RegExp, sp: Split): Alternatives | null {
  if (sp.alternatives.length < SPLIT_MIN) return null;
  let a = sp.split;
  if (a === undefined) a = sp.split = splitAlternatives(re, () => sp.alternatives.map((x) => x.source));
  return a;
}

/**
 * The places where each alive alternative may start, as one sorted list of place × count +
 * alternative (so in order of place, then of alternative); undefined when the scan did not record
 * them all (see candidates).
 */
function alternativeCandidates(sp: Split, alive: number[], doc: Doc): ArrayLike<number> | undefined {
  const d = docScan(doc);
  const starts = d.starts;
  if (!starts || !automaton) return undefined;
  const live = automaton.isStart;
  const n = sp.alternatives.length;
  let count = 0;
  for (const k of alive) {
    const ids = sp.alternatives[k].starts;
    if (!ids) return undefined;
    for (const id of ids) {
      if (live[id] !== 1) return undefined;
      count += starts[id]?.length ?? 0;
    }
  }
  const all = places(count);
  let w = 0;
  for (const k of alive) {
    for (const id of sp.alternatives[k].starts!) {
      const list = starts[id];
      if (list) for (let i = 0; i < list.length; i++) all[w++] = list[i] * n + k;
    }
  }
  return sortPlaces(all);
}

/**
 * Room for `count` candidate places: past a few dozen, a Float64Array, which sort() orders by
 * number in native code, many times faster than an array sorted with a comparison function (a
 * start literal such as "di" or "ya" gives thousands of places per document).
 */
function places(count: number): number[] | Float64Array {
  return count < 64 ? new Array<number>(count) : new Float64Array(count);
}

function sortPlaces(all: number[] | Float64Array): ArrayLike<number> {
  return all instanceof Float64Array ? all.sort() : all.sort((x, y) => x - y);
}

/** The matches a global search finds, from sticky tries of the alternatives at their candidate places. */
function stickyMatches(a: Alternatives, at: ArrayLike<number>, prose: string, n: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  // The place tried last, and whether some alternative matched (perhaps empty) there.
  let place = -1;
  let settled = false;
  for (let i = 0; i < at.length; i++) {
    const code = at[i];
    const k = code % n;
    const p = (code - k) / n;
    if (p < from) continue;
    if (p === place) {
      if (settled) continue;
    } else {
      place = p;
      settled = false;
    }
    const r = (a.sticky[k] ??= new RegExp(a.sources[k], a.flags + 'y'));
    r.lastIndex = p;
    const m = r.exec(prose);
    if (m === null) continue;
    // The first alternative that matches here is what the whole pattern matches here.
    settled = true;
    if (m[0].length === 0) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

/**
 * Where the start clauses' literals occur in the document's prose, sorted; undefined when the scan
 * did not record them all (a clause registered since the last rebuild, a document scanned otherwise).
 */
function candidates(ids: number[], doc: Doc): ArrayLike<number> | undefined {
  const d = docScan(doc);
  const starts = d.starts;
  if (!starts || !automaton) return undefined;
  const live = automaton.isStart;
  if (ids.length === 1) {
    if (live[ids[0]] !== 1) return undefined;
    return starts[ids[0]] ?? [];
  }
  let count = 0;
  for (const id of ids) {
    if (live[id] !== 1) return undefined;
    count += starts[id]?.length ?? 0;
  }
  const all = places(count);
  let w = 0;
  for (const id of ids) {
    const list = starts[id];
    if (list) for (let i = 0; i < list.length; i++) all[w++] = list[i];
  }
  return sortPlaces(all);
}

/** Puts every pattern registered so far into the automaton now (tests). */
export function refreshPrefilter(): void {
  if (dirty || !automaton) rebuild();
}

export const prefilterStats = { rebuilds: 0, scans: 0, scannedChars: 0, asked: 0, skipped: 0, states: 0, patterns: () => patternCount, clauses: () => clauses.length };

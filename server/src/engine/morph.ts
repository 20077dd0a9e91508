// Indonesian affixation for dictionary rules: from one entry ("himbau" → "imbau") generate the
// affixed forms writers actually type ("menghimbau", "dihimbau", "himbauannya") together with the
// matching corrected form ("mengimbau", "diimbau", "imbauannya").
//
// We generate rather than stem: a stemmer maps "merubah" to "rubah" (fox) and loses the word's
// shape, while generation gives an exact surface → surface table that is a single hash lookup per
// token at lint time.

const VOWEL = /^[aiueo]/;
const CLUSTER = /^(?:pr|pl|kr|kl|tr|sk|st|sp|sl|sw|sm|sn|str|spr|skr|fr|fl|gr|gl|br|bl|dr|ps|ts)/;

function syllables(base: string): number {
  const m = base.match(/[aiueo]+/g);
  return m ? m.length : 0;
}

/** meN- / peN- with the nasal assimilation and initial-consonant loss of standard Indonesian. */
export function nasalPrefix(me: 'me' | 'pe', base: string): string {
  const b = base.toLowerCase();
  if (b.includes(' ')) return me + base; // multi-word targets are not affixed
  if (syllables(b) === 1) return me + 'nge' + base;
  if (VOWEL.test(b)) return me + 'ng' + base;
  const clustered = CLUSTER.test(b);
  const c = b[0];
  switch (c) {
    case 'k':
      return clustered || b.startsWith('kh') ? me + 'ng' + base : me + 'ng' + base.slice(1);
    case 'g':
    case 'h':
      return me + 'ng' + base;
    case 'p':
      return clustered ? me + 'm' + base : me + 'm' + base.slice(1);
    case 'b':
    case 'f':
    case 'v':
      return me + 'm' + base;
    case 't':
      return clustered ? me + 'n' + base : me + 'n' + base.slice(1);
    case 's':
      return clustered || b.startsWith('sy') ? me + 'n' + base : me + 'ny' + base.slice(1);
    case 'c':
    case 'd':
    case 'j':
    case 'z':
      return me + 'n' + base;
    default:
      return me + base; // l, m, n, r, w, y, ng-, ny-
  }
}

function plainPrefix(p: string, base: string): string {
  // ber- and ter- lose their r before a base that starts with r ("ber" + "renang" → "berenang").
  if ((p === 'ber' || p === 'ter' || p === 'per') && /^r/i.test(base)) return p.slice(0, -1) + base;
  if (p === 'ber' && base.toLowerCase() === 'ajar') return 'bel' + base;
  return p + base;
}

type PrefixFn = (base: string) => string;
const PREFIXES: Array<[string, PrefixFn]> = [
  ['', (b) => b],
  ['meN', (b) => nasalPrefix('me', b)],
  ['peN', (b) => nasalPrefix('pe', b)],
  ['di', (b) => 'di' + b],
  ['ter', (b) => plainPrefix('ter', b)],
  ['ber', (b) => plainPrefix('ber', b)],
  ['ke', (b) => 'ke' + b],
  ['se', (b) => 'se' + b],
  ['memper', (b) => plainPrefix('memper', b)],
  ['diper', (b) => plainPrefix('diper', b)],
];
export const AFFIX_SUFFIXES = ['', 'kan', 'i', 'an', 'nya', 'lah', 'kah', 'pun', 'kannya', 'inya', 'annya', 'kanlah', 'ilah', 'ku', 'mu'];

/** Every affixed surface form of `base` with the matching form of `target`, lower-cased. */
export function affixPairs(base: string, target: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const b = base.toLowerCase();
  const t = target.toLowerCase();
  if (t.includes(' ') || b.includes(' ')) {
    // Multi-word targets take no prefixes and only the possessive -nya.
    if (b !== t) out.push([b, t]);
    out.push([b + 'nya', t + 'nya']);
    return out;
  }
  // -i after a base ending in i is not written twice; skip that ambiguous pairing.
  const noI = b.endsWith('i') || t.endsWith('i');
  for (const [, fn] of PREFIXES) {
    const wb = fn(b);
    const rb = fn(t);
    for (const suf of AFFIX_SUFFIXES) {
      if (noI && suf.charCodeAt(0) === 105 /* i */) continue;
      const wrong = wb + suf;
      const right = rb + suf;
      if (wrong !== right) out.push([wrong, right]);
    }
  }
  return out;
}

/**
 * The pairs of affixPairs(base, target), in the same order, without building the corrected forms:
 * `visit(wrong, stem, suffix)` for each, the corrected form being stem + suffix. A dictionary rule
 * keeps tens of thousands of generated forms, and needs the corrected form only of the few a
 * document contains.
 */
export function forEachAffixPair(base: string, target: string, visit: (wrong: string, stem: string, suffix: string) => void): void {
  forEachAffixStem(base, target, visit, (wrongStem, rightStem, noI) => {
    for (const suf of AFFIX_SUFFIXES) {
      if (noI && suf.charCodeAt(0) === 105 /* i */) continue;
      visit(wrongStem + suf, rightStem, suf);
    }
  });
}

/**
 * forEachAffixPair a level up, for a table that finds a form's pairs when the form is looked up
 * rather than listing them all: the pairs of a multi-word target one by one (`pair`), and for each
 * prefix the two prefixed stems (`stems`), whose pairs are wrongStem + s → rightStem + s for each
 * s of AFFIX_SUFFIXES in order, those that start with i left out when `noI`. The calls come in the
 * order of forEachAffixPair's pairs.
 */
export function forEachAffixStem(
  base: string,
  target: string,
  pair: (wrong: string, stem: string, suffix: string) => void,
  stems: (wrongStem: string, rightStem: string, noI: boolean) => void,
): void {
  const b = base.toLowerCase();
  const t = target.toLowerCase();
  if (t.includes(' ') || b.includes(' ')) {
    if (b !== t) pair(b, t, '');
    pair(b + 'nya', t, 'nya');
    return;
  }
  const noI = b.endsWith('i') || t.endsWith('i');
  for (const [, fn] of PREFIXES) {
    const wb = fn(b);
    const rb = fn(t);
    // wb + suffix and rb + suffix differ exactly when wb and rb do.
    if (wb !== rb) stems(wb, rb, noI);
  }
}

/**
 * Gives `replacement` the case pattern of `source`: ALL CAPS stays all caps, a capitalised word
 * capitalises every word of the replacement ("Walikota" → "Wali Kota"), anything else keeps the
 * replacement as written (so acronyms and proper nouns in the target survive).
 */
export function matchCase(source: string, replacement: string): string {
  const letters = source.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = source.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.replace(/(^|\s)(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return replacement;
}

/** Every affixed surface form of `base`, lower-cased (for flag lists that opt into affixes). */
export function affixForms(base: string): string[] {
  const b = base.toLowerCase();
  if (b.includes(' ')) return [b, b + 'nya'];
  const out = new Set<string>();
  for (const [, fn] of PREFIXES) for (const suf of AFFIX_SUFFIXES) out.add(fn(b) + suf);
  return [...out];
}

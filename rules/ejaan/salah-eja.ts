// ejaan/salah-eja: words the Indonesian dictionary does not know, with its suggestions.
// Precision first: proper names (any capital letter), acronyms, numbers, hashtags, mentions, e-mail
// and URLs are never checked, nor are words the agency accepts in .saring.yml `words`; and when
// another rule already reports the same word (say ejaan/kata-baku on "himbauan"), this finding yields.
import type { Rule, Speller, Token } from '../../server/src/engine/types.ts';
import { formCount, formEpoch, formIndex, pushPositions } from '../../server/src/engine/forms.ts';
import { matchCase } from '../../server/src/engine/morph.ts';
import { FORMAL } from '../_lib/colloquial.ts';

// Current official vocabulary the LibreOffice Indonesian list lacks (each checked against it).
const OFFICIAL = new Set(
  `diimbau bansos stunting adminduk pemkab disdukcapil bapas bawaslu tps wabup wawali plt plh kadis kalapas
  karutan wbp umkm apbd apbn cpns pppk asn swab covid pascabencana antarinstansi sabu lsm pemdes bumdes monev
  diklat webinar influencer podcast infografis misinformasi posbindu prolanis bpjs jkn kis pkh bpnt blt bst
  migor minyakita daring luring warganet narahubung hoaks disabilitas tautan unggah unduh laman pemkot pemprov
  kemenkumham kemenag kemendagri kemenkes kemensos kominfo komdigi polres polda polsek kapolres kapolda kapolsek
  satreskrim satlantas sat reskrim binmas babinsa bhabinkamtibmas kamtibmas siskamling forkopimda muspika
  sekda sekdes kades lurah camat pj pjs ktp kk nik npwp nib e-ktp ikd siak sipp lppd lakip sakip rkpd rpjmd
  musrenbang renja renstra`.split(/\s+/).filter(Boolean),
);

// The word list lacks many affixed forms (digelar, sepekan, tegasnya): a word is also accepted when
// removing a clitic, a suffix and a prefix leaves a known base.
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
function* bases(w: string): Generator<string> {
  const stems = new Set<string>([w]);
  for (const c of CLITICS) if (w.endsWith(c) && w.length - c.length >= 3) stems.add(w.slice(0, -c.length));
  for (const s of [...stems]) for (const x of SUFFIXES) if (s.endsWith(x) && s.length - x.length >= 3) stems.add(s.slice(0, -x.length));
  // Loan suffixes the word list lacks: kondusivitas ← kondusif, digitalisasi ← digital.
  for (const s of [...stems]) {
    if (s.endsWith('ivitas')) stems.add(s.slice(0, -6) + 'if');
    if (s.endsWith('isasi') && s.length > 8) stems.add(s.slice(0, -5));
  }
  // "ketidaknyamanan", "ketidakhadiran": ke- + tidak + base + -an.
  for (const s of [...stems]) if (s.startsWith('ketidak') && s.length > 10) stems.add(s.slice(7));
  for (const s of stems) {
    yield s;
    for (const p of ['di', 'se', 'ke', 'ter', 'ber', 'per', 'memper', 'diper', 'pe', 'be', 'te']) if (s.startsWith(p) && s.length - p.length >= 3) yield s.slice(p.length);
    // meN- / peN- with the lost initial consonant restored.
    const n = /^(me|pe)(ng|ny|m|n)?(.*)$/.exec(s);
    if (n && n[3].length >= 3) {
      const rest = n[3];
      yield rest;
      if (n[2] === 'ng') yield 'k' + rest;
      if (n[2] === 'm') yield 'p' + rest;
      if (n[2] === 'n') yield 't' + rest;
      if (n[2] === 'ny') yield 's' + rest;
    }
  }
}

const CAPITAL_DIGIT = /[\p{Lu}\p{N}_]/u;
/** What `/[\p{Lu}\p{N}_]/u.test(text)` answers, without running a regex for every token. */
function hasCapitalOrDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return true;
      continue;
    }
    // Outside ASCII (one code point, a surrogate pair included), the regex decides.
    const cp = text.codePointAt(k)!;
    if (CAPITAL_DIGIT.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) k++;
  }
  return false;
}

function checkable(t: Token, prose: string): boolean {
  if (t.text.length < 3) return false;
  if (hasCapitalOrDigit(t.text)) return false; // names, acronyms, numbers
  if (t.text.indexOf("'") >= 0 || t.text.indexOf('’') >= 0) return false;
  const before = t.start > 0 ? prose[t.start - 1] : ' ';
  if (before === '@' || before === '#' || before === '/' || before === '.' || before === '_') return false;
  const after = prose[t.end] ?? ' ';
  if (after === '@' || after === '_' || (after === '.' && /\p{L}/u.test(prose[t.end + 1] ?? ''))) return false; // domain names
  return true;
}

/** True when the dictionary, the official list and the accepted words know neither the word nor a base of it. */
function unknown(lower: string, words: Set<string>, speller: Speller): boolean {
  if (words.has(lower) || OFFICIAL.has(lower) || speller.isCorrect(lower)) return false;
  for (const b of bases(lower)) {
    if (b !== lower && (OFFICIAL.has(b) || speller.isCorrect(b))) return false;
  }
  if (lower.includes('-')) {
    const parts = lower.split('-');
    if (parts.every((p) => p.length === 0 || words.has(p) || OFFICIAL.has(p) || speller.isCorrect(p))) return false;
  }
  return true;
}

// The verdict per word form (by its number, engine/forms.ts: 0 not decided, 1 known, 2 unknown),
// for one set of accepted words and one speller: the same words come back in every document, and
// finding a word's bases is most of this rule's work. The size guards against a set that was added
// to after its first use; the epoch, against a renumbering of the forms.
interface Verdicts {
  speller: Speller;
  size: number;
  epoch: number;
  unknown: Uint8Array;
}
const verdicts = new WeakMap<Set<string>, Verdicts>();
function verdictsFor(words: Set<string>, speller: Speller): Verdicts {
  let v = verdicts.get(words);
  const epoch = formEpoch();
  if (!v || v.speller !== speller || v.size !== words.size || v.epoch !== epoch) {
    verdicts.set(words, (v = { speller, size: words.size, epoch, unknown: new Uint8Array(1024) }));
  }
  if (v.unknown.length < formCount()) {
    const grown = new Uint8Array(formCount() * 2);
    grown.set(v.unknown);
    v.unknown = grown;
  }
  return v;
}

export const rule: Rule = {
  meta: {
    id: 'ejaan/salah-eja',
    severity: 'info',
    fix: 'suggestion',
    scope: 'block',
    yields: true,
    message: {
      id: 'Kata “{actual}” tidak ada dalam kamus bahasa Indonesia.{hint}',
      en: 'The word “{actual}” is not in the Indonesian dictionary.{hint}',
    },
    description: {
      id: 'Memeriksa ejaan setiap kata terhadap kamus bahasa Indonesia (daftar kata LibreOffice, paket @cspell/dict-id-id) dan menawarkan saran. Nama diri, singkatan, angka, tagar, dan kata dalam `words` di .saring.yml tidak diperiksa. Tambahkan istilah instansi ke `words` bila memang benar.',
      en: 'Checks each word against the Indonesian dictionary (the LibreOffice word list, package @cspell/dict-id-id) and offers suggestions. Proper names, acronyms, numbers, hashtags and words listed in `words` in .saring.yml are not checked. Add your agency’s terms to `words` when they are right.',
    },
    basis: 'KBBI; EYD V (Kep. Kepala Badan Bahasa 0424/I/BS.00.01/2022)',
  },
  examples: {
    invalid: [
      { text: 'Petugas mengingatkkan warga agar tertib.', count: 1 },
      { text: 'Oleh karennya, pendaftaran diperpanjang.', count: 1 },
    ],
    valid: [
      { text: 'Petugas mengingatkan warga agar membagikannya kepada keluarga.' },
      { text: 'Operasi digelar sepekan; “Kami tegas,” tegasnya soal imunisasinya.' },
      { text: 'Warga diimbau mewaspadai hoaks bansos di media sosial.' },
      { text: 'Kepala Disdukcapil Kota Surabaya, Agus Imam Sonhaji, hadir. Info: humas@surabaya.go.id #SurabayaHebat @humas_sby' },
      { text: 'Anggaran APBD 2025 mencapai Rp44 miliar.' },
    ],
  },
  run(ctx) {
    const { speller, words } = ctx.options;
    if (!speller) return;
    const { tokens, prose } = ctx.doc;
    // Word by word (each distinct form once), then only the tokens of unknown words, in text order.
    const idx = formIndex(tokens);
    const v = verdictsFor(words, speller);
    const at: number[] = [];
    for (let k = 0; k < idx.forms.length; k++) {
      const id = idx.ids[k];
      let u = v.unknown[id];
      if (u === 0) v.unknown[id] = u = unknown(idx.forms[k], words, speller) ? 2 : 1;
      if (u === 2) pushPositions(idx, k, at);
    }
    at.sort((a, b) => a - b);
    for (const i of at) {
      const t = tokens[i];
      if (!checkable(t, prose)) continue;
      const lower = t.lower;
      const actual = t.text;
      // Suggestions are the costly part of this rule, and most findings yield to another rule's
      // (ejaan/kata-baku on the same word): they are searched only for the findings that are kept.
      ctx.report({
        start: t.start,
        end: t.end,
        later: (start, end) => {
          // A colloquial word's suggestion is its formal twin, not the dictionary's nearest spelling.
          const formal = FORMAL.get(lower);
          const suggestions = formal !== undefined ? [matchCase(actual, formal)] : speller.suggest(lower, 3);
          const hint = suggestions.length ? ctx.t({ id: ' Mungkin maksud Anda “{s}”?', en: ' Did you mean “{s}”?' }, { s: suggestions[0] }) : '';
          return {
            args: { actual, hint },
            fixes: suggestions.map((s) => ({ title: ctx.t({ id: 'Ganti dengan “{s}”', en: 'Replace with “{s}”' }, { s }), safe: false, edits: [{ start, end, newText: s }] })),
          };
        },
      });
    }
  },
};

// ejaan/gelar: academic degrees after a name take full stops and a comma before them
// ("Budi Santoso SH MSi" -> "Budi Santoso, S.H., M.Si.").
import type { Rule } from '../../server/src/engine/types.ts';
import { replaceFix } from '../_lib/util.ts';

const DEGREES: Record<string, string> = {
  sh: 'S.H.', se: 'S.E.', st: 'S.T.', ssos: 'S.Sos.', spd: 'S.Pd.', sip: 'S.IP.', skom: 'S.Kom.', sag: 'S.Ag.', spsi: 'S.Psi.',
  shum: 'S.Hum.', skm: 'S.K.M.', skep: 'S.Kep.', sfarm: 'S.Farm.', ssi: 'S.Si.', sked: 'S.Ked.', stp: 'S.T.P.', sp: 'S.P.',
  msi: 'M.Si.', mm: 'M.M.', mh: 'M.H.', mpd: 'M.Pd.', mt: 'M.T.', mkes: 'M.Kes.', map: 'M.A.P.', msc: 'M.Sc.', mkn: 'M.Kn.',
  mag: 'M.Ag.', mhum: 'M.Hum.', mkom: 'M.Kom.', mba: 'M.B.A.', phd: 'Ph.D.', amd: 'A.Md.',
};
// A degree written with or without its dots ("SH", "S.H", "S.Sos", "MSi", "M.Si"), and a chain of
// them after a capitalised name word. Every match starts with a capital letter (of the word before
// the name, or of the name): the lookahead in front says so once, so that the search rejects the
// other positions of the prose with one character test instead of entering the groups there.
const DEG = '(?:S|M|A|Ph)\\.?(?:[A-Z][a-z]{0,3}\\.?){1,2}';
const ONE = new RegExp(DEG, 'g');
export const CHAIN = new RegExp(`(?=\\p{Lu})(?<before>(?:\\p{Lu}\\p{Ll}+\\s+)?)(?<name>\\p{Lu}\\p{Ll}+)(?<sep>\\s*,?\\s*)(?<deg>${DEG}(?:\\s*,?\\s*${DEG})*)(?![\\p{L}\\p{N}])`, 'gu');
const CHAIN_AT = new RegExp(CHAIN.source, 'uy');

// CHAIN has no literal to start from, and searching for it tried the groups at every capital letter
// of the prose. Its matches can be found from where their degrees may start instead: a degree starts
// with S, M, A or Ph, an optional dot and a capital, right after the name (a lower-case letter) or
// its separator (white space or a comma). From there a match can only start at the name (the capital
// before that run of lower-case letters) or at the word before it (the capital before white space
// and lower-case letters before the name). CHAIN is tried at those places in order, each as the
// global search tries it at that position (sticky); at any other position it cannot match, so the
// matches are those of the search, in order.

/** Code unit classes for the walk back from a degree: 1 lower-case, 2 upper-case, 3 white space or comma, 0 other; -1 a surrogate. */
function unitClass(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 65 && c <= 90) return 2;
  if (c === 32 || c === 44 || (c >= 9 && c <= 13)) return 3;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  const ch = String.fromCharCode(c);
  return /\p{Ll}/u.test(ch) ? 1 : /\p{Lu}/u.test(ch) ? 2 : /\s/u.test(ch) ? 3 : 0;
}

/** Where `text` has a run of `want` units ending before `end`, the run's start; -1 without one, -2 at a surrogate. */
function runBack(text: string, end: number, want: number): number {
  let k = end;
  for (; k > 0; k--) {
    const c = unitClass(text.charCodeAt(k - 1));
    if (c === -1) return -2;
    if (c !== want) break;
  }
  return k < end ? k : -1;
}

/** Where a match of CHAIN whose degrees start at `q` may start (pushed to `out`); false at a surrogate. */
function startsBefore(text: string, q: number, out: number[]): boolean {
  let k = q;
  const sep = runBack(text, k, 3);
  if (sep === -2) return false;
  if (sep >= 0) k = sep;
  const lower = runBack(text, k, 1);
  if (lower < 0) return lower === -1;
  if (lower === 0) return true;
  const cap = unitClass(text.charCodeAt(lower - 1));
  if (cap === -1) return false;
  if (cap !== 2) return true;
  const name = lower - 1;
  out.push(name);
  const space = runBack(text, name, 3);
  if (space === -2) return false;
  if (space < 0) return true;
  const before = runBack(text, space, 1);
  if (before < 0) return before === -1;
  if (before === 0) return true;
  const cap2 = unitClass(text.charCodeAt(before - 1));
  if (cap2 === -1) return false;
  if (cap2 === 2) out.push(before - 1);
  return true;
}

/** Where a degree of DEG may start. */
const DEGREE_START = /(?:[SMA]|Ph)\.?[A-Z]/g;

/** The matches of CHAIN's global search of `prose`; undefined when a surrogate is in the way (then search it). */
export function chainMatches(prose: string): RegExpExecArray[] | undefined {
  const at: number[] = [];
  DEGREE_START.lastIndex = 0;
  for (let d = DEGREE_START.exec(prose); d !== null; d = DEGREE_START.exec(prose)) {
    // One place on, not past the match: in "PhSE" a degree may start at the S too.
    DEGREE_START.lastIndex = d.index + 1;
    if (!startsBefore(prose, d.index, at)) return undefined;
  }
  at.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of at) {
    if (p < from) continue;
    CHAIN_AT.lastIndex = p;
    const m = CHAIN_AT.exec(prose);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'ejaan/gelar',
    severity: 'warning',
    fix: 'safe',
    scope: 'block',
    message: { id: 'Penulisan gelar: tulis “{expected}”.', en: 'Academic degrees: write “{expected}”.' },
    description: {
      id: 'Gelar akademik di belakang nama ditulis dengan titik pada setiap unsur singkatannya dan dipisahkan dari nama dengan koma (Budi Santoso, S.H., M.Si.).',
      en: 'Academic degrees after a name take a full stop after each abbreviated part and a comma before them (Budi Santoso, S.H., M.Si.).',
    },
    basis: 'EYD V, Singkatan (gelar) dan Tanda Koma; Permenristekdikti 59/2018 (gelar akademik)',
  },
  examples: {
    invalid: [
      { text: 'Narasumber: Budi Santoso SH MSi dari Kejaksaan.', output: 'Narasumber: Budi Santoso, S.H., M.Si. dari Kejaksaan.' },
      { text: 'Hadir pula Siti Aminah, S.Sos dan rekan.', output: 'Hadir pula Siti Aminah, S.Sos. dan rekan.' },
    ],
    valid: [
      { text: 'Narasumber: Budi Santoso, S.H., M.Si., dari Kejaksaan.' },
      { text: 'Hal itu diatur sesuai SE MenPAN-RB Nomor 137 Tahun 2018.' },
      { text: 'Tim ST Surabaya dan SMA Negeri 5 hadir.' },
    ],
  },
  run(ctx) {
    const { text, prose } = ctx.doc;
    let matches = chainMatches(prose);
    if (!matches) {
      matches = [];
      CHAIN.lastIndex = 0;
      for (let m = CHAIN.exec(prose); m !== null; m = CHAIN.exec(prose)) matches.push(m);
    }
    for (const m of matches) {
      const g = m.groups!;
      const start = m.index + g.before.length + g.name.length;
      const end = m.index + m[0].length;
      if (text.slice(m.index, end) !== m[0]) continue; // spans masked syntax
      const hasComma = g.sep.includes(',');
      // A full name ("Budi Santoso SH") or a comma ("Siti, SH") before the degrees.
      if (!hasComma && !/\p{Lu}\p{Ll}+\s+$/u.test(g.before)) continue;
      const parts: string[] = [];
      let ok = true;
      for (const d of g.deg.matchAll(ONE)) {
        const key = d[0].replace(/[.\s,]/g, '').toLowerCase();
        if (!DEGREES[key]) ok = false;
        else parts.push(DEGREES[key]);
      }
      if (!ok || parts.length === 0) continue;
      // "SE MenPAN-RB": a capitalised word right after an uncommaed "degree" makes it a title, not a degree.
      const after = prose.slice(end, end + 20);
      if (!hasComma && /^\s+\p{Lu}/u.test(after)) continue;
      const expected = `, ${parts.join(', ')}`;
      const actual = text.slice(start, end);
      if (actual === expected) continue;
      ctx.report({ start, end, args: { expected: `${g.name}${expected}` }, fixes: [replaceFix(ctx, start, end, expected, true)] });
    }
  },
};

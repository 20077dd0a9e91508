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
const CHAIN = new RegExp(`(?=\\p{Lu})(?<before>(?:\\p{Lu}\\p{Ll}+\\s+)?)(?<name>\\p{Lu}\\p{Ll}+)(?<sep>\\s*,?\\s*)(?<deg>${DEG}(?:\\s*,?\\s*${DEG})*)(?![\\p{L}\\p{N}])`, 'gu');

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
    CHAIN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CHAIN.exec(prose)) !== null) {
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

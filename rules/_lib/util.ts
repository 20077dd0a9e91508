// Small helpers shared by code rules (files under rules/_lib are not rules).
import type { Doc, Fix, RuleContext } from '../../server/src/engine/types.ts';
import { proseMatchList } from '../../server/src/engine/prefilter.ts';

export function replaceFix(ctx: RuleContext, start: number, end: number, newText: string, safe: boolean): Fix {
  return { title: ctx.t({ id: 'Ganti dengan “{x}”', en: 'Replace with “{x}”' }, { x: newText }), safe, edits: [{ start, end, newText }] };
}

/** Runs a global regex over the prose and yields matches that do not span masked syntax. */
export function* proseMatches(doc: Doc, re: RegExp): Generator<RegExpExecArray> {
  // Most patterns need a word that most documents lack; alternatives that cannot match in this
  // document are left out, and the rest is tried only where a match can start when that is known
  // (engine/prefilter.ts). The matches are found before the first is yielded, with the prefilter's
  // own copy of the pattern, so a caller may run the same pattern while it reads them.
  for (const m of proseMatchList(re, doc)) {
    if (doc.text.slice(m.index, m.index + m[0].length) !== m[0]) continue;
    yield m;
  }
}

export const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
export const MONTH_RE_SRC = '(?:[Jj]anuari|[Ff]ebruari|[Mm]aret|[Aa]pril|[Mm]ei|[Jj]uni|[Jj]uli|[Aa]gustus|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]esember)';
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** The year a release is about: front matter `tanggal`, else the first full date in the text. */
export function documentYear(doc: Doc): number | undefined {
  const t = doc.meta.tanggal;
  if (t instanceof Date) return t.getUTCFullYear();
  if (typeof t === 'string' || typeof t === 'number') {
    const m = /(\d{4})/.exec(String(t));
    if (m) return Number(m[1]);
  }
  const full = new RegExp(`\\b\\d{1,2}(?:\\s+${MONTH_RE_SRC}\\s+|/\\d{1,2}/)(\\d{4})\\b`).exec(doc.prose);
  return full ? Number(full[1]) : undefined;
}

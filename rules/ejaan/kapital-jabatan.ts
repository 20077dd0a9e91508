// ejaan/kapital-jabatan: a title followed by a person's name, an agency or a place is capitalised
// ("wali kota Surabaya Eri Cahyadi" -> "Wali Kota Surabaya Eri Cahyadi"); a generic title is not
// ("para bupati se-Jawa Timur").
import type { Rule } from '../../server/src/engine/types.ts';
import { replaceFix } from '../_lib/util.ts';
import { proseMatchList } from '../../server/src/engine/prefilter.ts';

const TITLES = [
  'wakil presiden', 'presiden', 'wakil gubernur', 'gubernur', 'wakil bupati', 'bupati', 'wakil wali kota', 'wali kota', 'camat', 'lurah',
  'kepala desa', 'menteri', 'wakil menteri', 'sekretaris daerah', 'kepala dinas', 'kepala badan', 'kepala kantor wilayah', 'kepala lembaga pemasyarakatan',
  'kepala lapas', 'kepala rutan', 'kepala kepolisian resor', 'kapolres', 'kapolda', 'kapolri', 'kapolsek', 'direktur jenderal', 'direktur utama',
  'ketua dprd', 'ketua', 'panglima', 'jaksa agung', 'kepala kejaksaan negeri', 'kajari', 'kajati', 'rektor', 'dekan',
];
const TITLE_RE = new RegExp(`(?<![\\p{L}-])(?<title>${TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})(?=\\s+(?<next>\\p{Lu}[\\p{L}.-]*))`, 'gu');
// Words that make the title generic or part of a larger noun phrase.
const GENERIC_BEFORE = /(?:\b(?:para|seorang|setiap|tiap|sejumlah|beberapa|semua|seluruh|calon|bakal|mantan|eks|sebagai|menjadi|jabatan|kursi|pemilihan|pilkada|pasangan)\s+|se-)$/i;

export const rule: Rule = {
  meta: {
    id: 'ejaan/kapital-jabatan',
    severity: 'warning',
    fix: 'safe',
    scope: 'block',
    message: { id: 'Nama jabatan yang diikuti nama orang, instansi, atau tempat ditulis kapital: “{expected}”.', en: 'A title followed by a name, an agency or a place is capitalised: “{expected}”.' },
    description: {
      id: 'Huruf pertama nama jabatan ditulis kapital bila diikuti nama orang, nama instansi, atau nama tempat (Wali Kota Surabaya Eri Cahyadi, Gubernur Jawa Timur); bila tidak merujuk orang atau tempat tertentu ditulis kecil (para bupati, seorang camat).',
      en: 'A title is capitalised when followed by a person’s name, an agency or a place (Wali Kota Surabaya Eri Cahyadi, Gubernur Jawa Timur); a generic title stays lower-case (para bupati, seorang camat).',
    },
    basis: 'EYD V, Huruf Kapital (nama jabatan dan pangkat yang diikuti nama orang, nama instansi, atau nama tempat)',
  },
  examples: {
    invalid: [
      { text: 'Acara dibuka oleh wali kota Surabaya Eri Cahyadi.', output: 'Acara dibuka oleh Wali Kota Surabaya Eri Cahyadi.' },
      { text: 'Hadir pula gubernur Jawa Timur dan kapolres Sleman.', output: 'Hadir pula Gubernur Jawa Timur dan Kapolres Sleman.', count: 2 },
    ],
    valid: [
      { text: 'Rapat dihadiri para bupati se-Jawa Timur.' },
      { text: 'Setiap camat wajib hadir; pemilihan bupati Sleman digelar tahun depan.' },
      { text: 'Wali Kota Surabaya Eri Cahyadi membuka acara.' },
    ],
  },
  run(ctx) {
    const { prose, text } = ctx.doc;
    // No title word in the document, no finding; otherwise the pattern is tried where a title word
    // starts (engine/prefilter.ts).
    for (const m of proseMatchList(TITLE_RE, ctx.doc)) {
      const title = m.groups!.title;
      if (title === title.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase())) continue; // already capitalised
      if (/^\p{Lu}/u.test(title)) continue; // partly capitalised: leave to a person
      const start = m.index;
      const end = start + title.length;
      if (text.slice(start, end) !== title) continue;
      if (GENERIC_BEFORE.test(prose.slice(Math.max(0, start - 30), start))) continue;
      const next = m.groups!.next;
      // An acronym or sentence start right after ("bupati. Dia") is not a name.
      if (/^\p{Lu}+$/u.test(next) && next.length > 1 && !/^(DPRD|DKI|DIY|NTB|NTT)$/.test(next)) continue;
      const expected = title.replace(/(^|\s)(\p{Ll})/gu, (_x, sp: string, ch: string) => sp + ch.toUpperCase());
      ctx.report({ start, end, args: { expected }, fixes: [replaceFix(ctx, start, end, expected, true)] });
    }
  },
};

// netralitas/afiliasi-parpol: a civil servant or the agency's staff declared members, cadres or
// sympathisers of a party ("Saya bangga menjadi kader PMB").
import type { Rule } from '../../server/src/engine/types.ts';
import { sentences, matchesIn } from '../_lib/compliance.ts';
import { NEUTRAL_CONTEXT, partyNames } from './_shared.ts';

const SELF_DECLARED = /\b(?:pengurus|ketua|sekretaris|bendahara|wakil ketua)\s+(?:PAC|DPC|DPD|DPW|DPP|ranting|anak ranting)\s+(?:partai|Partai|\p{Lu})|\b(?:pegang|punya|memiliki|dapat|sudah\s+ada)\s+KTA\b|\b(?:bagian dari|anggota)\s+keluarga besar\s+partai\b|\b(?:sebagai|selaku|saya)\s+(?:\S+\s+){0,4}?(?:kader|simpatisan|anggota|pengurus)(?:\s+(?:muda|aktif|setia|lama|resmi|inti|militan))?\s+partai\b|\bsaya\s+(?:\S+\s+){0,2}?(?:pendukung|simpatisan|relawan|tim sukses|timses)\s+(?:paslon|pasangan calon|calon|nomor|no\.?|pak|bu|bapak|ibu)\b|\b(?:sebagai|selaku)\s+kader\s+yang\s+(?:dibesarkan|dididik|lahir)\s+(?:di|oleh|dari)\s+partai\b|\b(?:mengajak|ajak|mari|ayo)\b[^.]{0,80}\b(?:bersama|mendukung|memilih|untuk)\s+partai\s+kita\b/giu;

// Case-sensitive: with /i, \\p{Lu} would take "anggota partai politik" for a party's name. Built
// once per list of party names (not per sentence): matchesIn resets lastIndex before each search.
const NO_PARTIES = /(?:)/;
const members = new WeakMap<RegExp, RegExp>();
function memberPattern(parties: RegExp | undefined): RegExp {
  let re = members.get(parties ?? NO_PARTIES);
  if (!re) {
    re = new RegExp(`\\b(?:[Kk]ader|[Ss]impatisan|[Aa]nggota|[Pp]engurus|[Ff]ungsionaris)\\s+(?:${parties ? parties.source.slice(5, -3) + '|' : ''}[Pp]artai\\s+\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*)`, 'gu');
    members.set(parties ?? NO_PARTIES, re);
  }
  return re;
}

export const rule: Rule = {
  meta: {
    id: 'netralitas/afiliasi-parpol',
    severity: 'warning',
    fix: 'none',
    scope: 'block',
    message: { id: 'Menyatakan ASN sebagai kader, anggota, pengurus, atau simpatisan partai (“{actual}”) bertentangan dengan netralitas ASN.', en: 'Stating that civil servants are cadres, members, officials or sympathisers of a party (“{actual}”) conflicts with civil-service neutrality.' },
    description: {
      id: 'Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik dan dilarang menjadi anggota atau pengurus partai politik.',
      en: 'Civil servants must be free of the influence of all groups and political parties and may not be members or officials of a party.',
    },
    basis: 'UU ASN Pasal 9 ayat (2) (UU 5/2014; rumusan UU 20/2023 belum dicek silang); PP 94/2021 Pasal 5 huruf n',
  },
  examples: {
    invalid: [{ text: 'Iya Bu, saya memang pendukung Paslon 1, terus kenapa?' }, { text: 'Sebagai kader muda partai pengusung beliau, saya ajak rekan-rekan hadir.' }, { text: 'Sebagai kader yang dibesarkan di partai ini sejak mahasiswa, saya pribadi bangga.' }, { text: 'Saya bangga menjadi kader Partai Contoh dan siap memenangkan calon kita.' }, { text: 'Sebagai sekretaris desa sekaligus kader partai, saya mengajak warga tetap solid bersama partai kita.' }],
    valid: [{ text: 'ASN yang terbukti menjadi anggota partai politik dijatuhi sanksi disiplin berat.' }],
  },
  run(ctx) {
    const re = memberPattern(partyNames(ctx.options));
    for (const v of sentences(ctx.doc)) {
      if (NEUTRAL_CONTEXT.test(v.text)) continue;
      let any = false;
      for (const { m, start, end } of matchesIn(v, re)) {
        ctx.report({ start, end, args: { actual: m[0] } });
        any = true;
      }
      if (any) continue;
      // "Sebagai sekretaris desa sekaligus kader partai, saya mengajak … bersama partai kita."
      for (const { m, start, end } of matchesIn(v, SELF_DECLARED)) {
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

// kebencian/ajakan-permusuhan: a call to drive out, attack or shun a group ("Ayo usir pendatang",
// "boikot saja usahanya"). A hostile verb, a group or people as its target, and a call (ayo, mari,
// harus, saja, an exclamation) in the same sentence.
import type { Rule } from '../../server/src/engine/types.ts';
import { GROUP_REF, HORTATIVE, LEGAL_CASE, SAJA, STRONG_WARNING, negatedBefore, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const HOSTILE = /\b(?:(?:di)?pulangkan\s+(?:saja|semua|aja)|pulang\s+(?:saja|aja|sana)\s+ke\s+(?:daerah|kampung)(?:\s+asal|nya)?|(?:balik|pulang|kembali)\s+ke\s+kampung(?:nya|\s+asal)|jangan\s+(?:(?:belanja|beli|membeli)\s+(?:\S+\s+){0,2})?(?:di\s+)?(?:toko|warung|kios|lapak)(?:-(?:toko|warung|kios|lapak))?\s+(?:mereka|orang)|usir(?:lah)?|diusir|basmi|dibasmi|ganyang|serang|sikat|disikat|hajar|tumpas|boikot|kucilkan|singkirkan|bersihkan|dibersihkan|habisi|diberantas|halalkan darah)\b/iu;

const ORIGIN = prefiltered(/\b(?:pulang|balik|kembali)\s+(?:saja\s+|aja\s+|sana\s+)?ke\s+(?:daerah|kampung|pulau|negara)\s*(?:asal|nya|mereka|masing-masing)\b/iu);

export const rule: Rule = {
  meta: {
    id: 'kebencian/ajakan-permusuhan',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Ajakan bermusuhan terhadap suatu kelompok (“{actual}”). Hapus ajakan ini; sampaikan persoalannya tanpa menyasar kelompok.', en: 'A call to hostility against a group (“{actual}”). Remove the call; state the issue without targeting a group.' },
    description: {
      id: 'Ajakan mengusir, menyerang, memboikot, atau mengucilkan kelompok suku, agama, ras, atau golongan termasuk menghasut kebencian dan permusuhan.',
      en: 'Calls to drive out, attack, boycott or shun an ethnic, religious, racial or social group amount to inciting hatred and hostility.',
    },
    basis: 'UU ITE Pasal 28 ayat (2) (“menghasut, mengajak, atau memengaruhi”, UU 1/2024; kata per kata belum diverifikasi); SE MenPAN-RB 137/2018 butir 7–8; SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 4',
  },
  examples: {
    invalid: [{ text: 'Pedagang Cina itu menaikkan harga seenaknya. Mending belanja di warung saudara sendiri saja, jangan di toko-toko mereka!' }, { text: 'Lebih baik kalian pulang saja ke daerah asal kalau tidak bisa menyesuaikan diri di sini.' }, { text: 'Ayo usir pendatang dari kampung kita!' }, { text: 'Hajar saja para pendatang itu kalau masih membuka lapak di sini!' }],
    valid: [
      { text: 'Ribuan pemudik pulang ke kampung halaman menjelang Lebaran.' },
      { text: 'Pengungsi yang rumahnya sudah aman dipersilakan kembali ke kampung masing-masing.' },
      { text: 'Polisi mengimbau warga tidak terpancing ajakan mengusir pendatang.' },
      { text: 'Satgas memberantas pungli di pelabuhan.' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      // Every finding is a hostile call: a sentence with none needs none of the questions below.
      if (!mayMatchSentence(v, HOSTILE)) continue;
      if (STRONG_WARNING.test(v.text) || LEGAL_CASE.test(v.text)) continue;
      // The target is a group by identity, named here or in the sentence before ("Pedagang Cina
      // menaikkan harga. Jangan belanja di toko-toko mereka!"); a call against "them" in general is
      // provokasi's business. Sending people "back to where they came from" names origin itself.
      const prev = i > 0 && list[i - 1].s.block === v.s.block ? list[i - 1].text : '';
      if (!GROUP_REF.test(v.text) && !GROUP_REF.test(prev) && !ORIGIN.test(v.text)) continue;
      if (!HORTATIVE.test(v.text) && !SAJA.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, HOSTILE)) {
        if (negatedBefore(v.text, m.index)) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

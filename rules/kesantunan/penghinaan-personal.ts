// kesantunan/penghinaan-personal: insulting a person ("Kepala desa itu memang tidak becus dan
// pembohong"). Criticise actions with facts instead. Yields to more specific findings (hate speech,
// attacks on candidates) on the same words.
import type { Rule } from '../../server/src/engine/types.ts';
import { LEGAL_CASE, REGULATION, STRONG_WARNING, negatedBefore, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const INSULT = /\b(?:(?:warga|masyarakat|penduduk)(?:nya)?\s+(?:\S+\s+){0,2}?bandel|(?:tidak|tak|gak|nggak|ga|enggak|ndak)\s+becus|pecundang|pembohong|munafik|tidak tahu malu|tak tahu malu|otak udang|pemalas|penjilat|makan uang rakyat|bodoh|mata duitan|tukang tipu|muka tembok|tidak punya otak|tak punya otak|(?:nggak|gak|ga|enggak)\s+punya\s+otak|sampah masyarakat|jempol(?:nya)?\s+lebih\s+cepat\s+(?:dari(?:pada)?\s+)?otak(?:nya)?|manusia\s+(?:tidak|tak|nggak|gak)\s+berguna|(?:kayak|kaya|seperti)\s+binatang|sok suci|tidak punya malu|tak punya malu|bebal|otak(?:nya)?\s+kosong|(?<=\byang\s+)(?:tidak|tak|nggak|gak)\s+tahu\s+diri|otak(?:nya)?\s+(?:memang\s+|emang\s+)?(?:di|ada di|ditaruh di|ditaruh)\s+dengkul|otak(?:nya)?\s+(?:cuma|hanya)\s+(?:uang|duit)|dasar\s+(?:\p{L}+\s+){0,2}?(?:ga|gak|nggak|tidak|tak)\s+(?:tau|tahu)\s+(?:diuntung|diri|malu|terima kasih))\b|\botak(?:nya)?\s+(?:ga|gak|nggak|tidak|tak|enggak)\s+(?:di)?(?:pake|pakai|dipakai)\b|\bdasar\s+(?:tukang\s+\p{L}+|otak\s+\w+|kampungan|murahan|bajingan|begundal|udik|norak|tidak tahu diri|tak tahu diri|pemalas|penjilat|pembohong|sampah)\b/iu;
// Insults that can only be said of a person need no pointer to one ("Kelakuan kayak preman terminal,
// otaknya ditaruh di dengkul semua"); nor is a jab at "warganet yang jempolnya lebih cepat dari otaknya"
// a warning against hoaxes just because it adds "tolong dicek dulu".
const ALWAYS_PERSONAL = /^(?:jempol|otak|tidak punya otak|tak punya otak|nggak punya otak|gak punya otak|ga punya otak|enggak punya otak|bebal|muka tembok|mata duitan|penjilat|(?:tidak|tak|gak|nggak|ga|enggak|ndak)\s+becus)/iu;
const PERSON = prefiltered(/\b(?:warga(?:nya)?|masyarakat(?:nya)?|penduduk(?:nya)?|itu|ini|dia|mereka|kalian|kau|kamu|petugas(?:nya)?|pegawai|pejabat|kepala\s+\w+|camat|lurah|bupati|wali kota|gubernur|menteri|direktur|ketua|staf|oknum|dasar|pemerintah|pemda|(?:yang|yg)\s+(?:komen|komentar|protes)\w*|bu|pak|mas|mbak|kak|bang)\b/iu);

export const rule: Rule = {
  meta: {
    id: 'kesantunan/penghinaan-personal',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    yields: true,
    message: { id: 'Menghina orang (“{actual}”) tidak pantas dan dapat menjadi pencemaran nama baik. Kritik perbuatannya dengan fakta.', en: 'Insulting a person (“{actual}”) is improper and may be defamatory. Criticise the act with facts.' },
    description: {
      id: 'Hinaan terhadap pribadi atau pejabat (tidak becus, pembohong, munafik, otak udang) tidak pantas bagi ASN; kritik disampaikan dengan fakta tentang perbuatan, bukan penilaian terhadap orangnya.',
      en: 'Insults against a person or an official (tidak becus, pembohong, munafik, otak udang) are improper for civil servants; criticism states facts about the act, not a verdict on the person.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 2 dan 7 (etika; fitnah); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 1; UU 1/2024 Pasal 27A (pencemaran nama baik; belum diverifikasi)',
  },
  examples: {
    invalid: [{ text: 'Masih ada oknum pedagang nakal yang menaikkan harga seenaknya, dasar mata duitan.' }, { text: 'Kepala desa itu memang tidak becus dan pembohong.' }, { text: 'Dasar otak udang, begitu saja tidak bisa.' }, { text: 'Yang komen asal begini biasanya otaknya tidak dipakai, Bu.' }, { text: 'Para bandar itu sampah masyarakat, manusia tidak berguna.' }, { text: 'Yang bakar ban sama lempar batu itu kelakuannya udah kayak binatang, nggak punya otak.' }, { text: 'Untuk warganet yang jempolnya lebih cepat dari otaknya, tolong dicek dulu sebelum disebar.' }, { text: 'Kelakuan kayak preman terminal, otaknya ditaruh di dengkul semua.' }, { text: 'Ngurus kebun sendiri aja gak becus.' }, { text: 'Warganya juga bandel, sudah berkali-kali diimbau mengungsi tapi lebih sayang sama barang.' }],
    valid: [{ text: 'Warga yang masih menunggak diberi keringanan denda hingga akhir bulan.' }, { text: 'Inspektorat menemukan tiga catatan administrasi pada laporan keuangan desa.' }, { text: 'Kasus penghinaan terhadap kepala desa kini ditangani Polres.' }, { text: 'Audit Inspektorat menjadi dasar perhitungan kerugian negara.' }, { text: 'Ejekan seperti “dasar bodoh” juga termasuk perundungan verbal.' }],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is an insult: a sentence with none needs none of the questions below.
      if (!mayMatchSentence(v, INSULT)) continue;
      if (LEGAL_CASE.test(v.text) || REGULATION.test(v.text)) continue;
      const warned = STRONG_WARNING.test(v.text);
      const person = PERSON.test(v.text);
      for (const { m, start, end } of matchesIn(v, INSULT)) {
        if (negatedBefore(v.text, m.index)) continue;
        // "Warganya bandel, sudah berkali-kali diimbau": the appeal is the insult's setting, not a warning against it.
        if (!ALWAYS_PERSONAL.test(m[0]) && (!person || (warned && !/bandel$/iu.test(m[0])))) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
      }
    }
  },
};

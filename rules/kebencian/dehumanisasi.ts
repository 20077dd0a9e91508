// kebencian/dehumanisasi: calling people animals or vermin ("Dasar monyet", "para napi itu tikus
// got"). An animal word counts only in an insult frame: after dasar/kau/kalian/si, or said of people;
// "vaksinasi anjing" and "hama tikus" are about animals.
import type { Rule } from '../../server/src/engine/types.ts';
import { GROUP_REF, LEGAL_CASE, REGULATION, STRONG_WARNING, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const LABEL = /\b(?:(?:jangan|tidak usah|tak usah)\s+(?:lagi\s+)?anggap\s+mereka\s+manusia|kandang\s+(?:monyet|babi|binatang|ayam)|monyet|anjing|babi|tikus(?:\s+got)?|kecoak|binatang|hewan|sampah masyarakat|parasit|hama|virus|cecunguk|kunyuk|lintah darat|penyakit masyarakat|setan|iblis|penyakit\s+(?:umat|agama|bangsa|negara|masyarakat|kampung)|penyakit(?=\s+(?:di|bagi|buat|untuk)\s+(?:kampung|desa|kota|masyarakat|negeri|negara|daerah|bangsa|lingkungan)\b|\s*[.!,]|\s*$))\b/iu;
// The label said of people: "dasar X", "kau/kalian X", "mereka/itu (adalah|seperti) X", "X, para …".
const FRAME_BEFORE = /(?:\b(?:dasar|kau|kamu|kalian|lo|lu|si|mereka|dia|itu|ini)\s+(?:semua\s+)?(?:adalah\s+|memang\s+|cuma\s+|hanya\s+|seperti\s+|kayak\s+|kaya\s+|bagaikan\s+|ibarat\s+|bak\s+)*|\b(?:seperti|kayak|bagaikan|ibarat|layaknya|laksana|(?:tidak|tak|nggak|gak)\s+(?:ubahnya|beda)\s+(?:dengan\s+|sama\s+|dari\s+)?)\s*(?:(?:se)?kawanan\s+|(?:se)?gerombolan\s+|sekumpulan\s+)?|\b(?:orang|warga|kaum|suku|mereka)\s+(?:\p{Ll}+\s+)?setengah\s+)$/iu;
const PEOPLE = prefiltered(/\b(?:orang|warga|napi|narapidana|tahanan|pendatang|pengungsi|pelaku|kaum|kelompok|etnis|suku|umat|mereka|kalian|para\s+\w+|pejabat|petugas|mahasiswa|komunitas|manusia|waria|penghuni(?:nya)?|penduduk(?:nya)?|pemuda|remaja|kelakuan(?:nya)?|perilaku(?:nya)?|tingkah(?:nya)?|gepeng|gelandangan|pengemis|pengamen|anak punk|anak jalanan|PSK|PKL|pedagang kaki lima)\b/iu);
const ANIMAL_CONTEXT = prefiltered(/\b(?:ekor|vaksin\w*|rabies|peternak\w*|ternak|hama|petani|satwa|BKSDA|dilepasliarkan|kebun binatang|hutan|daging|kandang|dokter hewan|kesehatan hewan|virus\s+\w+|demam)\b/iu);

const OFFENDER = /\b(?:bandar|pengedar|kurir|koruptor|maling|pencuri|begal|preman|perusuh|demonstran|pendemo|massa aksi|satpam|oknum|bakar ban|lempar batu|pelempar)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'kebencian/dehumanisasi',
    severity: 'error',
    fix: 'suggestion',
    scope: 'block',
    message: { id: 'Menyebut orang sebagai “{actual}” merendahkan martabat manusia. Gunakan sebutan netral seperti “pelaku”, “warga binaan”, atau “pelanggar”.', en: 'Calling people “{actual}” dehumanises them. Use a neutral term such as “pelaku” (offender), “warga binaan” (inmate) or “pelanggar” (violator).' },
    description: {
      id: 'Label hewan atau kotoran (monyet, babi, tikus, sampah masyarakat, parasit) yang ditujukan kepada orang atau kelompok merendahkan martabat dan dapat menimbulkan kebencian. Kata yang sama tentang hewan (vaksinasi anjing, hama tikus) tidak ditandai.',
      en: 'Animal or filth labels (monyet, babi, tikus, sampah masyarakat, parasit) aimed at people or groups degrade them and can incite hatred. The same words about animals (vaksinasi anjing, hama tikus) are not flagged.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 2 dan 8; UU ITE Pasal 28 ayat (2) jo. Pasal 45A ayat (2) (UU 1/2024); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 1–2',
  },
  examples: {
    invalid: [{ text: 'Para pendatang itu tidak ubahnya kawanan hewan liar.' }, { text: 'Dasar monyet, para napi itu tidak pantas dikasihani.' }, { text: 'Para pengungsi itu seperti kecoak yang merusak lingkungan.' }, { text: 'Pelaku itu binatang, tidak layak disebut manusia.' }, { text: 'Rumah kos itu kayak kandang babi, penghuninya jorok semua.' }, { text: 'Kaum mereka itu penyakit di kampung ini.' }, { text: 'Mereka itu penyakit umat, tidak pantas disebut saudara seiman.' }, { text: 'Satpol PP menertibkan sampah masyarakat seperti gepeng dan anak punk.' }],
    valid: [
      { text: 'Dinas Peternakan memvaksinasi 300 ekor anjing untuk mencegah rabies.' },
      { text: 'Petani mengeluhkan hama tikus dan babi hutan.' },
      { text: 'Warga membangun kandang babi yang jauh dari permukiman penduduk.' },
      { text: 'Mereka itu penderita, bukan penyakit; jangan dikucilkan, kata dokter.' },
      { text: 'Demam berdarah itu penyakit berbahaya bagi anak-anak.' },
      { text: 'Monyet ekor panjang dilepasliarkan BKSDA.' },
      { text: 'Polres menggelar Operasi Pekat (Penyakit Masyarakat) dan menjaring 12 orang pelaku judi.' },
      { text: 'Jangan sebut mereka binatang; semua warga binaan berhak dibina, tegas Kalapas.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of LABEL: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, LABEL)) continue;
      if (STRONG_WARNING.test(v.text) || REGULATION.test(v.text)) continue;
      // "isinya kayak kandang monyet": a simile about where people live is not about a real pen.
      const simile = /\b(?:seperti|kayak|kaya|bagaikan|ibarat|bak)\s+kandang\b/iu.test(v.text);
      if (ANIMAL_CONTEXT.test(simile ? v.text.replace(/\bkandang\b/giu, '') : v.text)) continue;
      for (const { m, start, end } of matchesIn(v, LABEL)) {
        const before = v.text.slice(0, m.index);
        const framed = FRAME_BEFORE.test(before) && (PEOPLE.test(v.text) || /\b(?:dasar|kau|kamu|kalian|lo|lu|si)\s+$/iu.test(before));
        const appositive = /^[,\s]+(?:para|kalian|mereka|dia|kau)\b/iu.test(v.text.slice(m.index + m[0].length));
        // "sampah masyarakat" said of people; "penyakit masyarakat" is also police vocabulary for vice
        // (Operasi Pekat: gambling, liquor, prostitution), so it needs a frame that calls people so.
        const pekat = /^penyakit masyarakat$/iu.test(m[0]) &&
          (/\b(?:operasi|pekat|pemberantasan|memberantas|berantas|razia|kegiatan)\b|\(\s*pekat\s*\)/iu.test(v.text) || !/\b(?:adalah|merupakan|itu|ini|cuma|hanya|bagaikan|seperti)\s+(?:\S+\s+)?$/iu.test(before));
        const multiword = /\s/.test(m[0]) && PEOPLE.test(v.text) && !pekat;
        if (!(framed || appositive || multiword)) continue;
        if (LEGAL_CASE.test(v.text) && !/\bdasar\b/iu.test(before)) continue;
        // Dealers, thugs or rioters insulted as animals or rubbish are insulted as what they did, not for
        // who they are: kesantunan/penghinaan-personal reports it.
        if (OFFENDER.test(v.text) && !GROUP_REF.test(v.text)) continue;
        ctx.report({ start, end, args: { actual: m[0] }, fixes: [] });
      }
    }
  },
};

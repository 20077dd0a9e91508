// netralitas/serang-kandidat: insults or smears aimed at a candidate ("Budi Hartono itu boneka
// partai, tidak layak dipilih"; "Pasangan calon nomor 2 hanya pembohong").
import type { Rule } from '../../server/src/engine/types.ts';
import { beforeInBlock, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { CANDIDACY, NEUTRAL_CONTEXT, candidateTarget } from './_shared.ts';

// "Yang satunya lagi", "calon sebelah", "bukan seperti yang lain": the rival, pointed at, in a block that
// talks of a candidacy.
const RIVAL = /\b(?:yang\s+(?:satunya|satu\s+lagi|sebelah)|(?:calon|paslon|kandidat)\s+(?:sebelah|lain|itu|tersebut|yang\s+(?:lain|itu|satunya|cuma|hanya|kerjanya|bisanya|taunya))|seperti\s+yang\s+lain|lawan(?:nya)?\s+(?:politik|beliau))\b/iu;

const SMEAR = /\b(?:boneka(?:\s+\w+)?|(?:tidak|tak|nggak|gak)\s+punya\s+(?:pengalaman|prestasi|visi|kemampuan)\s+apa-apa|(?:nol|minim|miskin)\s+(?:pengalaman|prestasi)|(?:cuma|hanya)\s+didatangi\s+(?:belasan|puluhan|segelintir|sedikit)|sepi\s+(?:peminat|pendukung|massa)|antek(?:\s+asing|\s+aseng)?|tidak layak (?:dipilih|memimpin)|pembohong|penipu|pecundang|tidak becus|korup|koruptor|munafik|pengkhianat|bodoh|tolol|(?:cuma|hanya)\s+(?:modal|jual|bisa)\s+(?:baliho|janji|omong|pencitraan|obral janji)|omong besar|omong kosong|kerja\s+dulu(?:,)?\s+baru\s+kampanye|biang\s+kerok|berkedok\s+agama\w*|otak(?:nya)?\s+kosong|modal\s+baliho|jual janji|obral janji|pembual|tukang bohong|(?:datang|muncul)\s+(?:cuma|hanya)\s+(?:pas|saat|kalau)\s+(?:minta|butuh)\s+suara|tukang janji|(?:cuma|hanya|sekadar)\s+(?:pandai|pintar|jago|bisa)\s+(?:(?:ber)?janji|bicara|berbicara|ngomong|omong|beretorika|pencitraan|pidato|berpidato)|(?:yang\s+)?bukan\s+(?:orang\s+)?asli\s+(?!(?:daerah|sini)\b)\p{L}{3,}|(?:cuma|hanya)\s+(?:datang|muncul)\s+lima\s+tahun\s+sekali|(?:cuma|hanya)\s+(?:bagi-bagi|bagi2)\s+\S+|(?:cuma|hanya)\s+(?:datang|muncul)\s+(?:saat|kalau|pas|menjelang)\s+(?:kampanye|pemilu|pilkada|butuh suara)|keturunan\s+(?:Cina|China|Arab|India|asing|PKI)|bukan\s+(?:putra|orang)\s+(?:daerah|asli)|(?:cuma|hanya)\s+(?:janji|omong|ngomong|pencitraan)(?:\s+doang)?|(?:kalau|kalo|jika|bila)\s+(?:\S+\s+){0,4}?(?:menang|terpilih|jadi)\s*,?\s+(?:\S+\s+){0,6}?(?:mau|akan|bakal|pasti)\s+(?:dihapus|dipangkas|dipotong|dicabut|ditutup|digusur|dipecat|dihentikan|dibubarkan|hapus|menghapus|pecat|memecat|cabut|mencabut|gusur|menggusur|naikkan|menaikkan|potong|memotong|bubarkan|membubarkan|tutup|menutup|jual|menjual|stop|hentikan|menghentikan))\b/iu;

// A post or reply, not a release: its few sentences share one subject.
const SHORT_POST = 10;

export const rule: Rule = {
  meta: {
    id: 'netralitas/serang-kandidat',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Serangan terhadap calon (“{actual}”) menunjukkan keberpihakan dan dapat menjadi fitnah. Hapus; ASN tidak menilai calon di ruang publik.', en: 'An attack on a candidate (“{actual}”) shows partisanship and may be defamatory. Remove it; civil servants do not judge candidates in public.' },
    description: {
      id: 'Menyerang, menghina, atau menjelekkan calon atau pasangan calon sama dengan berkampanye melawannya dan dilarang bagi ASN.',
      en: 'Attacking, insulting or running down a candidate amounts to campaigning against them and is prohibited for civil servants.',
    },
    basis: 'SKB Netralitas ASN 2022, Lampiran II; PP 94/2021 Pasal 5 huruf n; SE MenPAN-RB 137/2018 butir 7–8',
  },
  examples: {
    invalid: [{ text: 'Calon itu tidak punya pengalaman apa-apa, jangan sampai daerah kita hancur.' }, { text: 'Kasihan ya, paslon 3 kampanyenya cuma didatangi belasan orang.' }, { text: 'Yang dulu janji itu sekarang mau maju lagi, cuma jago pidato, kerja nol besar.' }, { text: 'Calon nomor 3 itu memang cuma pandai bicara, tidak pernah ada kerja nyata.' }, { text: 'Jangan mau dibohongi calon yang cuma modal baliho dan omong besar.' }, { text: 'Pasangan calon nomor 2 hanya pembohong, jangan percaya janji mereka.' }, { text: 'Calon nomor 1 itu tidak becus, masa mau dipilih lagi?' }, { text: 'Katanya paslon sebelah kalau menang mau hapus guru honorer, hati-hati lho bapak ibu.' }, { text: 'Ingat, calon nomor 1 itu keturunan Cina.' }, { text: 'Kalau paslon nomor 1 menang, insentif nakes honorer bakal dipangkas 50%.' }, { text: 'Pilih paslon nomor 2 yang sudah terbukti. Yang satunya lagi cuma tukang janji.' }, { text: 'Beliau maju lagi tahun ini. Bukan seperti yang lain, datang cuma pas minta suara lalu menghilang.' }, { text: 'Pak Bupati insyaallah dua periode. Yang satunya lagi cuma modal janji.' }, { text: 'Kalau soal calon yang satunya, ya Kakak lihat sendiri. Lima tahun jadi anggota dewan tidak ada hasilnya, cuma jual janji.' }, { text: 'Dibagikan ulang dari @relawan.pak.rudy: Rudy nomor urut 1!\n\nYang satunya lagi cuma modal janji.' }, { text: 'Jangan sampai program ini dihapus oleh calon lain yang cuma pandai berjanji.' }, { text: 'Pilih pemimpin yang peduli, bukan calon yang hanya muncul lima tahun sekali seperti pasangan nomor urut 2 itu.' }],
    valid: [{ text: 'Beliau maju lagi tahun ini. Seperti yang lain, beliau wajib cuti selama masa kampanye.' }, { text: 'Debat publik pasangan calon gubernur digelar KPU pada Jumat malam.' }, { text: 'Dalam debat, pasangan calon nomor 2 menyatakan kalau terpilih akan menghapus pungutan sekolah, kata KPU.' }, { text: 'Relawan donor darah hadir sejak pagi.\n\nYang satunya lagi cuma bisa menunggu giliran besok.' }, { text: 'Calon peserta pelatihan yang lain cuma pandai berjanji datang, tetapi tidak hadir.' }],
  },
  run(ctx) {
    const target = candidateTarget(ctx.options);
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      // Every finding is a match of SMEAR: a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, SMEAR)) continue;
      // The candidate may be named in the sentence before: "Calon nomor 2 … . Yang satunya lagi cuma
      // tukang janji."
      const prev = i > 0 && list[i - 1].s.block === v.s.block ? list[i - 1].text : '';
      // The rival may be pointed at in the sentence before ("Kalau soal calon yang satunya, ya lihat
      // sendiri. Lima tahun di dewan cuma jual janji."), and in a short post the candidacy may sit in
      // another paragraph of it (a reposted campaign line, then "Yang satunya lagi cuma modal janji").
      const electoral = (t: string) => CANDIDACY.test(t) && !NEUTRAL_CONTEXT.test(t);
      const rival = (RIVAL.test(v.text) || RIVAL.test(prev)) && (CANDIDACY.test(v.text) || beforeInBlock(list, i, 3, electoral) || (list.length <= SHORT_POST && list.some((o) => o !== v && electoral(o.text))));
      // "Yang dulu janji itu sekarang mau maju lagi, cuma jago pidato": running again names the candidate.
      const running = /\b(?:maju\s+(?:lagi|kembali)|kembali\s+maju|mencalonkan\s+diri|nyalon\s+lagi)\b/iu.test(v.text);
      if (NEUTRAL_CONTEXT.test(v.text) || !(rival || running || target.test(v.text) || (/^\s*(?:yang\s+(?:satunya|sebelah|lain)|dia|mereka|beliau)\b/iu.test(v.text) && target.test(prev) && !NEUTRAL_CONTEXT.test(prev)))) continue;
      for (const { m, start, end } of matchesIn(v, SMEAR)) {
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

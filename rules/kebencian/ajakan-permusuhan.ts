// kebencian/ajakan-permusuhan: a call to drive out, attack or shun a group ("Ayo usir pendatang",
// "boikot saja usahanya"). A hostile verb, a group or people as its target, and a call (ayo, mari,
// harus, saja, an exclamation) in the same sentence.
import type { Rule } from '../../server/src/engine/types.ts';
import { GROUP_REF, HORTATIVE, LEGAL_CASE, SAJA, STRONG_WARNING, negatedBefore, sentences, someGroup, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const HOSTILE = /\b(?:(?:di)?pulangkan\s+(?:saja|semua|aja)|pulang\s+(?:saja|aja|sana)\s+ke\s+(?:daerah|kampung)(?:\s+asal|nya)?|(?:balik|pulang|kembali)\s+ke\s+kampung(?:nya|\s+asal)|jangan\s+(?:(?:belanja|beli|membeli)\s+(?:\S+\s+){0,2})?(?:di\s+)?(?:toko|warung|kios|lapak)(?:-(?:toko|warung|kios|lapak))?\s+(?:mereka|orang)|jangan\s+(?:kasih|beri|berikan)\s+(?:mereka|dorang)\s+untung|usir(?:lah)?|diusir|basmi|dibasmi|ganyang|serang|sikat|disikat|hajar|tumpas|boikot|kucilkan|singkirkan|bersihkan|dibersihkan|habisi|diberantas|halalkan darah|dibubarkan|bubarkan|jangan\s+(?:beri|kasih)\s+tempat|jangan\s+(?:kasih|beri|berikan|terima|sewakan|jual|layani)\b[^.!?]{0,40}\b(?:ke|kepada|pada|untuk|bagi)\s+(?:orang|warga|kaum|umat|suku|etnis|pendatang|mereka)|(?:tidak|tak)\s+usah\s+(?:ikut|daftar|mendaftar|melamar|tinggal|datang|terima|menerima|diterima|pakai|dipakai|rekrut|merekrut)|(?:jangan|tidak\s+usah|tak\s+usah|nggak\s+usah|gak\s+usah|tidak\s+perlu|tak\s+perlu)\s+(?:diberi|dikasih|berikan|beri|kasih)\s+(?:izin|tempat|kesempatan|ruang|rumah|kontrakan)|jangan\s+(?:terima|menerima|diterima)\s+(?:lagi\s+)?(?:penghuni|pekerja|pegawai|warga|orang|penyewa|pendatang)\b|(?:harus|ayo|mari|bersatu|wajib)\s+(?:\S+\s+)?mengusir)\b/iu;

const ORIGIN = prefiltered(/\b(?:pulang|balik|kembali)\s+(?:saja\s+|aja\s+|sana\s+)?ke\s+(?:daerah|kampung|pulau|negara)\s*(?:asal|nya|mereka|masing-masing)\b/iu);

// "belanja di warung saudara sendiri, jangan di toko mereka": us against them, whoever "they" are.
const IN_GROUP = /\b(?:(?:warung|toko|kios|lapak|pedagang)\s+(?:saudara|orang|sesama)\s+(?:sendiri|kita)|sesama\s+(?:pribumi|muslim|orang kita|saudara)|orang\s+kita\s+sendiri)\b/iu;

// "#TolakAliranSesat", "#UsirPendatang": the call in a hashtag (not "#TolakHoaks", "#TolakNarkoba").
const HOSTILE_TAG = /#(?:Tolak|Usir|Bubarkan|Ganyang|Boikot|Basmi|Sikat)(?:Aliran\p{L}*|Sesat|Syiah|Ahmadiyah|Pendatang|Cina|China|Aseng|LGBT\p{L}*|Kafir|Kristen\p{L}*|Katolik|Islam\p{L}*|Hindu|Buddha|Yahudi|Jawa|Madura|Papua|Batak|Bugis|Minang|Dayak|Tionghoa|Waria|Gereja\p{L}*|Masjid\p{L}*|Pengajian\p{L}*)\b/u;

const CUSTODY = /^(?:para\s+)?(?:napi|narapidana|tahanan|warga binaan)$/iu;
function identityGroup(text: string): boolean {
  if (!text || !GROUP_REF.test(text)) return false;
  // Strangers told by what they are suspected of ("orang asing mencurigakan", "orang luar masuk
  // kampung mencari burung") are suspects, not an identity group: "hajar saja" against them is a call
  // to violence (provokasi/ajakan-aksi).
  const suspects = SUSPECTED.test(text);
  // Most group mentions name no one in custody: then the group found is an identity group.
  if (!suspects && !/\b(?:napi|narapidana|tahanan|warga binaan)\b/iu.test(text)) return true;
  return someGroup(text, (g) => !CUSTODY.test(g[0]) && !(suspects && STRANGERS.test(g[0])));
}
const SUSPECTED = /\b(?:mencurigakan|ketahuan|kedapatan|tertangkap tangan|maling|pencuri|pelaku|penculik|mencuri|curi|mencari burung|berburu)\b/iu;
const STRANGERS = /^(?:(?:para\s+)?(?:orang|warga|pekerja|penghuni|penyewa|pedagang)\s+(?:dari\s+)?luar(?:\s+\p{L}+)?|orang asing)$/iu;

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
    invalid: [{ text: 'Jemaat gereja itu tidak usah diberi izin, mereka cuma mau kristenisasi.' }, { text: 'Pedagang Cina itu menaikkan harga seenaknya. Mending belanja di warung saudara sendiri saja, jangan di toko-toko mereka!' }, { text: 'Lebih baik kalian pulang saja ke daerah asal kalau tidak bisa menyesuaikan diri di sini.' }, { text: 'Ayo usir pendatang dari kampung kita!' }, { text: 'Jangan kasih kontrakan ke orang Flores, nanti bikin masalah.' }, { text: 'Kalau bukan orang asli sini, tidak usah ikut seleksi perangkat desa.' }, { text: 'Kelompok sesat itu harus dibubarkan dan diusir dari desa.' }, { text: 'Mereka yang beragama lain itu jangan diberi izin buka usaha di sini.' }, { text: 'Umat agama mayoritas harus bersatu mengusir kaum minoritas dari kampung ini.' }, { text: 'Kalau mau aman, jangan sewakan rumah ke orang Timur.' }, { text: 'Sudah saatnya bersikap tegas. #TolakAliranSesat' }, { text: 'Mending belanja di warung saudara sendiri saja, jangan di toko-toko mereka, biar tahu rasa.' }, { text: 'Hajar saja para pendatang itu kalau masih membuka lapak di sini!' }, { text: 'Mending kita belanja di toko orang kita sendiri lah, jangan kasih mereka untung terus.' }],
    valid: [
      { text: 'Kata orang, pelakunya orang Nias yang baru datang. Kalau ada orang asing mencurigakan masuk desa, tangkap dan hajar saja dulu!' },
      { text: 'Ribuan pemudik pulang ke kampung halaman menjelang Lebaran.' },
      { text: 'Pengungsi yang rumahnya sudah aman dipersilakan kembali ke kampung masing-masing.' },
      { text: 'Polisi mengimbau warga tidak terpancing ajakan mengusir pendatang.' },
      { text: 'Satgas memberantas pungli di pelabuhan.' },
      { text: 'Ayo belanja di warung tetangga sendiri saja, dukung UMKM kampung kita!' },
      { text: 'Warga pendatang tidak usah khawatir, layanan KTP tetap dibuka di kelurahan.' },
      { text: 'Jangan jual rokok kepada anak di bawah umur.' },
      { text: 'Jangan sampai warga pendatang diusir hanya karena isu di media sosial.' },
      { text: 'Ayo bersama lawan peredaran narkoba! #TolakNarkoba #TolakHoaks' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      // A hashtag against a group is a call by itself (it names the group).
      const tag = v.text.includes('#') ? HOSTILE_TAG.exec(v.text) : null;
      if (tag && !STRONG_WARNING.test(v.text) && !LEGAL_CASE.test(v.text)) {
        ctx.report({ start: v.start + tag.index, end: v.start + tag.index + tag[0].length, args: { actual: tag[0] } });
        continue;
      }
      // Every other finding is a hostile call: a sentence with none needs none of the questions below.
      if (!mayMatchSentence(v, HOSTILE)) continue;
      if (STRONG_WARNING.test(v.text) || LEGAL_CASE.test(v.text)) continue;
      // The target is a group by identity, named here or in the sentence before ("Pedagang Cina
      // menaikkan harga. Jangan belanja di toko-toko mereka!"); a call against "them" in general is
      // provokasi's business. Sending people "back to where they came from" names origin itself.
      const prev = i > 0 && list[i - 1].s.block === v.s.block ? list[i - 1].text : '';
      // Inmates are people in custody, not an identity group: "kalau melawan hajar saja" against them is
      // a call to violence (provokasi/ajakan-aksi), not hostility against a group.
      const here = identityGroup(v.text);
      if (!here && !identityGroup(prev) && !ORIGIN.test(v.text) && !IN_GROUP.test(v.text)) continue;
      // "… orang Nias, mereka memang begitu. Kalau ada orang asing mencurigakan masuk desa, hajar saja":
      // the call names its own target, a suspect; the group of the sentence before is not it.
      if (!here && SUSPECTED.test(v.text)) continue;
      // "Jangan kasih kontrakan ke orang Flores", "kalau bukan orang asli sini, tidak usah ikut":
      // the prohibition is the call.
      const called = HORTATIVE.test(v.text) || SAJA.test(v.text);
      if (!called && !/\b(?:jangan|tidak usah|tak usah)\b/iu.test(v.text)) continue;
      for (const { m, start, end } of matchesIn(v, HOSTILE)) {
        // Without another call, only the prohibition itself counts ("jangan kasih … ke orang
        // Flores"), not a hostile word after "jangan sampai …" (a warning).
        if (!called && !/^(?:jangan|tidak|tak)\b/iu.test(m[0])) continue;
        if (negatedBefore(v.text, m.index)) continue;
        // A call to drive out or strike a group is hostility against the group and, when
        // provokasi/ajakan-aksi sees the call, a call to violence as well: both are reported.
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

// kebencian/generalisasi-kelompok: a negative trait pinned on an ethnic, religious or social group
// ("Orang Madura memang pemalas"). Needs both a group and a negative predicate in one sentence;
// warnings against such talk, reports of a case and quoted regulations are not findings.
import type { Rule } from '../../server/src/engine/types.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import { GROUP_REF, LEGAL_CASE, REGULATION, STRONG_WARNING, beforeInBlock, negatedBefore, sentences, someGroup, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';

const PREDICATE = /\b(?:(?:tidak|tak|nggak|gak)\s+(?:paham|ngerti|mengerti)\s+adat|(?:hanya|cuma)\s+(?:membawa|bawa)\s+(?:masalah|penyakit|bencana|sial)|(?:tak|tidak|nggak|gak)\s+(?:punya|tahu|tau|kenal)\s+adab|pemalas|malas|penipu|menipu|pengkhianat|biang(?:\s+\w+)?|sumber masalah|perusak|tidak tahu diri|licik|bodoh|kotor|jorok|sesat|kasar|kampungan|penjahat|pencuri|maling|teroris|radikal|kafir|terbelakang|primitif|tidak beradab|biadab|rakus|pelit|tukang\s+(?:tipu|bohong|maling|copet|ribut|rusuh|palak|peras|mabuk|judi|fitnah|mencuri)|merampok|perampok|merampas|perampas|penjajah|menjajah|(?:suka|gemar|hobi|hobinya|doyan|biasa|sering|selalu|kerap)\s+(?:menyerobot|mencuri|menipu|merampok|membuat onar|bikin onar|berkelahi|mabuk|bikin rusuh|membuat rusuh|bikin ribut|berbuat onar|bikin masalah|membuat masalah|cari masalah|mencari masalah|berkelahi|tawuran)|(?:cuma|hanya)\s+(?:mikir|pikir|memikirkan)\s+untung|watak(?:nya)?\s+(?:memang\s+)?(?:keras|kasar|buruk|jelek|licik|pemarah|brutal)|(?:suka|sering|biasa|selalu|doyan|hobi)\s+(?:bikin|membuat|buat)\s+(?:susah|ulah|gaduh|resah|ribut|rusuh)|(?:cuma|hanya)\s+(?:tahu|tau|bisa)\s+(?:protes|ribut|menuntut|mengeluh|minta)\b|(?:sudah\s+)?(?:biasa|suka|sering|hobi|doyan|memang)\s+main\s+curang|(?:kebanyakan\s+)?(?:hanya|cuma)\s+(?:bisa\s+)?(?:membuat|bikin)\s+(?:onar|rusuh|ribut|susah|masalah|ulah|gaduh)|tidak\s+(?:pernah\s+)?tahu\s+adat|tak tahu adat|hidup\s+dari\s+(?:mencuri|mencopet|merampok|menipu|berjudi|judi|mengemis|meminta-minta)|(?:cuma|hanya)\s+(?:mau|bisa)\s+(?:mengeruk|merusak|bikin bising|bikin ribut)|tidak\s+(?:pernah\s+)?(?:mau\s+)?menghargai\s+(?:tanah|adat|budaya|leluhur|tetangga|warga|orang lain|adat)|tidak beradat|susah diatur|sulit diatur|tidak bisa diatur|susah diajak beradab|biang ribut|misi terselubung|keras kepala|suka ribut|bikin ribut|pembuat onar|tukang ribut|tidak bisa dipercaya|tak bisa dipercaya|menjijikkan|memaksakan\s+kehendak(?:nya)?|(?:memang\s+)?kerjanya\s+(?:memang\s+)?begitu|pembakar\s+(?:lahan|hutan)|perambah(?:\s+hutan)?|biang\s+kerok|(?:memang|sudah)\s+(?:begitu\s+)?(?:jadi\s+)?(?:sifat|watak|tabiat|bawaan|karakter)(?:nya|\s+mereka)|(?:terkenal|dikenal|memang)\s+bandel|darah(?:nya)?\s+(?:gampang|mudah|cepat)\s+panas|(?:suka|gemar|sering)\s+mengkafirkan|(?:tidak|tak)\s+(?:pernah\s+)?(?:mau\s+)?menghargai\s+(?:umat|agama|suku|orang)\s+\p{L}+|(?:sering|selalu|suka|biasa)\s+(?:menimbulkan|bikin|membuat|membawa)\s+(?:masalah|onar|keributan|penyakit)|kurang\s+(?:jaga|menjaga|peduli(?:\s+(?:pada|dengan|sama))?)\s+kebersihan|(?:lebih\s+)?(?:senang|suka|sukanya|maunya)\s+(?:menunggu|nunggu|minta)\s+(?:bantuan|dikasih|dibantu)|(?:suka|senang|pintar|pandai)\s+(?:mencari|cari)\s+celah|(?:pintar|pandai|jago)\s+(?:ambil|mengambil|cari|mencari)\s+untung|(?:terkenal|dikenal)\s+(?:suka|sering|gemar|biasa|doyan|hobi)\s+(?:\S+\s+){0,3}?(?:tanpa izin|ilegal|liar|sembarangan|curang|berulah|bikin ulah|mencuri|menipu|nyolong|melanggar|menyerobot|membuat onar|bikin onar|mabuk|berjudi)|(?:cuma|hanya)\s+(?:mau|buat|untuk|bisa)\s+(?:menguasai|merampas|mengambil alih|merebut)|tidak\s+(?:bisa|mau)\s+(?:kerja|bekerja)|(?:otak(?:nya)?|berotak|bermental|mental(?:nya)?)\s+(?:kriminal|maling|penjahat|pencuri)|bikin malu|memalukan|bikin resah|bikin kacau|(?:gampang|mudah)\s+disulut|mereka\s+(?:itu\s+)?memang\s+begitu(?=\s*(?:[.,!]|$|(?:kalau|kalo|jika|bila|kalau sudah)\b))|(?:suka|gemar|hobi)\s+(?:mencari|cari)\s+gara-gara|(?:suka|sering|selalu|gampang)\s+(?:ngegas|ngamuk|marah-marah)|(?:tra|tara|trada)\s+bisa\s+dipercaya|(?:dikenal|terkenal)\s+(?:\S+\s+)?(?:keras|kasar|licik|malas|pemalas|suka ribut|gampang tersulut)|(?:sudah\s+)?(?:jadi|menjadi|memang)\s+kebiasaan\s+mereka|(?:kebanyakan|rata-rata|mayoritas|umumnya)\s+(?:pelaku|kurir|pencuri|maling|bandar|penjahat|pengedar|pembegal|perampok)\b|(?:tidak|tak)\s+(?:pernah\s+)?peduli\s+(?:dengan\s+|pada\s+|sama\s+)?nasib\s+\p{L}+|(?:tidak|tak|nggak|gak)\s+(?:pernah\s+)?mau\s+tahu\s+(?:aturan|adat|hukum)|budaya(?:nya|\s+mereka)\s+(?:memang\s+)?(?:keras|kasar|buruk|jelek)|jauh\s+dari\s+peradaban|belum\s+beradab|(?:watak|sifat|tabiat|karakter|perangai)(?:nya|\s+mereka)\s+(?:memang\s+)?(?:keras|kasar|buruk|jelek|licik)|(?:gampang|mudah)\s+(?:diajak\s+)?(?:ribut|berkelahi|rusuh|diprovokasi)|maunya\s+(?:\S+\s+)?(?:duit|uang)\s+(?:doang|saja|aja)|(?:maunya|maunya\s+cuma)\s+serba\s+instan|(?:nggak|gak|ga|enggak)\s+bisa\s+dipercaya|(?:cuma|hanya)\s+(?:numpang|datang)\s+(?:cari|mencari)\s+(?:makan|uang|duit|untung)|(?:kalau|kalo|jika|bila)\s+(?:berkuasa|memimpin|menang|jadi pemimpin|jadi penguasa)\s+(?:pasti|akan|bakal)\s+(?:menyingkirkan|menindas|memusuhi|menghabisi|mengusir|melarang|menutup|meminggirkan|mendiskriminasi)|bikin onar|membuat onar|berbuat onar|(?:tidak|tak)\s+(?:pernah\s+)?peduli\s+(?:sama|dengan|pada|kepada)\s+(?:umat|warga|rakyat|orang|kita)|(?:cuma|hanya)\s+(?:urus|mengurus|mikirin|memikirkan|peduli)\s+(?:kelompok|golongan|suku|orang|kaum)\w*\s+(?:\S+\s+)?sendiri|(?:cuma|hanya)\s+pikir\s+untung|(?:kerjanya|kerjaannya|hobinya|bisanya)\s+(?:nyolong|nyopet|mencuri|maling|menipu|mabuk|judi|berjudi|ribut|bikin onar|bikin rusuh|merampok|malak|memalak)|tak\s+ada\s+yang\s+(?:benar|beres|baik)|tidak\s+ada\s+yang\s+(?:benar|beres|baik)|(?:memang\s+)?begitu\s+(?:kelakuan|perilaku|tabiat|watak|sifat|perangai)(?:nya|\s+mereka)|(?:kelakuan|tabiat|watak|perangai)(?:nya|\s+mereka)\s+(?:memang\s+)?(?:begitu|buruk|jelek|bejat)|(?:memang|dari dulu|dari sananya)\s+(?:\S+\s+){0,2}?tukang\s+\p{L}+|temperamen(?:nya)?\s+keras|(?:gampang|mudah|cepat)\s+(?:tersulut|emosi|marah|ngamuk)|emosian|(?:cuma|hanya)\s+(?:mau|cari|mencari)\s+untung|(?:kerjanya|kerjaannya|bisanya|taunya|tahunya)\s+(?:cuma|hanya|cuman)|tidak\s+(?:pantas|layak)\s+(?:jadi|menjadi)\s+(?:pemimpin|pejabat|kepala|bupati|gubernur|wali kota|camat|lurah)|(?:memang|dasar|itu|semua(?:nya)?|cuma|hanya|kayak|seperti)\s+(?:gerombolan\s+|kumpulan\s+|sekumpulan\s+)?preman\b|preman\s+semua(?:nya)?|bar-?bar|(?:cuma|hanya)\s+(?:tahu|tau|bisa)\s+(?:mabuk|berkelahi|mencuri|menipu|mengemis|minta-minta|merusak|bikin kotor|mengotori|berjudi)|merasa\s+(?:diri\s+)?paling\s+(?:suci|benar|hebat|pintar|berkuasa|berhak|tinggi)|(?:watak|sifat|tabiat|bawaan|karakter|darah)\s+(?:bangsa|suku|kaum|ras)(?:nya|\s+mereka)?)\b/iu;

/** Whether a group is named somewhere in the sentence other than inside the predicate itself. */
function groupOutside(text: string, from: number, to: number): boolean {
  if (someGroup(text, (g) => (g.index + g[0].length <= from || g.index >= to) && !(/^\p{Lu}\S*$/u.test(g[0]) && INSTITUTION_BEFORE.test(text.slice(Math.max(0, g.index - 40), g.index))))) return true;
  ORIGIN_ALL.lastIndex = 0;
  for (let g = ORIGIN_ALL.exec(text); g; g = ORIGIN_ALL.exec(text)) if (g.index + g[0].length <= from || g.index >= to) return true;
  return false;
}
// A region's name inside an institution's or a place's name ("Kantor Kas BPD Bali", "Polda Papua",
// "Bandara Aceh") names no people.
const INSTITUTION_BEFORE = /\b(?:BPD|Bank|Pemprov|Pemkab|Pemkot|Polda|Polres|Kodam|Korem|Universitas|Kantor|Dinas|Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Pulau|Selat|Laut|Teluk|Bandara|Pelabuhan|Hotel|RS|RSUD|Kanwil|BPS|Bawaslu|KPU|Gubernur|Bupati|Kejati|Kejari|Pengadilan|Jalan|Jl\.|Festival|Persatuan|Ikatan|Himpunan|Paguyuban|Museum|Stadion|Taman)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
// People named by where they come from, beyond the known group names: "orang Lolo Wano", "rombongan
// dari Sulawesi Selatan", "anak-anak dari Timur", "kalangan non-Muslim". Case matters (no i flag):
// "orang Lolo" is a people, "orang lain" is not. (Not "warga": "warga Simpang Empat" are a place's residents.)
const ORIGIN_GROUP = /\b(?:[Oo]rang|[Ss]uku|[Rr]ombongan|[Aa]nak-anak|[Aa]nak2|[Kk]alangan)(?:-[Oo]rang|2)?\s+(?:(?:yang\s+)?(?:dari|asal|berasal\s+dari)\s+)?(?!(?:Kabupaten|Kota|Desa|Kelurahan|Kecamatan|Dinas|Pemerintah|Indonesia|Tua|Lain|Dalam|Baik|Kaya|Miskin|Muda|Banyak|Tersebut|Itu|Ini|Asli|Setempat|Sekitar|Ter\p{Ll}+|Be\p{Ll}+|Me\p{Ll}+|Di\p{Ll}+)\b)\p{Lu}\p{Ll}+|\b(?:kalangan|umat|orang|warga)\s+non-?(?:Muslim|muslim|Kristen|pribumi)\b/u;
const DASAR_GROUP = /\b[Dd]asar\s+(?:orang|suku|kaum|bangsa|etnis)(?:-orang|2)?\s+(?:\p{Lu}\p{Ll}+|gunung|pedalaman|kampung|pulau|hutan|seberang|pendatang)\b/u;
// A land claimed for one people and shut to others: "Kukar ini untuk orang Kutai asli!", "pendatang jangan banyak mengatur".
const EXCLUSION = /\b(?:ini|kita|kami)\s+(?:\S+\s+)?untuk\s+orang\s+\p{Lu}\p{Ll}+\s+asli\b|\bpendatang\s+jangan\s+(?:banyak\s+)?(?:mengatur|ngatur|atur|ikut campur|sok)\b/u;
const ORIGIN_ALL = new RegExp(ORIGIN_GROUP.source, 'gu');
const LEGAL_PARTY = /\b(?:tersangka|terdakwa|terpidana|terlapor|pelapor|dijerat|didakwa|dituntut|divonis|ditetapkan sebagai|ditangkap|ditahan|disidangkan|persidangan|sidang|penyidik|penyidikan|penyelidikan|pengadilan|pasal\s+\d+|uu ite|ujaran kebencian)\b/iu;
const HOSTILE_DISTRUST = /\bjangan(?:lah)?\s+(?:mudah\s+)?percaya\s+(?:\S+\s+)?(?:omongan|kata-kata|kata|janji|ucapan|mulut)\s+(?:mereka|dorang|orang-orang itu|orang itu|mereka itu)\b/giu;
const THEY = String.raw`(?:mereka|orang-orang\s+(?:itu|tersebut|ini|kelompok\s+itu)|orang2\s+(?:itu|tsb|tersebut)|kelompok\s+(?:itu|ini|seperti\s+ini|tersebut))`;
// Tested on every sentence that may hold a predicate: the prefilter answers for those without its words.
const THEY_ALWAYS = prefiltered(new RegExp(String.raw`\b${THEY}(?:\s+itu)?\s+(?:\S+\s+){0,2}?(?:memang|emang|selalu|pasti|dari dulu|dari sananya|biasanya)\b|\b(?:memang|emang)\s+(?:dari dulu\s+)?${THEY}(?:\s+itu)?\b`, 'iu'));

export const rule: Rule = {
  meta: {
    id: 'kebencian/generalisasi-kelompok',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: {
      id: 'Menggeneralisasi sifat buruk “{actual}” pada kelompok suku, agama, ras, atau golongan. Sebutkan perilaku atau peristiwa tertentu tanpa mengaitkannya dengan identitas kelompok.',
      en: 'Pins the negative trait “{actual}” on an ethnic, religious, racial or social group. Describe a specific act or event without tying it to group identity.',
    },
    description: {
      id: 'Pernyataan yang melekatkan sifat buruk pada kelompok SARA (suku, agama, ras, antargolongan) dapat menimbulkan kebencian atau permusuhan dan dilarang bagi ASN.',
      en: 'Statements attaching negative traits to an ethnic, religious, racial or social group can incite hatred or hostility and are prohibited for civil servants.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 8; UU ITE Pasal 28 ayat (2) jo. Pasal 45A ayat (2) (UU 1/2024; daftar atribut yang dilindungi belum diverifikasi kata per kata); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 2',
  },
  examples: {
    invalid: [{ text: 'Dasar orang gunung, semua sama saja, dari dulu tidak bisa diatur.' }, { text: 'Orang Ambon itu preman semua.' }, { text: 'Pemuda suku sebelah itu memang bar-bar, tidak bisa diajak damai.' }, { text: 'Warga keturunan Arab di kampung itu selalu merasa paling suci.' }, { text: 'Deteni asal negara tetangga itu memang bawaannya kasar dan sulit diajak tertib.' }, { text: 'Memang orang-orang Buton di Tual itu dari dulu cuma tahu protes.' }, { text: 'Bone ini untuk orang Bugis asli, pendatang jangan banyak mengatur di tanah kami.' }, { text: 'Itu jemaat gereja baru di ujung kampung, isinya pendatang semua. Tiap minggu parkirannya menutup jalan. Mereka itu dari dulu memang licik.' }, { text: 'Mahasiswa yang datang dari daerah pegunungan itu memang wataknya keras.' }, { text: 'Pendatang dari kabupaten sebelah memang sudah biasa main curang soal domisili.' }, { text: 'Kami ingin wisatawan yang tertib, bukan seperti turis Rusia yang kebanyakan hanya membuat onar.' }, { text: 'Orang Madura memang pemalas dan jadi sumber masalah di pasar.' }, { text: 'Kaum pendatang itu licik, jangan beri tempat.' }, { text: 'Pasti pelakunya pendatang dari timur lagi. Dari dulu mereka memang bawaannya kasar.' }, { text: 'Orang Batak kan memang begitu semua, keras kepala.' }, { text: 'Orang-orang dari pulau itu memang tidak bisa dipercaya, kerjanya cuma mabuk.' }, { text: 'Warga keturunan itu tidak pantas jadi pemimpin di daerah ini.' }, { text: 'Pemuda-pemuda yang berasal dari timur itu memang temperamennya keras dan gampang tersulut.' }, { text: 'Orang luar yang datang ke sini cuma mau mengeruk dan tidak pernah tahu adat.' }, { text: 'Suku mereka itu sudah dari sananya pemalas.' }, { text: 'Kebanyakan pembakar lahan itu pendatang dari luar daerah.' }, { text: 'Orang kampung sebelah itu memang otaknya kriminal semua.' }, { text: 'Pelakunya lagi-lagi orang-orang dari Desa Tolo, yang memang dari dulu turun-temurun hidup dari mencuri.' }, { text: 'Marga sebelah itu dari dulu memang tukang jual tanah orang, jadi jangan percaya omongan dorang.' }, { text: 'Orang-orang pegunungan itu memang dari dulu susah diatur, jadi jangan heran.' }, { text: 'Kota ini sering dirusak para pendatang dari luar pulau yang memang biasa bikin onar.' }, { text: 'Orang-orang kaya keturunan di kota ini memang dari dulu tidak pernah peduli sama umat.' }, { text: 'Orang Bugis memang begitu, cuma urus kelompoknya sendiri.' }, { text: 'Warga Desa Lasi Baru ini memang dari dulu dikenal keras dan gampang tersulut.' }, { text: 'Rata-rata pelaku curi ternak di sini memang pendatang dari luar pulau, sudah jadi kebiasaan mereka.' }, { text: 'Pejabat-pejabat dari Jawa itu tidak pernah peduli nasib orang daerah.' }, { text: 'Pekerja yang dibawa masuk itu kebanyakan orang Flores, wataknya memang keras dan gampang diajak ribut.' }, { text: 'Memang dasar orang-orang kampung situ dari dulu maunya duit doang.' }, { text: 'Masyarakat kampung adat yang hidupnya masih primitif dan jauh dari peradaban.' }, { text: 'Kasus seperti ini lebih banyak terjadi di kalangan pendatang karena budaya mereka memang keras terhadap istri.' }, { text: 'Beda dengan sebagian petani lokal kita yang maunya serba instan dan malas turun ke sawah.' }, { text: 'Sudah jelas orang-orang seperti mereka kalau berkuasa pasti menyingkirkan umat Islam dari jabatan.' }, { text: 'Pelakunya pendatang dari luar pulau, orang-orang begitu memang dari dulu nggak bisa dipercaya.' }, { text: 'Beda dengan ritual kelompok sebelah yang tiap subuh cuma bisa bikin bising lewat toa.' }, { text: 'Pekerja dari negara itu memang terkenal bandel dan susah diatur.' }, { text: 'Gang itu dihuni warga pendatang yang memang terkenal suka menyambung listrik tanpa izin.' }, { text: 'Pengungsi Afghan di rudenim itu susah diatur, sudah watak mereka.' }, { text: 'Warga PNG yang menyeberang ke sini memang sering menimbulkan masalah.' }, { text: 'Warga Tidung kebanyakan lebih senang menunggu bantuan daripada berusaha sendiri.' }, { text: 'Memang orang Gorontalo itu kebanyakan pengedar samua.' }, { text: 'Dasar orang Banjar, dikasih tahu baik-baik malah ngeyel.' }, { text: 'Itu watak orang Lolo Wano yang sejak dulu memang gampang tersulut dan susah diatur.' }, { text: 'Rombongan dari Sulawesi Selatan memang dikenal keras kepala dan susah diatur.' }, { text: 'Pelakunya mayoritas anak-anak dari Timur, memang darahnya gampang panas.' }, { text: 'Mereka berasal dari kalangan non-Muslim yang sejak dulu tidak pernah menghargai umat Islam.' }],
    valid: [{ text: 'Napi kasus teroris (3 orang) dari Lapas Ende akan dipindah ke Nusakambangan.' }, { text: 'Turis asal Rusia menjadi wisatawan terbanyak kedua di Bali tahun ini.' }, { text: 'Mahasiswa dari daerah pegunungan mendapat beasiswa afirmasi.' }, { text: 'Kawanan maling nekat membobol Kantor Kas BPD Bali di Kerambitan.' }, 
      { text: 'Festival budaya Madura diikuti 300 peserta dari lima kecamatan.' },
      { text: 'Sesuai SE MenPAN-RB 137/2018, ASN dilarang menyebarkan informasi yang menimbulkan kebencian berdasarkan SARA.' },
      { text: 'Tersangka kasus ujaran kebencian terhadap kelompok agama ditangkap di rumahnya.' },
      { text: 'Warga Madura di perantauan tidak malas; mereka pekerja keras, ujar Camat.' },
      { text: 'Seminar tentang istilah kafir dalam kajian fikih digelar di UIN.' },
      { text: 'Kanwil Kemenag dan UIN menggelar seminar bertema "Konsep Kafir dalam Tafsir Klasik" bagi umat Islam.' },
      { text: 'Warga luar daerah yang datang ke festival diminta menghargai adat setempat.' },
      { text: 'Di banjar-banjar Bali, ogoh-ogoh dibakar sebagai simbol pemusnahan sifat buruk.' },
      { text: 'Orang pegunungan itu memang dari dulu pandai menenun dan menjaga hutan adat.' },
      { text: 'Jangan percaya omongan mereka yang mengatasnamakan kelompok tertentu untuk menebar kebencian.' },
      { text: 'Warga pesisir itu memang selalu menjadi pihak pertama yang menolong korban kapal tenggelam.' },
      { text: 'Festival itu diikuti warga Tionghoa dan Jawa. Mereka memang selalu kompak menjaga kebersihan pasar.' },
      { text: 'Deteni asal Afghanistan itu dikenal suka membantu petugas membersihkan blok.' },
      { text: 'Orang Tua Wajib Tahu: Anak Gampang Tersulut Emosi Saat Kurang Tidur' },
      { text: 'Warga Kampung Baru yang rumahnya terendam diminta tidak keras kepala dan segera mengungsi.' },
      { text: 'Polda Gorontalo menangkap dua pencuri sepeda motor di Kota Gorontalo.' },
      { text: 'Polisi menangkap tiga preman asal Flores yang memalak sopir angkot.' },
      { text: 'Jangan merasa paling benar, hormati umat agama lain.' },
      { text: 'Polisi menangkap pria bejat yang mencabuli santri di pondok pesantren.' },
      { text: 'Tindakan munafik seperti itu tidak mencerminkan ajaran umat beragama, kata tokoh agama.' },
      { text: 'Pemindahan napi teroris ke Nusakambangan dijaga ketat oleh petugas gabungan.' },
      { text: 'Warga Gorontalo yang menjadi korban banjir masih menunggu bantuan logistik.' },
    ],
  },
  run(ctx) {
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      // Every finding is a match of PREDICATE (or DASAR_GROUP): a sentence that cannot hold one needs no other question.
      if (!mayMatchSentence(v, PREDICATE) && !v.text.includes('asar ') && !v.text.includes(' asli') && !v.text.includes('endatang')) continue;
      // "Pasti pelakunya pendatang dari timur lagi. Dari dulu mereka memang bawaannya kasar": "mereka"
      // with an always-so adverb carries the group of the sentence before into this one.
      // (Up to three sentences back in the paragraph: a thread's post names the group, the next lines run it down.)
      const carried = THEY_ALWAYS.test(v.text) && beforeInBlock(list, i, 3, (t) => GROUP_REF.test(t) || ORIGIN_GROUP.test(t));
      // The group name that is itself the insult or the exclusion names its group.
      const named = DASAR_GROUP.test(v.text) || EXCLUSION.test(v.text);
      if (!carried && !named && !GROUP_REF.test(v.text) && !ORIGIN_GROUP.test(v.text)) continue;
      // "jadi jangan percaya omongan dorang" distrusts the group: it warns against them, not against the talk.
      const warnText = v.text.replace(HOSTILE_DISTRUST, '');
      // A report of a legal case names its parties; "kasus-kasus seperti ini" alone reports nothing.
      if (STRONG_WARNING.test(warnText) || (LEGAL_CASE.test(v.text) && LEGAL_PARTY.test(v.text)) || REGULATION.test(v.text)) continue;
      // "Dasar orang Banjar, dikasih tahu baik-baik malah ngeyel": the group name itself is the insult.
      const dasar = DASAR_GROUP.exec(v.text) ?? EXCLUSION.exec(v.text);
      if (dasar) {
        ctx.report({ start: v.start + dasar.index, end: v.start + dasar.index + dasar[0].length, args: { actual: dasar[0] } });
        continue;
      }
      for (const { m, start, end } of matchesIn(v, PREDICATE)) {
        if (negatedBefore(v.text, m.index)) continue;
        // "napi kasus teroris", "terduga teroris": what someone is held for, not a trait of a group.
        if (/\b(?:kasus|pidana|terduga|tersangka|terpidana|jaringan|narapidana|napi|tahanan|deteni|warga\s+binaan|WBP)\s+(?:tindak\s+pidana\s+)?$/iu.test(v.text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "kafir" names a group and judges it at once: with nothing else naming a group ("istilah
        // kafir dalam kajian fikih") it is a label, kebencian/label-agama-politik's business.
        if (!carried && !groupOutside(v.text, m.index, m.index + m[0].length)) continue;
        // A seminar on "Konsep Kafir dalam Tafsir Klasik" studies the word.
        if (/^kafir$/iu.test(m[0]) && /\b(?:tafsir|kajian|seminar|konsep|makna|istilah|akidah|teologis|fikih|mufasir)\b/iu.test(v.text)) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
      }
    }
  },
};

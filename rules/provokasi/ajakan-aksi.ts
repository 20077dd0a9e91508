// provokasi/ajakan-aksi: a call to violence or mass action ("Besok kita kepung kantor bupati, bakar
// semuanya!"). An action verb in its imperative or collective form plus a call in the same
// sentence; a report of what a crowd did ("Massa sempat mengepung …, ujar Kapolres") is not a call.
import type { Rule } from '../../server/src/engine/types.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import { ATTRIBUTION, HORTATIVE, LEGAL_CASE, SAJA, STRONG_WARNING, negatedBefore, sentences, matchesIn, mayMatchSentence } from '../_lib/compliance.ts';

// Base (imperative) forms and collective "kita …" forms; prefixed forms (mengepung) describe.
const ACTION = /\b(?:(?:di)?(?:beri|kasih|kase|kasi)\s+pelajaran(?=[^.!?]{0,50}\b(?:supaya|biar|agar)\s+(?:kapok|jera|tahu rasa))|(?:pakai|pake|gunakan|dengan)\s+cara\s+(?:keras|kekerasan|kasar)(?=\s+(?:saja|aja|sajalah)\b|\s*[!.]|\s*$)|(?:kita|ayo|mari)\s+boikot|bubarkan(?=\s+(?:saja|aja|paksa))|(?:bongkar|sita)\s+dan\s+bakar|(?:datangi|datengin|geruduk|samperin)\s+(?:\S+\s+){1,3}?(?:ramai-ramai|beramai-ramai|rame-rame|rame2|ramai2)|di(?:hajar|gebuki|gebukin|pukuli|pukulin|keroyok|habisi|bantai|hakimi|seret|arak)(?=\s+(?:saja|sajalah|aja|ramai-ramai|rame-rame|beramai-ramai|sampai|biar))|kepung|geruduk|serbu|duduki|hajar|gebuki|gebukin|gebuk|pukulin|pukuli|keroyok|habisi|bantai|rebut(?:\s+kembali)?|bakar|segel paksa|hadang|blokade|blokir|(?:kita|ayo|mari)\s+rusak(?=\s+\p{L})|hancurkan|serang|usir|lawan\s+(?:saja\s+|aja\s+)?(?:aparat|pemerintah|polisi|petugas|satpol)|sikat\s+habis|jangan\s+(?:kasih|beri|diberi|dikasih)\s+ampun|lumpuhkan\s+(?:kota|jalan|kampus|aktivitas|pelabuhan|bandara|pasar|kantor)|siapkan\s+(?:[^.!?\n]{0,25}?\b)?(?:parang|golok|celurit|sajam|senjata|bensin|molotov|pentungan|bambu runcing|tombak|panah)|boikot\s+(?:semua\s+|seluruh\s+)?(?:produk|toko|usaha|warung|dagangan|barang)\w*\s+(?:\S+\s+){0,2}?(?:mereka|orang-orang|etnis|suku|kaum|umat)|(?:datangi|geruduk|serbu|samperin|datengin|grebek)\s+(?:ramai-ramai|beramai-ramai|rame-rame|rame2|ramai2|rame rame)|(?:ramai-ramai|beramai-ramai|rame-rame|rame2|ramai2)\s+(?:datangi|datengin|mendatangi|ke|geruduk|samperin)|(?:gerebek|grebek|datangi|datengin|geruduk|samperin)\s+(?:\S+\s+)?(?:aja|saja)\s+(?:rame-rame|ramai-ramai|rame2|ramai2)|\bke\s+(?:kantor|rumah|gedung|markas|pabrik|toko|lokasi|puskesmas|balai)\s+(?:\S+\s+){0,2}?(?:rame-rame|ramai-ramai|rame2|ramai2|beramai-ramai)|tutup\s+akses(?:nya)?|bongkar\s+(?:kios|lapak|rumah|warung|toko|pagar|pos|gudang)\w*|(?:kita|kitong|kitorang)\s+turun\s+(?:semua\s+)?ke\s+(?:kantor|jalan)\b|kalau\s+perlu\s+(?:kita\s+)?(?:segel|bakar|usir|duduki|kepung|hajar|bikin\s+ribut|bongkar(?:\s+paksa|\s+sendiri)?|robohkan|tutup paksa|datangi)|(?:bawa|membawa|kerahkan|mengerahkan)\s+massa|dengan\s+cara\s+apa\s?pun|paksa\s+(?:mereka|dorang|orang-orang itu)\s+(?:angkat kaki|keluar|pergi|pindah)|(?:kita\s+)?datangi\s+(?:\S+\s+){0,2}?(?:sama-sama|bersama-sama)|bawa\s+(?:[^.!?\n]{0,25}?\b)?(?:kayu|batu|bambu|parang|golok|celurit|sajam|senjata tajam|bensin|molotov|pentungan|ban bekas)|yang bisa dibakar|(?:dirobohkan|dibakar|dirusak|dihancurkan|diamankan|dihajar|digebuki|dipukuli|dihakimi|diseret|digeruduk)\s+(?:saja\s+|aja\s+)?(?:rame2|rame-rame|ramai-ramai|beramai-ramai|massa)|(?:di)?seret\s+keluar|diarak\s+keliling|turun ke jalan|ambil alih|turunkan|mengamuk|revolusi|(?:di)?palang\s+(?:saja|aja)|(?:kita|ayo|mari)\s+palang|tutup paksa|tutup\s+(?:saja\s+|aja\s+)?(?:semua\s+|seluruh\s+)?(?:jalan|akses|jalur|pelabuhan|bandara)|(?:ramai-ramai|beramai-ramai|rame-rame|rame2|ramai2)\s+(?:bongkar|robohkan|bakar|usir|segel|tutup|hancurkan|rusak|hajar|keroyok)|diboikot\s+(?:saja|aja|sajalah)\b|arak\s+(?:saja\s+|aja\s+)?keliling|mendatangi\s+(?:ramai-ramai|beramai-ramai|rame-rame)|sikat\s+(?:saja|aja|sajalah)(?=\s*[,.!]|\s+(?:mereka|dia|orangnya|semua|tidak|tak|jangan))|(?<=\b(?:mempersilakan|persilakan|silakan)\s+(?:\S+\s+){0,4}?)(?:mendatangi\s+dan\s+)?menggeruduk|(?:bersatu|berani|harus)\s+melawan|jangan\s+diam\b[^.!?]{0,20}\b(?:bergerak|lawan|melawan|bertindak)|siap\s+turun(?!\s+(?:tangan|ke\s+lapangan|langsung|ke\s+lokasi|membantu))|(?:kita|ayo|mari)\s+tutup|sweeping|siap perang|perang\s+(?:saja|melawan)|(?:bangkit|bangun)\s+melawan|(?:kita|ayo|mari)\s+lawan|lawan\s+(?:dengan|pakai)\s+(?:parang|golok|senjata|batu|kekerasan)|(?:di)?gulingkan|(?:di)?lengserkan|mogok\s+(?:total|massal)|(?:demo|unjuk rasa|aksi)\s+(?:besar-besaran|akbar|massal)|bertindak\s+sendiri|hakimi|(?:kita|ayo|mari)\s+bersihkan|sampai\s+rata(?:\s+dengan\s+tanah)?|ratakan|ikut\s+turun|(?:sama-sama|bersama-sama|ramai-ramai|beramai-ramai)\s+bergerak\s+(?:ke|menuju)\s+(?:kantor|gedung|markas|pabrik|lokasi|rumah|perusahaan|PT)\b)\b|\bdengan paksa\b|\bdengan segala cara\b|\blawan\s*!/iu;

const ACTION_OPENS = /^\s*(?:kepung|geruduk|serbu|duduki|bakar|hancurkan|serang|usir|tutup paksa|sweeping|blokade|hadang|lawan|gulingkan|lengserkan|hajar|habisi|datangi|lumpuhkan|sikat|boikot|siapkan|rebut|jangan\s+(?:kasih|beri)\s+ampun)\b/iu;

// "Bawa parang dan sapu masing-masing" for a clean-up day: tools, not weapons.
const WORK_TOOLS = /\b(?:sapu|cangkul|karung|arit|sabit|kerja bakti|gotong royong|bersih-bersih|membersihkan|pembersihan|rumput|semak|tebas)\b/iu;
const BENIGN_OBJECT = /^[\s,]*(?:\S+\s+)?(?:dengan\s+|pakai\s+|bersama\s+)?(?:kartu|rekening|ATM|akun|nomor|SIM|ponsel|HP|transaksi|nyamuk|jentik|hama|wereng|tikus|kalori|lemak|stunting|hoaks|hoax|narkoba|korupsi|pungli|kemiskinan|kebodohan|inflasi|penyakit|virus|covid|DBD|demam|malaria|TBC|sampah|banjir|kebaikan|prestasi|karya|literasi|data|cinta|semangat|malas|gizi buruk|radikalisme|terorisme|intoleransi|perundungan|kekerasan|penanaman|tanam|bersih|kebersihan|donor|vaksinasi|imunisasi|senam|jalan sehat|sedekah|santunan|gotong royong|baca|membaca|rasa malas|lapar|stigma|diskriminasi|kemacetan|kebakaran|api)(?:mu|ku|nya)?\b/iu;
const SPORT = /\b(?:laga|pertandingan|final|semifinal|perempat final|babak(?!\s+belur)|turnamen|liga|kompetisi|Porprov|Porda|PON|O2SN|POPDA|kejuaraan|klasemen|skuad|atlet|kontingen|gol|skor|tim\s+(?:tamu|tuan rumah))\b|\b\d+\s?-\s?\d+\b/iu;

// Threats and vows of violence are calls whatever the grammar: "kami tidak segan-segan", "darah
// dibayar darah", "kita ambil jalan sendiri".
const THREAT = /\bsiap-siap\s+(?:chaos|rusuh|ricuh|kerusuhan|perang|bentrok)\b|\bsiap-siap\s+(?:di)?(?:sikat|hajar|gebuk|libas|babat|sapu\s+bersih)\b|\btidak\s+segan-segan\b(?!\s+(?:untuk\s+)?(?:menindak|memberi|memberikan|mencabut|menertibkan|memproses|menjatuhkan|melaporkan|menyegel))|\bjangan\s+main-main\s+(?:dengan|sama)\s+(?:kami|kita|warga|rakyat)\b|\bsiap\s+mati\s+(?:demi|untuk|membela)\b|\bdarah\s+(?:harus\s+)?dibayar\s+(?:dengan\s+)?darah\b|\b(?:bikin|buat|membuat)\s+perhitungan\s+dengan\b|\bambil\s+jalan\s+sendiri\b|\bkejar\s+sampai\s+(?:dapat|ketemu|mati)\b|\b(?:kita|besok|ayo|siap)\s+perang\b|\bsikat\s+habis\b|\blawan\s+habis-habisan\b|\b(?:silakan|persilakan|mempersilakan|ayo|mari)\s+(?:\S+\s+)?(?:beri|kasih|memberi|memberikan)\s+pelajaran\b|\bkasih\s+keluar\s+(?:dorang|mereka|dong)\b|\bkami\s+(?:bongkar\s+dan\s+)?bakar\b|\bbakar\s+di\s+tempat\b|\b(?:kita|kami)\s+balas\b(?!\s+(?:dengan|pakai|lewat)\s+(?:prestasi|kebaikan|karya|senyum|doa|kerja|data|fakta|bukti))(?=[^.?]{0,40}!)|\bkami\s+sikat\b|\bsikat\s+(?:rame-rame|ramai-ramai|rame2|beramai-ramai)\b|\bjangan\s+kasih\s+ampun\b|\bsilakan\s+warga\s+(?:sendiri\s+)?(?:yang\s+)?(?:menertibkan|bertindak|membubarkan|mengusir)\b|\b(?:segera|harus|biar|supaya)\s+(?:\S+\s+)?angkat\s+kaki\s+dari\b|\btidak\s+akan\s+tinggal\s+diam\b(?=[^.!?]{0,40}\b(?:siap|akan|turun|bergerak|massa)\b)|\b(?:kewajiban\s+kita(?:\s+bersama)?|wajib|harus|mari|ayo)\s+(?:\S+\s+){0,2}?(?:menyegel|mengosongkan|membongkar|menutup|membakar|merobohkan|segel|kosongkan|bongkar|tutup|bakar|robohkan)\s+(?:dan\s+\S+\s+)?(?:\S+\s+){0,2}?(?:tempat ibadah|gereja|masjid|musala|mushola|pura|vihara|klenteng|rumah ibadah)\b/iu;
// A threat in an officer's own words stays a threat when the release quotes it ("kami sikat habis,
// jangan salahkan petugas kalau ada yang babak belur").
const OFFICIAL_THREAT = /\bjangan\s+(?:salahkan|salahin|menyalahkan)\s+(?:petugas|aparat|kami)\b[^.!?]{0,60}\b(?:babak belur|luka|celaka|bonyok|terluka)\b|\bkami\s+sikat\s+habis\b/iu;

// Or storming a destination: "Serbu Labuan Bajo di akhir pekan!" is tourism.
const DESTINATION = /^\s+(?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)*\s+(?:di|saat|pada|selama|akhir|minggu|libur)\b/u;
const FOOD_BEFORE = /\b(?:ikan|jagung|ayam|sate|roti|sosis|daging|singkong|ubi|kambing|bebek|cumi|udang|pisang|ketan|bandeng|nila)\s*$/iu;
const COMMERCE = /^[\s,]+(?:(?:ke|di)\s+)?(?:\S+\s+){0,3}?(?:pangan murah|sembako murah|GPM|career|job fair|jobfair|bursa kerja|lowongan|loker|Sobat\b|sobat\b|pasar|bazar|bazaar|stan(?:nya)?|stand(?:nya)?|gerai(?:nya)?|booth|promo|diskon|festival|expo|pameran|UMKM|produk|kuliner|operasi pasar|lapak|tiket|kuota|vaksinasi|layanan|GOR|stadion|arena|tribun|gedung olahraga|lapangan)\b/iu;

// The cues asked of every sentence with an action or a threat word, through the prefilter: most
// sentences hold none of their words and are answered without a search.
// Rallying people, or a warning of what a crowd will do: "ajak warga ramai-ramai", "jangan salahkan kami".
const RALLY = prefiltered(/\b(?:kita\s+)?ajak\s+(?:\S+\s+){0,2}?(?:masyarakat|warga|pemuda|semua|seluruh)\b|\bjangan\s+(?:salahkan|salahin|menyalahkan)\b|\btidak\s+akan\s+tinggal\s+diam\b|\b(?:bawa|kerahkan)\s+massa\b/iu);
// What someone "deserves": "pantesnya diseret keluar".
const DESERVES = prefiltered(/\b(?:pantes|pantas|layak|mestinya|harusnya|seharusnya)(?:nya)?\s+(?:\S+\s+){0,2}?(?:di)?(?:seret|arak|bakar|hajar|gebuki|pukuli|hakimi|robohkan|usir)\b/iu);
// Permission given to a crowd is a call too: "masyarakat berhak mengusir mereka …, pemerintah tidak akan menghalangi".
const URGED = prefiltered(/\bberhak\s+(?:\S+\s+){0,2}?(?:mengusir|membongkar|menyegel|merusak|membakar|mengambil alih)\b[^.!?]{0,80}\btidak\s+akan\s+(?:menghalangi|melarang|mencegah|menahan)\b|\b(?:tidak usah ragu|tak usah ragu|jangan ragu|dulu baru|sebaiknya|tidak perlu menunggu|tak perlu menunggu|(?:beri|kasih|kase|kasi)\s+pelajaran|(?:biar|supaya|agar)\s+(?:\S+\s+){0,2}?(?:jera|kapok|tahu rasa)|mempersilakan|persilakan|silakan\s+(?:\S+\s+){0,3}?(?:ramai-ramai|beramai-ramai|rame-rame|rame2|ramai2)|jangan\s+tinggal\s+diam|kalau\s+perlu)\b/iu);
// Telling people to bring weapons.
const WEAPONS = prefiltered(/(?:^|[,;:]\s*|\byang\s+(?:laki-laki|laki|muda|pemuda|cowok|bapak-bapak)\s+)(?:bawa|siapkan)\s+(?:[^.!?\n]{0,25}?\b)?(?:kayu|batu|bambu|parang|golok|celurit|sajam|senjata|bensin|molotov|pentungan|ban bekas|panah|tombak)\b/iu);
// A vow that survives the mention of a case: "kami tidak akan tinggal diam dan siap turun membawa massa".
const VOW = prefiltered(/\btidak\s+akan\s+tinggal\s+diam\b|\b(?:bawa|membawa|kerahkan|mengerahkan)\s+massa\b/iu);

export const rule: Rule = {
  meta: {
    id: 'provokasi/ajakan-aksi',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Ajakan melakukan aksi massa atau kekerasan (“{actual}”). Hapus ajakan ini; sampaikan aspirasi melalui saluran resmi.', en: 'A call to mass action or violence (“{actual}”). Remove it; point to official channels for grievances.' },
    description: {
      id: 'Ajakan mengepung, menyerbu, membakar, menduduki, atau melawan aparat termasuk provokasi. Berita tentang aksi yang sudah terjadi, dengan sumber yang jelas, bukan ajakan.',
      en: 'Calls to surround, storm, burn, occupy or fight the authorities are provocation. News of an action that already happened, with a clear source, is not a call.',
    },
    basis: 'SE MenPAN-RB 137/2018 butir 7 (provokasi); UU ITE Pasal 28 ayat (2) dan (3) jo. Pasal 45A (UU 1/2024); SE Kepala BKN K.26-30/V.72-2/99 (2018) butir 4–5',
  },
  examples: {
    invalid: [{ text: 'Malam ini kita masuk blok, kasih pelajaran dia sama teman-temannya, biar tahu rasa.' }, { text: '“Kalau ketemu pembakar lahan, tangkap saja, hajar dulu baru serahkan ke polisi,” kata Kades.' }, { text: 'Lurah begitu pantas diseret keluar dari kantornya rame-rame sama warga.' }, { text: 'Besok kita kepung kantor bupati, bakar semuanya!' }, { text: 'Kalau warga menemukan gudang penimbun, jangan ragu datangi beramai-ramai dan segel sendiri.' }, { text: 'Lebih baik belanja di lapak warga sendiri, toko-toko itu diboikot saja sampai mau ikut aturan!' }, { text: 'Kalau ketemu anak itu keluyuran lagi, tangkap dan arak saja keliling kampung biar malu.' }, { text: 'Penunggak Pajak Siap-Siap Disikat!' }, { text: 'Kalau dalam tiga hari pelaku tidak ditangkap, kami tidak akan tinggal diam dan siap turun membawa massa ke Mapolres.' }, { text: 'Buat warga yang sudah gerah, silakan ramai-ramai bongkar sendiri lapak-lapak liar itu.' }, { text: 'Kalau terulang, kita datangi kontrakan itu ramai-ramai.' }, { text: 'Warga tutup saja jalan hauling mereka rame-rame, biar tahu rasa.' }, { text: 'Kalau masih ada yang nekat melawan petugas, sikat saja, tidak perlu ragu-ragu.' }, { text: '"Kalau mereka berani masuk lagi, saya minta anak-anak jangan tinggal diam, hadang dan pukul mundur mereka," katanya.' }, { text: 'Basri mempersilakan warga untuk langsung mendatangi dan menggeruduk rumah oknum calo tersebut agar yang bersangkutan jera.' }, { text: 'Kalau ada deteni kabur yang terlihat di kampung, silakan diamankan dan dihajar saja, tidak usah ragu.' }, { text: 'Kalau warga menemukan kurir di kampung, tidak usah ragu, hajar dulu baru serahkan ke kami.' }, { text: 'Warga sebaiknya turun sendiri saja, datangi gudangnya ramai-ramai dan bongkar isinya.' }, { text: 'Kalau ketemu, tangkap dan beri pelajaran supaya kapok.' }, { text: 'Warga tidak perlu menunggu, bubarkan saja pengajian mereka malam Jumat ini.' }, { text: 'Yang laki-laki bawa parang.' }, { text: 'Besok kumpul di depan kantor lurah. Bawa kayu dan batu untuk jaga-jaga kalau aparat macam-macam!' }, { text: 'Ayo turun ke jalan dan duduki gedung DPRD!' }, { text: 'Lawan aparat dengan segala cara, jangan takut!' }, { text: 'Bawa ban bekas, bensin, apa saja yang bisa dibakar.' }, { text: 'Kepung rumah kepala desa malam ini, jangan biarkan dia lari.' }, { text: 'Kalau tuntutan kami tidak dipenuhi, jangan salahkan kalau kantor itu kami duduki.' }, { text: 'Jangan mau diinjak-injak, saatnya rakyat bangkit melawan!' }, { text: 'Pemerintah zalim harus digulingkan!' }, { text: 'Kalau aparat datang lagi, kita lawan dengan parang.' }, { text: 'Bawa parang, jangan takut!' }, { text: 'Kalau ketemu mereka masuk kampung malam-malam, hajar saja dulu, urusan polisi belakangan!' }, { text: 'Warga yang resah silakan ikut turun, kita bersihkan sama-sama tempat maksiat itu sampai rata!' }, { text: 'Besok pagi kita kumpul di simpang tiga, lalu sama-sama bergerak ke kantor PT.' }, { text: 'Awas kalau berani datang lagi, kami tidak segan-segan!' }, { text: 'Kalau pemerintah tidak dengar, kita ambil jalan sendiri.' }, { text: 'Saatnya rakyat bersatu melawan ketidakadilan ini!' }, { text: 'Seluruh pemuda diminta siaga satu, siap turun kapan saja kalau ada aba-aba.' }, { text: 'Wakil rakyat seperti itu pantasnya diarak keliling alun-alun.' }, { text: 'Orang asing yang mencurigakan langsung diamankan saja rame-rame, jangan kasih kabur!' }, { text: 'Ayo warga jangan diam saja, datangi rame-rame kantor desanya sore ini, tuntut sampai tuntas!' }, { text: 'Besok kita datangi puskesmasnya, minta pertanggungjawaban, kalau perlu segel!' }, { text: 'Pemuda siap-siap jaga, kalau kantor distrik dibakar lagi kita balas!' }, { text: 'Kalau tuntutan tidak dipenuhi, kami tidak akan tinggal diam dan siap turun membawa massa ke Mapolres.' }, { text: 'Sudah kewajiban kita bersama menyegel dan mengosongkan tempat ibadah mereka.' }, { text: 'Sabtu pagi kumpul di depan Pendopo, bawa massa sebanyak-banyaknya.' }, { text: 'Besok kumpul di gerbang kawasan, kita paksa mereka angkat kaki dari Morowali!' }, { text: 'Kalau ketemu lagi, kita sikat rame-rame, jangan kasih ampun!' }, { text: 'Besok pagi kita ramai2 datangi puskesmas, tuntut mereka buka data.' }, { text: 'Besok pagi kita ke kantor PDAM rame-rame aja, tuntut tanggung jawab.' }, { text: 'Gak usah nunggu kami, gerebek aja rame-rame terus bawa ke pos.' }, { text: 'Kalau bisa satgas ikut datang juga biar keluarganya tahu rasa dan segera angkat kaki dari nagari kito.' }, { text: 'Kami persilakan warga memberi pelajaran kepada siapa saja yang masih nekat menjual miras.' }, { text: 'Besok pagi kitorang kumpul semua di ujung jembatan, bawa parang deng panah, kasih keluar dorang dari tanah ulayat.' }, { text: 'Kalau perlu besok kita datangi tokonya sama-sama!' }, { text: 'Suporter tim tamu itu sampah masyarakat, usir saja dari kota.' }, { text: 'Warga, jangan diam saja! Datangi kantor perusahaan itu besok dan tutup paksa gerbangnya.' }, { text: 'Jangan kasih ampun, sikat habis para pengkhianat itu.' }, { text: 'Siapkan parang dan bambu runcing, kita jaga kampung sendiri.' }, { text: 'Mahasiswa, bergeraklah! Lumpuhkan kota sampai rektor mundur.' }, { text: 'Boikot semua produk buatan mereka, jangan beli di toko-toko mereka.' }, { text: 'Jangan takut, lawan saja petugas kalau mereka datang menggusur.' }, { text: '"Kalau besok masih bandel, kami sikat habis, jangan salahkan petugas kalau ada yang babak belur," ujarnya.' }],
    valid: [
      { text: 'Massa sempat mengepung kantor DPRD, lalu membubarkan diri setelah dialog, ujar Kapolres.' },
      { text: 'Tim SAR menyerbu lokasi longsor untuk mencari korban.' },
      { text: 'Forum warga sepakat menolak ajakan aksi anarkis.' },
      { text: 'Rumah itu dirobohkan ramai-ramai oleh massa pada Selasa malam, kata Kapolres.' },
      { text: 'Warga diminta membawa sampah plastik untuk ditukar bibit pohon.' },
      { text: 'Polres melakukan sweeping kendaraan tanpa surat di perbatasan, kata Kasat Lantas.' },
      { text: 'Massa sempat mengepung kantor desa dan membakar ban, ujar Kapolsek.' },
      { text: 'Massa menggeruduk kantor desa pada Senin pagi, lalu membubarkan diri, kata Kapolsek.' },
      { text: 'Silakan sikat saja giginya dua kali sehari.' },
      { text: 'Warga silakan ramai-ramai datang ke posyandu.' },
      { text: 'Palang pintu perlintasan kereta di Jalan Ahmad Yani kini otomatis.' },
      { text: 'Blokir kartu ATM Anda segera jika hilang, imbau Bank Daerah.' },
      { text: 'Jangan mau diprovokasi, mari kita lawan hoaks dengan literasi.' },
      { text: 'Mari kita lawan stunting dengan gizi seimbang!' },
      { text: 'Yuk, serbu GOR Segiri dan dukung langsung tim voli putri kita!' },
      { text: 'Petugas BPBD siap turun ke lapangan kapan saja jika banjir datang.' },
      { text: 'Tim voli putri siap perang di final Porprov besok!' },
      { text: 'Persebaya bantai tamunya 4-0, ayo dukung terus!' },
      { text: 'Kami tidak segan-segan memberi sanksi bagi pelanggar perda, tegas Kasatpol PP.' },
      { text: 'Kami tidak segan-segan menindak tegas PKL yang melanggar!' },
      { text: 'Ayo kita bersihkan sampah di pantai bersama-sama!' },
      { text: 'Usir nyamuk dengan 3M Plus: menguras, menutup, mendaur ulang.' },
      { text: 'Tim bulu tangkis daerah siap perang di babak final Porprov!' },
      { text: 'Kepung Kota dengan Kebaikan: Festival Relawan Muda 2026' },
      { text: 'Serang, 4 Oktober 2026 – Pemprov Banten menggelar upacara HUT ke-26, ayo ramaikan!' },
      { text: 'Warga Kota Serang diajak meramaikan festival budaya!' },
      { text: 'Aksi akbar penanaman 10.000 pohon digelar Minggu, ayo ikut!' },
      { text: 'Besok kita serbu Pasar Murah di Alun-Alun, ada beras murah!' },
      { text: 'Guru sebaiknya memberi pelajaran tambahan agar siswa tidak tertinggal.' },
      { text: 'Besok ada kerja bakti di lingkungan kantor jam 07.30. Bawa parang dan sapu masing-masing.' },
      { text: 'Bakar semangatmu, bukan bakar emosimu di kolom komentar.' },
      { text: 'Serbu Gerakan Pangan Murah!' },
      { text: '“Jangan biarkan anak-anak kita rusak. Mari kita lawan narkoba bersama-sama,” ujarnya.' },
      { text: 'Rapat bubarkan pukul 12.00, peserta kembali ke kantor masing-masing.' },
      { text: 'Serbu Bekasi Career Expo 2025, 4.200 Lowongan dari 58 Perusahaan Disiapkan' },
      { text: 'Kalah 1-2 di kandang, kita balas di laga kedua pekan depan!' },
      { text: 'Fitnah itu kita balas dengan kerja dan prestasi!' },
      { text: 'Kalau perlu segel ulang, petugas akan datang kembali setelah pemeriksaan, kata Kasatpol PP.' },
      { text: 'Serbu Labuan Bajo di akhir pekan! Kampung Ujung punya kuliner ikan bakar di malam hari.' },
      { text: 'Siapkan parang dan cangkul untuk kerja bakti Minggu pagi.' },
      { text: 'Boikot produk ilegal yang tidak berizin BPOM.' },
      { text: 'Datangi posyandu terdekat dan tutup rapat tempat penampungan air.' },
    ],
  },
  run(ctx) {
    for (const v of sentences(ctx.doc)) {
      // Every finding is a match of ACTION or THREAT: a sentence that can hold neither needs no other question.
      if (!mayMatchSentence(v, ACTION) && !mayMatchSentence(v, THREAT)) continue;
      // A case in the news excuses a report, not a vow: "kalau pelaku tidak ditangkap, kami tidak akan tinggal diam dan siap turun membawa massa".
      if (STRONG_WARNING.test(v.text) || (LEGAL_CASE.test(v.text) && !VOW.test(v.text))) continue;
      // Telling people to bring weapons is a call in itself, with or without "ayo".
      // So is saying what someone "deserves": "pantesnya diseret keluar terus diarak keliling".
      // An action verb that opens the sentence is an imperative ("Kepung rumah kepala desa malam ini");
      // "jangan salahkan kami kalau …" is a threat.
      const imperative = ACTION_OPENS.test(v.text);
      const threat = RALLY.test(v.text);
      const deserves = DESERVES.test(v.text);
      const urged = URGED.test(v.text);
      if (!deserves && !imperative && !threat && !urged && !HORTATIVE.test(v.text) && !SAJA.test(v.text) && !(WEAPONS.test(v.text) && !WORK_TOOLS.test(v.text))) continue;
      // Reported speech ("…, ujar Kapolres") tells what happened, unless what is quoted is itself a
      // call ("tangkap saja, hajar dulu"): an official's incitement in the agency's release is one.
      // A quoted official who rallies people himself ("saya sendiri yang akan ajak masyarakat ramai-ramai
      // datangi kantor yayasan itu", "kami persilakan masyarakat … membongkar paksa") incites in the release.
      if (ATTRIBUTION.test(v.text) && !threat && !/\b(?:persilakan|mempersilakan)\s+(?:\S+\s+){0,2}?(?:masyarakat|warga|ormas|untuk)\b|\bjangan\s+tinggal\s+diam\b|\bberhak\s+(?:\S+\s+){0,2}?(?:mengusir|membongkar|menyegel|merusak|membakar|mengambil alih)\b[^.!?]{0,80}\btidak\s+akan\s+(?:menghalangi|melarang|mencegah|menahan)\b/iu.test(v.text) && !/!/.test(v.text) && !/\b(?:saja|sajalah|aja|ayo|mari|jangan\s+kasih|tidak usah ragu|tak usah ragu|jangan ragu|dulu baru)\b/iu.test(v.text) && !OFFICIAL_THREAT.test(v.text)) continue;
      const vow = THREAT.exec(v.text);
      if (vow && !negatedBefore(v.text, vow.index) && !SPORT.test(v.text)) {
        ctx.report({ start: v.start + vow.index, end: v.start + vow.index + vow[0].length, args: { actual: vow[0] } });
        continue;
      }
      for (const { m, start, end } of matchesIn(v, ACTION)) {
        if (negatedBefore(v.text, m.index)) continue;
        // "Serbu pasar murah!", "serbu stan UMKM": storming a sale is shopping, not violence.
        const after = v.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (/^(?:serbu|geruduk)$/iu.test(m[0]) && (COMMERCE.test(after) || DESTINATION.test(after))) continue;
        // What is fought is not people: "lawan stunting", "usir nyamuk", "bakar kalori", "kepung kota
        // dengan kebaikan", "aksi akbar penanaman pohon"; nor in a match: "siap perang di babak final".
        // (Driving people out, burning, mobbing or blocking fans is no figure of speech, in a
        // match report or not: "Suporter tim tamu itu usir saja dari kota".)
        if (BENIGN_OBJECT.test(after) || (SPORT.test(v.text) && !/^(?:usir|bakar|keroyok|sweeping|hadang)$/iu.test(m[0]))) continue;
        // "Serang, 4 Oktober –" (a dateline), "warga Kota Serang": the city, not the verb.
        if (/^\p{Lu}(?:\p{Ll}*|\p{Lu}*)$/u.test(m[0]) && (m.index > 0 ? !/[.!?]\s*$|^\s*$/u.test(v.text.slice(0, m.index)) : /^\s*[,–—-]/u.test(after))) continue;
        // "Siapkan parang dan cangkul untuk kerja bakti": tools for work, not arms.
        if (/^(?:bawa|siapkan)\b/iu.test(m[0]) && WORK_TOOLS.test(v.text)) continue;
        // "ikan bakar", "jagung bakar" are dishes.
        if (/^bakar$/iu.test(m[0]) && FOOD_BEFORE.test(v.text.slice(0, m.index))) continue;
        ctx.report({ start, end, args: { actual: m[0] } });
        break;
      }
    }
  },
};

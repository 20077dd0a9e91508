// netralitas/simbol-atribut: campaign symbols, slogans and hashtags, photos with candidates and
// campaign teams in an official text ("salam dua jari", "tim pemenangan", "#Lanjutkan2Periode").
import type { Rule } from '../../server/src/engine/types.ts';
import { sentences, matchesIn } from '../_lib/compliance.ts';
import { CAMPAIGN_SLOGAN, NEUTRAL_CONTEXT, candidateNames } from './_shared.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const SYMBOL = /\b(?:foto\s+profil|profil|avatar|header|sampul|banner|latar)\b[^.!?\n]{0,40}\b(?:logo|lambang|bendera|warna)\s+partai\b|\b(?:berfoto|foto\s+bersama|berpose)\b[^.!?\n]{0,100}?\b(?:lambang|logo|bendera|atribut|baliho|spanduk)\s+(?:\S+\s+)?(?:partai|paslon|pasangan\s+calon|calon|kampanye)\b|\bsalam\s+(?:satu|dua|tiga|empat|lima|\d)\s+jari\b|\b(?:mengacungkan|acungan|acungkan|berpose|pose)\s+(?:\S+\s+)?(?:satu|dua|tiga|empat|lima|\d)\s+jari\b(?=[^.]*\b(?:calon|paslon|caleg|cabup|cagub|kandidat)\b)|\b(?:calon|paslon|caleg|cabup|cagub|kandidat)\b(?:[^.!?]|(?<=\b\p{L})\.){0,100}\b(?:mengacungkan|acungan|berpose)\s+(?:\S+\s+)?(?:satu|dua|tiga|empat|lima|\d)\s+jari\b|\btim\s+(?:sukses|pemenangan)\b|\btimses\b|\bposko\s+pemenangan\b|\btim\s+relawan\s+(?:pasangan|paslon|calon|caleg|cabup|cagub)\b|\btim\s+relawan\s+["“]\p{Lu}|\bdeklarasi\s+dukungan\b|\b(?:ber)?foto\s+(?:bersama|bareng)\s+(?:(?:bapak|ibu|pak|bu)\s+)?(?:bakal\s+)?calon\b|\bkonvoi\s+kemenangan\b|\bkampanye\s+akbar\b/iu;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
// A year or an office alone is not partisan (#CPNS2025, #Pemilu2024, #BupatiSleman are agencies' own
// tags); a tag is a campaign tag when it carries a campaign word or a ballot number.
// "#DediBupati2024": a name put forward for an office. "#BupatiSleman" (the office, then its region) is not.
const NAME_OFFICE_TAG = /^\p{Lu}\p{Ll}+(?:Bupati|Gubernur|Wali[Kk]ota|Wabup|Wagub|Presiden|Wapres)(?:\d{4}|Kita|Pilihan|Pilihanku|Rakyat)?$|^(?!(?:Polri|TNI|ASN|PNS|Pemkab|Pemkot|Pemprov|Pemdes|Kemenag|Dinkes|Disdik|Bawaslu|KPU|Satpol|Dukcapil|Kominfo|Puskesmas|RSUD|Bhayangkara|Lapas|Rutan)Untuk)\p{Lu}\p{Ll}+Untuk\p{Lu}\p{Ll}+$/u;
const CAMPAIGN_TAG = /^(?:Tetap|Lanjut)\d{1,2}$|(?:Maju|Hebat|Bangkit|Sejahtera)Bersama(?!Kita|Rakyat|Warga|Masyarakat|Semua|Indonesia|Pemda|Pemkab|Pemkot|Pemprov|Pemerintah)\p{L}{2,}$|\dHati$|(?:Pasti|Juara|Menang|Coblos|Pilih)0?\d{1,2}$|No\d{1,2}$|Nomor(?:Satu|Dua|Tiga|Empat|Lima|\d)(?:Pasti|Menang|Juara|Lanjut|Jaya)?$|^(?:Satu|Dua|Tiga|Empat|Lima)Untuk\p{L}{3,}$|\dJari$|(?:Satu|Dua|Tiga|Empat|Lima)Jari$|DuaPeriode|2Periode|Lanjutkan|Menangkan|Menang\d|Menang$|SatuPutaran|Paslon\d|(?:Coblos|Pilih)\p{L}*\d|NomorUrut\d|NoUrut\d|^(?:No|Nomor)\d|\p{L}0[1-9]$/iu;
// Recruiting campaign volunteers; volunteers for disasters, blood drives or the KPU's own
// "relawan demokrasi" are civic.
const VOLUNTEER = prefiltered(/\b(?:gabung|bergabung|join|daftar|mendaftar|jadi|menjadi|rekrut|merekrut|rekrutmen|cari|mencari)\s+(?:\S+\s+){0,2}relawan\b(?!\s+(?:demokrasi|bencana|PMI|kemanusiaan|donor|medis|kesehatan|pendidikan|literasi|lingkungan|banjir|gempa|covid|sosial|pajak))/iu);
// State facilities and head-count quotas put to a candidate's event.
const MOBILISE = prefiltered(/\babsen(?:si)?\s+(?:kehadiran\s+)?(?:nanti\s+|tetap\s+)?(?:saya\s+|sy\s+|aku\s+)?(?:rekap|catat|laporkan|diambil|dicatat|dicek|cek|periksa)\b|\bcatat\s+(?:warga(?:nya)?|pemilih(?:nya)?)\b[^.!?]{0,40}\b(?:milih|memilih|coblos|nyoblos|TPS)\b|\b(?:seluruh|semua)\s+(?:staf|pegawai|ASN|PNS|PPPK|THL|honorer|guru|perangkat desa|kepala sekolah|kepala seksi|kasi)\b[^.!?]{0,80}\b(?:wajib|diwajibkan|diharapkan|harus)\s+hadir\b|\b(?:kendaraan|mobil|bus|fasilitas)\s+dinas\b[^.]{0,60}\b(?:mengangkut|menjemput|membawa)\s+(?:warga|massa|peserta|pendukung)\b|\b(?:mem)?bawa\s+(?:minimal|paling sedikit|sedikitnya|masing-masing)\s+\d+\s+(?:orang|warga|keluarga|pemilih|massa)\b/iu);
// Campaign materials and logistics passed through an office or a staff group: "kaos nomor 2 ambil
// di ruangan saya", "Kaos & stiker paslon sudah ada di kantor desa", "sembako dari Pak Calon Bupati",
// "Flyer visi-misi terlampir, monggo dibagikan", "konvoi relawan", a V-sign emoji as the salute.
const CAMPAIGN_MATERIAL = prefiltered(/(?<!\b(?:tidak|tak|jangan|dilarang|bukan)\s+(?:\S+\s+){0,2})\b(?:twibbon|bingkai foto|frame foto)\b[^.!?\n]{0,40}\b(?:paslon|pasangan calon|calon|caleg|kampanye|pemenangan)\b|\bkonvoi\s+(?:relawan|pendukung|simpatisan|massa)\b|\b(?:stiker|spanduk|kaos|kaus|baliho|banner)\b[^.!?\n]{0,50}\b(?:paslon|pasangan calon|caleg|cabup|cagub)\s+(?:no\.?|nomor)\s*\d|\bka[ou]s\s+(?:nomor|no\.?)\s*\d\b|\b(?:ka[ou]s|stiker|spanduk|baliho|atribut|APK|bendera|kalender)\s+(?:(?:&|dan|,)\s*\S+\s+)?(?:paslon|caleg|cabup|cagub|kandidat)\b|\b(?:flyer|pamflet|brosur|selebaran)\s+(?:\S+\s+)?visi-?misi\b|\bvisi-?misi\b[^.!?\n]{0,60}\b(?:dibagikan|bagikan|sebarkan|disebarkan|teruskan|diteruskan)\b|\b(?:sembako|paket|amplop|bingkisan|bantuan|beras|sarung|uang)\b[^.!?\n]{0,40}\bdari\s+(?:(?:bapak|ibu|pak|bu|tim)\s+)?(?:calon|paslon|caleg|cabup|cagub|kandidat|tim\s+sukses)\b|\b(?:salam|kompak|coblos|pilih)\s*✌|\b(?:bergambar|berlogo|bertuliskan|bernomor)\s+(?:paslon|calon|caleg|cabup|cagub|nomor urut)\b|\b(?:ber)?foto\s+(?:bersama|bareng)\b[^.!?\n]{0,60}\b(?:petahana|paslon|caleg|kampanye\s+(?:pasangan|calon|paslon|pilkada|pemilu|akbar|terbuka|di))\b/iu);
// A candidate's volunteer network by its name: "Relawan Sahabat Rusdi", "Sedulur Darmawan".
const VOLUNTEER_NETWORK = prefiltered(/\b(?:[Rr]elawan|[Gg]rup(?:\s+WA)?|[Kk]omunitas|[Bb]arisan|[Ll]askar|[Pp]osko)\s+(?:Sahabat|Sedulur|Kawan|Teman|Barisan|Laskar|Pendukung|Simpul|Jaringan)\s+\p{Lu}\p{Ll}+/u);
// The salute alone, in a block about the election: "Ketiganya kompak mengacungkan tiga jari ke kamera".
const GESTURE = prefiltered(/\b(?:mengacungkan|acungan|acungkan|berpose|pose)\s+(?:\S+\s+)?(?:satu|dua|tiga|empat|lima|\d)\s+jari\b|\bjari\s+(?:telunjuk|tengah|manis)\s+(?:teracung|diacungkan)\b/iu);
// "#TakalarLanjut", "#JayawijayaLanjut": a place told to carry on, in a text about the election.
const LANJUT_TAG = /^\p{Lu}\p{Ll}{3,}Lanjut(?:kan)?$/u;
const ELECTION_BLOCK = /\b(?:pilkada|pemilu|pilgub|pilbup|pilwalkot|pilpres|pileg|coblos|nyoblos|coblosan|nomor urut|paslon|pasangan calon|kampanye)\b/iu;
const LIST_CONTINUES = /^\s*["“]?\s*(?:di antaranya|antara lain|misalnya|contohnya|seperti|yaitu|yakni|termasuk|begitu juga|demikian juga|sama halnya|padahal)\b/iu;
const CANDIDATE_DOC = /\b(?:pasangan calon|paslon|calon (?:bupati|wali kota|gubernur|legislatif|presiden|nomor)|nomor urut|caleg|cabup|cagub|kampanye|tim (?:sukses|pemenangan|relawan))\b/iu;
const ELECTION = /\b(?:pilih|memilih|coblos|caleg|calon|paslon|kampanye|pemenangan|pilkada|pemilu|nomor urut|suara|dukung|mendukung)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'netralitas/simbol-atribut',
    severity: 'warning',
    fix: 'none',
    scope: 'block',
    message: { id: 'Simbol, slogan, atau tagar kampanye (“{actual}”) dalam naskah resmi menunjukkan keberpihakan. Hapus atribut kampanye dari konten instansi.', en: 'A campaign symbol, slogan or hashtag (“{actual}”) in an official text shows partisanship. Remove campaign attributes from agency content.' },
    description: {
      id: 'Foto atau keterangan bersama calon atau tim pemenangan dengan simbol keberpihakan (salam jari, slogan, tagar kampanye, atribut partai) dilarang bagi ASN.',
      en: 'Photos or captions with candidates or campaign teams showing partisan symbols (finger salutes, slogans, campaign hashtags, party attributes) are prohibited for civil servants.',
    },
    basis: 'SKB Netralitas ASN 2022, Lampiran II (memposting foto bersama bakal calon atau tim sukses dengan simbol keberpihakan atau atribut partai politik); PP 94/2021 Pasal 5 huruf n',
  },
  examples: {
    invalid: [{ text: 'Foto profil grup dinas diganti jadi logo partai biru.' }, { text: 'Bersama Paslon Nomor 1, kita jadikan Pantai Ora tujuan wisata dunia.' }, { text: 'Guru-guru berfoto bersama beliau di depan panggung berlatar spanduk bergambar lambang partai pengusung.' }, { text: 'Silaturahmi bersama calon bupati nomor urut 1.\n\n#TakalarLanjut #NomorSatuPasti' }, { text: 'Peresmian Pasar Rakyat hari ini. #SulTengMajuBersamaHaRap' }, { text: 'Mohon ganti foto profil WA dengan twibbon resmi paslon.' }, { text: 'Foto bersama Bapak Calon Bupati dan tim pemenangan, salam dua jari!' }, { text: 'Terus maju! #Lanjutkan2Periode' }, { text: 'Bersama membangun desa. #DediBupati2024 #Sukamaju2Jari', count: 2 }, { text: 'Jangan lupa Sabtu ikut konvoi relawan Mas Agung, kaos nomor 2 ambil di ruangan saya.', count: 2 }, { text: 'Flyer visi-misi terlampir, monggo dibagikan ke grup keluarga masing-masing.' }, { text: 'Sehubungan dengan Silaturahmi Akbar bersama Paslon No. 1 pada Minggu, seluruh staf wajib hadir memakai kaos putih.' }, { text: 'Besok ada pembagian paket sembako dari Pak Calon Bupati di balai desa.' }, { text: 'Makassar butuh pemimpin yang sudah terbukti bekerja, bukan sekadar pandai berjanji.' }, { text: 'Semoga beliau kembali memimpin Gowa lima tahun ke depan.' }, { text: 'Alhamdulillah, foto bersama Bapak Bupati petahana saat kampanye di Desa Ujung.' }, { text: 'Relawan Sahabat Rusdi se-Kecamatan Tanjung, rapat malam ini di rumah saya.' }, { text: 'Scene 3: jelang coblosan. Ketiganya kompak mengacungkan tiga jari ke kamera sambil senyum.' }, { text: 'Ayo dukung! #CoblosNo2' }, { text: 'Ruang kelas baru sudah jadi. #SerangJuaraBangHendra01' }, { text: 'Semoga warga tidak salah pilih. Yang mau gabung relawan bisa japri saya.' }, { text: 'Foto bareng tim. #PABSMenang2024 #CoblosRudiNomor5' }, { text: 'Jalan sehat bersama tim relawan pasangan Andi–Syamsuddin. Setiap kepala seksi membawa minimal 10 warga. Kendaraan dinas kecamatan digunakan untuk mengangkut warga dari desa.', count: 3 }],
    valid: [{ text: '#SekolahLanjut #PendidikanBermutu' }, { text: 'Gotong royong membersihkan pantai. #PaluMajuBersamaWarga' }, { text: 'Selama tahapan Pilkada, foto profil WA mohon tidak memakai twibbon atau bingkai pasangan calon mana pun.' }, { text: 'Bawaslu mengingatkan ASN agar tidak berfoto dengan simbol keberpihakan kepada pasangan calon.' }, { text: 'Bawaslu menerima laporan dugaan seorang camat berfoto bersama calon bupati sambil mengacungkan dua jari.' }, { text: 'Peringatan HUT kota dimeriahkan lomba foto #KotaKitaBersih.' }, { text: 'Pendaftaran resmi hanya lewat laman BKN. #CPNS2025 #Pemilu2024 #BupatiSleman' }, { text: 'KPU membuka pendaftaran relawan demokrasi untuk Pemilu 2024.' }, { text: 'Bawaslu menertibkan 120 baliho caleg yang dipasang di pohon.' }, { text: 'Seluruh staf kecamatan wajib hadir pada apel peringatan Hari Santri, Selasa pagi.' }, { text: 'Dinsos menyalurkan paket sembako dari pemda untuk calon penerima baru.' }, { text: 'Komunitas Sahabat Difabel menggelar pelatihan membatik bersama Dinas Sosial.' }, { text: 'Foto bersama peserta kampanye hemat energi di sekolah.' }, { text: 'Warga yang ingin bergabung menjadi relawan bencana dapat mendaftar di BPBD.' }, { text: 'Kendaraan dinas kecamatan digunakan untuk mengangkut warga korban banjir ke posko.' }, { text: 'Jangan lupa foto jangan ada atribut paslon di belakang, masa kampanye soalnya.' }, { text: 'Narasumber Bawaslu memaparkan sejumlah bentuk pelanggaran netralitas. Di antaranya mengunggah foto bersama calon dengan simbol keberpihakan serta menghadiri deklarasi dukungan.' }],
  },
  run(ctx) {
    const names = candidateNames(ctx.options);
    const list = sentences(ctx.doc);
    // Made once per document, not per sentence or hashtag (each costs a compile), and one set and one
    // reporter for the whole document: a closure pair per sentence was the largest allocation of any
    // rule over a corpus (49 MB, measured by the perf-rules helper).
    const flat = names ? new RegExp(names.source.replace(/\\b/g, '').replace(/\s+/g, ''), 'iu') : undefined;
    const namedVolunteer = names ? new RegExp(`\\brelawan\\s+(?:${names.source.slice(2, -2)})`, 'giu') : undefined;
    const seen = new Set<number>();
    let v = list[0];
    const keptOut = (at: number) => /\bjangan\s+(?:sampai|ada)\b(?!\s+(?:lupa|salah|ketinggalan|kalah))/iu.test(v.text.slice(Math.max(0, at - v.start - 60), at - v.start));
    const report = (start: number, end: number, actual: string) => {
      if (seen.has(start) || keptOut(start)) return;
      seen.add(start);
      ctx.report({ start, end, args: { actual } });
    };
    for (let i = 0; i < list.length; i++) {
      v = list[i];
      if (NEUTRAL_CONTEXT.test(v.text)) continue;
      // "… memaparkan sejumlah bentuk pelanggaran … . Di antaranya … foto bersama calon …": a list
      // that continues the sentence before it shares its frame.
      if (LIST_CONTINUES.test(v.text) && ((i > 0 && list[i - 1].s.block === v.s.block && NEUTRAL_CONTEXT.test(list[i - 1].text)) || (i + 1 < list.length && list[i + 1].s.block === v.s.block && NEUTRAL_CONTEXT.test(list[i + 1].text)))) continue;
      // keptOut: "Jangan sampai karena satu klik 'like' atau foto bersama calon …", "jangan ada atribut
      // paslon di belakang" name a symbol in order to keep it out.
      seen.clear();
      for (const { m, start, end } of matchesIn(v, SYMBOL)) report(start, end, m[0]);
      const block = ctx.doc.blocks[v.s.block];
      // A quota or an official car is partisan when its paragraph is about a candidate.
      if (block && MOBILISE.test(v.text) && (CANDIDATE_DOC.test(ctx.doc.prose.slice(block.start, block.end)) || CAMPAIGN_SLOGAN.test(ctx.doc.prose.slice(block.start, block.end)))) {
        for (const { m, start, end } of matchesIn(v, MOBILISE)) report(start, end, m[0]);
      }
      if (block && VOLUNTEER.test(v.text) && ELECTION.test(ctx.doc.prose.slice(block.start, block.end))) {
        for (const { m, start, end } of matchesIn(v, VOLUNTEER)) report(start, end, m[0]);
      }
      for (const { m, start, end } of matchesIn(v, CAMPAIGN_SLOGAN)) report(start, end, m[0]);
      for (const { m, start, end } of matchesIn(v, CAMPAIGN_MATERIAL)) report(start, end, m[0]);
      if (block && GESTURE.test(v.text) && ELECTION_BLOCK.test(ctx.doc.prose.slice(block.start, block.end))) for (const { m, start, end } of matchesIn(v, GESTURE)) report(start, end, m[0]);
      // "Sahabat Rusdi" names a person; "Sahabat Difabel" a cause (a dictionary word).
      for (const { m, start, end } of matchesIn(v, VOLUNTEER_NETWORK)) if (!ctx.options.speller?.isCorrect(m[0].split(/\s+/).pop()!.toLowerCase())) report(start, end, m[0]);
      for (const { m, start, end } of matchesIn(v, HASHTAG)) {
        const tag = m[0].slice(1);
        if (CAMPAIGN_TAG.test(tag) || NAME_OFFICE_TAG.test(tag) || flat?.test(tag) || (LANJUT_TAG.test(tag) && CANDIDATE_DOC.test(ctx.doc.prose))) report(start, end, m[0]);
      }
      if (namedVolunteer) {
        for (const { m, start, end } of matchesIn(v, namedVolunteer)) report(start, end, m[0]);
      }
    }
  },
};

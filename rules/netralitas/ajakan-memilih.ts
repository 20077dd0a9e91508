// netralitas/ajakan-memilih: a civil servant's text that asks people to vote for or against a
// candidate ("Ayo coblos nomor urut 2", "Jangan pilih paslon nomor 1"). A neutral turnout call
// ("Gunakan hak pilih Anda di TPS") and reminders of the rules stay clean.
import { prefiltered } from '../../server/src/engine/prefilter.ts';
import type { Rule } from '../../server/src/engine/types.ts';
import { beforeInBlock, sentences, matchesIn, mayMatchSentence, reportInSentence } from '../_lib/compliance.ts';
import { CANDIDACY, CANDIDATE_EVENT, NEUTRAL_CONTEXT, candidateTarget } from './_shared.ts';

const VOTE = /\b(?:(?:mem)?percayakan(?:\s+kembali)?|pilih(?:lah)?|coblos(?:lah)?|contreng(?:lah)?|nyoblos|nyontreng|coblosin|pilihin|milih|(?:menyatukan|satukan|bulatkan|membulatkan)\s+suara|menangkan(?:lah)?|memenangkan|dukung(?:lah)?|mendukung|kawal(?:lah)?(?:\s+suara)?|lanjutkan)\b/iu;

// Ordering staff to a campaign event: "guru PNS diharapkan hadir … pada acara silaturahmi akbar
// pasangan calon bupati nomor urut 1".
const MOBILISE = prefiltered(/\b(?:(?:diharapkan|diharap|diwajibkan|wajib|diminta|harap|harus|agar)\s+(?:\S+\s+){0,2}(?:hadir|menghadiri|datang|ikut|mengikuti|meramaikan)|(?:kita\s+semua|kita|(?:semua|seluruh)(?:\s+\S+){0,4}?)\s+(?:kumpul|berkumpul|hadir|datang)(?:\s+(?:di|ke)\b)?)\b(?:[^.]|\.(?=\d)){0,100}?\b(?:kampanye|silaturahmi akbar|deklarasi|rapat umum|konsolidasi|acara|jalan sehat|senam|gerak jalan|pawai)\b(?:[^.]|(?<=\b\p{L}{1,3})\.){0,60}?\b(?:pasangan calon|paslon|calon\s+(?:bupati|wali kota|gubernur|legislatif|presiden|anggota|nomor)|caleg|cabup|cagub|cawalkot|capres)\b/iu);

// Calls that never say "coblos": "nomor dua jangan sampai lupa", "kalian pasti tahu siapa yang harus
// dipilih", "balas budi di TPS", "pilih yang sudah janji di debat", "siap memenangkan Pak Haji Rusdi",
// "semoga sukses di Pilgub".
const CODED_CALL = prefiltered(/(?<!\b(?:berjanji|janji(?:nya)?|menjanjikan|memaparkan|menyampaikan|mengatakan|menyebut|debat|visi|misi|program(?:nya)?)\b[^.!?]{0,80})\b(?:kalau|kalo|klo|jika|bila|apabila)\s+(?:nanti\s+)?(?:paslon\s+|calon\s+)?(?:nomor|no\.?)\s*(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\s+(?:yang\s+)?(?:menang|terpilih|jadi|naik)\b|\b(?:mengarahkan|arahkan|diarahkan|menggiring|digiring)\s+(?:\S+\s+){0,2}?(?:ke|kepada|untuk\s+(?:memilih|mencoblos|mendukung))\s+(?:paslon|calon|pasangan\s+calon|(?:nomor|no\.?)\s*(?:urut\s+)?\d{1,2})\b|\b(?:mantap|yakin|solid|kompak|satu\s+suara|bulat)\s+(?:\S+\s+){0,2}?(?:bersama|dengan|pilih|untuk|dukung|mendukung)\s+(?:Pak|Bu|Bapak|Ibu)\s+\p{L}+(?:\s+\p{L}+){0,2}\s*,?\s+(?:nomor|no\.?)\s+(?:urut\s+)?(?:\d+|satu|dua|tiga|empat|lima)\b|\b(?:kita|kalian|warga|semua)\s+(?:\S+\s+){0,2}?(?:tahu|tau|paham|ingat)\s+siapa\s+yang\s+(?:selama\s+ini\s+)?(?:\S+\s+){0,2}?(?:membangun|memperhatikan|memperjuangkan|peduli|berjasa|bekerja|membantu|bantu)\b|\bsaatnya\s+(?:kita\s+)?(?:balas budi|membalas budi|membalas kebaikan)\b|\b(?:pilih|coblos|nyoblos|contreng|dukung|menangkan)\s+(?:nomor\s+|no\.?\s*)?0\d\b|\b(?:butuh|perlu|pantas\s+punya)\s+pemimpin\s+(?:yang\s+)?(?:merakyat|peduli|amanah|berpengalaman|terbukti)\s+seperti\s+(?:beliau|bapak|ibu|pak|bu)\b|\b(?:sudah|udah|pasti)\s+(?:tahu|tau)\s+(?:lah\s+)?(?:kan\s+)?(?:harus\s+)?(?:milih|memilih|pilih|coblos|nyoblos|dipilih|dicoblos)\s+(?:siapa|yang\s+mana)\b|\b(?:sudah|udah)\s+(?:tahu|tau)\s+(?:to\s+|kan\s+|lah\s+)?yang\s+mana\b(?<=\b(?:coblos|pilih|milih|nyoblos)\b[^.!?]{0,40})|\bmending(?:an)?\s+jangan\s+(?:di)?pilih\b(?<=\b(?:calon|paslon|kandidat|caleg)\b[^.!?]{0,120})|\b(?:nomor|no\.?)\s+(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\s+(?:saja|aja)\b|\bkalian\s+(?:pasti\s+)?(?:tau|tahu)\s+(?:lah\s+)?siapa\b|\bcoblos\s+(?:yang|yg)\s+\p{L}+|\b(?:memberikan|berikan|beri)\s+(?:dukungan|kepercayaan|suara)\s+(?:penuh\s+)?(?:kepada|untuk|pada)\s+(?:beliau|bapak|ibu|pak|bu|gubernur|bupati|wali kota|petahana)\b(?=[^.!?]{0,40}\b(?:pilkada|pemilu|pemilihan|\d{1,2}\s+november|tanggal\s+\d+)\b)|\b(?:nomor|no\.?)\s+(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\s+pokoknya\b|\b(?:pokoknya|ingat)\s+(?:yang\s+)?(?:nomor|no\.?)\s+(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\b|\b(?:nomor|no\.?)\s+(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\b[^.!?]{0,20}\bjangan\s+(?:sampai\s+)?(?:lupa|salah)\b|\bsiapa\s+yang\s+(?:harus|layak|pantas|perlu)\s+(?:dipilih|dicoblos|didukung)\b|\b(?:balas budi|ingat jasa(?:nya)?|ingat kebaikan(?:nya)?)\b[^.!?]{0,30}\b(?:di\s+TPS|di\s+bilik|saat\s+(?:pemilu|pilkada|pencoblosan)|tanggal\s+\d+)\b|\bpilih\s+yang\s+sudah\s+(?:janji|berjanji|terbukti)\b|\bsiap\s+(?:memenangkan|menangkan|mendukung|mengawal)\s+(?:Pak|Bu|Bapak|Ibu|H\.|Hj\.|Haji|Hajjah)\b|\bsemoga\s+(?:beliau|bapak|ibu|pak|bu)\s+(?:menang|terpilih)\b|\bsemoga\s+(?:sukses|menang|terpilih|lancar|berhasil)\b[^.!?]{0,30}\b(?:di\s+)?(?:Pilgub|Pilkada|Pilbup|Pilwalkot|Pileg|Pilpres|pemilihan|pencalonan)\b|\b(?:paslon|calon|nomor|no\.?)\s+(?:urut\s+)?0?\d{1,2}\s+(?:harus|wajib|pasti|mesti)\s+menang\b|\b(?:bantu|membantu|dukung|mendukung)\s+(?:beliau|bapak|ibu|pak|bu)\s+(?:untuk\s+)?menang\b|\bpilihan\s+kita\s+(?:\S+\s+){0,2}?(?:paslon|nomor|no\.?|calon)\s*(?:urut\s+)?0?\d\b|\btarget\s+(?:minimal\s+)?\d+\s?(?:%|persen)\s+suara\b|\btim\s+(?:paslon|calon)\s+(?:\S+\s+){0,3}?(?:masuk|datang)\b[^.!?]{0,30}\b(?:usir|tolak|hadang|bubarkan)\b|\bmohon\s+doa\s+dan\s+dukungan\b(?=[^.!?]{0,100}\b(?:beliau|bapak|ibu|calon|paslon|pilkada|pemilihan|melanjutkan|maju)\b)|\bjangan\s+(?:sampai\s+|mau\s+)(?:\S+\s+){0,3}?(?:dipimpin\s+(?:oleh\s+|sama\s+|sm\s+)?(?:(?:orang|calon|pemimpin)\s+)?|jatuh\s+ke\s+tangan\s+(?:orang|calon|pemimpin)\s+)(?:yang\s+)?(?:tidak|bukan|beda|kafir|non-?muslim|pendatang|luar)\b|\b(?:jangan|jang|jgn)\s+(?:sampai\s+|sampe\s+)?salah\s+(?:pilih|coblos|nyoblos)\s+lagi\b|\bberkat\s+(?:perjuangan|jasa|bantuan|usaha)\s+(?:Bapak|Ibu|Pak|Bu|beliau)\b(?:[^.!?]|(?<=\b\p{L}{1,3})\.){0,100}\b(?:maju\s+sebagai\s+calon|calon\s+(?:bupati|wali kota|gubernur)\s+nomor)\b|\b(?:jangan|jang|jgn)\s+(?:sampai\s+|sampe\s+)?salah\s+(?:pilih|coblos|nyoblos)\b(?=[^.!?]{0,60}(?:\b(?:nomor|no\.?|gambar|baju|kotak|yang\s+(?:nomor|di))\b|✌|☝))|\bsiap\s+(?:memenangkan|menangkan)\b|\bmeramaikan\s+acara\s+(?:paslon|calon|kampanye)\b|\blanjutkan\s+bersama\s+(?:Uda|Pak|Bu|Bapak|Ibu|Bang|Mas|Kak|Abang|Daeng|Uni|Abah)\s+\p{Lu}|\bpakai\s+baju\s+\p{L}+\s+ke\s+TPS\b|\b(?:bilik suara|TPS)\b[^.!?]{0,40}\b(?:melupakan|lupa)\s+(?:jasa|kebaikan)|\b(?:seluruh|semua)\s+ASN\b[^.!?]{0,40}\b(?:solid|bersama saya)\b[^.!?]{0,30}\b(?:sampai|hingga)\s+(?:November|Februari|hari H|pencoblosan|pilkada)\b|\blayak\s+(?:kita\s+)?(?:dukung|pilih|coblos)\b|\bkasih\s+suara\s+(?:untuk|ke)\s+(?:nomor|no\.?|paslon)\b|\bdukungan\s+penuh\s+(?:supaya|agar|biar)\s+beliau\b|\bsemoga\b[^.!?]{0,60}\b(?:kembali|lagi)\s+(?:duduk|menjabat|memimpin|terpilih)\b|\b(?:teruskan|terusin|share|bagikan|forward)\s+dari\s+(?:tim|timses|relawan)\b|\bcoblos\s+0\d\b|\b(?:mari|ayo)\s+(?:kita\s+)?kawal\s+bersama\b(?<=\b(?:beliau|melanjutkan|lima tahun lagi)\b[^.!?]{0,120})|\bsemoga\s+(?:beliau|bapak|ibu)\b[^.!?]{0,60}\b(?:kembali\s+memimpin|terpilih\s+kembali|kembali\s+terpilih)\b|\b(?:fotokopi|fc|salinan)\s+KTP\b[^.!?]{0,40}\b(?:surat\s+)?dukungan\b|\bplat\s+merah(?:nya)?\s+(?:\S+\s+)?(?:di)?tutup\b|\b(?:mari|ayo)\s+(?:kita\s+)?dukung\s+(?:bersama\s+)?(?:agar|supaya|biar)\b[^.!?]{0,80}\b(?:lima tahun|periode|berlanjut|dilanjutkan)\b|\b(?:nomor|no\.?|paslon)\s+(?:urut\s+)?0?\d\s+(?:sudah\s+)?pasti\s+menang\b|\bsemoga\s+(?:amanah\s+dan\s+)?(?:menang|terpilih)\s*,?\s*(?:Pak|Bu|Bapak|Ibu)\b|\bjangan\s+(?:ganti|mengganti|tukar|menukar)\s+(?:nahkoda|nakhoda|kapten|pemimpin|sopir|masinis|pilot|kemudi)\b|\btetap\s+di\s+tangan\s+(?:yang\s+sudah|pemimpin\s+yang|beliau|bapak|ibu)\b|\b(?:mendoakan|doakan|semoga|berharap|harapkan|mohon\s+doa)\b[^.!?]{0,50}\b(?:kembali|lagi)\s+(?:dipercaya|terpilih|memimpin)\b[^.!?]{0,60}\b(?:lima tahun lagi|periode\s+(?:kedua|berikutnya|mendatang)|(?:pilkada|pemilihan|pilgub|pilbup|pilwalkot)\s+(?:mendatang|nanti|yang akan datang|tahun depan))\b|\barahkan\s+(?:\S+\s+){0,3}?(?:ke|untuk)\s+(?:nomor|no\.?|paslon|calon)\s+(?:urut\s+)?(?:\d{1,2}|satu|dua|tiga|empat|lima)\b|\b(?:mengajak|ajak|imbau|mengimbau|minta|meminta)\s+(?:\S+\s+){0,3}?(?:tidak|tak|jangan)\s+(?:memilih|mencoblos|mendukung|pilih|coblos)\b(?=[^.!?]{0,120}\b(?:nomor\s+urut|paslon|pasangan\s+(?:calon\s+)?nomor|no\.?\s+urut)\s*\d)/iu);

// Attendance made compulsory, or punished, right after a candidate's event is announced: "… ada acara
// silaturahmi dengan Bapak calon bupati. Semua WAJIB hadir …", "Yang tidak hadir nanti jangan protes
// kalau honornya ditinjau ulang".
const COMPULSORY = prefiltered(/\b(?:(?:mohon|harap|diharap)\s+(?:semua|seluruh)\s+(?:\S+\s+){0,2}?hadir|\bbawa\s+(?:fotokopi|fc|copy|salinan)\s+KTP\b[^.!?]{0,40}\brelawan\b|(?:semua|seluruh|wajib)\s+(?:\S+\s+){0,3}?(?:wajib|harus|diwajibkan|diharapkan|diminta)\s+(?:hadir|datang|ikut)|(?:pakai|naik|gunakan|menggunakan)\s+(?:mobil|kendaraan|motor)\s+dinas\b|(?:yang|yg)\s+(?:tidak|tak|nggak|gak)\s+(?:hadir|datang|ikut)\b[^.!?]{0,60}\b(?:honor(?:nya)?|tunjangan|TPP|insentif|gaji|SK|jabatan|dimutasi|mutasi|dicatat|dicoret|sanksi|ditinjau|evaluasi|dievaluasi|dinonjobkan|dipindah|kontrak(?:nya)?|perpanjangan))\b|\bbawa\s+(?:fotokopi|fc|copy|salinan)\s+KTP\b[^.!?]{0,40}\bminimal\s+\d+|\bpakai\s+(?:baju|kaos|kaus|seragam|atribut)\b[^.!?]{0,40}?\b(?:dibagikan|dari\s+tim|tim\s+sukses|relawan|paslon)\b|\bbawa\s+(?:\S+\s+){0,2}?(?:warga|massa|orang|keluarga)\w*\b[^.!?]{0,30}?\bminimal\s+\d+/iu);
// A rally that names polling day instead of a number: "Beliau sekarang maju lagi, jadi sudah
// sepantasnya masyarakat membalas kebaikan ini pada 27 November nanti", "Tanggal 27 nanti kita kompak
// ya ☝️". Polling day (or "salah pilih") plus a collective appeal, with a candidacy named in the
// sentence or just before it in the same block; "27 November jangan lupa ke TPS, gunakan hak pilih"
// is turnout (NEUTRAL_CONTEXT).
const POLLING_DAY = /\b(?:tanggal|tgl\.?)\s+\d{1,2}\b|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nov|Desember|Des)\b|\bhari\s+(?:H|pencoblosan)\b|\bsalah\s+(?:pilih|coblos)\b/iu;
const DAY_APPEAL = prefiltered(/\b(?:kita\s+)?kawal\s+(?:bersama|terus|sampai)|\bjangan\s+salah\s+(?:pilih|coblos)\b|\bsaatnya\s+(?:di)?(?:lanjut(?:kan)?|teruskan)\b|\bmenunjukkan\s+dukungan\b|\bkita\s+kompak\b|\bkompak\s+(?:ya|yah|semua)\b|\bsatu\s+hati\s+untuk\b|\b(?:membalas|balas)\s+(?:kebaikan|budi|jasa)\b|\bjangan\s+sampai\s+(?:putus|berhenti|ganti)\b|\b(?:teruskan|lanjutkan)\s+(?:perjuangan|pembangunan|program)\b|\bdemi\s+(?:nasib|kesejahteraan|masa depan|kelanjutan)\s+(?:\S+\s+)?(?:kita|kami|sendiri)\b|[☝✌👆]/iu);
// A wish that someone wins: "Semoga Bapak kembali dipercaya memimpin lima tahun ke depan", "Sukses
// selalu, Pak! Kami doakan menang" (said to a person; "semoga Persib menang" is football). "Bupati
// terpilih" is the regent-elect.
const WIN_WISH = prefiltered(/\b(?:semoga|moga-moga|kami doakan|doakan|mendoakan|didoakan)\b[^.!?]{0,40}?\b(?:memimpin\s+\p{L}+\s+(?:lagi|kembali)|kembali\s+memimpin|kembali\s+dipercaya|dipercaya\s+(?:kembali|lagi)|menang|(?<!\b(?:bupati|gubernur|kota|presiden|walikota|daerah|pasangan|paslon|calon|wakil)\s)terpilih(?:\s+kembali)?|dua\s+periode|lanjut\s+(?:dua\s+periode|lagi))\b/iu);
// Handing the mandate back: "kembali memberikan amanah kepada beliau pada Pilkada", "mendukung Bapak Bupati
// agar pada 27 November nanti kembali dipercaya memimpin".
const MANDATE = prefiltered(/\b(?:kembali|lagi)\s+(?:memberikan|memberi|berikan|menitipkan|titipkan|mempercayakan|percayakan)\s+(?:amanah|kepercayaan|mandat|suara(?:nya)?)\s+(?:kepada|pada|untuk|buat)\s+(?:beliau|Bapak|Ibu|Pak|Bu)\b|\b(?:mendukung|dukung|mendoakan)\s+(?:\S+\s+){1,4}?(?:agar|supaya|biar)\s+(?:\S+\s+){0,6}?(?:kembali\s+dipercaya|dipercaya\s+(?:kembali|lagi))\s+(?:memimpin|menjabat)\b/iu);
// A record of work in office offered as the reason: "Lima tahun terbukti bekerja, saatnya dilanjutkan!"
const RECORD = /\b(?:terbukti\s+(?:bekerja|kerja|berhasil|membangun)|lima\s+tahun\s+(?:terbukti|bekerja|memimpin|membangun)|(?:lanjut|melanjutkan|memimpin|menjabat)\s+(?:\S+\s+){0,2}?(?:satu\s+periode\s+lagi|dua\s+periode|periode\s+kedua|periode\s+berikutnya))\b/iu;
const WISHED_PERSON = /\b(?:Pak|Bu|Bapak|Ibu|beliau|Abah|Umi|Bunda|Kanda|Bang|Daeng|Uda|Mas|Mbak)\b/u;
// Praise pinned on a candidate in an agency's text: "calon Bupati nomor urut 2 yang selama ini paling
// peduli dengan wong cilik".
const PRAISE = prefiltered(/\b(?:paling|sangat|sungguh|benar-benar|terbukti)\s+(?:peduli|perhatian|merakyat|dekat dengan rakyat|berjasa|amanah|pro rakyat|pro-rakyat|bekerja nyata)\b/iu);
// Watching over the vote itself: "kawal bersama agar pilkada damai, jujur, dan adil".
const FAIR_ELECTION = /\b(?:damai|jujur(?!\s+(?:saja|aja|sajalah)\b)|adil|aman|lancar|kondusif|berintegritas|luber|jurdil|tahapan|proses|partisipasi)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'netralitas/ajakan-memilih',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: {
      id: 'Ajakan memilih atau tidak memilih calon tertentu (“{actual}”) melanggar netralitas ASN. Hapus; ajakan netral seperti “Gunakan hak pilih Anda di TPS pada [tanggal]” tetap boleh.',
      en: 'A call to vote for or against a particular candidate (“{actual}”) breaches civil-service neutrality. Remove it; a neutral turnout call such as “Gunakan hak pilih Anda di TPS pada [tanggal]” is fine.',
    },
    description: {
      id: 'ASN dilarang mengajak, mengimbau, atau menyerukan dukungan kepada calon atau pasangan calon, termasuk lewat media sosial. Nama calon dan partai yang diawasi diatur di `pemilu` pada .saring.yml.',
      en: 'Civil servants may not urge or call for support of a candidate or ticket, social media included. The candidate and party names to watch are set under `pemilu` in .saring.yml.',
    },
    basis: 'SKB MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN, Ketua Bawaslu tentang Netralitas ASN (22 September 2022), Lampiran II; PP 94/2021 Pasal 5 huruf n; UU ASN Pasal 9 ayat (2)',
  },
  examples: {
    invalid: [{ text: 'Torang sudah sepakat, jangan lupa balas budi, kitong coblos Bapak lagi.' }, { text: 'Kalau nomor 1 menang, dijamin jalan desa mulus semua.' }, { text: 'Seluruh kepala desa sudah sepakat mengarahkan warganya ke paslon nomor 2.' }, { text: 'Besok ada kampanye Paslon 1 di lapangan. Staf yang tidak ikut kampanye akan dievaluasi jabatannya.' }, { text: 'Jadi sudah jelas ya maksudnya, sampai tanggal 27 masih ada waktu untuk menunjukkan dukungan kepada calon bupati.' }, { text: 'Kami berharap masyarakat tani kembali memberikan amanah kepada beliau pada Pilkada 27 November nanti.' }, { text: 'Ia mengajak pendamping sosial untuk terus mendukung Bapak Bupati agar pada 27 November nanti kembali dipercaya memimpin.' }, { text: 'Lima tahun terbukti bekerja, saatnya dilanjutkan! Jangan salah pilih 27 November nanti.' }, { text: 'Kami guru-guru sudah mantap bersama Pak Andi Rusdi, nomor satu!' }, { text: 'Kita semua tahu siapa yang selama ini betul-betul memperhatikan desa-desa kita.' }, { text: 'Beliau sudah banyak berbuat untuk desa kita, saatnya kita balas budi.' }, { text: 'Saya minta camat memastikan warga di wilayahnya paham siapa yang membangun jalan ini.' }, { text: 'Sekalian ajak keluarga & tetangga pilih 01 ya.' }, { text: 'Merauke memang butuh pemimpin yang merakyat seperti beliau.' }, { text: 'Selamat Hari Santri, Pak Gubernur, semoga lancar dan amanah memimpin Banten lagi.' }, { text: 'Terima kasih atas kunjungannya. Semoga Bapak kembali dipercaya memimpin Kaltara lima tahun ke depan.' }, { text: 'Sukses selalu, Pak! Kami doakan menang.' }, { text: 'Jadi kita sudah tahu lah harus milih siapa, jangan sampai salah pilih.' }, { text: 'Calon yang itu kan dulu pernah tersangkut kasus korupsi, mending jangan dipilih.' }, { text: 'Penyaluran didampingi langsung Bapak H. Samsul Arifin, calon Bupati nomor urut 2 yang selama ini paling peduli dengan wong cilik.' }, { text: 'Program ini wujud kepedulian Bapak Gubernur. Beliau sekarang maju lagi, jadi sudah sepantasnya masyarakat membalas kebaikan ini pada 27 November nanti.' }, { text: 'Ini program paslon untuk guru honorer. Tanggal 27 nanti kita kompak ya, demi nasib honorer kita juga ☝️' }, { text: 'Berkat Ibu Wali Kota yang kini maju kembali, lapangan kerja makin terbuka, mari kita kawal bersama sampai 27 November!' }, { text: 'Semua staf kecamatan dan kelurahan kumpul di Lapangan Sparta untuk jalan sehat bersama paslon nomor urut 2.' }, { text: 'Beliau juga berjanji menambah ambulans. Semoga beliau menang dan amanah ya.' }, { text: 'Besok sore kita semua kumpul di Lapangan Cipta Karya, ada silaturahmi akbar bersama Pak Calon nomor urut 2.' }, { text: 'Tanggal 27 nanti ingat pesan saya ya, nomor dua jangan sampai lupa.' }, { text: 'Saya tidak bisa bicara banyak, tapi kalian pasti tahu siapa yang harus dipilih.' }, { text: 'Kami keluarga besar Dinas PU siap memenangkan Pak Haji Rusdi!' }, { text: 'Bantuan beras ini dari Bapak Calon Bupati, jangan lupa balas budi di TPS ya.' }, { text: 'Terima kasih sudah mampir, Pak, semoga sukses di Pilgub.' }, { text: 'Tgl 27 jangan salah coblos ya, kotak paling kanan.' }, { text: 'Ayo coblos nomor urut 2 agar pembangunan berlanjut!' }, { text: 'Jangan pilih paslon nomor 1, mereka tidak layak memimpin.' }, { text: 'Kami siap mendukung penuh pasangan calon nomor 3.' }, { text: 'Ojo lali, tanggal 27 November mengko coblos nomer loro.' }, { text: 'Kami mengajak para petani untuk kembali mempercayakan kepemimpinan daerah kepada beliau pada Pilkada 27 November.' }, { text: 'Saya minta seluruh pegawai kembali mendukung Bapak Bupati kita pada Pilkada nanti.' }, { text: 'Besok ada acara silaturahmi dengan Bapak calon bupati di lapangan desa. Semua WAJIB hadir, pakai kaos yang sudah dibagikan.' }, { text: 'Jangan ganti nahkoda di tengah jalan, pastikan Jember tetap di tangan yang sudah bekerja.' }, { text: 'Panitia mendoakan agar Bapak Wali Kota kembali dipercaya memimpin lima tahun lagi pada pilkada mendatang.' }, { text: 'Ibu-ibu tolong arahkan keluarga juga ke nomor 2 supaya kita aman.' }, { text: 'Paslon 02 harus menang, titik.' }, { text: 'Jangan sampai salah pilih, ingat yang di bajunya ada gambar padi itu.' }, { text: 'Keluarga besar penyuluh Bungo siap menangkan!' }, { text: 'Beliau kembali maju tahun ini, jadi mari kita dukung bersama agar program pro-petani ini bisa terus berlanjut lima tahun ke depan.' }, { text: 'Insyaallah nomor 3 sudah pasti menang, jadi jangan sampai kita ketinggalan gerbong.' }, { text: 'Semoga amanah dan terpilih, Pak!' }, { text: 'Tanggal 27 November nanti jangan salah pilih lagi.' }, { text: 'Bantuan ini cair berkat perjuangan Bapak Yohanes Tebai, anggota DPRD yang kini maju sebagai calon bupati nomor urut 2.' }, { text: 'Sudah sepantasnya kita bantu beliau menang di TPS masing-masing.' }, { text: 'Jadi pilihan kita ya cuma paslon 02, ajak keluarga dan tetangga juga.' }, { text: 'Tiap desa target minimal 70% suara untuk paslon nomor 1.' }, { text: 'Kalau ada tim paslon 2 masuk kampung, usir saja.' }, { text: 'Untuk itu kita semua diharapkan hadir di GOR dalam acara silaturahmi bersama Ibu Hj. Nenden Kartika, calon Bupati Serang.' }, { text: 'Bapak Bupati insyaallah akan kembali maju pada Pilkada November nanti. Mohon doa dan dukungan masyarakat agar beliau bisa melanjutkan pembangunan.' }, { text: 'Jangan sampai kabupaten kita dipimpin orang yang tidak seiman.' }, { text: 'Besok seluruh staf hadir di kampanye akbar paslon nomor urut 1. Pakai baju kaos biru yg kemarin dibagikan tim. Kades tolong bawa warganya masing-masing minimal 1 truk per desa.', count: 3 }, { text: 'Kami mengajak masyarakat tidak memilih calon yang pernah tersangkut korupsi, seperti pasangan nomor urut 1.' }, { text: 'Seluruh kepala sekolah dan guru PNS diharapkan hadir di lapangan pukul 08.00 pada acara silaturahmi akbar pasangan calon bupati nomor urut 1.' }],
    valid: [{ text: 'Program ini terbukti berhasil, saatnya dilanjutkan ke tahap kedua tahun depan.' }, { text: 'Kami mendukung Bapak Bupati agar program stunting berjalan.' }, 
      { text: 'Mari kita dukung calon jemaah haji asal Kabupaten Bone agar sehat selama di Tanah Suci.' },
      { text: 'Kami siap mendukung pasangan usia subur mengikuti program KB.' },
      { text: 'Selamat kepada Bapak Bupati terpilih, semoga amanah memimpin daerah.' },
      { text: 'Semangat Pak Pelatih! Semoga tim Porprov kita menang di final besok.' },
      { text: 'Debat calon bupati digelar malam ini. Tanggal 27 November nanti mari kita kawal bersama agar pilkada berlangsung damai, jujur, dan adil.' },
      { text: 'Relawan demokrasi mengajak pemilih muda kompak datang ke TPS pada 27 November dan menggunakan hak pilihnya.' },
      { text: 'KPU Kota X menetapkan nomor urut pasangan calon wali kota pada Senin (23/9/2024).' },
      { text: 'Gunakan hak pilih Anda di TPS pada Rabu, 27 November 2024.' },
      { text: 'ASN dilarang memberi like, komentar, dan share pada akun pemenangan calon.' },
      { text: 'Pilih menu makanan sehat untuk anak sekolah.' },
      { text: 'Mari mendukung penyelenggaraan Pilkada yang damai dan jujur.' },
      { text: 'Pak Camat mengajak warga mendukung program vaksinasi pada bulan Juni.' },
      { text: 'Kami tidak mendukung pasangan calon mana pun; ASN wajib netral.' },
      { text: 'Nomor antrean dua jangan sampai hilang, simpan sampai dipanggil.' },
      { text: 'Semoga sukses untuk seluruh peserta seleksi perangkat desa.' },
      { text: 'Semoga sukses penyelenggaraan Pilkada yang damai di kabupaten kita.' },
      { text: 'KPU menggelar debat kedua pasangan calon bupati. Semua anggota PPK wajib hadir untuk bertugas mengamankan logistik.' },
      { text: 'Bupati yang kembali terpilih pada Pilkada 2020 itu meresmikan pasar baru.' },
      { text: 'Rapat koordinasi pengawasan kampanye digelar Bawaslu. Yang tidak hadir akan dicatat dalam notulen.' },
      { text: 'Pemilih yang belum terdaftar diarahkan ke TPS terdekat sesuai domisili.' },
      { text: 'KPU: jika nomor urut 2 terpilih, pelantikan dijadwalkan Februari sesuai ketentuan.' },
      { text: 'Dalam debat, calon nomor urut 2 berjanji jika nomor urut 2 terpilih, sekolah akan gratis.' },
    ],
  },
  run(ctx) {
    const target = candidateTarget(ctx.options);
    const list = sentences(ctx.doc);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (NEUTRAL_CONTEXT.test(v.text)) continue;
      // Each pattern is asked of the sentence's literals first: most sentences hold none of them.
      const must = mayMatchSentence(v, COMPULSORY) ? COMPULSORY.exec(v.text) : null;
      if (must && (CANDIDATE_EVENT.test(v.text) || beforeInBlock(list, i, 4, (t) => CANDIDATE_EVENT.test(t) && !NEUTRAL_CONTEXT.test(t)))) {
        ctx.report({ start: v.start + must.index, end: v.start + must.index + must[0].length, args: { actual: must[0] } });
        continue;
      }
      const mob = mayMatchSentence(v, MOBILISE) ? MOBILISE.exec(v.text) : null;
      if (mob) {
        reportInSentence(ctx, v, mob);
        continue;
      }
      const mandate = mayMatchSentence(v, MANDATE) ? MANDATE.exec(v.text) : null;
      if (mandate && (POLLING_DAY.test(v.text) || CANDIDACY.test(v.text))) {
        reportInSentence(ctx, v, mandate);
        continue;
      }
      const appeal = mayMatchSentence(v, DAY_APPEAL) ? DAY_APPEAL.exec(v.text) : null;
      // Polling day may be the next sentence: "Lima tahun terbukti bekerja, saatnya dilanjutkan! Jangan salah pilih 27 November."
      // Only a sentence with an appeal needs it: POLLING_DAY, tried at every position of every sentence, cost the rule most.
      const day = appeal !== null && (POLLING_DAY.test(v.text) || (RECORD.test(v.text) && i + 1 < list.length && list[i + 1].s.block === v.s.block && POLLING_DAY.test(list[i + 1].text)));
      if (appeal && day && !FAIR_ELECTION.test(v.text) && (CANDIDACY.test(v.text) || RECORD.test(v.text) || beforeInBlock(list, i, 4, (t) => CANDIDACY.test(t) && !NEUTRAL_CONTEXT.test(t)))) {
        ctx.report({ start: v.start + appeal.index, end: v.start + appeal.index + appeal[0].length, args: { actual: appeal[0] } });
        continue;
      }
      const wish = mayMatchSentence(v, WIN_WISH) ? WIN_WISH.exec(v.text) : null;
      if (wish && !/\b(?:pertandingan|laga|turnamen|lomba|kejuaraan|piala|final|liga|tim|atlet|kontingen|juara|O2SN|Porprov|PON|FLS2N|MTQ)\b/iu.test(v.text) && (WISHED_PERSON.test(v.text) || CANDIDACY.test(v.text) || beforeInBlock(list, i, 1, (t) => WISHED_PERSON.test(t) || CANDIDACY.test(t)))) {
        ctx.report({ start: v.start + wish.index, end: v.start + wish.index + wish[0].length, args: { actual: wish[0] } });
        continue;
      }
      const praise = mayMatchSentence(v, PRAISE) ? PRAISE.exec(v.text) : null;
      if (praise && target.test(v.text.slice(Math.max(0, praise.index - 80), praise.index))) {
        ctx.report({ start: v.start + praise.index, end: v.start + praise.index + praise[0].length, args: { actual: praise[0] } });
        continue;
      }
      const coded = mayMatchSentence(v, CODED_CALL) ? CODED_CALL.exec(v.text) : null;
      // A wish of success is support when it is for someone ("semoga sukses di Pilgub, Pak") or for
      // winning; "semoga sukses penyelenggaraan Pilkada" wishes the election well.
      const wishForNoOne = coded !== null && /^semoga\s+(?:sukses|lancar|berhasil)/iu.test(coded[0]) && !/\b(?:Pak|Bu|Bapak|Ibu|beliau|calon|paslon|cabup|cagub|kandidat)\b/iu.test(v.text);
      if (coded && !wishForNoOne) {
        ctx.report({ start: v.start + coded.index, end: v.start + coded.index + coded[0].length, args: { actual: coded[0] } });
        continue;
      }
      for (const { m, start, end } of matchesIn(v, VOTE)) {
        const before = v.text.slice(0, m.index);
        const negated = /\b(?:tidak|tak|bukan)\s+(?:\S+\s+)?$/iu.test(before);
        if (negated) continue;
        const after = v.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        // "mendukung Bapak Bupati kita pada Pilkada": a person, then the election they stand in.
        const person = /^[^.]{0,40}?\b(?:Bapak|Ibu|Pak|Bu|beliau|petahana)\b[^.]{0,50}?\b(?:pada|di|dalam|saat)\s+(?:Pilkada|Pemilu|Pilbup|Pilgub|Pilwalkot|Pilpres|Pileg|pemilihan)\b|^\s+(?:Bapak|Ibu|Pak|Bu|beliau)\s+(?:lagi|kembali)\b/iu.test(after);
        if (!person && !target.test(after) && !(m[0].toLowerCase() === 'lanjutkan' && /\b(?:dua|2)\s+periode\b/iu.test(after))) continue;
        if (/\bhak\s+$/iu.test(before)) continue; // "hak pilih"
        ctx.report({ start, end: Math.min(v.start + v.text.length, end + (after.match(target)?.index ?? 0) + (after.match(target)?.[0].length ?? 0)), args: { actual: (m[0] + after.slice(0, (after.match(target)?.index ?? 0) + (after.match(target)?.[0].length ?? 0))).trim() } });
        break;
      }
    }
  },
};

// Shared pieces of the netralitas family: what names a candidate or a party (generic words plus the
// agency's own lists from .saring.yml `pemilu`), and the warnings that only remind ASN to stay neutral.
import type { LintOptions } from '../../server/src/engine/types.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const GENERIC_TARGET =
  '(?:nome?r\\s+(?:urut\\s+)?(?:\\d+|satu|dua|tiga|empat|lima|enam|siji|loro|telu|papat|limo)\\b|nomor\\s+urut\\s+\\d+|nomor\\s+\\d+|no\\.?\\s?urut\\s?\\d+|no\\.?\\s?\\d+|paslon(?:\\s+(?:nomor|no\\.?)\\s*(?:urut\\s*)?\\d+)?|pasangan\\s+(?:calon\\s+)?(?:nomor\\s+(?:urut\\s+)?\\d+|\\p{Lu}[\\p{L}.]*)|(?:bakal\\s+)?calon\\s+(?:(?:bupati|wakil bupati|wali kota|wakil wali kota|gubernur|wakil gubernur|presiden|wakil presiden|legislatif|anggota\\s+\\w+)(?:\\s+\\p{Lu}[\\p{L}.]*)*|nomor\\s+(?:urut\\s+)?\\d+|\\p{Lu}[\\p{L}.]*)|cagub|cawagub|cabup|cawabup|cawalkot|cawawalkot|capres|cawapres|caleg|(?:kotak|gambar|kolom|foto)\\s+(?:paling\\s+)?(?:kanan|kiri|tengah)\\b)';

// The patterns below depend only on the election settings, which are one object for every file a
// configuration lints: they are built once per settings object, not once per document (every new
// pattern object also costs the prefilter a lookup by its source). None is global, so sharing one
// object carries no lastIndex from use to use.
const NO_SETTINGS = {};
const built = new WeakMap<object, Map<string, RegExp | undefined>>();
function perSettings(options: LintOptions, what: string, build: () => RegExp | undefined): RegExp | undefined {
  const key = options.pemilu ?? NO_SETTINGS;
  let m = built.get(key);
  if (!m) built.set(key, (m = new Map()));
  if (!m.has(what)) m.set(what, build());
  return m.get(what);
}

export function candidateTarget(options: LintOptions): RegExp {
  return perSettings(options, 'target', () => buildCandidateTarget(options))!;
}

function buildCandidateTarget(options: LintOptions): RegExp {
  const p = options.pemilu;
  const names = [...(p?.kandidat ?? []), ...(p?.partai ?? [])].filter(Boolean).map(esc);
  const src = names.length ? `(?:${GENERIC_TARGET}|${names.join('|')})` : GENERIC_TARGET;
  // Not the 'i' flag: under it \p{Lu} matches lower case too, and "calon \p{Lu}…" (a candidate's name)
  // would take "calon jemaah haji" and "pasangan usia subur" for candidates. Letters are folded by hand.
  return new RegExp(foldCase(src), 'u');
}

/** `src` with every letter outside escapes and classes matching both cases ("a" becomes "[aA]"). */
export function foldCase(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      // An escape, with its braces ("\p{Lu}") or its group name ("\k<n>"), stays as it is.
      let j = i + 2;
      if ((src[i + 1] === 'p' || src[i + 1] === 'P' || src[i + 1] === 'u') && src[j] === '{') j = src.indexOf('}', j) + 1;
      out += src.slice(i, j);
      i = j - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && src[i + 1] === '?') {
      // Group syntax: "(?:", "(?=", "(?<name>" keep their letters.
      const m = /^\(\?(?:<[A-Za-z_]\w*>|[:=!]|<[=!])/.exec(src.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower !== upper ? `[${lower}${upper}]` : c;
  }
  return out;
}

export function partyNames(options: LintOptions): RegExp | undefined {
  return perSettings(options, 'parties', () => {
    const names = (options.pemilu?.partai ?? []).filter(Boolean).map(esc);
    return names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'iu') : undefined;
  });
}

export function candidateNames(options: LintOptions): RegExp | undefined {
  return perSettings(options, 'candidates', () => {
    const names = (options.pemilu?.kandidat ?? []).filter(Boolean).map(esc);
    return names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'iu') : undefined;
  });
}

// Reminders of the neutrality rules, the election body's own work and reporting on it.
export const NEUTRAL_CONTEXT = prefiltered(/\b(?:dilarang|larangan|melarang|terbukti\s+(?:\S+\s+){0,2}?(?:mengunggah|melanggar|memberi|membagikan|berfoto|menjadi|ikut|terlibat)|pengaduan|pedoman|hukuman disiplin|pakta integritas|asalkan tidak|(?:tekanan|paksaan)\s+atau\s+ajakan|tidak boleh|tak boleh|wajib netral|netral|netralitas|sanksi|melanggar|pelanggaran|bawaslu|kpu\b|menetapkan|penetapan|debat publik|simulasi|pemungutan suara ulang|(?:mengingatkan|diingatkan)(?=[^.]{0,80}\b(?:tidak|jangan(?!\s+(?:harap|pilih|mau|percaya|sampai\s+salah|lupa\s+(?:pilih|coblos)))|netral|netralitas|dilarang|larangan|sanksi|pelanggaran)\b)|diimbau|mengimbau|hak pilih|sesuai hati nurani|dilaporkan|laporkan|menertibkan|penertiban|ditertibkan|diturunkan|dicopot|masa tenang|(?:mengira|menganggap|dikira|dianggap)\b[^.!?]{0,80}\b(?:tidak apa-apa|tak apa-apa|boleh|sah-sah saja|wajar|bukan pelanggaran)|(?:menanyakan|bertanya|pertanyaan)\b[^.!?]{0,40}\b(?:batasan|boleh|apakah|aturan))\b/iu);

export const CAMPAIGN_SLOGAN = /\b(?:bersama\s+(?:paslon|pasangan\s+calon|calon\s+(?:bupati|wali\s*kota|gubernur|nomor))\s+(?:nomor\s+(?:urut\s+)?|no\.?\s*)?(?:\d+|satu|dua|tiga|empat|lima)\s*,?\s+(?:kita|mari|ayo|wujudkan|menuju|membangun|bangun)\b|(?:maju|makin maju|hebat|bangkit|sejahtera)\s+bersama\s+(?!kita|rakyat|warga|masyarakat|semua|indonesia|pemerintah)[a-z]{2,}\s*!|dua periode|2 periode|lanjutkan dua periode|lanjutkan!|pemimpin terbaik|(?:kawal|mengawal|dikawal)\s+sampai\s+menang|menang satu putaran|(?:tak|tidak) tergantikan(?<=\b(?:beliau|bapak|ibu|pak|bu|pemimpin|sosok|figur|calon|paslon)\b[^.]{0,50})|(?:calon|paslon|cabup|cagub|pasangan calon)\b[^.]{0,60}\b(?:yang\s+)?(?:selalu|senantiasa)\s+(?:hadir|peduli|ada|dekat)\b|satu-satunya pemimpin|pemimpin\s+yang\s+(?:sudah|telah)\s+terbukti|(?:layak|pantas|patut)\s+(?:dilanjutkan|melanjutkan|dipilih\s+(?:lagi|kembali))|kembali\s+memimpin\b[^.]{0,40}\b(?:lima tahun|5 tahun|periode)|jangan\s+coba-coba\s+(?:dengan|sama|pilih)\b|siapa\s+lagi\s+kalau\s+bukan\s+(?:beliau|bapak|ibu|pak|bu)\b|(?:amanah|layak|pantas)\s+(?:kalau|jika|bila|untuk)\s+diberi\s+kesempatan\s+memimpin)/iu;

// Talk of a candidacy: someone standing again, a candidate, a term, the campaign.
export const CANDIDACY = /\b(?:maju\s+(?:lagi|kembali)|kembali\s+maju|calon|paslon|cabup|cagub|cawalkot|caleg|capres|petahana|incumbent|(?:dua|2|lima tahun|satu)\s+(?:periode|lagi)|lima\s+tahun\s+(?:ke\s+depan|lagi)|pilkada|pilgub|pilbup|pilwalkot|relawan|tim\s+sukses|kampanye)\b/iu;

// A candidate's event or campaign named: what makes an order to staff, a roll call or an official car partisan.
export const CANDIDATE_EVENT = prefiltered(/\b(?:pasangan calon|paslon|calon\s+(?:bupati|wakil bupati|wali kota|walikota|gubernur|wakil gubernur|legislatif|anggota\s+DPRD|kepala daerah|nomor)|caleg|cabup|cagub|cawalkot|kampanye(?!\s+(?:imunisasi|vaksinasi|vaksin|gizi|kesehatan|cuci\s+tangan|anti\S*|keselamatan|literasi|gemar\S*|sadar|hemat|bebas|stop|cegah|pencegahan|penurunan|pengendalian|perlindungan|edukasi|lingkungan|makan|minum|germas|isi\s+piringku|PHBS|pangan|KB|keluarga\s+berencana|donor|tertib|lalu\s+lintas)\b)|tim\s+(?:pemenangan|sukses)|relawan\s+(?:paslon|calon|pemenangan)|silaturahmi akbar)\b/iu);

// kesantunan/register-informal: colloquial register in official text (gue, nggak, banget, udah,
// gimana -> saya, tidak, sangat, sudah, bagaimana). A warning in a release; in a caption or post
// (`jenis: caption` or `unggahan`, or a text shaped like one) only gue/lo get a hint; nothing in a chat. Words inside
// a direct quotation are the speaker's own and are left alone.
import type { Rule } from '../../server/src/engine/types.ts';
import { replaceFix } from '../_lib/util.ts';
import { matchCase } from '../../server/src/engine/morph.ts';
import { docShape } from '../../server/src/engine/parse.ts';
import { sentenceAt } from '../../server/src/engine/gates.ts';
import { formIndex, pushPositions } from '../../server/src/engine/forms.ts';

import { FORMAL } from '../_lib/colloquial.ts';
// Chat words with no formal twin: flagged, nothing to replace them with but rephrasing.
const CHAT = new Set(['guys', 'gaes', 'gan', 'bro', 'sis', 'cuy', 'bestie', 'btw', 'otw', 'mantul', 'gaskeun', 'wkwk', 'wkwkwk', 'wkwkwkwk', 'sih', 'deh', 'dong', 'nih', 'tuh', 'kok', 'yuk', 'bund', 'mimin', 'min']);

// The friendly words agencies' own accounts use in captions and posts ("Yuk, cek data Anda!",
// "Sobat, jangan lupa bawa KTP ya"): said nothing of in a post; only slang gets a hint there.
const FRIENDLY = new Set(['yuk', 'nih', 'dong', 'sih', 'deh', 'tuh', 'kok', 'bikin', 'aja', 'udah', 'kalo', 'gimana', 'min', 'mimin', 'bund', 'makasih', 'doain', 'pengen', 'dapet', 'cepet', 'tau', 'emang', 'ntar']);

// In a post the casual register is the channel's own: "gak", "bener", "aja", "btw" are how agency
// accounts and ASN write there, and blind labellers mostly let them stand in posts. Only the street
// pronouns toward the reader still get a hint.
const CASUAL_REPORTED = new Set(['gue', 'gua', 'gw', 'lo', 'lu', 'loe', 'elo', 'elu']);

// Slang words that are also parts of names and places (Gua Batu Cermin, Bandara Sis Al-Jufri, Lim Kok Seng).
const NAME_PARTS = new Set(['gua', 'goa', 'sis', 'min', 'tau', 'gede', 'ga', 'gan', 'bund', 'dah', 'emang', 'kalo', 'kok', 'lu', 'gue', 'nih', 'doang', 'bener']);
const CITIZEN = /\b(?:warga|peserta|pengunjung|pedagang|siswa|siswi|pelajar|mahasiswa|petani|nelayan|penerima|pasien|pemudik|penumpang|wisatawan|pelanggan|orang tua|salah satu|seorang)\b/iu;

export const rule: Rule = {
  meta: {
    id: 'kesantunan/register-informal',
    severity: 'warning',
    fix: 'safe',
    // Block scope: whether the text is a release or a post comes from doc.shape, which the
    // incremental linter computes over the whole text and keys its caches on.
    scope: 'block',
    // A casual word inside a passage another compliance rule already reports ("Nomor 3 Bikin Melongo",
    // "bakar aja sekalian") is part of that problem: one finding, not two.
    yields: true,
    message: { id: 'Ragam cakapan “{actual}” dalam naskah resmi{hint}.', en: 'Colloquial “{actual}” in official text{hint}.' },
    description: {
      id: 'Siaran pers dan balasan resmi memakai ragam baku: gue → saya, nggak → tidak, banget → sangat, udah → sudah. Pada keterangan foto atau unggahan (`jenis: caption`/`unggahan`, atau teks yang berbentuk unggahan) ragam santai dibiarkan kecuali sapaan gue/lo (diberi petunjuk), dan percakapan grup yang diekspor tidak dinilai ragamnya. Kata di dalam kutipan langsung tidak diubah.',
      en: 'Releases and official replies use the standard register: gue → saya, nggak → tidak, banget → sangat, udah → sudah. In captions and posts (`jenis: caption`/`unggahan`, or text shaped like a post) the casual register is left alone except gue/lo (a hint), and an exported group chat is not judged for register. Words inside direct quotations are left alone.',
    },
    basis: 'KBBI (ragam cakapan “cak”); PermenPAN-RB 83/2012 (prinsip profesional); UU 24/2009 tentang Bahasa (bahasa Indonesia dalam komunikasi resmi; nomor pasal belum diverifikasi)',
  },
  examples: {
    invalid: [
      { text: 'Gimana nih, guys, udah daftar belum?', count: 4 },
      { text: 'Acara kemarin seru banget.', output: 'Acara kemarin sangat seru.' },
      { text: '# Festival\n\nMALANG – Dispora menggelar festival pemuda di stadion, Sabtu (8/2/2025).\n\n“Jujur gue bangga,” ujar Kepala Dispora, Baihaqi.' },
    ],
    valid: [{ text: 'Yuk, lengkapi imunisasi si kecil! #BulanImunisasi' }, { text: 'Sobat Dukcapil, sudah cek data kependudukan Anda?' }, { text: '[07.12, 14/10/2024] Bu Rini: btw data ini bener ya\n[07.15, 14/10/2024] Pak Joko: siap bu, gak masalah' }, { text: '“Kami nggak akan mundur,” ujar Ketua Kelompok Tani, Darsono.' }, { text: '**@warga88:** @DinasPU_Kota jalan udah bolong gede banget sih\n\n**@DinasPU_Kota:** Terima kasih, laporan sudah kami teruskan.' }, { text: '> @yuni: air mati lagi, gimana sih\n\n@yuni Mohon maaf, perbaikan pipa sedang berlangsung.', format: 'markdown' }, { text: '# Festival\n\nMALANG – Dispora menggelar festival pemuda di stadion, Sabtu (8/2/2025).\n\n“Seru banget acaranya,” kata Rina, salah satu peserta.' }],
  },
  run(ctx) {
    const { doc, options } = ctx;
    const declared = options.jenis ?? (typeof doc.meta.jenis === 'string' ? doc.meta.jenis : undefined);
    // With nothing declared, a post, caption or reply (no release structure, and the marks of social
    // media or a greeting to the reader: see DocShape) allows a friendlier tone.
    const shape = doc.shape ?? docShape(doc.text, doc.format, doc.blocks);
    const looksLikePost = shape.post;
    const casual = declared === 'caption' || declared === 'unggahan' || (declared === undefined && looksLikePost);
    // A chat export is staff or citizens talking among themselves: its register is nobody's
    // publication (what it leaks is kerahasiaan's and data-pribadi's business).
    if (declared === undefined && shape.chat) return;
    // Offsets inside “…” or "…" quotations.
    const quoted: Array<[number, number]> = [];
    const officialQuotes: Array<[number, number]> = [];
    const q = /[“"][^“”"\n]*[”"]/g;
    let m: RegExpExecArray | null;
    // In a release, the agency writes its own officials' quotes: only a citizen's words ("…,” kata
    // Rina, salah satu peserta") stay verbatim. Elsewhere every quotation is the speaker's own.
    const release = shape.release || declared === 'siaran-pers';
    while ((m = q.exec(doc.prose)) !== null) {
      const after = doc.prose.slice(m.index + m[0].length, m.index + m[0].length + 90);
      if (release && !CITIZEN.test(after)) officialQuotes.push([m.index, m.index + m[0].length]);
      else quoted.push([m.index, m.index + m[0].length]);
    }
    // Citizens' words in a reply thread are dropped for every kesantunan rule by the engine's
    // use/mention filter (server/src/engine/mention.ts).
    const inQuote = (at: number) => quoted.some(([a, b]) => a <= at && at < b);
    // Only the tokens of colloquial words, found word by word in the document's form index.
    const idx = formIndex(doc.tokens);
    const candidates: number[] = [];
    for (let k = 0; k < idx.forms.length; k++) {
      const form = idx.forms[k];
      if (FORMAL.has(form) || CHAT.has(form) || (form.startsWith('wkwk') && /^wk(?:wk)+k*$/.test(form))) pushPositions(idx, k, candidates);
    }
    candidates.sort((a, b) => a - b);
    for (const i of candidates) {
      const t = doc.tokens[i];
      const formal = FORMAL.get(t.lower);
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue; // acronyms (GA, LO)
      if (inQuote(t.start)) continue;
      // Part of a proper noun: "Gua Batu Cermin", "Bandara Mutiara Sis Al-Jufri".
      const next = doc.tokens[i + 1];
      const prevT = doc.tokens[i - 1];
      const capital = /^\p{Lu}\p{Ll}/u.test(t.text);
      if (capital && NAME_PARTS.has(t.lower) && ((next && /^\p{Lu}/u.test(next.text) && next.start - t.end <= 1) || (prevT && /^\p{Lu}\p{Ll}/u.test(prevT.text) && t.start - prevT.end <= 1 && doc.sentences[sentenceAt(doc, t.start)]?.start !== t.start))) continue;
      // "gua" is also a cave: "masuk ke gua", "gua alam".
      if ((t.lower === 'gua' || t.lower === 'goa') && (/\b(?:di|ke|dalam|mulut|masuk|menyusuri|wisata|objek)\s*$/iu.test(doc.prose.slice(Math.max(0, t.start - 12), t.start)) || /^\s+(?:alam|kapur|purba|vertikal|ini|itu|tersebut)\b/iu.test(doc.prose.slice(t.end, t.end + 12)))) continue;
      // Spoken words keep some warmth: in an official's quote only slang is reported.
      if (casual && !CASUAL_REPORTED.has(t.lower)) continue;
      if (officialQuotes.some(([a, b]) => a <= t.start && t.start < b) && FRIENDLY.has(t.lower)) continue;
      if (t.lower === 'tau' && /^\s+(?:diri|malu)/.test(doc.prose.slice(t.end, t.end + 8))) continue;
      const hint = formal ? ctx.t({ id: '; tulis “{f}”', en: '; write “{f}”' }, { f: formal }) : ctx.t({ id: '; rumuskan ulang secara formal', en: '; rephrase formally' });
      let fix = formal ? replaceFix(ctx, t.start, t.end, matchCase(t.text, formal), !casual) : undefined;
      // "seru banget" is "sangat seru": the intensifier moves in front of the word it follows.
      if (formal === 'sangat' && i > 0) {
        const prev = doc.tokens[i - 1];
        if (/^[ \t]+$/.test(doc.prose.slice(prev.end, t.start)) && /^\p{Ll}+$/u.test(prev.text)) {
          const newText = `${matchCase(prev.text, 'sangat')} ${prev.text.toLowerCase()}`;
          fix = { ...replaceFix(ctx, prev.start, t.end, newText, !casual), edits: [{ start: prev.start, end: t.end, newText }] };
        }
      }
      ctx.report({
        start: t.start,
        end: t.end,
        severity: casual ? 'hint' : undefined,
        args: { actual: t.text, hint },
        fixes: fix ? [fix] : [],
      });
    }
  },
};

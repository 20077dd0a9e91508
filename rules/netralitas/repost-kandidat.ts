// netralitas/repost-kandidat: an official account reposting a candidate's or campaign team's
// account ("Repost dari @budihartono2024"). The accounts come from .saring.yml `pemilu.akun`.
import type { Rule } from '../../server/src/engine/types.ts';
import { sentences, matchesIn } from '../_lib/compliance.ts';
import { NEUTRAL_CONTEXT } from './_shared.ts';
import { prefiltered } from '../../server/src/engine/prefilter.ts';

// Constants, not literals in the loop: a literal is a new RegExp object on every pass, and the
// prefilter finds a pattern's literals by object first.
const REPOST = prefiltered(/\b(?:membagikan ulang|repost|regram|retweet|rt|via|dibagikan dari|dibagikan ulang dari|share dari|dari akun|dari halaman)\b/iu);
const HANDLE = /@[\w.]+/g;

export const rule: Rule = {
  meta: {
    id: 'netralitas/repost-kandidat',
    severity: 'error',
    fix: 'none',
    scope: 'block',
    message: { id: 'Membagikan ulang unggahan akun kampanye {actual} melanggar netralitas ASN.', en: 'Resharing a post of the campaign account {actual} breaches civil-service neutrality.' },
    description: {
      id: 'ASN dilarang membagikan (share, repost, regram, retweet) unggahan akun pemenangan calon. Daftar akun diatur di `pemilu.akun` pada .saring.yml.',
      en: 'Civil servants may not share (repost, regram, retweet) posts of campaign accounts. The accounts are listed under `pemilu.akun` in .saring.yml.',
    },
    basis: 'SKB Netralitas ASN 2022, Lampiran II (membuat posting, comment, share, like akun pemenangan); SE MenPAN-RB 137/2018 butir 1 (tidak berpihak)',
  },
  examples: {
    invalid: [{ text: 'Repost dari @timpemenanganbudi: terima kasih atas dukungannya.' }, { text: 'Regram @relawanandi: konvoi besok pagi.' }, { text: 'Foto kegiatan dibagikan ulang dari halaman Relawan Asep Mulyana Bersatu.' }, { text: 'Repost dari FB Relawan Sahabat Mas Yudha.' }, { text: '[Membagikan ulang video dari halaman "Relawan ERMAN-SYAF Bukittinggi"]' }, { text: 'Repost @sahabat.yusra.ardi' }, { text: 'Repost dari @darmawan.untukbanten' }],
    valid: [{ text: 'Repost dari @humaspemkot: jadwal layanan Adminduk pekan ini.' }, { text: 'ASN dilarang me-repost unggahan @timpemenanganbudi.' }, { text: 'Jadwal donor darah dibagikan dari halaman Relawan PMI Kota Bogor.' }],
  },
  run(ctx) {
    const accounts = (ctx.options.pemilu?.akun ?? []).map((a) => a.toLowerCase().replace(/^@?/, '@'));
    // Campaign accounts announce themselves: tim/relawan/pemenangan/paslon or an election year.
    const campaignLike = (h: string) => /(?:^@(?:tim|relawan|pemenangan|paslon|cabup|cagub|cawalkot|capres|caleg|sahabat|barisan|laskar|sedulur|pendukung|simpul)|(?:2024|2029|menang|pemenangan|duaperiode|2periode)$|[._](?:untuk|for|4)[a-z]{3,}$)/i.test(h);
    for (const v of sentences(ctx.doc)) {
      if (NEUTRAL_CONTEXT.test(v.text)) continue;
      if (!REPOST.test(v.text)) continue;
      // A campaign page by its name: "dibagikan ulang dari halaman Relawan Asep Mulyana Bersatu".
      const page = /\b(?:dari|via)\s+(?:halaman|akun|page|laman|fanpage|FB|IG|Facebook|Instagram|TikTok)\s+["“']?(?<page>(?:Relawan|Tim(?:\s+Pemenangan|\s+Sukses)?|Sahabat|Barisan|Pendukung|Laskar|Sedulur|Simpul)\s+(?!(?:PMI|Bencana|Demokrasi|Desa|Kesehatan|Literasi|Pajak|Pendidikan|Lingkungan|Tagana|Covid|Medis|Pemadam|Damkar|BPBD|Basarnas|SAR)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/u.exec(v.text);
      if (page) {
        const at = page.index + page[0].indexOf(page.groups!.page);
        ctx.report({ start: v.start + at, end: v.start + at + page.groups!.page.length, args: { actual: page.groups!.page } });
        continue;
      }
      for (const { m, start, end } of matchesIn(v, HANDLE)) {
        const h = m[0].toLowerCase();
        if (accounts.includes(h) || campaignLike(h)) ctx.report({ start, end, args: { actual: m[0] } });
      }
    }
  },
};

// struktur/kutipan-tanpa-atribusi: every direct quotation has a named speaker. A quote of five words
// or more needs an attribution verb (ujar, kata, jelas, tegas …, menurut) in its paragraph, and a
// name or title there or in the paragraph before; "“…,” tegasnya." with nobody named is a finding.
import type { Rule } from '../../server/src/engine/types.ts';

const QUOTE = /[“"](?<q>[^“”"\n]{3,}?)[”"]/g;
const VERB = /\b(?:ujar|kata|jelas|tutur|ungkap|tegas|terang|papar|imbuh|tambah|sebut|pungkas|lanjut|ucap|tandas|harap|ajak|pesan|seru|sambung)(?:nya)?\b|\bmenurut\b|\b(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menuturkan|memaparkan|menambahkan|menyebutkan|mengimbau|mengajak|berpesan|berharap|menerangkan|menandaskan|mengucapkan)\b|\bkata\s+(?:dia|ia|beliau)\b/i;
// A person or an office named: two capitalised words not at the start of the text, or a title.
const SPEAKER = /(?:\b(?:Kepala|Kapolres|Kapolda|Kapolsek|Kasat\w*|Bupati|Wakil|Wali Kota|Gubernur|Menteri|Camat|Lurah|Direktur|Ketua|Sekretaris|Kadis|Kalapas|Karutan|Kajari|Kabid|Kasi|Kasubbag|Presiden|Komandan|Dandim|Danramil|Rektor|Dekan|Juru Bicara|Jubir)\b)|(?:[^.!?\s]\s+|[,(:]\s*)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|\b(?:Pak|Bu|Bapak|Ibu|Sdr\.?)\s+\p{Lu}/u;

export const rule: Rule = {
  meta: {
    id: 'struktur/kutipan-tanpa-atribusi',
    severity: 'warning',
    fix: 'suggestion',
    scope: 'document',
    message: { id: 'Kutipan langsung tanpa penutur yang jelas: sebutkan nama dan jabatan yang berbicara.', en: 'Direct quotation without a clear speaker: name the person and their position.' },
    description: {
      id: 'Setiap kutipan langsung dalam siaran pers harus jelas siapa yang mengucapkannya: nama lengkap dan jabatan, misalnya “…,” ujar Kepala Lapas Kelas IIA Sleman, Andi Pratama. Kutipan yang hanya diikuti “tegasnya” tanpa nama di paragraf itu atau sebelumnya tidak dapat diverifikasi.',
      en: 'Every direct quotation in a release must say who said it: full name and position, e.g. “…,” said the Head of Sleman Prison, Andi Pratama. A quote followed only by “tegasnya” with nobody named in that paragraph or the one before cannot be verified.',
    },
    basis: 'Praktik penulisan siaran pers: nama lengkap dan kedudukan setiap orang yang dikutip (Sam Black & Melvin Sharpe); SE MenPAN-RB 137/2018 butir 6 (informasi jelas sumbernya)',
  },
  examples: {
    invalid: [
      { text: '“Kami tidak akan menoleransi pelanggaran sekecil apa pun,” tegasnya.', count: 1 },
      { text: 'Petugas berjaga sejak pagi.\n\n“Semua warga wajib membawa dokumen asli ke kantor.”', count: 1 },
    ],
    valid: [
      { text: '“Kami tidak akan menoleransi pelanggaran,” tegas Kepala Lapas Kelas IIA Sleman, Andi Pratama.' },
      { text: 'Kepala Dinas Kesehatan, Rina Wulandari, membuka acara.\n\n“Vaksinasi ini gratis untuk semua warga yang terdaftar,” ujarnya.' },
      { text: 'Program bertajuk “Sobat Sehat” digelar di Balai Kota.' },
    ],
  },
  run(ctx) {
    const { doc } = ctx;
    QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE.exec(doc.prose)) !== null) {
      const words = m.groups!.q.trim().split(/\s+/).length;
      if (words < 5) continue; // names of programmes, scare quotes
      const bi = doc.blocks.findIndex((b) => b.start <= m!.index && m!.index < b.end);
      if (bi < 0) continue;
      const block = doc.blocks[bi];
      if (block.kind === 'title' || block.kind === 'heading' || block.kind === 'contact') continue;
      const here = doc.prose.slice(block.start, block.end);
      // The quote's own words do not attribute it: look at the paragraph without the quotation.
      const around = here.slice(0, m.index - block.start) + ' ' + here.slice(m.index - block.start + m[0].length);
      const prev = bi > 0 ? doc.prose.slice(doc.blocks[bi - 1].start, doc.blocks[bi - 1].end) : '';
      const hasVerb = VERB.test(around) || /:\s*$/.test(here.slice(0, m.index - block.start));
      const named = SPEAKER.test(around) || (SPEAKER.test(prev) && VERB.test(around));
      if (hasVerb && named) continue;
      ctx.report({ start: m.index, end: m.index + m[0].length });
    }
  },
};

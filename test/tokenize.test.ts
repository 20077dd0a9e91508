// The hand-written tokenizer (engine/tokenize.ts) reads TOKEN_RE and EMAIL_RE without running them
// word by word; it must give exactly their matches, for any text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TOKEN_RE, EMAIL_RE, tokenEnd, emailRanges } from '../server/src/engine/tokenize.ts';
import { POST_MARKS, hasPostMarks } from '../server/src/engine/parse.ts';

const pool = ['a', 'B', 'é', 'ü', '\u0301', '1', '9', '٣', '.', ',', ':', '/', '-', "'", '’', ' ', '\n', '@', '_', '%', '+', 'x.y', 'co.id', '𝐀', '\ud835', '\udc00', '😀', 'Ⅻ', '²', 'ß', 'ſ', 'İ', '\u00a0'];
const all = (re: RegExp, s: string) => {
  const out: Array<[number, number]> = [];
  const r = new RegExp(re.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = r.exec(s))) out.push([m.index, m.index + m[0].length]);
  return out;
};
const WORD = /[\p{L}\p{M}\p{N}]/u;
function byHand(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!(cp >= 0xd800 && cp <= 0xdfff) && WORD.test(String.fromCodePoint(cp))) {
      const e = tokenEnd(s, i);
      out.push([i, e]);
      i = e;
    } else i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

describe('tokenizer', () => {
  it('finds exactly the words TOKEN_RE finds', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      assert.deepEqual(byHand(s), all(TOKEN_RE, s), JSON.stringify(s));
    }), { numRuns: 20000 });
    for (const s of ['1.000,5-an', 'ke-2 Jum’at 09.00', "masing-masing don't", '2024abc', 'x-', '1-', '1.', 'a\u0301b']) assert.deepEqual(byHand(s), all(TOKEN_RE, s), s);
  });

  it('tells a post by its marks exactly as POST_MARKS does', () => {
    const marks = [...pool, '#', '#a', '@b', ' #x1', '©', '®', '\u00a8', '‼', '☀', '\ud83d', '\ude00', '“', '”'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...marks), { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      assert.equal(hasPostMarks(s), POST_MARKS.test(s), JSON.stringify(s));
    }), { numRuns: 20000 });
  });

  it('finds exactly the e-mail addresses EMAIL_RE finds', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      assert.deepEqual(emailRanges(s), all(EMAIL_RE, s), JSON.stringify(s));
    }), { numRuns: 20000 });
    for (const s of ['a@b.cc@d.ee', 'kirim ke budi.s@dinas.go.id.', '@x.id a@@b.id', 'x@y', '𝐀@b.cd']) assert.deepEqual(emailRanges(s), all(EMAIL_RE, s), s);
  });
});

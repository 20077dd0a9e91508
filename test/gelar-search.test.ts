// ejaan/gelar finds its degree chains from where a degree may start (chainMatches) instead of
// searching the prose for CHAIN: the matches must be the global search's, one for one.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CHAIN, chainMatches } from '../rules/ejaan/gelar.ts';

function search(text: string): string[] {
  return [...text.matchAll(new RegExp(CHAIN.source, 'gu'))].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`);
}

describe('ejaan/gelar degree search', () => {
  it('finds what the global search finds', () => {
    for (const text of ['Narasumber: Budi Santoso SH MSi dari Kejaksaan.', 'Hadir pula Siti Aminah, S.Sos dan rekan.', 'RalphSE dan PhSE', 'Tim ST Surabaya dan SMA Negeri 5 hadir.', 'Élodie Dupré, S.H., M.Si.', '']) {
      assert.deepEqual(chainMatches(text)?.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`), search(text), text);
    }
  });

  it('finds what the global search finds in made-up texts, or leaves a text with surrogates to it', () => {
    const pieces = ['S', 'M', 'A', 'P', 'h', 'H', 'i', 'D', 'Sos', 'Si', 'Pd', '.', ',', ' ', '\u00a0', '\n', 'Budi', 'Santoso', 'Ralph', 'Él', 'é', 'É', 'ab', 'x', '1', '𝐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = chainMatches(text);
        if (got === undefined) return assert.ok(/[\ud800-\udfff]/.test(text));
        assert.deepEqual(got.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`), search(text));
      }),
      { numRuns: 20000 },
    );
  });
});

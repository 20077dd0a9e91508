// A swap rule's affixed forms are found when a token is looked up (affixedForms in kinds.ts), no
// longer listed when the rule is compiled: the answers must be those of the list, built here as
// compileSwap built it, for every form the list held and for forms it did not.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { affixedForms } from '../server/src/engine/kinds.ts';
import { forEachAffixPair } from '../server/src/engine/morph.ts';
import { dataRules } from '../rules/index.generated.ts';

type Entry = { wrong: string; to: string[]; affixes: boolean };

function entriesOf(swap: Record<string, unknown>, defaultAffixes: boolean): Entry[] {
  return Object.entries(swap).map(([wrong, raw]) => {
    if (typeof raw === 'string') return { wrong: wrong.toLowerCase(), to: [raw], affixes: defaultAffixes };
    if (Array.isArray(raw)) return { wrong: wrong.toLowerCase(), to: raw.map(String), affixes: defaultAffixes };
    const o = raw as { to: string | string[]; affixes?: boolean };
    return { wrong: wrong.toLowerCase(), to: typeof o.to === 'string' ? [o.to] : o.to.map(String), affixes: o.affixes === undefined ? defaultAffixes : o.affixes === true };
  });
}

/** The list compileSwap used to build: generated form -> corrections. */
function listed(entries: Entry[], rightForms: Set<string>): Map<string, string[]> {
  const single = new Map<string, string[]>();
  for (const e of entries) {
    if (!e.affixes || e.wrong.includes(' ')) continue;
    for (let ti = 0; ti < e.to.length; ti++) {
      forEachAffixPair(e.wrong, e.to[ti], (w, stem, suffix) => {
        if (w === e.wrong || rightForms.has(w)) return;
        const v = single.get(w);
        if (v === undefined) single.set(w, [stem + suffix]);
        else if (ti > 0 && !v.includes(stem + suffix)) v.push(stem + suffix);
      });
    }
  }
  return single;
}

function compare(swap: Record<string, unknown>, defaultAffixes: boolean, others: string[]): number {
  const entries = entriesOf(swap, defaultAffixes);
  const rightForms = new Set(entries.flatMap((e) => e.to.map((t) => t.toLowerCase())));
  const expected = listed(entries, rightForms);
  const lookup = affixedForms(entries, rightForms);
  for (const [form, to] of expected) assert.deepEqual(lookup(form), to, form);
  // Asked again (the answer is remembered), and forms the list never held.
  for (const [form, to] of expected) assert.deepEqual(lookup(form), to, form);
  for (const form of [...entries.map((e) => e.wrong), ...rightForms, ...others]) assert.deepEqual(lookup(form), expected.get(form), form);
  return expected.size;
}

describe('swap rules: affixed forms found on lookup', () => {
  const words = new Set<string>();
  const dir = join(import.meta.dirname, 'fixtures/contoh');
  for (const f of readdirSync(dir)) for (const w of readFileSync(join(dir, f), 'utf8').toLowerCase().split(/[^\p{L}-]+/u)) if (w) words.add(w);

  for (const { source, def } of dataRules) {
    const d = def as { kind?: string; swap?: Record<string, unknown>; affixes?: boolean };
    if (d.kind !== 'swap' || !d.swap) continue;
    it(`${source}: the same corrections as the list of every generated form`, () => {
      const n = compare(d.swap!, d.affixes === undefined ? true : d.affixes === true, [...words]);
      assert.ok(source.includes('kata-baku') ? n > 50000 : n >= 0);
    });
  }

  it('several targets, forms shared between entries, multi-word targets, -i after i', () => {
    const swap = {
      himbau: ['imbau', 'ajak'],
      praktek: 'praktik',
      praktekan: ['praktikkan', 'terapkan'],
      walikota: 'wali kota',
      kwalitas: { to: ['kualitas', 'mutu'], affixes: true },
      jaman: { to: 'zaman', affixes: false },
      ijin: ['izin', 'idzin'],
      imbau: 'himbau',
    };
    compare(swap, true, ['menghimbau', 'praktekannya', 'walikotanya', 'ijini', 'ijinilah', 'mengijinkan', 'dijamani', 'imbau', 'diimbau']);
  });
});

// Every built-in rule's own examples, run through the real engine: a rule whose examples fail
// cannot ship (the build refuses it too, see server/check-rules.mjs).
import { strict as assert } from 'node:assert';
import { builtinRules } from '../server/src/engine/builtin.ts';
import { checkRuleExamples, defaultOptions, lint } from '../server/src/engine/index.ts';
import { testOptions } from './helpers.ts';

describe('built-in rules', () => {
  const rules = builtinRules();
  it('have unique ids in family/name form and complete metadata', () => {
    const ids = new Set<string>();
    for (const r of rules) {
      assert.match(r.meta.id, /^[a-z0-9-]+\/[a-z0-9-]+$/);
      assert.ok(!ids.has(r.meta.id), `duplicate ${r.meta.id}`);
      ids.add(r.meta.id);
      assert.ok(r.meta.message.id && r.meta.message.en, `${r.meta.id}: message in both languages`);
      assert.ok(r.meta.description.id && r.meta.description.en, `${r.meta.id}: description in both languages`);
      assert.ok(r.meta.basis, `${r.meta.id}: basis`);
      assert.ok(r.examples.invalid.length > 0, `${r.meta.id}: at least one invalid example`);
      assert.ok(r.examples.valid.length > 0, `${r.meta.id}: at least one valid example (a guardrail)`);
    }
  });
  for (const rule of rules) {
    it(`${rule.meta.id}: examples pass`, () => {
      const failures = checkRuleExamples(rule, testOptions() ?? defaultOptions());
      assert.deepEqual(failures, []);
    });
  }
});

// A rule's example must survive the whole rule set too: a yielding finding that gave way to a spelling
// fix on the same words ("diamankan saja rame-rame" lost to "rame-rame → ramai-ramai") would pass
// its own examples and still never reach a user.
describe('built-in rules among all the others', () => {
  const rules = builtinRules();
  const config = { rules, severities: new Map(), options: testOptions() };
  const compliance = /^(?:kebencian|provokasi|hoaks|netralitas|data-pribadi|kerahasiaan|kesantunan)\//;
  // It may give way to a more specific compliance finding ("Dasar anjing" is dehumanisasi before it is kata-kasar).
  it('every invalid example of a compliance rule still gets a compliance finding', () => {
    const lost: string[] = [];
    for (const rule of rules.filter((r) => compliance.test(r.meta.id))) {
      for (const ex of rule.examples.invalid) {
        const found = lint(ex.text, config, { format: ex.format ?? 'plaintext' });
        if (!found.some((f) => compliance.test(f.rule))) lost.push(`${rule.meta.id}: ${JSON.stringify(ex.text)}`);
      }
    }
    assert.deepEqual(lost, []);
  });
});

// A colloquial word is not a misspelling of its nearest dictionary word: "udah" is "sudah", not "ubah".
describe('ejaan/salah-eja on colloquial words', () => {
  it('offers the formal twin as its suggestion', async () => {
    const { resolveConfig } = await import('../server/src/config/resolve.ts');
    const { sharedSpeller } = await import('../server/src/config/dictionary.ts');
    const config = resolveConfig({ text: '{}', file: '.saring.yml', base: { speller: sharedSpeller() } }).config;
    const text = '"Pokoknya warga tidak usah panik, bantuan udah jalan," kata Kepala BPBD.';
    const f = lint(text, config, { format: 'markdown' }).find((x) => x.rule === 'ejaan/salah-eja' && text.slice(x.start, x.end) === 'udah');
    assert.ok(f, 'salah-eja reports "udah" in an official\'s quote');
    assert.match(f.message, /“sudah”/);
    assert.deepEqual(f.fixes?.map((x) => x.edits[0].newText), ['sudah']);
  });
});

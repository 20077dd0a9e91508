// Every built-in rule's own examples, run through the real engine: a rule whose examples fail
// cannot ship (the build refuses it too, see server/check-rules.mjs).
import { strict as assert } from 'node:assert';
import { builtinRules } from '../server/src/engine/builtin.ts';
import { checkRuleExamples, defaultOptions } from '../server/src/engine/index.ts';
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

// Refuses a build whose built-in rules fail their own examples (as prh refuses a dictionary whose
// specs fail): run by server/build.mjs, so `npm ci` and `npm run package` cannot ship such a rule.
import { builtinRules } from './src/engine/builtin.ts';
import { checkRuleExamples, defaultOptions } from './src/engine/index.ts';
import { sharedSpeller } from './src/config/dictionary.ts';

const options = defaultOptions({ speller: sharedSpeller() });
const failures = builtinRules().flatMap((r) => checkRuleExamples(r, options));
if (failures.length) {
  console.error(`saring: ${failures.length} rule example(s) fail; the build is refused:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

// Writes dist/prefilter-seed.json: the prefilter's clauses for every pattern the built-in rules register
// while linting their own examples with every rule on, in both locales. The language server seeds
// its prefilter with it at start (server/src/server.ts), so its first document builds one automaton
// instead of deriving each pattern's literals and rebuilding as rules register them one by one.
// Run by server/build.mjs with the same sources it bundles.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from './src/engine/builtin.ts';
import { IncrementalLinter, defaultOptions, lint } from './src/engine/index.ts';
import type { ResolvedConfig } from './src/engine/types.ts';
import { prefilterSeed } from './src/engine/prefilter.ts';
import { sharedSpeller } from './src/config/dictionary.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rules = builtinRules();
for (const locale of ['id', 'en'] as const) {
  const config: ResolvedConfig = { rules, severities: new Map(), options: defaultOptions({ speller: sharedSpeller(), locale }) };
  for (const rule of rules) {
    for (const ex of [...rule.examples.invalid, ...rule.examples.valid]) {
      const format = ex.format ?? 'plaintext';
      lint(ex.text, config, { format });
      // The language server lints through the incremental linter, which asks about chunks.
      new IncrementalLinter(config, format).lint(ex.text);
    }
  }
}
writeFileSync(join(root, 'dist/prefilter-seed.json'), JSON.stringify(prefilterSeed()));

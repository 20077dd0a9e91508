// Lints every fixture and every rule example with all built-in rules in a fresh process, seeding the
// prefilter first when asked (`--seed FILE`), and prints the findings as JSON: test/prefilter-seed.test.ts
// compares the two.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalLinter, defaultOptions, detectFormat } from '../../server/src/engine/index.ts';
import type { ResolvedConfig } from '../../server/src/engine/types.ts';
import { builtinRules } from '../../server/src/engine/builtin.ts';
import { seedPrefilter } from '../../server/src/engine/prefilter.ts';
import { sharedSpeller } from '../../server/src/config/dictionary.ts';

const seedAt = process.argv.indexOf('--seed');
if (seedAt >= 0) seedPrefilter(JSON.parse(readFileSync(process.argv[seedAt + 1], 'utf8')));
const root = join(import.meta.dirname, '..', '..');
const rules = builtinRules();
const config: ResolvedConfig = { rules, severities: new Map(), options: defaultOptions({ speller: sharedSpeller() }) };
const texts: Array<{ text: string; format: ReturnType<typeof detectFormat> }> = [];
for (const dir of ['test/fixtures/contoh', 'test/fixtures/diperbaiki']) {
  for (const f of readdirSync(join(root, dir)).sort()) texts.push({ text: readFileSync(join(root, dir, f), 'utf8'), format: detectFormat(f) });
}
for (const rule of rules) for (const ex of [...rule.examples.invalid, ...rule.examples.valid]) texts.push({ text: ex.text, format: ex.format ?? 'plaintext' });
const out = texts.map(({ text, format }) => new IncrementalLinter(config, format).lint(text).map((f) => ({ ...f })));
process.stdout.write(JSON.stringify(out));

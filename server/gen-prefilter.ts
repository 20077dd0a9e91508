// Writes rules/prefilter.generated.ts: what the prefilter reads from each pattern of the built-in
// rules (the literals its matches need and start with, engine/prefilter.ts), so that a process or a
// worker thread does not read them all again at every start. The patterns are the ones the engine
// asks about while every built-in rule lints its own examples and the fixtures, as a run would.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from './src/engine/builtin.ts';
import { defaultOptions, lint } from './src/engine/index.ts';
import { recordAnalysis, recordedAnalysis, refreshPrefilter } from './src/engine/prefilter.ts';
import { sharedSpeller } from './src/config/dictionary.ts';
import { prefilterModule } from './prefilter-module.mjs';

const root = join(import.meta.dirname, '..');
recordAnalysis();
const rules = builtinRules();
const config = { rules, severities: new Map(), options: defaultOptions({ speller: sharedSpeller() }) };
const texts: Array<[string, 'markdown' | 'plaintext' | 'rilis']> = [];
for (const r of rules) for (const ex of [...r.examples.valid, ...r.examples.invalid]) texts.push([ex.text, ex.format ?? 'plaintext']);
const fixtures = join(root, 'test/fixtures/contoh');
if (existsSync(fixtures)) for (const f of readdirSync(fixtures)) texts.push([readFileSync(join(fixtures, f), 'utf8'), f.endsWith('.md') ? 'markdown' : f.endsWith('.rilis') ? 'rilis' : 'plaintext']);
// Twice, with the automaton rebuilt between: patterns first met inside a lint are read then.
for (let pass = 0; pass < 2; pass++) {
  for (const [text, format] of texts) lint(text, config, { format });
  refreshPrefilter();
}
const target = join(root, 'rules/prefilter.generated.ts');
const out = prefilterModule(recordedAnalysis());
if (!existsSync(target) || readFileSync(target, 'utf8') !== out) writeFileSync(target, out);

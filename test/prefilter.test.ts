// The literal prefilter (engine/prefilter.ts) must never change a finding: a pattern it skips could
// not have matched. Checked three ways: the literals derived for tricky syntax, a property test that
// every match of the engine's own patterns is let through, and whole lints with and without it.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { lint, checkRuleExamples } from '../server/src/engine/index.ts';
import { requiredLiterals, requiredClauses, capturingGroups, mayMatch, setPrefilter, refreshPrefilter, reducedPattern, topLevelAlternatives, startLiterals, proseMatchList, analysedTable, prefiltered, prefilteredPatterns, sentenceMatchList, sentenceTestIn } from '../server/src/engine/prefilter.ts';
import { sentenceText } from '../server/src/engine/sentence-text.ts';
import { parse } from '../server/src/engine/parse.ts';
import { GATE_PATTERNS } from '../server/src/engine/gates.ts';
import { builtinRules } from '../server/src/engine/builtin.ts';
import { dataRules } from '../rules/index.generated.ts';
import * as compliance from '../rules/_lib/compliance.ts';
import { resolveConfig } from '../server/src/config/resolve.ts';
import { environmentOptions } from '../server/src/config/environment.ts';

const root = join(import.meta.dirname, '..');

describe('prefilter', () => {
  it('derives the literals every match must contain', () => {
    assert.deepEqual(requiredLiterals('[Jj]anuari|[Ff]ebruari', 'g'), ['januari', 'februari']);
    assert.deepEqual(requiredLiterals('(?:ab|cd)(?:ef|gh)ij', 'g'), ['abefij', 'abghij', 'cdefij', 'cdghij']);
    assert.deepEqual(requiredLiterals('\\bpasal\\s+\\d+|uu ite', 'iu'), ['pasal', 'uu ite']);
    assert.deepEqual(requiredLiterals('a{2}b', ''), ['aab']);
    assert.deepEqual(requiredLiterals('x(?=abc)', ''), ['x']);
    // No constraint at all: the pattern always runs.
    assert.equal(requiredLiterals('a|b*', ''), undefined);
    assert.equal(requiredLiterals('\\w+', ''), undefined);
    assert.equal(requiredLiterals('(?<=abc)d?', ''), undefined);
    assert.equal(requiredLiterals('[^a]', ''), undefined);
    assert.equal(requiredLiterals('a', 'v'), undefined);
    assert.equal(requiredLiterals('a{', ''), undefined);
    assert.equal(requiredLiterals('(?i:a)', ''), undefined);
  });

  it('derives every set of literals a match needs, per top-level alternative', () => {
    // Each required part of a sequence brings its own set; all of them must occur.
    assert.deepEqual(requiredClauses('\\bkepada\\s+(?:wartawan|media)\\b|\\bmenurut\\s+napi', 'iu'), [[['kepada'], ['media', 'wartawan']], [['menurut'], ['napi']]]);
    // A set implied by a more selective one is left out.
    assert.deepEqual(requiredClauses('(?:ab|cd)(?:ef|gh)ij', 'g'), [[['abefij', 'abghij', 'cdefij', 'cdghij']]]);
    // What an optional part or a lookaround would need is not required.
    assert.deepEqual(requiredClauses('abc(?:\\s+def)?(?=ghi)', ''), [[['abc']]]);
    assert.deepEqual(requiredClauses('xyz(?:abc|cde)+', ''), [[['xyz'], ['abc', 'cde']]]);
    // Past the most selective set, one with a literal of one or two letters costs more than it saves,
    // and white space is never worth looking for.
    assert.deepEqual(requiredClauses('abc\\s+di', ''), [[['abc']]]);
    assert.equal(requiredClauses('\\w+ +\\w+', ''), undefined);
    // One unconstrained alternative leaves the whole pattern unconstrained.
    assert.equal(requiredClauses('abc|\\w+', ''), undefined);
  });

  it('folds the two non-ASCII letters that match ASCII ones under /iu', () => {
    // A pattern seen for the first time runs unfiltered until the automaton is rebuilt.
    assert.equal(mayMatch(/kasus/iu, 'rapat'), true);
    mayMatch(/sidang/iu, 'rapat');
    refreshPrefilter();
    assert.equal(mayMatch(/kasus/iu, 'Kasus'), true); // U+212A KELVIN SIGN
    assert.equal(mayMatch(/sidang/iu, 'ſidang'), true); // U+017F LONG S
    assert.equal(mayMatch(/sidang/iu, 'SIDANG'), true);
    assert.equal(mayMatch(/sidang/iu, 'rapat'), false);
  });

  // Every pattern the engine itself knows about: gates, compliance cues, YAML patterns and guards.
  const patterns: RegExp[] = [...GATE_PATTERNS, ...Object.values(compliance).filter((v): v is RegExp => v instanceof RegExp)];
  for (const { def } of dataRules) {
    const d = def as Record<string, unknown>;
    if (typeof d.pattern === 'string') patterns.push(new RegExp(d.pattern, 'gu' + String(d.flags ?? '')));
    for (const k of ['requires', 'unless']) if (typeof d[k] === 'string') patterns.push(new RegExp(d[k] as string, 'iu'));
    for (const e of (d.entries ?? []) as Array<Record<string, unknown>>) {
      for (const k of ['requires', 'unless']) if (e && typeof e === 'object' && typeof e[k] === 'string') patterns.push(new RegExp(e[k] as string, 'iu'));
    }
  }

  it('lets every match through (property test over the engine’s patterns)', () => {
    assert.ok(patterns.length > 20);
    for (const re of patterns) mayMatch(re, '');
    refreshPrefilter();
    for (const re of patterns) {
      // Every literal of every clause, so that texts often hold all the clauses of an alternative.
      const lits = [...new Set([...(requiredLiterals(re.source, re.flags) ?? []), ...(requiredClauses(re.source, re.flags) ?? []).flat(2)])];
      // Texts built from pieces of the pattern's own literals, in any case, with filler around them.
      const pieces = [...lits, ...lits.map((l) => l.toUpperCase()), ...lits.map((l) => l.slice(0, Math.ceil(l.length / 2))), ' ', '. ', '1', '2024', '(1)', 'x', '-', '!', '@gmail.com', 'ke'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join(parts.length % 2 ? '' : ' ');
          const g = new RegExp(re.source, re.flags.replace('g', '') + 'g');
          if (g.test(text)) assert.ok(mayMatch(re, text), `${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('counts capturing groups as the regex engine does', () => {
    const cases = ['a(b)c', '(?:a)(?<n>b)(?=c)(?<=d)(?<!e)(?!f)', '[(]\\((x)', '[\\]()](y)', '(((z)))'];
    const sources = [...cases, ...patterns.flatMap((re) => topLevelAlternatives(re.source) ?? [re.source])];
    for (const src of sources) {
      const flags = src === cases[3] ? '' : 'u';
      assert.equal(capturingGroups(src), new RegExp(`${src}|`, flags).exec('')!.length - 1, src.slice(0, 60));
    }
  });

  it('leaves out only alternatives that cannot match: the same matches over random texts', () => {
    assert.deepEqual(topLevelAlternatives('a|(b|c)|[|]|\\|d'), ['a', '(b|c)', '[|]', '\\|d']);
    assert.equal(topLevelAlternatives('(a|b)'), undefined);
    const prosePatterns = patterns.filter((re) => topLevelAlternatives(re.source)).map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'g'));
    for (const re of prosePatterns) reducedPattern(re, parse('x', 'plaintext'));
    refreshPrefilter();
    const all = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0], ...m.slice(1)]);
    for (const re of prosePatterns) {
      const lits = [...new Set([...(requiredLiterals(re.source, re.flags) ?? []), ...(requiredClauses(re.source, re.flags) ?? []).flat(2)])];
      const pieces = [...lits, ...lits.map((l) => l.toUpperCase()), ' ', '. ', '1', '2024', 'x', '-', '!', 'ke'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
          const doc = parse(parts.join(' '), 'plaintext');
          const r = reducedPattern(re, doc);
          assert.deepEqual(r ? all(r, doc.prose) : [], all(re, doc.prose), re.source.slice(0, 60));
        }),
        { numRuns: 100 },
      );
    }
  });

  it('derives the strings every match starts with', () => {
    assert.deepEqual(startLiterals('\\b(?:pukul|jam)\\s*\\d', 'iu'), [['jam', 'pukul']]);
    assert.deepEqual(startLiterals('(?<!\\b(?:saat|ketika)\\s)\\bakan\\s+ada', 'iu'), [['akan']]);
    // A part that may be left out: the match starts with it or with what follows.
    assert.deepEqual(startLiterals('\\b(?:jumlah\\s+)?petugas', 'iu'), [['jumlah', 'petugas']]);
    assert.deepEqual(startLiterals('\\b(?:diskon|potongan(?:\\s+harga)?)\\s+\\d', 'iu'), [['diskon', 'potongan']]);
    // A string that starts with another adds nothing; one that ends another goes to a set of its own
    // length, so that where an occurrence ends still tells where it starts.
    assert.deepEqual(startLiterals('(?:kak|kakak|pak)\\s', ''), [['kak', 'pak']]);
    assert.deepEqual(startLiterals('(?:ab)?cde', ''), [['cde'], ['abcde']]);
    // Unknown or too short starts: no set.
    assert.equal(startLiterals('a*b', ''), undefined);
    assert.equal(startLiterals('\\d+abc', ''), undefined);
    assert.equal(startLiterals('\\w+ abc', ''), undefined);
    assert.equal(startLiterals('x|abc', ''), undefined);
    assert.equal(startLiterals('(?:d|ke)\\s', ''), undefined);
    assert.deepEqual(startLiterals('(?:di|ke)\\s', ''), [['di', 'ke']]);
  });

  it('finds the same matches when it tries a pattern only where a match can start', () => {
    const prose = patterns.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'g')).filter((re) => (topLevelAlternatives(re.source) ?? [re.source]).some((a) => startLiterals(a, re.flags)));
    assert.ok(prose.length > 20);
    for (const re of prose) proseMatchList(re, parse('x', 'plaintext'));
    refreshPrefilter();
    const all = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags))].filter((m) => m[0].length > 0).map((m) => [m.index, m[0], ...m.slice(1)]);
    const got = (re: RegExp, s: string) => proseMatchList(re, parse(s, 'plaintext')).map((m) => [m.index, m[0], ...m.slice(1)]);
    // A start inside a longer word, after a letter the word boundary does not count (é), after a
    // digit or an underscore, and overlapping starts.
    assert.deepEqual(got(/\bakan\s+ada\b|\bada\s+apa/giu, 'éakan ada apa, 5akan ada, _akan ada, akan ada apa'), all(/\bakan\s+ada\b|\bada\s+apa/giu, 'éakan ada apa, 5akan ada, _akan ada, akan ada apa'));
    assert.deepEqual(got(/(?:ab)?cde|xcd/g, 'abcde cde abxcde xcde'), all(/(?:ab)?cde|xcd/g, 'abcde cde abxcde xcde'));
    for (const re of prose) {
      const lits = [...new Set([...(startLiterals(re.source, re.flags) ?? []).flat(), ...(topLevelAlternatives(re.source) ?? []).flatMap((a) => (startLiterals(a, re.flags) ?? []).flat()), ...(requiredClauses(re.source, re.flags) ?? []).flat(2)])];
      const pieces = [...lits, ...lits.map((l) => l.toUpperCase()), ...lits.map((l) => l.slice(1)), ' ', '. ', '1', '2024', 'x', 'é', '_', '-', '!', 'ke', '\n\n'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join(parts.length % 2 ? '' : ' ');
          const doc = parse(text, 'plaintext');
          assert.deepEqual(got(re, text), all(re, doc.prose), `${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('finds the same matches when it runs only the alternatives whose literals occur', () => {
    // Patterns of many alternatives run split (engine/prefilter.ts, Alternatives): exec, test, a
    // global exec loop and a sentence's match list must answer as the whole pattern does.
    builtinRules(); // the code rules' own cue patterns are made when their modules load
    const many = [...patterns, ...prefilteredPatterns()].filter((re) => (topLevelAlternatives(re.source)?.length ?? 0) >= 4);
    assert.ok(many.length > 15, `${many.length} patterns`);
    const split = many.map((re) => ({ re, g: prefiltered(new RegExp(re.source, re.flags.replace('g', '') + 'g')), one: prefiltered(new RegExp(re.source, re.flags.replace('g', ''))) }));
    for (const { g, one } of split) {
      mayMatch(g, '');
      mayMatch(one, '');
    }
    refreshPrefilter();
    const shape = (m: RegExpExecArray | null) => (m ? [m.index, ...m] : null);
    const all = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))].filter((m) => m[0].length > 0).map(shape);
    const loop = (re: RegExp, s: string) => {
      const out: unknown[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        out.push(shape(m));
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    };
    for (const { re, g, one } of split) {
      const lits = [...new Set([...(requiredClauses(re.source, re.flags) ?? []).flat(2), ...(topLevelAlternatives(re.source) ?? []).flatMap((a) => (requiredLiterals(a, re.flags) ?? []))])];
      const pieces = [...lits, ...lits.map((l) => l.toUpperCase()), ' ', '. ', '1', '2024', 'x', '-', '!', 'ke', 'di'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
          const text = parts.join(' ');
          const plain = new RegExp(re.source, re.flags.replace('g', ''));
          const where = re.source.slice(0, 60) + ' on ' + JSON.stringify(text);
          assert.deepEqual(shape(one.exec(text)), shape(plain.exec(text)), where);
          assert.equal(one.test(text), plain.test(text), where);
          assert.deepEqual(loop(g, text), loop(new RegExp(re.source, re.flags.replace('g', '') + 'g'), text), where);
          const doc = parse(text, 'plaintext');
          for (let i = 0; i < doc.sentences.length; i++) {
            const st = sentenceText(doc, i);
            assert.deepEqual(sentenceMatchList(re, doc, i, st).map(shape), all(re, st), where);
            assert.equal(sentenceTestIn(re, doc, i, st), new RegExp(re.source, re.flags.replace('g', '')).test(st), where);
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it('holds for the built-in patterns exactly what reading them gives (rules/prefilter.generated.ts)', () => {
    const { clauses, starts } = analysedTable();
    assert.ok(clauses.length > 200 && starts.length > 100, 'the build wrote the table');
    for (const [source, flags, v] of clauses) assert.deepEqual(requiredClauses(source, flags) ?? null, v, source.slice(0, 60));
    for (const [source, flags, v] of starts) assert.deepEqual(startLiterals(source, flags) ?? null, v, source.slice(0, 60));
  });

  // Every text twice, with the prefilter and without: heavy work, not a timed test (it took over 20 s on a loaded 2-core machine).
  it('changes no finding: fixtures, rule examples and the labelled set, with and without it', function () {
    this.timeout(180_000);
    const config = resolveConfig({ text: '{}', base: environmentOptions() }).config;
    const texts: Array<[string, 'markdown' | 'plaintext' | 'rilis']> = [];
    for (const dir of ['test/fixtures/contoh', 'test/fixtures/diperbaiki']) {
      for (const f of readdirSync(join(root, dir))) texts.push([readFileSync(join(root, dir, f), 'utf8'), f.endsWith('.md') ? 'markdown' : f.endsWith('.rilis') ? 'rilis' : 'plaintext']);
    }
    for (const f of readdirSync(join(root, 'test/eval/set')).filter((x) => x.endsWith('.yml'))) {
      for (const it of parseYaml(readFileSync(join(root, 'test/eval/set', f), 'utf8')) as Array<{ text: string }>) texts.push([it.text, 'plaintext']);
    }
    for (const r of builtinRules()) for (const ex of [...r.examples.valid, ...r.examples.invalid]) texts.push([ex.text, ex.format ?? 'plaintext']);
    try {
      setPrefilter(false);
      const without = texts.map(([t, format]) => JSON.stringify(lint(t, config, { format })));
      setPrefilter(true);
      const withIt = texts.map(([t, format]) => JSON.stringify(lint(t, config, { format })));
      for (let i = 0; i < texts.length; i++) assert.equal(withIt[i], without[i], texts[i][0].slice(0, 80));
    } finally {
      setPrefilter(true);
    }
    for (const r of builtinRules()) assert.deepEqual(checkRuleExamples(r, config.options), []);
  });
});

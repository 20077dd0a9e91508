// .saring.yml: discovery upward from a file, extends/rules/words/custom, and problems reported at the
// exact position while the valid part still applies.
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../server/src/config/resolve.ts';
import { ConfigCache, findConfigFile } from '../server/src/config/discover.ts';
import { lint } from '../server/src/engine/index.ts';
import { builtinRules, familyOf } from '../server/src/engine/builtin.ts';

const CUSTOM = `
extends: []
custom:
  - id: instansi/istilah
    kind: swap
    severity: warning
    message: "Gunakan {expected}"
    swap: { himbauan: imbauan, praktek: praktik }
`;

function problemAt(text: string, needle: string) {
  const r = resolveConfig({ text });
  const offset = text.indexOf(needle);
  return { r, offset, p: r.problems.find((x) => x.start === offset) };
}

describe('config: resolution', () => {
  it('applies a custom swap rule with extends: [] (no built-in rules)', () => {
    const { config, problems } = resolveConfig({ text: CUSTOM });
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules.map((r) => r.meta.id), ['instansi/istilah']);
    const f = lint('Himbauan dan praktek.', config);
    assert.deepEqual(f.map((x) => x.message), ['Gunakan Imbauan', 'Gunakan praktik']);
  });

  it('turns on every built-in family when extends is absent, and none with []', () => {
    const all = resolveConfig({}).config.rules.length;
    assert.equal(all, builtinRules().length);
    assert.equal(resolveConfig({ text: 'extends: []\n' }).config.rules.length, 0);
  });

  it('sets severities per rule and per family, and turns rules off', () => {
    const rules = builtinRules();
    if (rules.length === 0) return;
    const id = rules[0].meta.id;
    const fam = familyOf(id);
    const r = resolveConfig({ text: `rules:\n  ${fam}: hint\n  ${id}: off\n` });
    assert.deepEqual(r.problems, []);
    assert.ok(!r.config.rules.some((x) => x.meta.id === id));
    for (const x of r.config.rules) if (familyOf(x.meta.id) === fam) assert.equal(r.config.severities.get(x.meta.id), 'hint');
  });

  it('reads words, akronim, jenis, pemilu', () => {
    const { config, problems } = resolveConfig({
      text: 'words: [Dukcapil, Sobat]\nakronim: [WBP]\njenis: caption\npemilu:\n  kandidat: [Budi Hartono]\n  partai: [Partai Maju]\n  akun: ["@budi2024"]\n  masa-kampanye: { mulai: 2024-09-25, selesai: 2024-11-23 }\n',
    });
    assert.deepEqual(problems, []);
    assert.ok(config.options.words.has('dukcapil'));
    assert.deepEqual(config.options.akronim, ['WBP']);
    assert.equal(config.options.jenis, 'caption');
    assert.deepEqual(config.options.pemilu?.kandidat, ['Budi Hartono']);
    assert.deepEqual(config.options.pemilu?.masaKampanye, { mulai: '2024-09-25', selesai: '2024-11-23' });
  });
});

describe('config: problems at exact positions, valid part still applied', () => {
  it('bad YAML', () => {
    const r = resolveConfig({ text: 'words: [a, b\nrules: {' });
    assert.equal(r.problems[0].severity, 'error');
    assert.match(r.problems[0].message.id, /YAML tidak valid/);
  });
  it('unknown top-level key: a warning on the key, the rest applies', () => {
    const text = 'wordz: [x]\nwords: [Dukcapil]\n';
    const { r, p } = problemAt(text, 'wordz');
    assert.equal(p?.severity, 'warning');
    assert.equal(p?.line, 0);
    assert.equal(p?.character, 0);
    assert.ok(r.config.options.words.has('dukcapil'));
  });
  it('unknown rule id in rules:', () => {
    const text = 'rules:\n  ejaan/tidak-ada: off\n';
    const { p } = problemAt(text, 'ejaan/tidak-ada');
    assert.equal(p?.line, 1);
    assert.equal(p?.character, 2);
  });
  it('wrong type', () => {
    const text = 'words: Dukcapil\njenis: koran\n';
    const r = resolveConfig({ text });
    assert.equal(r.problems.length, 2);
    assert.deepEqual(r.problems.map((p) => p.line), [0, 1]);
    assert.ok(r.problems.every((p) => p.severity === 'error'));
  });
  it('bad severity value', () => {
    const r = resolveConfig({ text: 'extends: []\ncustom:\n  - id: a/b\n    kind: flag\n    message: m\n    words: [x]\nrules:\n  a/b: loud\n' });
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 7);
    assert.equal(r.config.rules.length, 1, 'the custom rule is still loaded with its default severity');
  });
  it('a custom rule with a bad field is refused, pointing at that field', () => {
    const text = 'extends: []\ncustom:\n  - id: a/b\n    kind: swap\n    message: m\n    swap: [1, 2]\n  - id: a/c\n    kind: flag\n    message: m\n    words: [x]\n';
    const r = resolveConfig({ text });
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 5);
    assert.deepEqual(r.config.rules.map((x) => x.meta.id), ['a/c']);
  });
  it('a catastrophic user pattern is refused by name, the others still load', () => {
    const text = 'extends: []\ncustom:\n  - id: a/lambat\n    kind: pattern\n    message: m\n    pattern: "(a+)+$"\n  - id: a/cepat\n    kind: pattern\n    message: m\n    pattern: "b+"\n';
    const r = resolveConfig({ text });
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message.en, /nested quantifier/);
    assert.equal(r.problems[0].line, 5);
    assert.deepEqual(r.config.rules.map((x) => x.meta.id), ['a/cepat']);
  });
  it('a custom rule whose own examples fail is refused', () => {
    const text = 'extends: []\ncustom:\n  - id: a/b\n    kind: flag\n    message: m\n    words: [x]\n    examples:\n      invalid: ["tidak ada"]\n      valid: ["x"]\n';
    const r = resolveConfig({ text });
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message.en, /Examples of rule "a\/b" fail/);
    assert.equal(r.config.rules.length, 0);
  });
  it('unknown pack in extends', () => {
    const r = resolveConfig({ text: 'extends: [tidak-ada]\n' });
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].character, 10);
  });
});

describe('config: discovery', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'saring-config-'));
    mkdirSync(join(dir, 'a/b/c'), { recursive: true });
    writeFileSync(join(dir, 'a/.saring.yml'), CUSTOM);
    writeFileSync(join(dir, 'a/b/c/rilis.md'), 'praktek');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('finds the nearest .saring.yml upward', () => {
    assert.equal(findConfigFile(join(dir, 'a/b/c')), join(dir, 'a/.saring.yml'));
    const loaded = new ConfigCache().forFile(join(dir, 'a/b/c/rilis.md'));
    assert.equal(loaded.file, join(dir, 'a/.saring.yml'));
    assert.deepEqual(loaded.config.rules.map((r) => r.meta.id), ['instansi/istilah']);
  });
  it('an explicit --config wins over discovery', () => {
    writeFileSync(join(dir, 'lain.yml'), 'extends: []\n');
    const loaded = new ConfigCache({}, join(dir, 'lain.yml')).forFile(join(dir, 'a/b/c/rilis.md'));
    assert.equal(loaded.config.rules.length, 0);
  });
});

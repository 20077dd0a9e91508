// The `saring` CLI as users and CI run it: the built bundle in a child process, real files on disk.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server/bin/saring.cjs');

const CONFIG = `extends: []
custom:
  - id: instansi/istilah
    kind: swap
    severity: warning
    message: "Gunakan {expected}"
    swap: { himbau: imbau, praktek: praktik, walikota: wali kota }
  - id: instansi/larangan
    kind: flag
    severity: error
    message: "Jangan tulis {actual}"
    words: [rahasia negara]
`;

function run(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    execFileSync(process.execPath, [join(root, 'server/build.mjs')], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'saring-cli-'));
    writeFileSync(join(dir, '.saring.yml'), CONFIG);
    writeFileSync(join(dir, 'bersih.md'), '# Judul\n\nWarga diimbau menjaga kebersihan.\n');
    writeFileSync(join(dir, 'rilis.md'), '# Judul\n\nWalikota menghimbau warga.\n');
    writeFileSync(join(dir, 'galat.txt'), 'Ini rahasia negara.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exit 0 and a clean summary for a clean file', () => {
    const r = run(['check', 'bersih.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Tidak ada temuan \(1 berkas\)/);
  });

  it('stylish output reads file:line:col  severity  message  rule; warnings exit 0', () => {
    const r = run(['check', 'rilis.md'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /^rilis\.md:3:1 {2}peringatan {2}Gunakan Wali Kota {2}instansi\/istilah$/m);
    assert.match(r.out, /^rilis\.md:3:10 {2}peringatan {2}Gunakan mengimbau {2}instansi\/istilah$/m);
  });

  it('exit 1 with an error-level finding', () => {
    assert.equal(run(['check', 'galat.txt'], dir).code, 1);
  });

  it('exit 2 with a message for a missing file, bad usage and a broken config', () => {
    const missing = run(['check', 'tidak-ada.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /tidak ada berkas yang cocok: tidak-ada\.md/);
    const usage = run(['check', '--format', 'xml', 'rilis.md'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--format/);
    assert.equal(run(['check', '--tidak-ada'], dir).code, 2);
    const bad = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(bad, '.saring.yml'), 'extends: []\nrules: [\n');
    writeFileSync(join(bad, 'a.md'), 'teks');
    const broken = run(['check', 'a.md'], bad);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.saring\.yml:\d+:\d+ {2}galat {2}YAML tidak valid/);
  });

  it('json follows the version-1 contract with 0-based UTF-16 ranges', () => {
    const r = run(['check', 'rilis.md', '--format', 'json'], dir);
    const j = JSON.parse(r.out);
    assert.equal(j.version, 1);
    assert.equal(j.files[0].path, 'rilis.md');
    const f = j.files[0].findings[0];
    assert.deepEqual(Object.keys(f), ['rule', 'severity', 'message', 'range', 'fixes']);
    assert.deepEqual(f.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
    assert.deepEqual(f.fixes[0], { title: 'Ganti dengan “Wali Kota”', safe: true, edits: [{ range: f.range, newText: 'Wali Kota' }] });
  });

  it('sarif is 2.1.0 with the rules described in the driver', () => {
    const j = JSON.parse(run(['check', 'rilis.md', 'galat.txt', '--format', 'sarif'], dir).out);
    assert.equal(j.version, '2.1.0');
    assert.equal(j.runs[0].results.length, 3);
    assert.equal(j.runs[0].results[0].locations[0].physicalLocation.region.startLine, 3);
    assert.ok(Array.isArray(j.runs[0].tool.driver.rules));
  });

  it('English through --bahasa en', () => {
    assert.match(run(['check', 'rilis.md', '--bahasa', 'en'], dir).out, /2 problems \(0 error, 2 warning/);
  });

  it('--fix writes safe fixes, keeps BOM and CRLF, and a second run changes nothing', () => {
    const p = join(dir, 'crlf.txt');
    writeFileSync(p, '\uFEFFWalikota menghimbau warga.\r\nPraktek baik.\r\n');
    const r = run(['check', 'crlf.txt', '--fix'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(p, 'utf8'), '\uFEFFWali Kota mengimbau warga.\r\nPraktik baik.\r\n');
    const before = readFileSync(p);
    run(['check', 'crlf.txt', '--fix'], dir);
    assert.deepEqual(readFileSync(p), before);
    assert.ok(!readdirSync(dir).some((f) => f.includes('.saring-')), 'no temporary file left behind');
  });

  it('--fix --dry-run prints a unified diff and leaves the file untouched', () => {
    const p = join(dir, 'kering.md');
    writeFileSync(p, 'Praktek baik.\n');
    const r = run(['check', 'kering.md', '--fix', '--dry-run'], dir);
    assert.match(r.out, /^-Praktek baik\.$/m);
    assert.match(r.out, /^\+Praktik baik\.$/m);
    assert.equal(readFileSync(p, 'utf8'), 'Praktek baik.\n');
  });

  it('never rewrites a file that is not valid UTF-8, but still lints its readable text', () => {
    const p = join(dir, 'rusak.txt');
    const bytes = Buffer.concat([Buffer.from('Walikota hadir. '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' Praktek.\n')]);
    writeFileSync(p, bytes);
    const r = run(['check', 'rusak.txt', '--fix', '--format', 'json'], dir);
    assert.equal(r.code, 2);
    const j = JSON.parse(r.out);
    assert.match(j.files[0].error, /not valid UTF-8/);
    assert.equal(j.files[0].findings.length, 2);
    assert.deepEqual(readFileSync(p), bytes);
  });

  it('reads stdin with --stdin-filename for format and config discovery', () => {
    const r = run(['check', '-', '--stdin-filename', 'x.md', '--format', 'json'], dir, '`praktek` praktek\n');
    const j = JSON.parse(r.out);
    assert.equal(j.files[0].path, 'x.md');
    assert.equal(j.files[0].findings.length, 1, 'inline code is not prose in Markdown');
  });

  it('worker threads give the same results as one thread, in input order', () => {
    const many = join(dir, 'banyak');
    mkdirSync(many);
    for (let i = 0; i < 60; i++) writeFileSync(join(many, `r${String(i).padStart(2, '0')}.md`), `# R${i}\n\n${'Walikota menghimbau. '.repeat(i % 5)}Praktek.\n`);
    const one = run(['check', 'banyak', '--format', 'json', '--jobs', '1'], dir).out;
    const two = run(['check', 'banyak', '--format', 'json', '--jobs', '2'], dir).out;
    assert.equal(two, one);
    assert.equal(JSON.parse(two).files.length, 60);
  });

  it('--fix with worker threads fixes every file exactly once, as one thread does', () => {
    // The main thread may take over files still out at a worker, but never when fixing: the file
    // would be written twice and the second answer would report nothing fixed.
    const write = (name: string) => {
      const d = join(dir, name);
      mkdirSync(d);
      for (let i = 0; i < 60; i++) writeFileSync(join(d, `r${String(i).padStart(2, '0')}.md`), `# R${i}\n\n${'Walikota menghimbau. '.repeat(1 + (i % 5))}Praktek.\n`);
      return d;
    };
    write('fix-satu');
    const two = write('fix-dua');
    const one = JSON.parse(run(['check', 'fix-satu', '--fix', '--format', 'json', '--jobs', '1'], dir).out);
    const par = JSON.parse(run(['check', 'fix-dua', '--fix', '--format', 'json', '--jobs', '2'], dir).out);
    assert.deepEqual(par.files.map((f: { fixed: number }) => f.fixed), one.files.map((f: { fixed: number }) => f.fixed));
    assert.ok(par.files.every((f: { fixed: number }) => f.fixed > 0));
    assert.equal(readFileSync(join(two, 'r03.md'), 'utf8'), readFileSync(join(dir, 'fix-satu', 'r03.md'), 'utf8'));
  });

  it('globs, and config ignore', () => {
    const g = mkdtempSync(join(dir, 'glob-'));
    writeFileSync(join(g, '.saring.yml'), CONFIG + 'ignore: ["arsip/**"]\n');
    mkdirSync(join(g, 'arsip'));
    writeFileSync(join(g, 'arsip/lama.md'), 'Praktek.\n');
    writeFileSync(join(g, 'baru.md'), 'Praktek.\n');
    const j = JSON.parse(run(['check', '**/*.md', '--format', 'json'], g).out);
    assert.deepEqual(j.files.map((f: { path: string }) => f.path), ['baru.md']);
  });

  it('rules --format json lists every rule with id, severity, fix, description and basis', () => {
    const j = JSON.parse(run(['rules', '--format', 'json'], dir).out);
    assert.ok(j.rules.some((r: { id: string }) => r.id === 'instansi/istilah'));
    for (const r of j.rules) for (const k of ['id', 'severity', 'fix', 'description', 'basis']) assert.ok(k in r, `${r.id} lacks ${k}`);
  });

  it('names a refused catastrophic pattern and keeps linting with the rest', () => {
    const d = mkdtempSync(join(dir, 'regex-'));
    writeFileSync(join(d, '.saring.yml'), 'extends: []\ncustom:\n  - id: instansi/lambat\n    kind: pattern\n    message: m\n    pattern: "(a+)+$"\n  - id: instansi/cepat\n    kind: flag\n    message: "Hindari {actual}"\n    words: [aaaa]\n');
    writeFileSync(join(d, 'a.txt'), 'a'.repeat(5000) + '! aaaa\n');
    const r = run(['check', 'a.txt'], d);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.saring\.yml:6:14 {2}galat {2}.*instansi|Aturan kustom #1 tidak dimuat: pattern refused/);
    assert.match(r.out, /Hindari aaaa {2}instansi\/cepat/);
  });

  it('answers clearly for random bytes, a binary file and an empty file', () => {
    const d = mkdtempSync(join(dir, 'bytes-'));
    let x = 12345;
    const rnd = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < rnd.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      rnd[i] = (x >> 16) & 0xff || 0x20;
    }
    writeFileSync(join(d, 'acak.txt'), rnd);
    writeFileSync(join(d, 'biner.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(d, 'kosong.md'), '');
    const r = run(['check', '.', '--format', 'json'], d);
    const j = JSON.parse(r.out);
    const byPath = Object.fromEntries(j.files.map((f: { path: string }) => [f.path, f]));
    assert.match(byPath['biner.md'].skipped, /binary/);
    assert.deepEqual(byPath['kosong.md'].findings, []);
    assert.ok(Array.isArray(byPath['acak.txt'].findings));
    assert.equal(r.code === 0 || r.code === 1, true, r.err);
  });

  it('answers a 10 MB single-line document with its findings', function () {
    this.timeout(120000);
    const d = mkdtempSync(join(dir, 'panjang-'));
    writeFileSync(join(d, '.saring.yml'), CONFIG);
    writeFileSync(join(d, 'satu-baris.md'), ('Warga menjaga kebersihan lingkungan dengan baik. '.repeat(1000) + 'Praktek baik. ').repeat(210));
    const r = run(['check', 'satu-baris.md', '--format', 'json'], d);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.ok(j.files[0].findings.filter((f: { rule: string }) => f.rule === 'instansi/istilah').length === 210);
  });
});


// npm run bench: Saring against its peers on the same corpus, whole processes, with every figure's
// command printed (issue 6). --quick uses a fifth of the corpus.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, benchDir, corpusDir } from './corpus.mjs';
import { lspBench } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = process.argv.includes('--quick');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const saring = join(root, 'server', 'bin', 'saring.cjs');
const hasTime = existsSync('/usr/bin/time');

execFileSync(process.execPath, [join(root, 'server', 'build.mjs')], { stdio: 'inherit' });
const corpus = buildCorpus(quick ? { files: 220, targetBytes: 0.7e6 } : {});
const mb = corpus.bytes / 1e6;
console.log(`Corpus: ${corpus.files} Markdown files, ${mb.toFixed(2)} MB (.bench/corpus, built by test/bench/corpus.mjs); dictionary: ${corpus.pairs} kata-baku pairs\n`);

/** Runs a command as a whole process; wall time and peak RSS (GNU time when present). */
function measure(label, cmd, args, { parse } = {}) {
  const shown = [cmd, ...args].map((a) => a.replace(root + '/', '')).join(' ');
  const full = hasTime ? ['/usr/bin/time', ['-f', '__TIME__ %e %M', cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(full[0], full[1], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  let seconds = (performance.now() - t) / 1000;
  let rss = NaN;
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (m) {
    seconds = Number(m[1]);
    rss = Number(m[2]) / 1024;
  }
  const hits = parse ? parse(r.stdout) : undefined;
  console.log(`  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s  ${Number.isNaN(rss) ? '     -' : rss.toFixed(0).padStart(6)} MB${hits !== undefined ? `  ${String(hits).padStart(6)} hits` : ''}   $ ${shown}`);
  return { seconds, rss, hits };
}

const saringHits = (out) => JSON.parse(out).files.reduce((n, f) => n + f.findings.length, 0);
const textlintHits = (out) => JSON.parse(out).reduce((n, f) => n + f.messages.length, 0);

console.log('1. Dictionary only: 651-pair kata-baku list as one custom swap rule vs textlint + textlint-rule-prh');
const tl = measure('textlint + prh', bin('textlint'), ['--config', join(benchDir, '.textlintrc.json'), '--format', 'json', join(corpusDir, '*.md')], { parse: textlintHits });
const sk = measure('saring (swap rule, extends: [])', process.execPath, [saring, 'check', corpusDir, '--config', join(benchDir, 'saring-kata-baku.yml'), '--format', 'json'], { parse: saringHits });

console.log('\n2. All built-in rules vs structural linters');
const md = measure('markdownlint-cli2 (default rules)', bin('markdownlint-cli2'), [join(corpusDir, '*.md')]);
const al = measure('alex', bin('alex'), [corpusDir]);
const sa = measure('saring (all rules, --jobs 2)', process.execPath, [saring, 'check', corpusDir, '--config', join(benchDir, 'saring-all.yml'), '--format', 'json', '--jobs', '2'], { parse: saringHits });
const s1 = measure('saring (all rules, --jobs 1)', process.execPath, [saring, 'check', corpusDir, '--config', join(benchDir, 'saring-all.yml'), '--format', 'json', '--jobs', '1'], { parse: saringHits });
// The machine's own parallel ceiling: two independent single-threaded runs side by side do twice the
// work; if they take longer than one alone, the cores (or the memory system behind them) do not scale,
// and no thread pool can beat that ratio.
const pairArgs = [saring, 'check', corpusDir, '--config', join(benchDir, 'saring-all.yml'), '--format', 'json', '--jobs', '1'];
const pairStart = performance.now();
await Promise.all([0, 1].map(() => new Promise((done) => spawn(process.execPath, pairArgs, { cwd: root, stdio: 'ignore' }).on('exit', done))));
const pair = (performance.now() - pairStart) / 1000;
const ceiling = (2 * s1.seconds) / pair;
console.log(`  ${'two --jobs 1 processes side by side'.padEnd(34)} ${pair.toFixed(2).padStart(7)} s  (twice the work: this machine's parallel ceiling is ${ceiling.toFixed(2)}x)`);
const fl = measure('saring --parse-only (floor, --jobs 1)', process.execPath, [saring, 'check', corpusDir, '--config', join(benchDir, 'saring-all.yml'), '--parse-only', '--jobs', '1']);

console.log('\n3. Language server over stdio (test/bench/lsp.mjs, pull diagnostics, all rules)');
const l = await lspBench();
console.log(`  cold start to first diagnostics (${l.words} words): ${l.cold.toFixed(0)} ms`);
console.log(`  edit -> diagnostics, ${l.words}-word release: p50 ${l.small.p50.toFixed(1)} ms, p95 ${l.small.p95.toFixed(1)} ms`);
console.log(`  edit -> diagnostics, ${(l.bigBytes / 1e6).toFixed(2)} MB document: p50 ${l.large.p50.toFixed(1)} ms, p95 ${l.large.p95.toFixed(1)} ms`);
console.log(`  resident memory with 200 documents open: ${l.rss.toFixed(0)} MB right after the last lint, ${l.rssIdle.toFixed(0)} MB after 10 s idle`);

const row = (what, value, goal, ok) => console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${what.padEnd(52)} ${value.padEnd(18)} goal ${goal}`);
console.log('\nSummary (same machine, same input, whole processes)');
row('vs textlint+prh, dictionary only', `${(tl.seconds / sk.seconds).toFixed(1)}x faster`, '>= 50x', tl.seconds / sk.seconds >= 50);
row('same hits as textlint+prh', `${sk.hits} vs ${tl.hits}`, '+-2%', Math.abs(sk.hits - tl.hits) <= 0.02 * tl.hits);
row('all rules vs markdownlint-cli2', `${(md.seconds / sa.seconds).toFixed(2)}x`, '>= 2x', md.seconds / sa.seconds >= 2);
row('all rules vs alex', `${(al.seconds / sa.seconds).toFixed(2)}x`, 'report', true);
row('worker threads, 2 cores', `${(s1.seconds / sa.seconds).toFixed(2)}x`, '>= 1.6x', s1.seconds / sa.seconds >= 1.6);
row('  (two independent processes: the ceiling)', `${ceiling.toFixed(2)}x`, 'report', true);
row('full lint as a multiple of parse+tokenize', `${(s1.seconds / fl.seconds).toFixed(2)}x`, '<= 2x', s1.seconds / fl.seconds <= 2);
row('throughput, all rules', `${(mb / sa.seconds).toFixed(2)} MB/s`, 'report', true);
row('LSP edit p95, 5,000 words', `${l.small.p95.toFixed(1)} ms`, '<= 20 ms', l.small.p95 <= 20);
row('LSP edit p95, 1 MB', `${l.large.p95.toFixed(1)} ms`, '<= 100 ms', l.large.p95 <= 100);
row('LSP cold start to first diagnostics', `${l.cold.toFixed(0)} ms`, '<= 500 ms', l.cold <= 500);
row('LSP memory, 200 documents', `${l.rss.toFixed(0)} MB`, '<= 100 MB', l.rss <= 100);
row('  (the same after 10 s idle)', `${l.rssIdle.toFixed(0)} MB`, 'report', true);

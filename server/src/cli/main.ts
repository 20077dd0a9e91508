// The `saring` command line: check, rules, lsp. Exit codes: 0 no error-level finding, 1 error-level
// findings, 2 usage, configuration or I/O error (with a message on stderr).

import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { ConfigCache } from '../config/discover.ts';
import { environmentOptions } from '../config/environment.ts';
import { sharedSpeller, type SuggestionEntry } from '../config/dictionary.ts';
import type { ConfigProblem, LoadedConfig } from '../config/resolve.ts';
import { builtinRules } from '../engine/builtin.ts';
import { docsUrl } from '../engine/docs.ts';
import { fixAll, lint, detectFormat } from '../engine/index.ts';
import type { Locale, Rule } from '../engine/types.ts';
import { expandPaths, isIgnored } from './files.ts';
import { count, displayPath, json, sarif, stylish } from './format.ts';
import { decode, processFile, toJson, type FileResult, type ProcessOptions } from './process.ts';
import { runPool, startWorkers, workerCount } from './pool.ts';

const here = typeof __dirname !== 'undefined' ? __dirname : dirname(fileURLToPath(import.meta.url));
const VERSION = '0.1.0';

class UsageError extends Error {}

const HELP = {
  id: `saring — pemeriksa siaran pers dan unggahan media sosial ASN

Pemakaian:
  saring check [PATH|GLOB|-]… [--format stylish|json|sarif] [--config FILE] [--fix] [--dry-run]
               [--stdin-filename NAME] [--jobs N] [--bahasa id|en]
  saring rules [--format json] [--config FILE]
  saring lsp --stdio

Kode keluar: 0 tanpa galat, 1 ada temuan tingkat galat, 2 kesalahan pemakaian, konfigurasi, atau berkas.
`,
  en: `saring — checks Indonesian government press releases and social-media posts

Usage:
  saring check [PATH|GLOB|-]… [--format stylish|json|sarif] [--config FILE] [--fix] [--dry-run]
               [--stdin-filename NAME] [--jobs N] [--bahasa id|en]
  saring rules [--format json] [--config FILE]
  saring lsp --stdio

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage, configuration or I/O error.
`,
};

function localeFrom(v: string | undefined): Locale {
  if (v === undefined) return 'id';
  if (v === 'id' || v === 'en') return v;
  throw new UsageError(`--bahasa must be id or en (got "${v}")`);
}

function printProblems(loaded: LoadedConfig, locale: Locale, seen: Set<string>): boolean {
  let hasError = false;
  const key = loaded.file ?? '';
  if (seen.has(key)) return loaded.problems.some((p) => p.severity === 'error');
  seen.add(key);
  for (const p of loaded.problems as ConfigProblem[]) {
    if (p.severity === 'error') hasError = true;
    const where = `${displayPath(loaded.file ?? '.saring.yml')}:${p.line + 1}:${p.character + 1}`;
    process.stderr.write(`${where}  ${p.severity === 'error' ? (locale === 'id' ? 'galat' : 'error') : locale === 'id' ? 'peringatan' : 'warning'}  ${locale === 'en' ? p.message.en : p.message.id}  config\n`);
  }
  return hasError;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

class Progress {
  private last = 0;
  constructor(private total: number, private enabled: boolean) {}
  tick(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total}`);
    if (done >= this.total) process.stderr.write('\r' + ' '.repeat(width + 24) + '\r');
  }
}

/** A configuration with at least this many rules starts its workers with the run (see pool.ts). */
const EAGER_RULES = 8;

/** Lints files on the main thread, with worker threads (jobs - 1 of them) when there are enough files. */
async function lintFiles(files: string[], jobs: number, explicitConfig: string | undefined, opts: ProcessOptions, progress: Progress, cache: ConfigCache): Promise<FileResult[]> {
  const workerFile = join(here, 'worker.js');
  const makeDiff = (p: string, a: string, b: string) => createTwoFilesPatch(displayPath(p), displayPath(p), a, b);
  const lintHere = (f: string) => processFile(f, cache, opts, makeDiff);
  const count = workerCount(files.length, jobs);
  if (count === 0 || !existsSync(workerFile)) {
    return files.map((f, i) => {
      const r = lintHere(f);
      progress.tick(i + 1);
      return r;
    });
  }
  const speller = sharedSpeller();
  speller?.share();
  const shared = speller && { take: () => speller.takeComputed(), learn: (e: unknown[]) => speller.learn(e as SuggestionEntry[]) };
  // The configurations are compiled already (their problems were printed); a file's is a cache hit.
  const eager = files.some((f) => cache.forFile(f).config.rules.length >= EAGER_RULES);
  const spawn = () => startWorkers(count, workerFile, { explicitConfig, opts });
  return runPool({ files, jobs, spawn, eager, lintHere, progress: (done) => progress.tick(done), repeatable: !opts.fix, shared });
}

async function check(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      config: { type: 'string', short: 'c' },
      fix: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      bahasa: { type: 'string' },
      locale: { type: 'string' },
      'parse-only': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      'no-progress': { type: 'boolean', default: false },
    },
  });
  const locale = localeFrom(values.bahasa ?? values.locale);
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be stylish, json or sarif (got "${format}")`);
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix');
  const explicitConfig = values.config ? resolve(values.config) : undefined;
  if (explicitConfig && !existsSync(explicitConfig)) {
    process.stderr.write(`saring: ${locale === 'id' ? 'berkas konfigurasi tidak ditemukan' : 'configuration file not found'}: ${values.config}\n`);
    return 2;
  }
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number (got "${values.jobs}")`);
  }
  const opts: ProcessOptions = { fix: values.fix!, dryRun: values['dry-run']!, parseOnly: values['parse-only']!, locale };
  const args = positionals.length ? positionals : ['.'];
  const cache = new ConfigCache(environmentOptions(locale), explicitConfig);
  const seen = new Set<string>();
  let exit = 0;
  const results: FileResult[] = [];

  const stdinArgs = args.filter((a) => a === '-');
  if (stdinArgs.length) {
    const name = values['stdin-filename'] ?? '<stdin>';
    const path = values['stdin-filename'] ? resolve(name) : resolve('stdin.txt');
    const loaded = cache.forFile(path);
    if (printProblems(loaded, locale, seen)) exit = 2;
    const { text } = decode(await readStdin());
    const config = { ...loaded.config, options: { ...loaded.config.options, locale } };
    const fmt = detectFormat(values['stdin-filename']);
    if (opts.fix) {
      const r = fixAll(text, config, { format: fmt });
      results.push({ path: name, findings: toJson(lint(text, config, { format: fmt }), text), fixed: r.fixed, diff: r.output !== text ? createTwoFilesPatch(name, name, text, r.output) : undefined });
    } else {
      results.push({ path: name, findings: toJson(lint(text, config, { format: fmt }), text) });
    }
  }

  const { files, missing } = expandPaths(args.filter((a) => a !== '-'));
  for (const m of missing) {
    process.stderr.write(`saring: ${locale === 'id' ? 'tidak ada berkas yang cocok' : 'no files match'}: ${m}\n`);
    exit = 2;
  }
  const kept: string[] = [];
  for (const f of files) {
    const loaded = cache.forFile(f);
    if (printProblems(loaded, locale, seen)) exit = 2;
    if (loaded.file && isIgnored(f, dirname(loaded.file), loaded.ignore)) continue;
    kept.push(f);
  }
  const progress = new Progress(kept.length, !!process.stderr.isTTY && kept.length > 30 && !values['no-progress']);
  results.push(...(await lintFiles(kept, jobs, explicitConfig, opts, progress, cache)));

  for (const r of results) if (r.error) exit = 2;
  const c = count(results);
  if (exit === 0 && c.error > 0) exit = 1;
  let out: string;
  if (format === 'json') out = json(results);
  else if (format === 'sarif') out = sarif(results, builtinRules(), VERSION, locale, docsUrl);
  else out = values.quiet ? stylish(results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })), locale) : stylish(results, locale);
  process.stdout.write(out);
  return exit;
}

function rulesCommand(argv: string[]): number {
  const { values } = parseArgs({ args: argv, strict: true, options: { format: { type: 'string', default: 'stylish' }, config: { type: 'string' }, bahasa: { type: 'string' } } });
  const locale = localeFrom(values.bahasa);
  const cache = new ConfigCache(environmentOptions(locale), values.config ? resolve(values.config) : undefined);
  const loaded = cache.forFile(resolve('rules.txt'));
  const active = new Map(loaded.config.rules.map((r) => [r.meta.id, r]));
  const all: Rule[] = [...builtinRules()];
  for (const r of loaded.config.rules) if (!all.some((x) => x.meta.id === r.meta.id)) all.push(r);
  const rows = all.map((r) => ({
    id: r.meta.id,
    severity: loaded.config.severities.get(r.meta.id) ?? r.meta.severity,
    enabled: active.has(r.meta.id),
    fix: r.meta.fix,
    description: locale === 'en' ? r.meta.description.en : r.meta.description.id,
    basis: r.meta.basis,
    docs: docsUrl(r.meta.id),
  }));
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify({ version: 1, rules: rows }, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'stylish') throw new UsageError('--format must be stylish or json');
  for (const r of rows) {
    process.stdout.write(`${r.id}  ${r.enabled ? r.severity : 'off'}  fix:${r.fix}\n    ${r.description}\n    ${locale === 'id' ? 'Dasar' : 'Basis'}: ${r.basis}\n`);
  }
  process.stdout.write(`${rows.length} ${locale === 'id' ? 'aturan' : 'rules'}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const locale: Locale = argv.includes('--bahasa') && argv[argv.indexOf('--bahasa') + 1] === 'en' ? 'en' : 'id';
  try {
    switch (cmd) {
      case 'check':
        return await check(rest);
      case 'rules':
        return rulesCommand(rest);
      case 'lsp': {
        const server = join(here, 'server.js');
        if (!existsSync(server)) {
          process.stderr.write('saring: dist/server.js is missing; run `npm run build`.\n');
          return 2;
        }
        require(server);
        return -1; // the server keeps the process alive and exits on its own
      }
      case '--version':
      case '-v':
        process.stdout.write(VERSION + '\n');
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP[locale]);
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`saring: ${(e as Error).message}\n\n${HELP[locale]}`);
      return 2;
    }
    process.stderr.write(`saring: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

export function runCli(): void {
  // A reader that stops early (`saring check … | head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  void main(process.argv.slice(2)).then((code) => {
    if (code >= 0) process.exitCode = code;
  });
}


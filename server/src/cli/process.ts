// Lints one file (or stdin text) for the CLI; shared by the main thread and the worker threads.
// Reading, decoding, BOM handling and the atomic write of --fix live here; the engine stays pure.

import { readFileSync, writeFileSync, renameSync, unlinkSync, statSync, openSync, closeSync, fsyncSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { LineIndex } from '../engine/lines.ts';
import { detectFormat, fixAll, lint, parse } from '../engine/index.ts';
import type { Finding, Locale } from '../engine/types.ts';
import type { ConfigCache } from '../config/discover.ts';

export interface JsonPosition {
  line: number;
  character: number;
}
export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  range: JsonRange;
  fixes: Array<{ title: string; safe: boolean; edits: Array<{ range: JsonRange; newText: string }> }>;
}

export interface FileResult {
  path: string;
  findings: JsonFinding[];
  /** Number of safe fixes written (with --fix). */
  fixed?: number;
  /** The unified diff (with --fix --dry-run). */
  diff?: string;
  /** Why the file was not linted or not fixed (I/O error, binary). */
  error?: string;
  /** Not linted on purpose (binary file); reported but not an error. */
  skipped?: string;
}

export interface ProcessOptions {
  fix: boolean;
  dryRun: boolean;
  parseOnly: boolean;
  locale?: Locale;
}

export function toJson(findings: Finding[], text: string): JsonFinding[] {
  const idx = new LineIndex(text);
  const range = (s: number, e: number): JsonRange => ({ start: idx.position(s), end: idx.position(e) });
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: range(f.start, f.end),
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) })),
  }));
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes; invalid sequences become U+FFFD so the readable text is still linted. */
export function decode(buf: Uint8Array): { text: string; bom: boolean; valid: boolean; binary: boolean } {
  let valid = true;
  let text: string;
  try {
    text = strictDecoder.decode(buf);
  } catch {
    valid = false;
    text = decoder.decode(buf);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  // A file with NUL bytes is not text a person wrote; report it rather than lint noise.
  let nul = 0;
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) nul++;
  return { text, bom, valid, binary: nul > 0 };
}

export function processFile(path: string, cache: ConfigCache, opts: ProcessOptions, makeDiff?: (path: string, a: string, b: string) => string): FileResult {
  let buf: Buffer;
  try {
    if (statSync(path).isDirectory()) return { path, findings: [], error: 'is a directory' };
    buf = readFileSync(path);
  } catch (e) {
    return { path, findings: [], error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message };
  }
  const { text, bom, valid, binary } = decode(buf);
  if (binary) return { path, findings: [], skipped: 'binary file (NUL bytes)' };
  const loaded = cache.forFile(path);
  const config = opts.locale ? { ...loaded.config, options: { ...loaded.config.options, locale: opts.locale } } : loaded.config;
  const format = detectFormat(path);
  if (opts.parseOnly) {
    parse(text, format);
    return { path, findings: [] };
  }
  if (!opts.fix) return { path, findings: toJson(lint(text, config, { format }), text) };

  const result = fixAll(text, config, { format });
  const out: FileResult = { path, findings: toJson(result.remaining, result.output), fixed: result.fixed };
  if (result.output === text) return out;
  if (!valid) {
    // Writing decoded text back would replace the invalid bytes with U+FFFD: never corrupt a file.
    return { path, findings: toJson(lint(text, config, { format }), text), error: 'not fixed: the file is not valid UTF-8' };
  }
  if (opts.dryRun) {
    out.diff = makeDiff ? makeDiff(path, text, result.output) : undefined;
    out.findings = toJson(lint(text, config, { format }), text);
    return out;
  }
  try {
    writeAtomic(path, (bom ? '\uFEFF' : '') + result.output);
  } catch (e) {
    return { path, findings: toJson(lint(text, config, { format }), text), error: `not fixed: ${(e as Error).message}` };
  }
  return out;
}

/** Writes through a temporary file in the same folder and renames it over the original. */
export function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.saring-${process.pid}-${Date.now()}.tmp`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(tmp, content, { mode });
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file may not exist; the original is untouched either way.
    }
    throw e;
  }
}

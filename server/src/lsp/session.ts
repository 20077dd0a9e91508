// Per-document state of the language server: the configuration for each file (.saring.yml found
// upward from it, editor settings on top), one incremental linter per open document, and the last
// findings per document version, which code actions and hover reuse.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigCache } from '../config/discover.ts';
import { environmentOptions } from '../config/environment.ts';
import type { LoadedConfig } from '../config/resolve.ts';
import { IncrementalLinter, LineIndex, detectFormat, lint } from '../engine/index.ts';
import { commonPrefix, commonSuffix } from '../engine/incremental.ts';
import type { Doc, DocFormat, Finding, Locale, ResolvedConfig } from '../engine/types.ts';
import { expandPaths } from '../cli/files.ts';
import { decode } from '../cli/process.ts';
import { applySettings, type SaringSettings } from './settings.ts';
import { toDiagnostic } from './convert.ts';
import { builtinRules } from '../engine/builtin.ts';
import { docsUrl } from '../engine/docs.ts';

export interface LintResult {
  diagnostics: Diagnostic[];
  findings: Finding[];
  configDiagnostics: PublishDiagnosticsParams[];
  index: LineIndex;
  doc?: Doc;
}

interface DocState {
  key: string;
  config: ResolvedConfig;
  linter: IncrementalLinter;
  version: number;
  text: string;
  result: LintResult;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The language of a document: the client's language id first, the file name otherwise. */
export function formatOf(doc: TextDocument): DocFormat {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'siaran-pers') return 'rilis';
  if (doc.languageId === 'plaintext') return detectFormat(doc.uri) === 'rilis' ? 'rilis' : 'plaintext';
  return detectFormat(doc.uri);
}

/** How many documents keep their chunk caches (each costs about its text size in tokens, ten times over). */
const WARM_DOCUMENTS = 8;

export class Session {
  private cache?: ConfigCache;
  private docs = new Map<string, DocState>();
  private sentConfig = new Map<string, string>();
  private settingsKeys = new WeakMap<SaringSettings, string>();

  constructor(private locale: () => Locale) {}

  /** Created on first use, after initialize: the client's locale is the base that `bahasa:` in .saring.yml refines. */
  private get configs(): ConfigCache {
    return (this.cache ??= new ConfigCache(environmentOptions(this.locale())));
  }

  configFor(uri: string): LoadedConfig {
    const path = uriToPath(uri) ?? `${process.cwd()}/untitled.md`;
    return this.configs.forFile(path);
  }

  private settingsKey(s: SaringSettings): string {
    let k = this.settingsKeys.get(s);
    if (!k) this.settingsKeys.set(s, (k = JSON.stringify(s)));
    return k;
  }

  /** Documents whose chunk caches are kept, most recently linted last. */
  private warm: string[] = [];

  /** Keeps the incremental caches of the few documents edited last; the others give theirs up. */
  private touch(uri: string): void {
    const i = this.warm.indexOf(uri);
    if (i >= 0) this.warm.splice(i, 1);
    this.warm.push(uri);
    while (this.warm.length > WARM_DOCUMENTS) {
      const cold = this.docs.get(this.warm.shift()!);
      if (cold) {
        cold.linter.release();
        cold.result.doc = cold.linter.doc;
      }
    }
  }

  lint(doc: TextDocument, settings: SaringSettings): LintResult {
    const loaded = this.configFor(doc.uri);
    const format = formatOf(doc);
    const key = `${loaded.file ?? ''}\u0000${this.settingsKey(settings)}\u0000${this.locale()}\u0000${format}`;
    let st = this.docs.get(doc.uri);
    if (st && st.key === key && st.version === doc.version) return st.result;
    if (!st || st.key !== key) {
      const config = applySettings(loaded.config, settings, loaded.config.options.locale);
      st = { key, config, linter: new IncrementalLinter(config, format), version: -1, text: '', result: emptyResult() };
      this.docs.set(doc.uri, st);
    }
    const text = doc.getText();
    const findings = st.linter.lint(text);
    // What this version shares with the last one: its line starts and diagnostics are reused there.
    const prefix = commonPrefix(st.text, text);
    const known = st.result.index.text === st.text;
    const suffix = known ? commonSuffix(st.text, text, Math.min(st.text.length, text.length) - prefix) : 0;
    const index = known ? LineIndex.update(st.result.index, text, prefix, suffix) : new LineIndex(text);
    const reuse = reusableDiagnostics(prefix, st.result);
    const diagnostics: Diagnostic[] = new Array(findings.length);
    if (known) movedDiagnostics(diagnostics, findings, st.result, index, text.length - suffix, text.length - st.text.length);
    for (let i = 0; i < findings.length; i++) diagnostics[i] ??= reuse.get(findings[i]) ?? toDiagnostic(index, findings[i]);
    const result: LintResult = {
      findings,
      index,
      doc: st.linter.doc,
      diagnostics,
      configDiagnostics: this.configDiagnostics(loaded),
    };
    st.version = doc.version;
    st.text = text;
    st.result = result;
    this.touch(doc.uri);
    return result;
  }

  /** Lints a file on disk for workspace diagnostics; undefined when it cannot be read as text. */
  lintFile(uri: string, settings: SaringSettings): Diagnostic[] | undefined {
    const path = uriToPath(uri);
    if (!path) return undefined;
    let buf: Buffer;
    try {
      if (statSync(path).size > 20 * 1024 * 1024) return undefined;
      buf = readFileSync(path);
    } catch {
      return undefined;
    }
    const { text, binary } = decode(buf);
    if (binary) return undefined;
    const loaded = this.configFor(uri);
    const config = applySettings(loaded.config, settings, loaded.config.options.locale);
    const index = new LineIndex(text);
    return lint(text, config, { format: detectFormat(path) }).map((f) => toDiagnostic(index, f));
  }

  /** Problems of the .saring.yml behind a document, published once per change. */
  private configDiagnostics(loaded: LoadedConfig): PublishDiagnosticsParams[] {
    if (!loaded.file) return [];
    const uri = pathToFileURL(loaded.file).href;
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => {
      let text = '';
      try {
        text = readFileSync(loaded.file!, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        // The file vanished; the position below still points at its start.
      }
      const idx = new LineIndex(text);
      return {
        range: { start: idx.position(p.start), end: idx.position(Math.max(p.end, p.start + 1)) },
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'saring',
        code: 'config',
        message: this.locale() === 'en' ? p.message.en : p.message.id,
      };
    });
    const sig = JSON.stringify(diagnostics);
    if (this.sentConfig.get(uri) === sig) return [];
    this.sentConfig.set(uri, sig);
    return [{ uri, diagnostics }];
  }

  /** The last result for this document version, linting again if the document moved on. */
  current(doc: TextDocument, settings: SaringSettings): LintResult {
    return this.lint(doc, settings);
  }

  ruleList(): Array<{ id: string; description: string; docs: string }> {
    const en = this.locale() === 'en';
    return builtinRules().map((r) => ({ id: r.meta.id, description: en ? r.meta.description.en : r.meta.description.id, docs: docsUrl(r.meta.id) }));
  }

  forget(uri: string): void {
    this.docs.delete(uri);
    const i = this.warm.indexOf(uri);
    if (i >= 0) this.warm.splice(i, 1);
  }

  configChanged(): void {
    this.configs.clear();
    this.docs.clear();
    this.warm = [];
    this.sentConfig.clear();
  }

  workspaceFiles(folders: string[]): string[] {
    const paths = folders.map(uriToPath).filter((p): p is string => !!p);
    if (paths.length === 0) return [];
    return expandPaths(paths).files.map((f) => pathToFileURL(f).href);
  }

  configDir(uri: string): string | undefined {
    const loaded = this.configFor(uri);
    return loaded.file ? dirname(loaded.file) : undefined;
  }
}

// Shared with the incremental linter, which finds the chunks two versions share the same way.
export { commonPrefix, commonSuffix };

/**
 * Diagnostics of the previous version that stand as they were: the incremental linter hands back the
 * same finding objects for the chunks an edit did not touch or move, and a finding that ends before
 * the first changed character has the same line and column too. On a 1 MB document this saves
 * converting (and collecting) the thousands of diagnostics before the edit on every keystroke.
 */
function reusableDiagnostics(changed: number, prev: LintResult): Map<Finding, Diagnostic> {
  const reuse = new Map<Finding, Diagnostic>();
  if (prev.findings.length === 0) return reuse;
  for (let i = 0; i < prev.findings.length; i++) {
    const f = prev.findings[i];
    if (f.start >= changed) break; // sorted by start
    if (f.end < changed) reuse.set(f, prev.diagnostics[i]);
  }
  return reuse;
}

/**
 * Diagnostics of the previous version for the findings after an edit that did not add or remove a
 * line: such a finding, on a line after the edited one, has the line and character it had, `delta`
 * characters earlier, and if the previous version had the same finding there (rule, severity,
 * message), its diagnostic is the same. The findings of the chunks after the edit are new objects
 * (moved), so reusableDiagnostics cannot know them; on a 1 MB document they are half the report on
 * average, converted (and collected) again on every keystroke otherwise. `changedEnd` is where the
 * text the two versions end with begins; findings and the previous ones are sorted by start, end and
 * rule, and are matched from the end.
 */
function movedDiagnostics(out: Diagnostic[], findings: Finding[], prev: LintResult, index: LineIndex, changedEnd: number, delta: number): void {
  if (index.starts.length !== prev.index.starts.length) return;
  // The first line start whose line break lies wholly in the unchanged end (a CRLF pair included).
  const starts = index.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] >= changedEnd + 2) hi = mid;
    else lo = mid + 1;
  }
  if (lo >= starts.length) return;
  const from = starts[lo];
  const old = prev.findings;
  let j = old.length - 1;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (f.start < from) break;
    const start = f.start - delta;
    const end = f.end - delta;
    while (j >= 0 && (old[j].start > start || (old[j].start === start && (old[j].end > end || (old[j].end === end && old[j].rule.localeCompare(f.rule) > 0))))) j--;
    if (j < 0) break;
    const g = old[j];
    if (g.start === start && g.end === end && g.rule === f.rule && g.severity === f.severity && g.message === f.message) {
      out[i] = prev.diagnostics[j];
      j--;
    }
  }
}

function emptyResult(): LintResult {
  return { diagnostics: [], findings: [], configDiagnostics: [], index: new LineIndex('') };
}

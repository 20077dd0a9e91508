// Code actions. Every diagnostic in the request is handled; its fixes come from the session's findings
// for the current document version (the finding with the diagnostic's rule, range and message), not
// from Diagnostic.data, which would make every diagnostic report carry all fixes. Per finding: the
// fix (preferred), other suggestions, fix all of this rule, ignore on this line, add to the
// dictionary (spelling); and source.fixAll.saring for the safe fixes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, LineIndex } from '../engine/index.ts';
import { CONFIG_NAMES } from '../config/discover.ts';
import { SOURCE, minimalEdit, fixToLsp } from './convert.ts';
import { formatOf, uriToPath, type Session } from './session.ts';
import { applySettings, type SaringSettings } from './settings.ts';
import type { Finding } from '../engine/types.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.saring`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll];

type Words = { id: string; en: string };
const T = {
  fixAllRule: { id: 'Perbaiki semua {rule} di berkas ini', en: 'Fix all {rule} in this file' },
  ignoreLine: { id: 'Abaikan {rule} di baris ini', en: 'Ignore {rule} on this line' },
  addWord: { id: 'Tambahkan “{word}” ke kamus (.saring.yml)', en: 'Add “{word}” to the dictionary (.saring.yml)' },
  fixAll: { id: 'Perbaiki semua temuan yang aman (Saring)', en: 'Fix all safe findings (Saring)' },
};

export function codeActions(session: Session, doc: TextDocument, settings: SaringSettings, params: CodeActionParams, folders: string[]): CodeAction[] {
  const locale = session.configFor(doc.uri).config.options.locale === 'en' ? 'en' : 'id';
  const tr = (w: Words, args: Record<string, string>) => (locale === 'en' ? w.en : w.id).replace(/\{(\w+)\}/g, (_m, k: string) => args[k] ?? '');
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  const uri = doc.uri;

  if (wants(FIX_ALL_KIND) && (only?.length ?? 0) > 0) {
    const edit = fixAllEdit(session, doc, settings);
    if (edit) actions.push({ title: tr(T.fixAll, {}), kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } });
    return actions;
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const seenRules = new Set<string>();
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string' || d.code === 'config') continue;
    const rule = d.code;
    const fixes = fixesOf(session, doc, settings, d);
    fixes.forEach((fix, i) => {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: { changes: { [uri]: fix.edits } } });
    });
    if (!seenRules.has(rule)) {
      seenRules.add(rule);
      const all = fixAllOfRule(session, doc, settings, rule);
      if (all.length > 1) actions.push({ title: tr(T.fixAllRule, { rule }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: all } } });
    }
    actions.push({ title: tr(T.ignoreLine, { rule }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [ignoreLineEdit(doc, d, rule)] } } });
    if (rule === 'ejaan/salah-eja') {
      const word = doc.getText(d.range);
      const edit = addWordEdit(session, uri, word, folders);
      if (edit) actions.push({ title: tr(T.addWord, { word }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
    }
  }
  return actions;
}

/**
 * The fixes of the finding behind a diagnostic, in the current version of the document (linted again
 * if it moved on; a diagnostic from an older version finds its finding only if it is still there).
 */
function fixesOf(session: Session, doc: TextDocument, settings: SaringSettings, d: Diagnostic) {
  const r = session.current(doc, settings);
  const start = r.index.offset(d.range.start);
  const end = r.index.offset(d.range.end);
  const same = (x: Finding) => x.rule === d.code && x.start === start && x.end === end;
  // Two findings of one rule may share a range; the message tells them apart.
  const f = r.findings.find((x) => same(x) && x.message === d.message) ?? r.findings.find(same);
  return f ? f.fixes.map((x) => fixToLsp(r.index, x)) : [];
}

function fixAllOfRule(session: Session, doc: TextDocument, settings: SaringSettings, rule: string): TextEdit[] {
  const r = session.current(doc, settings);
  const edits: TextEdit[] = [];
  let last = -1;
  for (const f of r.findings) {
    if (f.rule !== rule) continue;
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const first = Math.min(...fix.edits.map((e) => e.start));
    if (first < last) continue; // never two edits over the same text
    last = Math.max(...fix.edits.map((e) => e.end));
    edits.push(...fixToLsp(r.index, fix).edits);
  }
  return edits;
}

export function fixAllEdit(session: Session, doc: TextDocument, settings: SaringSettings): TextEdit | undefined {
  const text = doc.getText();
  const config = applySettings(session.configFor(doc.uri).config, settings, session.configFor(doc.uri).config.options.locale);
  const { output } = fixAll(text, config, { format: formatOf(doc) });
  return minimalEdit(new LineIndex(text), text, output);
}

function ignoreLineEdit(doc: TextDocument, d: Diagnostic, rule: string): TextEdit {
  const line = d.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
  const comment = formatOf(doc) === 'markdown' ? `<!-- saring-disable-next-line ${rule} -->` : `// saring-disable-next-line ${rule}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` };
}

/** Adds a word to the nearest .saring.yml `words:` (created at the workspace root if there is none). */
function addWordEdit(session: Session, uri: string, word: string, folders: string[]): WorkspaceEdit | undefined {
  const dir = session.configDir(uri);
  if (dir) {
    const file = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (!file) return undefined;
    const text = readFileSync(file, 'utf8');
    const edit = insertWord(text, word);
    return { changes: { [pathToFileURL(file).href]: [edit] } };
  }
  const root = folders.map(uriToPath).find((p): p is string => !!p);
  if (!root) return undefined;
  const target = pathToFileURL(join(root, '.saring.yml')).href;
  return {
    documentChanges: [
      { kind: 'create', uri: target, options: { ignoreIfExists: true } },
      { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `words:\n  - ${yamlScalar(word)}\n` }] },
    ],
  };
}

function yamlScalar(w: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u.test(w) ? w : JSON.stringify(w);
}

/** A minimal textual insertion that keeps the file's comments and layout. */
export function insertWord(text: string, word: string): TextEdit {
  const idx = new LineIndex(text);
  const flow = /^words:[ \t]*\[([^\]]*)\]/m.exec(text);
  if (flow) {
    const close = flow.index + flow[0].length - 1;
    const sep = flow[1].trim() ? ', ' : '';
    const pos = idx.position(close);
    return { range: { start: pos, end: pos }, newText: `${sep}${yamlScalar(word)}` };
  }
  const block = /^words:[ \t]*(?:#.*)?\r?\n((?:[ \t]+-[^\r\n]*\r?\n?|[ \t]*#[^\r\n]*\r?\n?)*)/m.exec(text);
  if (block) {
    const items = block[1];
    const indent = /^([ \t]+)-/m.exec(items)?.[1] ?? '  ';
    let at = block.index + block[0].length;
    if (at > 0 && text[at - 1] !== '\n') {
      const pos = idx.position(at);
      return { range: { start: pos, end: pos }, newText: `\n${indent}- ${yamlScalar(word)}` };
    }
    const pos = idx.position(at);
    return { range: { start: pos, end: pos }, newText: `${indent}- ${yamlScalar(word)}\n` };
  }
  const end = idx.position(text.length);
  const lead = text.length && !text.endsWith('\n') ? '\n' : '';
  return { range: { start: end, end }, newText: `${lead}words:\n  - ${yamlScalar(word)}\n` };
}

// The only module that turns engine values into LSP values (rust-analyzer's to_proto): offsets to
// positions (UTF-16, CRLF-aware, through LineIndex), findings to diagnostics with everything a code
// action needs carried in `data`, so code actions stay stateless.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine/lines.ts';
import type { Finding, Fix, Severity } from '../engine/types.ts';
import { docsUrl } from '../engine/docs.ts';

export const SOURCE = 'saring';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface LspFix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

/** What travels in Diagnostic.data: the fixes, with ranges, and the document version they fit. */
export interface DiagnosticData {
  fixes: LspFix[];
  version: number;
}

export function range(idx: LineIndex, start: number, end: number): Range {
  return { start: idx.position(start), end: idx.position(end) };
}

export function fixToLsp(idx: LineIndex, fix: Fix): LspFix {
  return { title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ range: range(idx, e.start, e.end), newText: e.newText })) };
}

export function toDiagnostic(idx: LineIndex, f: Finding, version: number): Diagnostic {
  const data: DiagnosticData = { fixes: f.fixes.map((x) => fixToLsp(idx, x)), version };
  return {
    range: range(idx, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: docsUrl(f.rule) },
    source: SOURCE,
    message: f.message,
    data,
  };
}

export function severityFromLsp(s: DiagnosticSeverity | undefined): Severity {
  switch (s) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'info';
  }
}

/** One minimal edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(idx: LineIndex, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let s = 0;
  const max = Math.min(before.length, after.length);
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  return { range: range(idx, s, before.length - e), newText: after.slice(s, after.length - e) };
}

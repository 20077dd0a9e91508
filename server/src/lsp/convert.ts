// The only module that turns engine values into LSP values (rust-analyzer's to_proto): offsets to
// positions (UTF-16, CRLF-aware, through LineIndex), findings to diagnostics, fixes to edits.
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

export function range(idx: LineIndex, start: number, end: number): Range {
  return { start: idx.position(start), end: idx.position(end) };
}

export function fixToLsp(idx: LineIndex, fix: Fix): LspFix {
  return { title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ range: range(idx, e.start, e.end), newText: e.newText })) };
}

/**
 * A finding as a diagnostic. Its fixes are not carried in `data`: on a 1 MB document they were a
 * third of every 2.3 MB diagnostic report, serialised on each keystroke, while code actions are asked
 * for a handful of diagnostics at a time. Code actions look the fixes up in the session's findings
 * for the document version instead (see actions.ts).
 */
export function toDiagnostic(idx: LineIndex, f: Finding): LspDiagnostic {
  return new LspDiagnostic(range(idx, f.start, f.end), SEVERITY[f.severity], f.rule, f.message);
}

/**
 * A diagnostic made from a finding: a plain Diagnostic (these fields, in this order, nothing else),
 * of its own class so that the stdio writer can tell it apart and assemble its JSON from cached
 * parts (wire.ts). Never changed after it is made.
 */
export class LspDiagnostic implements Diagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  code: string;
  codeDescription: { href: string };
  source: string;
  message: string;
  constructor(range: Range, severity: DiagnosticSeverity, rule: string, message: string) {
    this.range = range;
    this.severity = severity;
    this.code = rule;
    this.codeDescription = { href: docsUrl(rule) };
    this.source = SOURCE;
    this.message = message;
  }
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

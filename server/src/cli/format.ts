// Output formats of `saring check`: stylish (people), json (the version-1 contract) and SARIF 2.1.0.
import { relative } from 'node:path';
import type { FileResult } from './process.ts';
import type { Rule } from '../engine/types.ts';

const useColor = () => !!process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColor() ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEV_COLOR: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export function displayPath(p: string, cwd = process.cwd()): string {
  if (p === '<stdin>') return p;
  const r = relative(cwd, p);
  return r && !r.startsWith('..') ? r : p;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function count(results: FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  return c;
}

const WORDS = {
  id: { error: 'galat', warning: 'peringatan', info: 'info', hint: 'petunjuk', problems: 'temuan', files: 'berkas', fixed: 'diperbaiki', clean: 'Tidak ada temuan', skipped: 'dilewati' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint', problems: 'problems', files: 'files', fixed: 'fixed', clean: 'No problems', skipped: 'skipped' },
};

export function stylish(results: FileResult[], locale: 'id' | 'en'): string {
  const w = WORDS[locale];
  const lines: string[] = [];
  for (const r of results) {
    const p = displayPath(r.path);
    if (r.diff) lines.push(r.diff.trimEnd());
    if (r.error) lines.push(`${p}: ${paint('31', r.error)}`);
    if (r.skipped) lines.push(`${p}: ${w.skipped} (${r.skipped})`);
    for (const f of r.findings) {
      const pos = `${p}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${pos}  ${paint(SEV_COLOR[f.severity], w[f.severity])}  ${f.message}  ${paint('90', f.rule)}`);
    }
  }
  const c = count(results);
  const total = c.error + c.warning + c.info + c.hint;
  const fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  const fixedNote = fixed ? `; ${fixed} ${w.fixed}` : '';
  if (total === 0) lines.push(`${w.clean} (${results.length} ${w.files}${fixedNote}).`);
  else lines.push(`${total} ${w.problems} (${c.error} ${w.error}, ${c.warning} ${w.warning}, ${c.info} ${w.info}, ${c.hint} ${w.hint}) — ${results.length} ${w.files}${fixedNote}.`);
  return lines.join('\n') + '\n';
}

export function json(results: FileResult[]): string {
  return JSON.stringify({
    version: 1,
    files: results.map((r) => ({
      path: displayPath(r.path),
      findings: r.findings,
      ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.skipped ? { skipped: r.skipped } : {}),
    })),
  }) + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarif(results: FileResult[], rules: Rule[], version: string, locale: 'id' | 'en', docsUrl: (id: string) => string): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'saring',
            version,
            informationUri: 'https://www.npmjs.com/package/saring',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: locale === 'en' ? r.meta.description.en : r.meta.description.id },
              fullDescription: { text: `${locale === 'en' ? r.meta.description.en : r.meta.description.id} (${r.meta.basis})` },
              helpUri: docsUrl(r.meta.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
              properties: { basis: r.meta.basis, fix: r.meta.fix },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: displayPath(r.path).split('\\').join('/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
            ...(f.fixes.length
              ? {
                  fixes: f.fixes.map((x) => ({
                    description: { text: x.title },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: displayPath(r.path).split('\\').join('/') },
                        replacements: x.edits.map((e) => ({
                          deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
                          insertedContent: { text: e.newText },
                        })),
                      },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

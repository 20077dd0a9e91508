// Hover on a finding: what is wrong, why (the legal or style basis), what to write instead, and a
// link to the rule's documentation.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../engine/builtin.ts';
import { docsUrl } from '../engine/docs.ts';
import type { Rule } from '../engine/types.ts';
import type { Session } from './session.ts';
import type { SaringSettings } from './settings.ts';
import { range } from './convert.ts';

export function hover(session: Session, doc: TextDocument, settings: SaringSettings, pos: Position): Hover | null {
  const r = session.current(doc, settings);
  const at = r.index.offset(pos);
  const hits = r.findings.filter((f) => f.start <= at && at <= f.end);
  if (hits.length === 0) return null;
  const loaded = session.configFor(doc.uri);
  const en = loaded.config.options.locale === 'en';
  const rules = new Map<string, Rule>([...builtinRules(), ...loaded.config.rules].map((x) => [x.meta.id, x]));
  const parts = hits.map((f) => {
    const rule = rules.get(f.rule);
    const lines = [`**${f.message}**`, ''];
    if (rule) {
      lines.push(en ? rule.meta.description.en : rule.meta.description.id, '');
      lines.push(`${en ? 'Basis' : 'Dasar'}: ${rule.meta.basis}`, '');
    }
    const fixes = f.fixes.map((x) => x.title);
    if (fixes.length) lines.push(`${en ? 'Instead' : 'Sebagai gantinya'}: ${fixes.join('; ')}`, '');
    lines.push(`[\`${f.rule}\`](${docsUrl(f.rule)})`);
    return lines.join('\n');
  });
  const first = hits[0];
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: range(r.index, first.start, first.end) };
}

// The outline of a release: judul, dateline, teras, paragraphs with their direct quotations (and
// the speaker when the attribution names one), narahubung.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from './session.ts';
import type { SaringSettings } from './settings.ts';
import { range } from './convert.ts';

const QUOTE = /[“"]([^“”"\n]{10,}?)[”"][,.]?\s*(?:(?:ujar|kata|jelas|tutur|ungkap|tegas|terang|papar|imbuh|tambah|pungkas|lanjut)(?:nya)?\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,6}\p{Lu}[\p{L}.]*)?/gu;

function short(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function documentSymbols(session: Session, doc: TextDocument, settings: SaringSettings): DocumentSymbol[] {
  const r = session.current(doc, settings);
  const d = r.doc;
  if (!d) return [];
  const en = session.configFor(doc.uri).config.options.locale === 'en';
  const out: DocumentSymbol[] = [];
  let lead = true;
  let contact: DocumentSymbol | undefined;
  for (const b of d.blocks) {
    const text = d.prose.slice(b.start, b.end);
    const rg = range(r.index, b.start, b.end);
    const sym = (name: string, kind: SymbolKind, detail?: string): DocumentSymbol => ({ name, kind, range: rg, selectionRange: rg, detail, children: [] });
    switch (b.kind) {
      case 'title':
      case 'heading':
        out.push(sym(`${en ? 'Headline' : 'Judul'}: ${short(text)}`, SymbolKind.Namespace));
        break;
      case 'notice':
        out.push(sym(short(text), SymbolKind.Constant));
        break;
      case 'dateline': {
        const place = /^\s*(?:\*\*)?([^–—\-,(]+)/.exec(text)?.[1]?.trim() ?? '';
        out.push(withQuotes(sym(`Dateline: ${place}`, SymbolKind.Event, short(text)), text, b.start));
        lead = false;
        break;
      }
      case 'contact':
        if (!contact) {
          contact = sym(en ? 'Contact' : 'Narahubung', SymbolKind.Object, short(text));
          out.push(contact);
        } else {
          contact.range = { start: contact.range.start, end: rg.end };
          contact.children!.push(sym(short(text), SymbolKind.Field));
        }
        break;
      case 'closing':
        break;
      default: {
        const name = lead ? `${en ? 'Lead' : 'Teras'}: ${short(text, 40)}` : short(text, 40);
        lead = false;
        out.push(withQuotes(sym(name, b.kind === 'quote' ? SymbolKind.String : SymbolKind.Field), text, b.start));
      }
    }
  }
  return out;

  function withQuotes(s: DocumentSymbol, text: string, base: number): DocumentSymbol {
    QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE.exec(text)) !== null) {
      const rg = range(r.index, base + m.index, base + m.index + m[0].length);
      const speaker = m[2]?.trim();
      s.children!.push({ name: `${en ? 'Quote' : 'Kutipan'}: “${short(m[1], 40)}”`, detail: speaker ? `— ${speaker}` : undefined, kind: SymbolKind.String, range: rg, selectionRange: rg });
    }
    return s;
  }
}

// Inline control comments, markdownlint-style:
//   <!-- saring-disable [RULE|FAMILY …] -->   … <!-- saring-enable [RULE …] -->
//   <!-- saring-disable-next-line [RULE …] -->   <!-- saring-disable-line [RULE …] -->
//   <!-- saring-disable-file [RULE …] -->
// Plain-text releases accept the same comments, or the same words after `//` on a line of their own.

import type { DisabledRange, DocFormat, Finding } from './types.ts';

const DIRECTIVE_RE = /<!--\s*saring-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->|^[ \t]*\/\/[ \t]*saring-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/gm;

function ruleList(raw: string): string[] {
  return raw.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

export function findDirectives(text: string, format: DocFormat): DisabledRange[] {
  if (!text.includes('saring-')) return [];
  const out: DisabledRange[] = [];
  const open = new Map<string, number>(); // rule key ('' = all) -> start offset
  DIRECTIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_RE.exec(text)) !== null) {
    const slashForm = m[3] !== undefined;
    if (slashForm && format === 'markdown') continue;
    const kind = m[1] ?? m[3];
    const rules = ruleList(m[2] ?? m[4] ?? '');
    const at = m.index;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', at + m[0].length);
    if (lineEnd < 0) lineEnd = text.length;
    switch (kind) {
      case 'disable-file':
        out.push({ start: 0, end: text.length, rules });
        break;
      case 'disable-line':
        out.push({ start: lineStart, end: lineEnd, rules });
        break;
      case 'disable-next-line': {
        const nextStart = Math.min(lineEnd + 1, text.length);
        let nextEnd = text.indexOf('\n', nextStart);
        if (nextEnd < 0) nextEnd = text.length;
        out.push({ start: nextStart, end: nextEnd, rules });
        break;
      }
      case 'disable':
        for (const r of rules.length ? rules : ['']) if (!open.has(r)) open.set(r, at);
        break;
      case 'enable': {
        const keys = rules.length ? rules : [...open.keys()];
        for (const r of keys) {
          const s = open.get(r);
          if (s === undefined) continue;
          out.push({ start: s, end: at, rules: r ? [r] : [] });
          open.delete(r);
        }
        break;
      }
    }
  }
  for (const [r, s] of open) out.push({ start: s, end: text.length, rules: r ? [r] : [] });
  return out;
}

function covers(range: DisabledRange, f: Finding): boolean {
  if (f.start < range.start || f.start > range.end) return false;
  if (range.rules.length === 0) return true;
  const family = f.rule.slice(0, f.rule.indexOf('/'));
  return range.rules.includes(f.rule) || range.rules.includes(family);
}

export function applyDirectives(findings: Finding[], ranges: DisabledRange[]): Finding[] {
  if (ranges.length === 0) return findings;
  return findings.filter((f) => !ranges.some((r) => covers(r, f)));
}

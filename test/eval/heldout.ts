// The held-out measure: documents in test/heldout/ were written blind (their author never saw the
// rules) and label each compliance violation with its family and line. A label is found when a
// finding of its family starts on its line; a finding of a compliance family on a line with no label
// of that family is a false positive (one per family and line). Linted with the default
// configuration, as a writer who has configured nothing would see it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../../server/src/engine/index.ts';
import { resolveConfig } from '../../server/src/config/resolve.ts';
import { sharedSpeller } from '../../server/src/config/dictionary.ts';
import { lastAtMost } from '../../server/src/engine/spans.ts';

export interface HeldoutResult {
  docs: number;
  trapDocs: number;
  trapDocsWithFindings: number;
  stats: Map<string, { tp: number; fp: number; fn: number }>;
  lines: string[];
}

export function evaluateHeldout(dir: string, families: string[]): HeldoutResult | undefined {
  if (!existsSync(dir)) return undefined;
  const config = resolveConfig({ text: '{}', file: '.saring.yml', base: { speller: sharedSpeller() } }).config;
  const stats = new Map(families.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const lines: string[] = [];
  let docs = 0;
  let trapDocs = 0;
  let trapDocsWithFindings = 0;
  for (const f of readdirSync(dir).filter((x) => /\.(?:md|txt|rilis)$/.test(x) && x !== 'README.md').sort()) {
    const expectFile = join(dir, f.replace(/\.(?:md|txt|rilis)$/, '.expect.yml'));
    if (!existsSync(expectFile)) continue;
    docs++;
    const text = readFileSync(join(dir, f), 'utf8');
    const labels = (parse(readFileSync(expectFile, 'utf8')) ?? []) as Array<{ family: string; line: number; text: string }>;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const lineOf = (off: number) => lastAtMost(lineStarts, off) + 1;
    const format = f.endsWith('.md') ? 'markdown' : f.endsWith('.rilis') ? 'rilis' : 'plaintext';
    const findings = lint(text, config, { format }).filter((x) => families.includes(x.rule.split('/')[0]));
    const got = new Map<string, string[]>(); // "family:line" -> rules
    for (const x of findings) {
      const key = `${x.rule.split('/')[0]}:${lineOf(x.start)}`;
      got.set(key, [...(got.get(key) ?? []), `${x.rule} “${text.slice(x.start, x.end)}”`]);
    }
    const wanted = new Set(labels.map((l) => `${l.family}:${l.line}`));
    for (const l of labels) {
      const s = stats.get(l.family);
      if (!s) continue;
      if (got.has(`${l.family}:${l.line}`)) s.tp++;
      else {
        s.fn++;
        lines.push(`FN ${l.family.padEnd(12)} ${f}:${l.line}  “${l.text}”`);
      }
    }
    for (const [key, rules] of got) {
      if (wanted.has(key)) continue;
      const [fam, line] = key.split(':');
      stats.get(fam)!.fp++;
      lines.push(`FP ${fam.padEnd(12)} ${f}:${line}  ${rules.join(', ')}`);
    }
    if (labels.length === 0) {
      trapDocs++;
      if (got.size > 0) trapDocsWithFindings++;
    }
  }
  return { docs, trapDocs, trapDocsWithFindings, stats, lines };
}

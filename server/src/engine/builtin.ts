// The built-in rule packs, compiled once. A family is the part of the id before the slash.
import type { Rule } from './types.ts';
import { compileDataRule, RuleDefError } from './kinds.ts';
import { codeRules, dataRules } from '../../../rules/index.generated.ts';

let cache: Rule[] | undefined;

export function builtinRules(): Rule[] {
  if (cache) return cache;
  const rules: Rule[] = [];
  for (const { source, def } of dataRules) {
    try {
      rules.push(compileDataRule(def, { builtin: true, source }));
    } catch (e) {
      const where = e instanceof RuleDefError && e.path.length ? ` at ${e.path.join('.')}` : '';
      throw new Error(`${source}${where}: ${(e as Error).message}`);
    }
  }
  for (const c of codeRules) {
    if (c.rule.meta.id !== c.id) throw new Error(`${c.source}: rule id must be "${c.id}" (is "${c.rule.meta.id}")`);
    rules.push({ ...c.rule, meta: { ...c.rule.meta, source: c.source } });
  }
  rules.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  cache = rules;
  return rules;
}

export function familyOf(id: string): string {
  const i = id.indexOf('/');
  return i < 0 ? id : id.slice(0, i);
}

export function builtinFamilies(): string[] {
  return [...new Set(builtinRules().map((r) => familyOf(r.meta.id)))].sort();
}

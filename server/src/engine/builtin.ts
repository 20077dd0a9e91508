// The built-in rule packs. A rule is compiled when a configuration first turns it on, so a
// configuration that extends no family (`extends: []`) never pays for the built-in word lists.
// A family is the part of the id before the slash.
import type { Rule } from './types.ts';
import { compileDataRule, RuleDefError } from './kinds.ts';
import { codeRules, dataRules } from '../../../rules/index.generated.ts';

interface Entry {
  id: string;
  rule?: Rule;
  compile: () => Rule;
}

let entries: Entry[] | undefined;
let byId: Map<string, Entry> | undefined;
let all: Rule[] | undefined;

function compileData(source: string, def: unknown): Rule {
  try {
    return compileDataRule(def, { builtin: true, source });
  } catch (e) {
    const where = e instanceof RuleDefError && e.path.length ? ` at ${e.path.join('.')}` : '';
    throw new Error(`${source}${where}: ${(e as Error).message}`);
  }
}

function builtinEntries(): Entry[] {
  if (entries) return entries;
  const list: Entry[] = [];
  for (const { source, def } of dataRules) {
    const id = (def as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') {
      const rule = compileData(source, def); // throws the definition's own error
      list.push({ id: rule.meta.id, rule, compile: () => rule });
    } else list.push({ id, compile: () => compileData(source, def) });
  }
  for (const c of codeRules) {
    if (c.rule.meta.id !== c.id) throw new Error(`${c.source}: rule id must be "${c.id}" (is "${c.rule.meta.id}")`);
    list.push({ id: c.id, compile: () => ({ ...c.rule, meta: { ...c.rule.meta, source: c.source } }) });
  }
  list.sort((a, b) => a.id.localeCompare(b.id));
  entries = list;
  byId = new Map(list.map((e) => [e.id, e]));
  return list;
}

/** Ids of every built-in rule, sorted (no rule is compiled). */
export function builtinIds(): string[] {
  return builtinEntries().map((e) => e.id);
}

/** One built-in rule, compiled on first use. */
export function builtinRule(id: string): Rule | undefined {
  builtinEntries();
  const e = byId!.get(id);
  if (!e) return undefined;
  if (!e.rule) {
    const rule = e.compile();
    if (rule.meta.id !== id) throw new Error(`${rule.meta.source}: rule id must be "${id}" (is "${rule.meta.id}")`);
    e.rule = rule;
  }
  return e.rule;
}

/** Every built-in rule, sorted by id. */
export function builtinRules(): Rule[] {
  if (all) return all;
  all = builtinEntries().map((e) => builtinRule(e.id)!);
  return all;
}

export function familyOf(id: string): string {
  const i = id.indexOf('/');
  return i < 0 ? id : id.slice(0, i);
}

export function builtinFamilies(): string[] {
  return [...new Set(builtinIds().map(familyOf))].sort();
}

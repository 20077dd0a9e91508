// The engine's entry points: lint a text, apply fixes, check a rule's own examples. Pure: the CLI,
// the language server and the tests all call these same functions.

import { dropMentions } from './mention.ts';
import type { Block, DocFormat, Doc, Finding, Fix, I18nText, LintOptions, ResolvedConfig, Rule, RuleContext, Severity, TextEdit } from './types.ts';
import { parse } from './parse.ts';
import { applyDirectives } from './inline.ts';
import { beginDocument } from './prefilter.ts';
import { indexAt } from './spans.ts';

export * from './types.ts';
export { parse, detectFormat } from './parse.ts';
export { LineIndex } from './lines.ts';
export { IncrementalLinter, chunkBoundaries } from './incremental.ts';

function clip(v: string): string {
  return v.length > 80 ? `${v.slice(0, 60)}…${v.slice(-10)}` : v;
}

// Templates split once at their placeholders: every finding fills its message (and its fixes'
// titles), and the templates are the rules' few constant strings. split() with the capturing
// pattern gives literal text at even indices and placeholder names at odd ones, found exactly as a
// global replace() would find them.
const templates = new Map<string, string[]>();

export function fill(template: string, args?: Record<string, string>): string {
  if (!args) return template;
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templates.size >= 2048) templates.clear();
    templates.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    // A quoted word stays readable in a message even when the "word" is 10 MB of one letter.
    out += (k in args ? clip(args[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

export function translate(text: I18nText, locale: LintOptions['locale'], args?: Record<string, string>): string {
  return fill(locale === 'en' ? text.en : text.id, args);
}

export interface LintRun {
  format?: DocFormat;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function lint(text: string, config: ResolvedConfig, run: LintRun = {}): Finding[] {
  return lintDoc(parse(text, run.format ?? 'plaintext'), config, run);
}

export function lintDoc(doc: Doc, config: ResolvedConfig, run: LintRun = {}): Finding[] {
  return finishFindings(runRules(doc, config.rules, config, run), doc);
}

/** Runs `rules` over `doc`; findings come back unsorted and before inline directives apply. */
export function runRules(doc: Doc, rules: Rule[], config: ResolvedConfig, run: LintRun = {}): Finding[] {
  const findings: Finding[] = [];
  const { options } = config;
  beginDocument(doc);
  for (const rule of rules) {
    const severity = config.severities.get(rule.meta.id) ?? rule.meta.severity;
    const overridden = severity !== rule.meta.severity;
    const ctx: RuleContext = {
      doc,
      options,
      t: (text, args) => translate(text, options.locale, args),
      msg: (args, text) => translate(text ?? rule.meta.message, options.locale, args),
      report(f) {
        const start = Math.max(0, Math.min(f.start, doc.text.length));
        const end = Math.max(start, Math.min(f.end, doc.text.length));
        const sev = overridden ? severity : (f.severity ?? severity);
        const fixes = f.fixes ?? [];
        // Two literal shapes rather than spreading a conditional object in (slow in V8); the
        // properties keep their order either way.
        const finding: Finding = rule.meta.yields || f.yields
          ? { yields: true, rule: rule.meta.id, severity: sev, message: '', start, end, fixes }
          : { rule: rule.meta.id, severity: sev, message: '', start, end, fixes };
        const { later } = f;
        if (later) {
          finding.later = (s, e) => {
            const d = later(s, e);
            return { message: f.message ?? translate(rule.meta.message, options.locale, d.args ?? f.args), fixes: d.fixes ?? f.fixes ?? [] };
          };
        } else finding.message = f.message ?? translate(rule.meta.message, options.locale, f.args);
        findings.push(finding);
      },
    };
    try {
      rule.run(ctx);
    } catch (e) {
      run.onRuleError?.(rule.meta.id, e);
    }
  }
  return findings;
}

/** The families that judge what a text says (the rest, ejaan, struktur and custom rules, judge how it is written). */
const COMPLIANCE_FAMILIES = new Set(['kebencian', 'provokasi', 'hoaks', 'netralitas', 'data-pribadi', 'kerahasiaan', 'kesantunan']);
const isCompliance = (rule: string) => COMPLIANCE_FAMILIES.has(rule.slice(0, rule.indexOf('/')));

/**
 * Applies inline directives and sorts by position. `finished` remembers, per finding object, the
 * finding it became (its `yields` mark dropped, its deferred details filled in): the incremental
 * linter hands back the same objects for the chunks an edit did not touch, and filling in the details
 * of every spelling finding of a 1 MB document again cost ~6 ms of each keystroke. Both steps depend
 * on nothing but the finding itself, so the result is the same.
 */
export function finishFindings(findings: Finding[], doc: Doc, finished?: WeakMap<Finding, Finding>): Finding[] {
  if (finished) return finishWith(findings, doc, finished);
  // Copies, never mutation: the incremental linter caches finding objects across edits.
  const all = withoutYielded(findings, doc).map((f) => {
    if (!f.yields) return f;
    const { yields: _y, ...rest } = f;
    return rest;
  });
  let kept = applyDirectives(dropMentions(all, doc), doc.disabled);
  // Deferred details only now, for the findings that are kept (copies, as above).
  if (kept.some((f) => f.later)) {
    kept = kept.map((f) => {
      if (!f.later) return f;
      const { later, ...rest } = f;
      return { ...rest, ...later(f.start, f.end) };
    });
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return kept;
}

/**
 * The findings without the yielding ones that another finding of their side overlaps: a compliance
 * finding gives way to a more specific compliance finding, a spelling finding to a more specific
 * spelling one. A call to violence does not give way to "rame-rame → ramai-ramai" on the same words.
 * (Shared by finishFindings and its memoised form, so both keep exactly the same findings.)
 */
function withoutYielded(findings: Finding[], doc: Doc): Finding[] {
  if (!findings.some((f) => f.yields)) return findings;
  // A yielding finding goes when another finding of its own side overlaps it: a compliance finding
  // gives way to a more specific compliance finding, a spelling finding to a more specific spelling
  // one. A call to violence does not give way to "rame-rame → ramai-ramai" on the same words.
  const byStart = (a: Finding, b: Finding) => a.start - b.start;
  const othersOf = [findings.filter((f) => !f.yields && !isCompliance(f.rule)).sort(byStart), findings.filter((f) => !f.yields && isCompliance(f.rule)).sort(byStart)];
  // A headline gets one verdict: "Festival Perang Air Bikin Heboh Se-Riau" is a click-bait title
  // (provokasi), and its casual "Bikin" gives way to that finding wherever in the title it sits.
  // (Only the register hint: profanity in a headline is its own finding.)
  const headlineOf = (at: number): Block | undefined => {
    const b = doc.blocks[indexAt(doc.blocks, at)];
    return b && (b.kind === 'title' || b.kind === 'heading') ? b : undefined;
  };
  const overlaps = (f: Finding) => {
    const compliance = isCompliance(f.rule);
    const others = othersOf[compliance ? 1 : 0];
    const head = f.rule === 'kesantunan/register-informal' ? headlineOf(f.start) : undefined;
    const from = head ? head.start : f.start;
    const to = head ? head.end : f.end;
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (others[mid].start < to) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) if (others[k].end > from || (others[k].start === from)) return true;
    return false;
  };
  return findings.filter((f) => !f.yields || !overlaps(f));
}

/** finishFindings with its memo: the same filters on the findings as given, then each kept one finished once. */
function finishWith(findings: Finding[], doc: Doc, finished: WeakMap<Finding, Finding>): Finding[] {
  const all = withoutYielded(findings, doc);
  const kept = applyDirectives(dropMentions(all, doc), doc.disabled).map((f) => {
    if (!f.yields && !f.later) return f;
    let done = finished.get(f);
    if (!done) {
      // The two copies finishFindings makes, in its order.
      done = f;
      if (done.yields) {
        const { yields: _y, ...rest } = done;
        done = rest;
      }
      if (done.later) {
        const { later, ...rest } = done;
        done = { ...rest, ...later(f.start, f.end) };
      }
      finished.set(f, done);
    }
    return done;
  });
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return kept;
}

/**
 * Applies edits to text: sorted by position, an edit that overlaps an earlier one is dropped
 * (textlint's fixer does the same), so no edit ever corrupts another.
 */
export function applyEdits(text: string, edits: TextEdit[]): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) continue;
    if (e.start < lastEnd || (e.start === lastEnd && applied.length && applied[applied.length - 1].start === e.start && e.start === e.end)) continue;
    applied.push(e);
    lastEnd = e.end;
  }
  let out = '';
  let pos = 0;
  for (const e of applied) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  out += text.slice(pos);
  return { output: out, applied };
}

/** The fixes of findings that may be applied without a person looking: the first safe fix of each. */
export function safeFixes(findings: Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (fix) out.push(fix);
  }
  return out;
}

function applyFixList(text: string, fixes: Fix[]): { output: string; count: number } {
  // A fix's edits go in together or not at all.
  const sorted = [...fixes].sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  const taken: TextEdit[] = [];
  let count = 0;
  for (const fix of sorted) {
    const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === t.start && e.end === t.end)));
    if (clash) continue;
    taken.push(...fix.edits);
    count++;
  }
  return { output: applyEdits(text, taken).output, count };
}

export interface FixAllResult {
  output: string;
  passes: number;
  fixed: number;
  remaining: Finding[];
}

/** Applies safe fixes and re-lints until nothing safe is left (vscode-eslint's fix-all loop). */
export function fixAll(text: string, config: ResolvedConfig, run: LintRun = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  let findings = lint(current, config, run);
  while (passes < maxPasses) {
    const fixes = safeFixes(findings);
    if (fixes.length === 0) break;
    const { output, count } = applyFixList(current, fixes);
    passes++;
    if (output === current || count === 0) break;
    fixed += count;
    current = output;
    findings = lint(current, config, run);
  }
  return { output: current, passes, fixed, remaining: findings };
}

/** Runs a rule's own examples; returns one line per failure (empty = the rule may be loaded). */
export function checkRuleExamples(rule: Rule, options: LintOptions): string[] {
  const failures: string[] = [];
  const config: ResolvedConfig = { rules: [rule], severities: new Map(), options };
  const id = rule.meta.id;
  for (const ex of rule.examples.invalid) {
    const format = ex.format ?? 'plaintext';
    const found = lint(ex.text, config, { format }).filter((f) => f.rule === id);
    if (ex.count !== undefined ? found.length !== ex.count : found.length === 0) {
      failures.push(`${id}: expected ${ex.count ?? 'at least 1'} finding(s), got ${found.length} in ${JSON.stringify(ex.text)}`);
      continue;
    }
    if (ex.output !== undefined) {
      const { output } = fixAll(ex.text, config, { format });
      if (output !== ex.output) failures.push(`${id}: fixed text ${JSON.stringify(output)} is not ${JSON.stringify(ex.output)}`);
    }
  }
  for (const ex of rule.examples.valid) {
    const found = lint(ex.text, config, { format: ex.format ?? 'plaintext' }).filter((f) => f.rule === id);
    if (found.length > 0) {
      failures.push(`${id}: expected no finding in ${JSON.stringify(ex.text)}, got ${found.length} (${found.map((f) => JSON.stringify(ex.text.slice(f.start, f.end))).join(', ')})`);
    }
  }
  return failures;
}

export function defaultOptions(partial: Partial<LintOptions> = {}): LintOptions {
  return {
    locale: 'id',
    words: new Set(),
    akronim: [],
    ruleOptions: {},
    ...partial,
  };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

// A static check for user-supplied regular expressions. JavaScript's engine backtracks, so a pattern
// such as `(a+)+$` can take exponential time on "aaaa…a!". We refuse the shapes that cause it:
// a quantified group that itself contains a quantifier (star height > 1), a quantified group whose
// alternatives can match the same text, and back-references. Built-in rules are reviewed code and are
// not checked here.

import { forEachStructural } from './regex-source.ts';

const MAX_LENGTH = 2000;

interface Frame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
  alternatives: string[];
  start: number;
}

/** Returns a reason (English, for the config diagnostic) or null when the pattern is accepted. */
export function checkPatternSafety(source: string): string | null {
  if (source.length > MAX_LENGTH) return `longer than ${MAX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  const stack: Frame[] = [{ hasQuantifier: false, hasAlternation: false, alternatives: [], start: 0 }];
  let reason: string | null = null;
  forEachStructural(source, (i) => {
    const c = source[i];
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false, alternatives: [], start: i + 1 });
      return;
    }
    if (c === '|') {
      stack[stack.length - 1].hasAlternation = true;
      return;
    }
    if (c === ')') {
      const frame = stack.pop();
      if (!frame || stack.length === 0) {
        reason = 'unbalanced parentheses';
        return false;
      }
      const body = source.slice(frame.start, i).replace(/^\?(?::|=|!|<=|<!|<[^>]+>)/, '');
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d+,\}/.test(source.slice(i + 1)));
      if (unbounded && frame.hasQuantifier) {
        reason = `nested quantifier in "(${body})${next}" can backtrack catastrophically`;
        return false;
      }
      if (unbounded && frame.hasAlternation) {
        const alts = body.split('|');
        const seen = new Set<string>();
        for (const a of alts) {
          const head = a.replace(/^\\/, '').slice(0, 1);
          if (head === '' || seen.has(head) || /[.\\[]/.test(head)) {
            reason = `alternatives in "(${body})${next}" can match the same text`;
            return false;
          }
          seen.add(head);
        }
      }
      const parent = stack[stack.length - 1];
      if (quantified || frame.hasQuantifier) parent.hasQuantifier = true;
      return;
    }
    if (c === '*' || c === '+' || c === '{') stack[stack.length - 1].hasQuantifier = true;
  });
  if (reason !== null) return reason;
  if (stack.length !== 1) return 'unbalanced parentheses';
  // Two adjacent unbounded quantifiers over overlapping classes (\s*\s*, .*.*) are polynomial.
  if (/(?:\.\*|\.\+|\\[sSwWdD][*+]).{0,3}(?:\.\*|\.\+|\\[sSwWdD][*+]).{0,3}(?:\.\*|\.\+|\\[sSwWdD][*+])/.test(source)) {
    return 'three or more adjacent unbounded wildcards can take polynomial time';
  }
  return null;
}

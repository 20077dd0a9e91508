// Reading a regular expression's source without compiling it: the characters that give it structure
// ("(", ")", "|", quantifiers) are those outside escapes and character classes. The prefilter (top-level
// alternatives, capturing groups) and the safety check of user patterns all walk a source this way.

/**
 * Calls `visit` with the index of every character of `source` outside an escape ("\x") and outside a
 * character class ("[…]", brackets included). Stops early when `visit` returns false. Returns whether
 * the source ended outside a class.
 */
export function forEachStructural(source: string, visit: (i: number) => boolean | void): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (visit(i) === false) return true;
  }
  return !inClass;
}

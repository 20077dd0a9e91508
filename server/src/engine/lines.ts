// Offset <-> (line, character) conversion. The single place that knows about line breaks:
// LF, CRLF and lone CR all end a line; characters are UTF-16 code units, as in LSP.

import { lastAtMost } from './spans.ts';

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offsets at which each line starts. */
  readonly starts: number[];

  /** `starts` only from update(), which has them already. */
  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, from `prev` (the index of an earlier version) where the two texts agree: the
   * first `prefix` and the last `suffix` characters are the same in both (prefix + suffix at most the
   * shorter length). Whether an offset starts a line depends on the characters before and at it
   * only, so a line start whose two characters both lie in the shared prefix, or both in the shared
   * suffix, is one in both texts; only the changed part between them is read again.
   */
  static update(prev: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = prev.starts;
    const delta = text.length - prev.text.length;
    // Kept: starts s <= prefix - 1 (old[0] = 0 always).
    let k = 1;
    while (k < old.length && old[k] <= prefix - 1) k++;
    const starts = old.slice(0, k);
    // Read again: starts s with max(1, prefix) <= s <= text.length - suffix.
    const to = text.length - suffix;
    for (let i = Math.max(1, prefix); i <= to; i++) {
      const c = text.charCodeAt(i - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) starts.push(i);
    }
    // Moved: starts s > text.length - suffix, which were s - delta before.
    let j = k;
    while (j < old.length && old[j] <= to - delta) j++;
    for (; j < old.length; j++) starts.push(old[j] + delta);
    return new LineIndex(text, starts);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtMost(this.starts, o);
    return { line, character: o - this.starts[line] };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    // Never point inside the line break itself.
    let lineEnd = next;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(start + Math.max(0, pos.character), lineEnd);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

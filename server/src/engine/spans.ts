// Binary search over sorted, non-overlapping spans (sentences, blocks): which one holds an offset;
// and over sorted start offsets (line starts, chunk starts): the last one at or before a value.

/** Index of the span containing `offset`, or -1 when it falls outside every span. */
export function indexAt(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the last of the ascending `starts` that is at most `value` (0 when none is). */
export function lastAtMost(starts: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Binary search over sorted, non-overlapping spans (sentences, blocks): which one holds an offset.

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

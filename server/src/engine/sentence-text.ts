// The prose of one sentence, sliced once per document and shared: gates, the prefilter and the
// rules' sentence views all read the same string object, so a text's prefilter scan is found again
// by identity instead of by comparing its characters.
import type { Doc } from './types.ts';

const textMemo = new WeakMap<Doc, Map<number, string>>();

export function sentenceText(doc: Doc, sentenceIndex: number): string {
  const s = doc.sentences[sentenceIndex];
  if (!s) return '';
  // The incremental linter keeps its sentences' texts itself, from one version to the next.
  if (doc.sentenceText) return doc.sentenceText(sentenceIndex);
  let m = textMemo.get(doc);
  if (!m) textMemo.set(doc, (m = new Map()));
  let t = m.get(sentenceIndex);
  if (t === undefined) m.set(sentenceIndex, (t = doc.prose.slice(s.start, s.end)));
  return t;
}

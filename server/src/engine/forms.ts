// The distinct lower-case token forms of a document, shared by the rules that look words up: a
// word-list table or the speller decides once per form, not once per token, and with a
// process-wide number per form it can remember its answer in an array from document to document.
import type { Token } from './types.ts';

// Every distinct lower-case form the process has seen gets a number, so that a table remembers per
// form (in an array) whether it holds it: most forms recur in every document. Bounded: past the
// limit the numbering starts again, and the tables forget what they remembered (formEpoch()).
const formIds = new Map<string, number>();
let epoch = 0;
const FORM_LIMIT = 200_000;

/**
 * The distinct lower-case token forms of a document (slot k: forms[k], numbered ids[k]), the token
 * positions of each in text order (order[start[k]] up to order[start[k + 1]]), and reduplicated
 * forms ("x-x") by their half. Flat arrays: a document has hundreds of forms, and an array of
 * positions for each would be that many allocations per document.
 */
export interface FormIndex {
  /** The numbering the ids belong to (a document's tokens may be kept across a renumbering). */
  epoch: number;
  forms: string[];
  ids: number[];
  start: number[];
  order: number[];
  redup: Map<string, number[]>;
}

/** Appends the token positions of form slot k to `out`, in text order. */
export function pushPositions(idx: FormIndex, k: number, out: number[]): void {
  for (let p = idx.start[k], e = idx.start[k + 1]; p < e; p++) out.push(idx.order[p]);
}

const indexes = new WeakMap<Token[], FormIndex | null>();
// Slot of each form number in the document being indexed, valid where slotStamp holds its stamp.
let stamp = 0;
let slotStamp = new Int32Array(1024);
let slotOf = new Int32Array(1024);

/**
 * The index of a document's tokens, built when a second reader asks (a configuration with one word
 * list does better with a plain pass over the tokens, and gets undefined the first time).
 */
export function sharedFormIndex(tokens: Token[]): FormIndex | undefined {
  const idx = indexes.get(tokens);
  if (idx === undefined) {
    indexes.set(tokens, null);
    return undefined;
  }
  return formIndex(tokens);
}

/** The index of a document's tokens, built once and shared by every rule that reads it. */
export function formIndex(tokens: Token[]): FormIndex {
  let idx = indexes.get(tokens);
  if (idx && idx.epoch === epoch) return idx;
  if (formIds.size > FORM_LIMIT) {
    formIds.clear();
    epoch++;
  }
  stamp++;
  const forms: string[] = [];
  const ids: number[] = [];
  const counts: number[] = [];
  // Plain arrays: per document, typed arrays of this size would each need an ArrayBuffer of their
  // own outside V8's heap, costlier to make and to collect.
  const formOf: number[] = new Array(tokens.length);
  const redup = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    let id = formIds.get(lower);
    if (id === undefined) formIds.set(lower, (id = formIds.size));
    if (id >= slotStamp.length) {
      const n = Math.max(id + 1, slotStamp.length * 2);
      const st = new Int32Array(n);
      st.set(slotStamp);
      slotStamp = st;
      const so = new Int32Array(n);
      so.set(slotOf);
      slotOf = so;
    }
    let k: number;
    if (slotStamp[id] === stamp) k = slotOf[id];
    else {
      slotStamp[id] = stamp;
      slotOf[id] = k = forms.length;
      forms.push(lower);
      ids.push(id);
      counts.push(0);
    }
    formOf[i] = k;
    counts[k]++;
    const dash = lower.indexOf('-');
    if (dash > 0) {
      const left = lower.slice(0, dash);
      if (lower === `${left}-${left}`) {
        const r = redup.get(left);
        if (r) r.push(i);
        else redup.set(left, [i]);
      }
    }
  }
  const start: number[] = [0];
  for (let k = 0; k < forms.length; k++) start.push(start[k] + counts[k]);
  const fill = start.slice(0, forms.length);
  const order: number[] = new Array(tokens.length).fill(0);
  for (let i = 0; i < tokens.length; i++) order[fill[formOf[i]]++] = i;
  idx = { epoch, forms, ids, start, order, redup };
  indexes.set(tokens, idx);
  return idx;
}

/** How many forms are numbered now (numbers are below this). */
export function formCount(): number {
  return formIds.size;
}

/** Changes when the numbering starts again: answers remembered by number must then be forgotten. */
export function formEpoch(): number {
  return epoch;
}

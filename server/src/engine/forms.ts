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

/** The distinct lower-case token forms of a document, their numbers and positions, and reduplicated forms ("x-x") by their half. */
export interface FormIndex {
  /** The numbering the ids belong to (a document's tokens may be kept across a renumbering). */
  epoch: number;
  forms: string[];
  ids: number[];
  positions: number[][];
  redup: Map<string, number[]>;
}
const indexes = new WeakMap<Token[], FormIndex>();
/** The index of a document's tokens, built once and shared by every rule that reads it. */
export function formIndex(tokens: Token[]): FormIndex {
  let idx = indexes.get(tokens);
  if (idx && idx.epoch === epoch) return idx;
  if (formIds.size > FORM_LIMIT) {
    formIds.clear();
    epoch++;
  }
  idx = { epoch, forms: [], ids: [], positions: [], redup: new Map() };
  const slot = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    const k = slot.get(lower);
    if (k !== undefined) idx.positions[k].push(i);
    else {
      slot.set(lower, idx.forms.length);
      let id = formIds.get(lower);
      if (id === undefined) formIds.set(lower, (id = formIds.size));
      idx.forms.push(lower);
      idx.ids.push(id);
      idx.positions.push([i]);
    }
    const dash = lower.indexOf('-');
    if (dash > 0) {
      const left = lower.slice(0, dash);
      if (lower === `${left}-${left}`) {
        const r = idx.redup.get(left);
        if (r) r.push(i);
        else idx.redup.set(left, [i]);
      }
    }
  }
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
